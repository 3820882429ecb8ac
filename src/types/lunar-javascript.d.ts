// The part of lunar-javascript (a lunisolar calendar without dependencies) that the date rules use.
declare module 'lunar-javascript' {
  interface SolarDay {
    getYear(): number;
    getMonth(): number;
    getDay(): number;
  }
  interface LunarDay {
    getSolar(): SolarDay;
    /** solar terms by name (the next year's first ones under pinyin keys such as DONG_ZHI) */
    getJieQiTable(): Record<string, SolarDay | undefined>;
  }
  interface LunarMonthOfYear {
    getDayCount(): number;
  }
  export const Lunar: { fromYmd(year: number, month: number, day: number): LunarDay };
  /** months are negative for a leap month (闰四月 = -4) */
  export const LunarMonth: { fromYm(year: number, month: number): LunarMonthOfYear | null };
}
