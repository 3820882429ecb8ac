import type { Script } from '../schema/document.js';
import { matchAll, pattern } from '../numbers/patterns.js';
import { BARE_MONEY, CURRENCIES, CURRENCY_PREFIX, YUAN_CURRENCIES } from '../numbers/currency.js';
import type { Sentence } from './types.js';
import { alternation } from '../chars/words.js';
import { isHanChar } from '../chars/han.js';

// Whose money a bare 元 or `$` is, decided once per document. A Hong Kong, Macau or Taiwan source
// writes Traditional Chinese and names its own place (or its money) as it goes; there 元 and `$`
// are HKD, MOP or TWD. A Simplified text is a mainland source (it writes 港元, 新台币 when it means
// them), so its 元 stays CNY whatever places it names.

/** Places and bodies that put a text in Hong Kong, Macau, Taiwan or the mainland (match view: Simplified). */
const PLACES: Readonly<Record<string, readonly string[]>> = {
  HKD: [
    '香港',
    '本港',
    '全港',
    '访港',
    '来港',
    '政府统计处',
    '金管局',
    '港交所',
    '恒指',
    '恒生指数',
    '港府',
    '港股',
    '港岛',
    '九龙',
    '新界',
    '特区政府',
    '特首',
    '立法会',
    '港人',
    '港铁',
    '综援',
    '强积金',
  ],
  MOP: ['澳门', '氹仔', '路环', '澳府', '博彩', '统计暨普查局'],
  TWD: ['台湾', '台北', '新北', '台中', '台南', '高雄', '桃园', '新竹', '行政院', '立法院', '主计总处', '经济部', '台股', '上市柜', '殖利率', '健保', '劳保', '捷运'],
  // a mainland subject written in Traditional script: its 元 stays CNY
  CNY: ['国务院', '海关总署', '国家统计局', '发改委', '自治区', '广东', '浙江', '江苏', '山东', '福建', '河南', '四川', '湖北', '湖南', '长三角', '珠三角'],
};
/** The places, and the names of their money from the one currency table (港元, 澳门元, 新台币 …). */
const PLACE_CUES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(PLACES).map(([iso, places]) => {
    const money = CURRENCIES.find((c) => c.iso === iso);
    // the money's names (港元, 新台币 …); not 元 / 块, which every source writes
    const words = [...(money?.prefixes ?? []), ...(money?.suffixes ?? [])].filter((w) => w.length >= 2 && [...w].every(isHanChar) && !(w in BARE_MONEY));
    return [iso, [...new Set([...places, ...words])]];
  }),
);
const CUE = pattern(alternation(Object.values(PLACE_CUES).flat()), 'g');
const PLACE_OF: Record<string, string> = Object.fromEntries(Object.entries(PLACE_CUES).flatMap(([iso, ws]) => ws.map((w) => [w, iso])));

/**
 * The ISO code of the local money of a Hong Kong, Macau or Taiwan source, or null (then a bare 元
 * is CNY and `$` USD). The text must be Traditional; the place named most often wins (a mainland
 * subject keeps CNY), a tie none.
 * A Traditional text that names none of them is taken as Taiwanese: most Traditional-script news
 * and reports are, while Hong Kong and Macau texts name their city as they go.
 */
export function localMoney(match: string, script: Script): string | null {
  const named = namedLocale(match, script);
  return named === undefined ? (script === 'traditional' ? 'TWD' : null) : named;
}

/** A flow's preposition or verb before a place, within its clause (对中国大陆及香港, 销往台湾). */
const FLOW_BEFORE = /(?:对|往|自|从|赴|来自|经由)[^，,。；;：:]{0,6}$/;

/** Where a Traditional source names itself, by the money of its place: HKD, MOP, TWD, null (a tie or the mainland), or undefined (it names none). */
function namedLocale(match: string, script: Script): string | null | undefined {
  if (script !== 'traditional') return null;
  const counts: Record<string, number> = {};
  for (const m of matchAll(CUE, match)) {
    // 對香港出口, 銷往台灣: the other side of a flow is not where the source writes from
    if (FLOW_BEFORE.test(match.slice(Math.max(0, m.index - 8), m.index))) continue;
    const place = PLACE_OF[m[0]]!; // CUE is built from PLACE_OF's words
    counts[place] = (counts[place] ?? 0) + 1;
  }
  const [first, second] = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  if (first === undefined) return undefined;
  if ((second !== undefined && first[1] === second[1]) || first[0] === 'CNY') return null;
  return first[0];
}

const HOME_OF_MONEY: Readonly<Record<string, string>> = { TWD: '台湾', HKD: '香港', MOP: '澳门' };

/**
 * The place a source writes from, when it names it: 台湾, 香港 or 澳门 for a Traditional text
 * that names its own place, else 中国. Unlike its money and its ministries, a source's 全國 is not
 * guessed: a Traditional text about the mainland names no Taiwan place.
 */
export function localHome(match: string, script: Script): string {
  return HOME_OF_MONEY[namedLocale(match, script) ?? ''] ?? '中国';
}

/** The government a Traditional source's 财政部 or 央行 belongs to: its money's place (Taiwan when it names none), else 中国. */
export function localGovernment(match: string, script: Script): string {
  return HOME_OF_MONEY[localMoney(match, script) ?? ''] ?? '中国';
}

/** The currencies whose own unit is 元 (新台币, 港元, 澳门元), and 人民币 that ends their reign. */
const YUAN_NAMED = pattern(
  `(?:${alternation(
    Object.entries(CURRENCY_PREFIX)
      .filter(([w, [iso]]) => YUAN_CURRENCIES.has(iso) || w === '人民币')
      .map(([w]) => w),
  )})`,
  'g',
);

/**
 * For each sentence, the currency an earlier sentence of its passage (its paragraph: no line
 * break between them) named last, when that currency's own unit is 元: `以新台币计。每公斤45元` makes
 * the 45元 TWD. 人民币 names CNY again. Null where none is named.
 */
export function passageMoney(sentences: readonly Sentence[], plain: string, carry: MoneyCarry = { named: null, prevEnd: 0 }): (string | null)[] {
  const out: (string | null)[] = [];
  let { named, prevEnd } = carry;
  for (const s of sentences) {
    if (plain.slice(prevEnd, s.start).includes('\n')) named = null;
    out.push(named);
    for (const m of matchAll(YUAN_NAMED, s.match)) named = CURRENCY_PREFIX[m[0]]![0]; // YUAN_NAMED is built from its words
    prevEnd = s.end;
  }
  Object.assign(carry, { named, prevEnd });
  return out;
}

/** Where passageMoney stopped: for the next piece of a long document. */
export interface MoneyCarry {
  named: string | null;
  prevEnd: number;
}
