/**
 * Sentences that hold digits or numerals but no figure of any kind: word-internal numerals,
 * ordinals, durations, phone numbers, generations, codes and a year alone. Every figure type's
 * corpus includes them as negatives (the date corpus keeps its own, as some of these hold dates).
 */
export const NOT_FIGURES: readonly string[] = [
  '长三角一体化发展取得新进展。',
  '第五届进博会将于11月举行。',
  '快递承诺5天内送达。',
  '咨询电话0571-88888888。',
  '联系人手机13812345678。',
  '5G基站数量持续增长。',
  '95后成为消费主力。',
  '展会设在1号馆。',
  '2023年是全面贯彻党的二十大精神的开局之年。',
];
