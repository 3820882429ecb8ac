// The one currency vocabulary (match view: Simplified). Money, count and the number guards all read
// it: the words written before a number (`人民币500亿元`, `台币8.6亿`, `US$5`), the words written after
// it (`3.5亿美元`, `9000亿新台币`), and the words a bare 元 or `$` gives way to.

export interface Currency {
  /** ISO 4217 code */
  iso: string;
  /** written before the number: 人民币500亿元, 美元3.5亿, 台币8.6亿, HK$5 */
  prefixes: readonly string[];
  /** written after the number: 500亿元, 3.5亿美元, 800万港币 */
  suffixes: readonly string[];
  /** one unit is worth `factor` of the currency: 3美分 = 0.03 USD (whole units otherwise) */
  subunits?: Readonly<Record<string, number>>;
  /** its own unit is called 元 where it is spent (新台币, 港元, 澳门元): a bare 元 near it is this currency */
  yuan?: boolean;
}

export const CURRENCIES: readonly Currency[] = [
  {
    iso: 'CNY',
    prefixes: ['人民币', 'RMB', 'CNY', '￥', '¥'],
    suffixes: ['元人民币', '人民币元', '块钱人民币', '块人民币', '人民币', '元', '圆', '块钱', '块', '元钱', 'RMB', 'CNY'],
    subunits: { 毛钱: 0.1, 角钱: 0.1, 分钱: 0.01 },
  },
  { iso: 'USD', prefixes: ['美元', '美金', 'USD', 'US$', '$'], suffixes: ['美元', '美金', '美圆', '美刀', 'USD'], subunits: { 美分: 0.01 } },
  { iso: 'EUR', prefixes: ['欧元', 'EUR', '€'], suffixes: ['欧元', '欧', 'EUR'], subunits: { 欧分: 0.01 } },
  { iso: 'JPY', prefixes: ['日元', '日圆', '日币', 'JPY'], suffixes: ['日元', '日圆', '日币', 'JPY'], subunits: { 日本銭: 0.01, 日本钱: 0.01 } },
  { iso: 'HKD', prefixes: ['港元', '港币', '港纸', 'HK$', 'HKD'], suffixes: ['港元', '港币', '港纸', 'HKD'], subunits: { 港仙: 0.01 }, yuan: true },
  { iso: 'MOP', prefixes: ['澳门元', '澳门币', '葡币', 'MOP$', 'MOP'], suffixes: ['澳门元', '澳门币', '葡币', 'MOP'], yuan: true },
  { iso: 'TWD', prefixes: ['新台币', '台币', 'NT$', 'TWD'], suffixes: ['新台币', '台币', 'TWD'], yuan: true },
  { iso: 'GBP', prefixes: ['英镑', 'GBP', '£'], suffixes: ['英镑', 'GBP'], subunits: { 便士: 0.01 } },
  { iso: 'KRW', prefixes: ['韩元', '韩币', 'KRW'], suffixes: ['韩元', '韩圆', '韩币', 'KRW'] },
  { iso: 'RUB', prefixes: ['卢布'], suffixes: ['卢布'] },
  { iso: 'THB', prefixes: ['泰铢'], suffixes: ['泰铢'] },
  { iso: 'AUD', prefixes: ['澳元', '澳币', 'A$', 'AUD'], suffixes: ['澳元', '澳币', 'AUD'] },
  { iso: 'CAD', prefixes: ['加元', '加币', 'C$', 'CAD'], suffixes: ['加元', '加币', 'CAD'] },
  { iso: 'SGD', prefixes: ['新加坡元', '新元', 'S$', 'SGD'], suffixes: ['新加坡元', '新元', 'SGD'] },
  { iso: 'CHF', prefixes: ['瑞士法郎', 'CHF'], suffixes: ['瑞士法郎', '瑞郎', 'CHF'] },
  { iso: 'INR', prefixes: ['印度卢比'], suffixes: ['印度卢比', '卢比'] },
  { iso: 'MYR', prefixes: ['林吉特'], suffixes: ['林吉特'] },
  { iso: 'VND', prefixes: ['越南盾'], suffixes: ['越南盾'] },
  { iso: 'IDR', prefixes: ['印尼盾'], suffixes: ['印尼盾'] },
  { iso: 'BRL', prefixes: ['雷亚尔'], suffixes: ['雷亚尔'] },
  { iso: 'ZAR', prefixes: ['兰特'], suffixes: ['兰特'] },
  { iso: 'TRY', prefixes: ['土耳其里拉'], suffixes: ['土耳其里拉', '里拉'] },
  { iso: 'AED', prefixes: ['迪拉姆'], suffixes: ['迪拉姆'] },
  { iso: 'SAR', prefixes: ['沙特里亚尔'], suffixes: ['沙特里亚尔'] },
  { iso: 'NZD', prefixes: ['新西兰元', '纽西兰元', '纽元', '纽币', 'NZ$'], suffixes: ['新西兰元', '纽西兰元', '纽元', '纽币'] },
  { iso: 'PHP', prefixes: ['菲律宾比索'], suffixes: ['菲律宾比索'] },
  { iso: 'MXN', prefixes: ['墨西哥比索'], suffixes: ['墨西哥比索'] },
  { iso: 'SEK', prefixes: ['瑞典克朗'], suffixes: ['瑞典克朗'] },
  { iso: 'NOK', prefixes: ['挪威克朗'], suffixes: ['挪威克朗'] },
  { iso: 'DKK', prefixes: ['丹麦克朗'], suffixes: ['丹麦克朗'] },
  { iso: 'PLN', prefixes: ['兹罗提'], suffixes: ['兹罗提'] },
  { iso: 'KZT', prefixes: ['坚戈'], suffixes: ['坚戈'] },
  { iso: 'UZS', prefixes: ['苏姆'], suffixes: ['苏姆'] },
  { iso: 'MMK', prefixes: ['缅元'], suffixes: ['缅元'] },
  { iso: 'LAK', prefixes: ['老挝基普'], suffixes: ['老挝基普', '基普'] },
  { iso: 'KHR', prefixes: ['瑞尔'], suffixes: ['瑞尔'] },
  { iso: 'NGN', prefixes: ['奈拉'], suffixes: ['奈拉'] },
  { iso: 'EGP', prefixes: ['埃及镑'], suffixes: ['埃及镑'] },
  { iso: 'PKR', prefixes: ['巴基斯坦卢比'], suffixes: ['巴基斯坦卢比'] },
];

/**
 * The words that name no currency of their own: a bare 元 / 块 is the money of the place (CNY, or
 * HKD / MOP / TWD in a source from there), a bare `$` the dollar of the place (USD elsewhere).
 */
export const BARE_MONEY: Readonly<Record<string, string>> = { 元: 'CNY', 圆: 'CNY', 块: 'CNY', 块钱: 'CNY', 元钱: 'CNY', $: 'USD' };

/** A suffix or prefix word → [ISO code, factor to whole units]. */
function table(pick: (c: Currency) => readonly string[], withSubunits: boolean): Record<string, [string, number]> {
  const out: Record<string, [string, number]> = {};
  for (const c of CURRENCIES) {
    for (const w of pick(c)) out[w] ??= [c.iso, 1];
    if (withSubunits) for (const [w, k] of Object.entries(c.subunits ?? {})) out[w] ??= [c.iso, k];
  }
  return out;
}

/** Currency words after a number (`500亿元`, `3.5亿美元`, `500亿元人民币`, `3美分`) → [ISO, factor]. */
export const CURRENCY_SUFFIX = table((c) => c.suffixes, true);
/** Currency words or signs before a number (`人民币500亿元`, `美元3.5亿`, `台币8.6亿`, `US$5`, `￥100`). */
export const CURRENCY_PREFIX = table((c) => c.prefixes, false);
/** Every word of the table, prefixes and suffixes (for guards that must know a currency when they see one). */
export const CURRENCY_WORDS: readonly string[] = [...new Set(CURRENCIES.flatMap((c) => [...c.prefixes, ...c.suffixes]))];
/** The ISO codes of the currencies whose own unit is called 元 (a bare 元 next to them is theirs). */
export const YUAN_CURRENCIES: ReadonlySet<string> = new Set(CURRENCIES.filter((c) => c.yuan).map((c) => c.iso));

const NOT_YUAN_AFTER = /^(?:化|素|宵|旦|年|月|首|帅|老|组|件|论|系|音|气|满|桌|形|梦|周|心|顶|珠|规|场|润|融|滑|复)/;
/**
 * After these words a currency is part of a longer word: 多元化, 元素, 元宵, 元旦, 圆满, 圆桌 (元 / 圆);
 * 欧洲, 欧盟, 欧美 (欧 alone is the euro: 1万欧).
 */
export const NOT_CURRENCY_AFTER: Readonly<Record<string, RegExp>> = { 元: NOT_YUAN_AFTER, 圆: NOT_YUAN_AFTER, 欧: /^[洲盟美亚式陆区佩]/ };
