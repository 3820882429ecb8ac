import { describe, expect, it } from 'vitest';
import { htmlToPlain } from '../../src/plain/html.js';
import { markdownToPlain } from '../../src/plain/markdown.js';
import { textToPlain } from '../../src/plain/text.js';
import { cellLines, joinLines, tablesOf, type Table, type TableCell } from '../../src/plain/table.js';

describe('tables in the plain text: one line per row, cells separated by a tab', () => {
  it('HTML: one <p> per cell, <span> inside cells, a <br> in a cell as U+2028 (the row stays one line), spans as empty fields, empty cells kept', () => {
    const html =
      '<table><tr><td rowspan="2"><p>地区</p></td><td colspan="2"><span>出口</span></td></tr>' +
      '<tr><td><p>金额</p><p>（亿元）</p></td><td>增长<br>(%)</td></tr><tr><td></td><td>12.5</td><td></td></tr></table><p>后文。</p>';
    expect(htmlToPlain(html)).toBe('地区\t出口\t\n\t金额（亿元）\t增长\u2028(%)\n\t12.5\t\n后文。');
  });

  it('HTML: a layout table (one long text cell, a nested table) keeps its lines', () => {
    expect(htmlToPlain(`<table><tr><td><p>${'很长的正文。'.repeat(40)}</p><p>第二段。</p></td><td>侧栏</td></tr><tr><td>a</td><td>b</td></tr></table>`)).toBe(
      `${'很长的正文。'.repeat(40)}\n第二段。\n侧栏\na\nb`,
    );
    expect(htmlToPlain('<table><tr><td>左</td><td><table><tr><td>甲</td><td>1</td></tr><tr><td>乙</td><td>2</td></tr></table></td></tr></table>')).toBe('左\n甲\t1\n乙\t2');
  });

  it('Markdown: escaped pipes, alignment rows, a header cell wrapped onto the next line', () => {
    expect(markdownToPlain('| 项目 | 金额\n（亿元） | 增幅 |\n|:--|--:|:-:|\n| A\\|B | 1.5 | |\n')).toBe('项目\t金额（亿元）\t增幅\nA|B\t1.5\t');
  });

  it('text: tab rows keep empty cells, space-aligned columns become cells, prose stays', () => {
    expect(textToPlain('地区\t出口\t\n\t12\t3\n正文。')).toBe('地区\t出口\t\n\t12\t3\n正文。');
    expect(textToPlain('指标      2022年    2023年\n出口      5.1       6.2\n本报记者  张三')).toBe('指标\t2022年\t2023年\n出口\t5.1\t6.2\n本报记者  张三');
  });
});

describe('Markdown that holds HTML (news archives)', () => {
  const archive =
    '### 一季度外贸增长\n<p>一季度，出口增长5.1%。</p>\n<p>进口增长3.2%。</p>\n[查看原文](https://example.com/a/1.html)\n### 二季度外贸\n<p>二季度，出口增长4.0%。</p>\n[查看原文](https://example.com/a/2.html)\n';
  it('headings, HTML paragraphs and links each rendered; the URL never reaches the plain text', () => {
    expect(markdownToPlain(archive)).toBe('一季度外贸增长\n一季度，出口增长5.1%。\n进口增长3.2%。\n查看原文\n二季度外贸\n二季度，出口增长4.0%。\n查看原文');
  });
  it('emphasis inside HTML-bearing Markdown', () => {
    expect(markdownToPlain('**出口**增长<b>5%</b>，*进口*持平。')).toBe('出口增长5%，进口持平。');
  });
});

/** The one table of a plain text (a test of the model gives one). */
function onlyTable(plain: string): Table {
  const tables = tablesOf(plain);
  expect(tables).toHaveLength(1);
  return tables[0]!;
}

/** The cell at a row and column, which the test's table has. */
function cellAt(t: Table, row: number, col: number): TableCell {
  const cell = t.cells[row]?.[col];
  if (cell === undefined) throw new Error(`no cell at row ${row}, column ${col}`);
  return cell;
}

describe('the table model', () => {
  it('a cell of two lines: its lines with their offsets; a label of two lines reads as one', () => {
    const plain = '季度\t营收(亿元)\u2028毛利率(%)\n台州\u2028（含三门）\t12.5 \u2028 31.2';
    const t = onlyTable(plain);
    const lines = cellLines(cellAt(t, 1, 1));
    expect(lines.map((l) => [l.text, plain.slice(l.start, l.end)])).toEqual([
      ['12.5', '12.5'],
      ['31.2', '31.2'],
    ]);
    expect(cellLines(cellAt(t, 0, 0)).map((l) => l.text)).toEqual(['季度']);
    expect(t.rowLabels[1]).toBe('台州（含三门）');
    expect(joinLines('收入\u2028(%)')).toBe('收入 (%)');
  });
  it('caption, unit notes, two header levels with a span resolved, row labels with their units, cell offsets', () => {
    const plain = '表1 2023年主要指标\n单位：亿元\n指标\t1-10月\t\n\t金额\t增长（%）\n出口总额\t2317.8\t6.5\n生猪出栏（万头）\t35\t-1.2';
    const t = onlyTable(plain);
    expect(t.caption?.text).toBe('表1 2023年主要指标');
    expect(t.units).toEqual(['亿元']);
    expect(t.headerRows).toEqual([0, 1]);
    expect(t.dataRows).toEqual([2, 3]);
    expect(t.columnHeaders).toEqual([['指标'], ['1-10月', '金额'], ['1-10月', '增长（%）']]);
    expect(t.labelColumns).toEqual([0]);
    expect(t.dataColumns).toEqual([1, 2]);
    expect(t.rowLabels.slice(2)).toEqual(['出口总额', '生猪出栏（万头）']);
    const cell = cellAt(t, 2, 1);
    expect(plain.slice(cell.start, cell.end)).toBe('2317.8');
  });

  it('a unit column and a note in parentheses', () => {
    const t = onlyTable('（单位：万美元、%）\n产品\t单位\t数量\n原油\t万吨\t12\n煤\t万吨\t8');
    expect(t.units).toEqual(['万美元', '%']);
    expect(t.unitColumn).toBe(1);
    expect(t.labelColumns).toEqual([0]);
  });
});
