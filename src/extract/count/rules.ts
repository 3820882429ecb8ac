import type { Candidate, Extractor, Sentence } from '../types.js';
import { CLASSIFIERS, NOT_COUNT_AFTER } from '../../numbers/units.js';
import { after, before, firstChars, matchAt, pattern, unitAlternation } from '../../numbers/patterns.js';
import { CURRENCY_WORDS } from '../../numbers/currency.js';
import { figures } from '../../numbers/figure.js';
import { minusBefore, numberTokens } from '../../numbers/parse.js';
import { approxAfter, approxBefore, combineApprox } from '../../numbers/approx.js';
import { alternation } from '../../chars/words.js';

// Count: a number of things. With a classifier (3347家, 60多个, 3万多件, 两千余家, 10万人次; the
// unit as written, so a Traditional article gives 個), or a large number ending its clause after
// the counted noun (创作者超过634万, 人才缺口达1500万; unit null). Not counts: durations, ages,
// years, ordinals (第五届, 前二十), generations (95后), codes (5G, 沪深300) — their words are
// simply not classifiers, and 第/前 are refused by the number scanner.

const CLASSIFIER = pattern(`(?:${unitAlternation(CLASSIFIERS)})`, 'y');
const CLASSIFIER_STARTS = firstChars(CLASSIFIERS);
const NOT_COUNT = pattern(`(?:${NOT_COUNT_AFTER.source.slice(1)})`, 'y');
/** A classifier that starts a longer word: 项目, 位于, 支持, 处理, 单位, 集团 … */
const CLASSIFIER_WORD = pattern(
  '(?:项目|位于|位列|位居|位置|支持|支付|支撑|支出|支柱|处理|处于|处置|处罚|单位|单品|单元|单价|单笔|单日|单月|单项|单体|单一|集团|集中|集装|集聚|首都|首次|首批|首个|首家|首发|本地|本土|本届|本次|本月|本年|本周|本日|本季|本期|本轮|本市|本省|本港|本国|本身|台湾|台州|台资|部署|部分|部长|所有|所以|所得|所在|所属|条件|条款|条例|批发|批准|批复|间接|户籍|户外|名单|名称|名义|名列|列入|列为|份额|幅度|例如|只有|只是|只要|座谈|门店|门户|门类|门槛|口岸|口径|种植|种子|期间|期货|期限|组织|组成|场景|场所|场馆|票房|票价|票据|款项|起步|起来|道路|张家|头部|人民|人口|人工|人才|人均|家乡|个人|个体|个性|件事|次数|次年|次日|类型|篇章|方面军)',
  'y',
);

/** Political and set phrases that hold a numeral and a classifier: 三个代表, 八项规定, 五次全会, 四个全面. */
const SET_PHRASE_AFTER = /^(?:代表(?![团处队])|规定|全面|意识|自信|维护|确立|务必|全会|基本原则)/;
const CN_NUMERAL_LAST = /[一二两三四五六七八九十]$/;
/**
 * Capital numerals are written out in full (贰拾个, 壹佰家); one alone before a classifier is the
 * character of a name (陆家嘴, 伍家岗) — save for copies of a document (一式叁份).
 */
const CAPITAL = /[壹贰叁肆伍陆柒捌玖拾貳參陸]/;
const NUMERAL_CHAR = /[0-9０-９零〇一二两兩三四五六七八九十百千万萬亿億壹贰叁肆伍陆柒捌玖拾佰仟貳參陸]/;
const loneCapital = (s: string, u: number): boolean => CAPITAL.test(s[u - 1] ?? '') && !NUMERAL_CHAR.test(s[u - 2] ?? '') && s[u] !== '份';

const rejectAfter = (s: string, u: number, end: number): boolean =>
  matchAt(NOT_COUNT, s, u) !== null ||
  loneCapital(s, u) ||
  (CN_NUMERAL_LAST.test(s[u - 1] ?? '') && SET_PHRASE_AFTER.test(after(s, end, 4))) ||
  (matchAt(CLASSIFIER_WORD, s, u) !== null && !(s[u] === '个' && /^个人/.test(after(s, u, 2)) && /^[，,。；;、]/.test(after(s, u + 2, 1)))) ||
  /^[一二三四五六七八九十]/.test(after(s, end, 1)); // 五位一体, 三个一批: set phrases

function withClassifier(sentence: Sentence): Candidate[] {
  const s = sentence.match;
  return figures(s, CLASSIFIER, { rejectAfter, starts: CLASSIFIER_STARTS }).map((f) => ({
    type: 'count' as const,
    start: f.start,
    end: f.end,
    value: f.value,
    valueMax: f.valueMax,
    unit: sentence.text.slice(f.unitStart, f.unitEnd),
    approx: f.approx,
    rule: 'count.classifier',
  }));
}

/** A clause end right after the number: punctuation or the sentence end. */
const CLAUSE_END = /^(?:$|[，,。；;、！？!?）)”"])/;
/** A currency (from the one table: 台币8.6亿 is money) or a code word before the number. */
const NOT_BARE_BEFORE = pattern(`(?:${alternation([...CURRENCY_WORDS, '编号', '代码', '电话', '热线', '邮编', '号码', '尾号', '型号', '比分'])}) ?$`);

/** 创作者超过634万: a number with 万/亿 and no unit, ending its clause. */
function bare(sentence: Sentence): Candidate[] {
  const s = sentence.match;
  const out: Candidate[] = [];
  for (const t of numberTokens(s)) {
    if (t.bare || t.valueMax !== null || t.zhao) continue;
    const text = s.slice(t.start, t.end);
    if (!/[万亿]/.test(text)) continue;
    if (!CLAUSE_END.test(after(s, t.end, 1))) continue;
    if (NOT_BARE_BEFORE.test(before(s, t.start, 7))) continue;
    // 库存变动为 -3.5 万: a minus signs it (a change of a number of things)
    const minus = minusBefore(s, t.start);
    out.push({
      type: 'count',
      start: t.start - minus,
      end: t.end,
      value: minus > 0 ? -t.value : t.value,
      valueMax: null,
      unit: null,
      approx: combineApprox(approxAfter(s, t.end), approxBefore(s, t.start - minus), t.approx),
      rule: 'count.bare',
      priority: -1,
    });
  }
  return out;
}

export const countExtractors: Extractor[] = [
  { types: ['count'], name: 'count.classifier', extract: withClassifier },
  { types: ['count'], name: 'count.bare', extract: bare },
];
