import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { frontMatterMeta, htmlMeta, markdownTitle, normalizeDateText, pathDate, publicationLineDate } from '../../src/input/meta.js';
import { splitFrontMatter } from '../../src/input/sniff.js';

describe('normalizeDateText', () => {
  it.each([
    ['2022-03-15', '2022-03-15'],
    ['2021/7/9 10:00', '2021-07-09'],
    ['2022.03.15', '2022-03-15'],
    ['2023年11月20日', '2023-11-20'],
    ['２０２４年８月２日', '2024-08-02'],
    ['Sat, 04 Sep 2021 00:39:37 GMT', '2021-09-04'],
    ['Sat, 04 Sep 2021 23:39:37 -0500', '2021-09-04'],
    ['2021-09-04T01:30:00+08:00', '2021-09-04'],
    ['2021-09-04T23:30:00Z', '2021-09-04'],
    ['September 4, 2021', '2021-09-04'],
    ['4 September 2021', '2021-09-04'],
    ['20220315', '2022-03-15'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDateText(input)).toBe(expected);
  });

  it.each(['2022-02-30', '2022-13-01', '明天', '18日上午', '12345678', ''])('%s → null', (input) => {
    expect(normalizeDateText(input)).toBeNull();
  });
});

describe('frontMatterMeta', () => {
  const meta = (yaml: string) => frontMatterMeta(splitFrontMatter(`---\n${yaml}\n---\nbody`).frontMatter!);

  it('reads title and an RFC 2822 date (seed 002)', () => {
    expect(meta("title: '5年增长近10倍 跨境电商迎来快速发展期'\ndate: Sat, 04 Sep 2021 00:39:37 GMT")).toEqual({
      title: '5年增长近10倍 跨境电商迎来快速发展期',
      date: '2021-09-04',
    });
  });

  it('takes the calendar date as written, not shifted to UTC by YAML', () => {
    expect(meta('date: 2022-03-15').date).toBe('2022-03-15');
    expect(meta('date: 2021-09-04 01:00:00 +08:00').date).toBe('2021-09-04');
    expect(meta('date: 2021/7/9 10:00').date).toBe('2021-07-09');
    expect(meta('Date: "2023年11月20日"').date).toBe('2023-11-20');
  });

  it('falls back to other date keys and tolerates odd values', () => {
    expect(meta('pubDate: 2024-08-02').date).toBe('2024-08-02');
    expect(meta('date: 明天\ntitle: 42').date).toBeNull();
    expect(meta('title: 42').title).toBe('42');
    expect(meta('author: x')).toEqual({ title: null, date: null });
  });
});

describe('htmlMeta', () => {
  const html = (head: string, body = '') => htmlMeta(load(`<html><head>${head}</head><body>${body}</body></html>`));

  it.each([
    ['<meta property="article:published_time" content="2024-08-02T09:00:00+08:00">', '2024-08-02'],
    ['<meta name="publishdate" content="2023-11-20">', '2023-11-20'],
    ['<meta name="PubDate" content="2023/11/20 10:00">', '2023-11-20'],
    ['<meta name="pubdate" content="2023-11-20 10:00:00">', '2023-11-20'],
    ['<meta property="og:release_date" content="2022-01-05">', '2022-01-05'],
    ['<meta name="date" content="2021年7月9日">', '2021-07-09'],
    ['<meta itemprop="datePublished" content="2020-12-31">', '2020-12-31'],
  ])('%s', (head, date) => {
    expect(html(head).date).toBe(date);
  });

  it('reads the title from og:title, else <title>, else the first h1', () => {
    expect(html('<meta property="og:title" content="标题甲"><title>标题乙_新浪</title>').title).toBe('标题甲');
    expect(html('<title> 标题乙\n_新浪 </title>').title).toBe('标题乙 _新浪');
    expect(html('', '<h1>标题丙</h1><h1>别的</h1>').title).toBe('标题丙');
    expect(html('', '<p>无标题</p>')).toEqual({ title: null, date: null });
  });
});

describe('markdownTitle', () => {
  it('takes the first ATX or setext heading without syntax', () => {
    expect(markdownTitle('\n\n# 跨境电商开启“加速跑”\n\n## 小标题')).toBe('跨境电商开启“加速跑”');
    expect(markdownTitle('前言\n\n## **加粗**的标题 ##\n')).toBe('加粗的标题');
    expect(markdownTitle('标题\n===\n正文')).toBe('标题');
    expect(markdownTitle('没有标题')).toBeNull();
  });
});

describe('publicationLineDate', () => {
  it.each([
    ['标题\n发布时间：2024-08-02 10:30\n正文', '2024-08-02'],
    ['标题\n2023年11月20日 来源：人民日报\n正文', '2023-11-20'],
    ['标题\n发布日期: 2022/3/15\n正文', '2022-03-15'],
    ['标题\n时间：2021年7月9日\n正文', '2021-07-09'],
    ['標題\n發佈時間：２０２４年８月２日\n正文', '2024-08-02'],
    ['标题\n2024-08-02 10:30:00 | 来源：新华网\n正文', '2024-08-02'],
    ['标题\n2024-08-02\n正文', '2024-08-02'],
    // a generated report states when it was made, at its top or at its foot
    ['报告\n生成时间：2025-03-04 08:00\n正文', '2025-03-04'],
    // a headline that ends in the day it reports (a daily bulletin)
    ['新闻联播 2025-03-07\n1. 前两个月我国货物贸易进出口6.54万亿元', '2025-03-07'],
    ['每日经济简报（2025年3月7日）\n正文', '2025-03-07'],
    // the day a report or speech was delivered, under its title
    ['政府工作报告\n——2026年1月22日在湖南省第十四届人民代表大会第五次会议上\n各位代表：', '2026-01-22'],
    ['在全省经济工作会议上的讲话\n（2025年12月18日）\n同志们：', '2025-12-18'],
    [`報告\n${Array.from({ length: 30 }, (_, i) => `第${i}行`).join('\n')}\n- 報告產生時間：2025-11-27 07:24:08\n- 資料品質：良`, '2025-11-27'],
  ])('%j', (plain, date) => {
    expect(publicationLineDate(plain)).toBe(date);
  });

  it('ignores dates in the body and below the top lines', () => {
    expect(publicationLineDate('标题\n2023年11月20日，商务部发布数据。')).toBeNull();
    // a day in a later line, or inside the headline, is not its date
    expect(publicationLineDate('2023年11月20日大会在京开幕\n正文')).toBeNull();
    expect(publicationLineDate('标题\n会议将于 2024-05-01\n正文')).toBeNull();
    expect(publicationLineDate('标题\n（2025年12月18日至20日）\n正文')).toBeNull();
    expect(publicationLineDate('标题\n——记2025年3月5日的一次会议\n正文')).toBeNull();
    expect(publicationLineDate('会议时间：2024年5月1日')).toBeNull();
    const deep = `${Array.from({ length: 10 }, (_, i) => `第${i}行`).join('\n')}\n发布时间：2024-08-02`;
    expect(publicationLineDate(deep)).toBeNull();
    // the foot is read for a report's own generation time only
    expect(publicationLineDate(`${Array.from({ length: 30 }, (_, i) => `第${i}行`).join('\n')}\n更新时间：2024-08-02`)).toBeNull();
  });
});

describe('pathDate', () => {
  it.each([
    ['20250714.md', '2025-07-14'],
    ['2025-07-14-trade.html', '2025-07-14'],
    ['news/news_2025_07_14.txt', '2025-07-14'],
    ['archive/2025/07/14/trade.html', '2025-07-14'],
    ['archive/2025/7/4/trade.html', '2025-07-04'],
    ['site/2025/0714/a.html', '2025-07-14'],
    ['site/202507/14/a.html', '2025-07-14'],
    ['C:\\news\\2024\\02\\29\\a.txt', '2024-02-29'],
    // the file name before the folders
    ['2019/01/02/20250714.md', '2025-07-14'],
  ])('%s → %s', (path, date) => {
    expect(pathDate(path)).toBe(date);
  });

  it.each([
    ['000_0bb6aa92c107ea85.txt'],
    ['h01_customs.txt'],
    ['report-20251399.md'], // no 13th month
    ['2023/02/29/a.txt'], // no February 29th in 2023
    ['id123202507141.txt'], // glued to longer digits
    ['2025/07/notes.md'], // a month, no day
  ])('%s holds no date', (path) => {
    expect(pathDate(path)).toBeNull();
  });
});
