import { describe, expect, it } from 'vitest';
import { decodeEntities, markdownToPlain, stripInline } from '../../src/plain/markdown.js';

describe('markdownToPlain', () => {
  it('keeps headings and paragraphs as lines, without syntax', () => {
    expect(markdownToPlain('\n\n# 标题\n\n本报记者 杨俊峰\n\n\n## 小标题 ##\n\n正文。')).toBe('标题\n本报记者 杨俊峰\n小标题\n正文。');
  });

  it('keeps a hard line break (two trailing spaces or a backslash) and joins soft-wrapped lines', () => {
    expect(markdownToPlain('在现场，参展商接受咨询。  \n谢贵明摄（人民图片）')).toBe('在现场，参展商接受咨询。\n谢贵明摄（人民图片）');
    expect(markdownToPlain('第一行\\\n第二行')).toBe('第一行\n第二行');
    expect(markdownToPlain('出口同比增长\n31.1%，进口\n增长。\nHello\nworld')).toBe('出口同比增长 31.1%，进口增长。 Hello world');
  });

  it('strips emphasis, inline code, links and images', () => {
    expect(markdownToPlain('**超过1.8万亿元**，*增长*19.6%，`代码`，~~删除~~，__粗__')).toBe('超过1.8万亿元，增长19.6%，代码，删除，粗');
    expect(markdownToPlain('见[商务部网站](https://mofcom.gov.cn "标题")和![图片](a.png)<https://example.com>')).toBe('见商务部网站和https://example.com');
    expect(markdownToPlain('参见[报告][1]。\n\n[1]: https://example.com/report')).toBe('参见报告。');
  });

  it('does not take arithmetic or snake_case for emphasis', () => {
    expect(markdownToPlain('面积3*5米，变量a_b_c')).toBe('面积3*5米，变量a_b_c');
  });

  it('strips blockquotes and bullet markers; list items are lines; ordered numbers stay', () => {
    expect(markdownToPlain('> 引用一\n> 引用二\n\n- 甲\n- 乙\n* [x] 丙\n\n1. 第一\n2. 第二')).toBe('引用一引用二\n甲\n乙\n丙\n1. 第一\n2. 第二');
  });

  it('drops fence lines but keeps code content verbatim', () => {
    expect(markdownToPlain('前\n\n```js\nconst a = **1**;\n```\n\n后')).toBe('前\nconst a = **1**;\n后');
  });

  it('turns tables into tab-separated rows without the separator row', () => {
    expect(markdownToPlain('| 地区 | 出口 |\n|:---|---:|\n| 福建 | **4480**亿元 |\n\n正文')).toBe('地区\t出口\n福建\t4480亿元\n正文');
  });

  it('drops kramdown attribute lines ({: .class key="…"}), alone or ending a block', () => {
    expect(markdownToPlain('出口增长5%。\n{: .key-answer data-question="出口如何？"}\n\n进口下降。 {: .note}')).toBe('出口增长5%。\n进口下降。');
    expect(markdownToPlain('{: .summary}\n正文。')).toBe('正文。');
  });

  it('renders Markdown inside <div markdown="1"> as outside it', () => {
    expect(markdownToPlain('<div class="takeaway" markdown="1">\n- **政策面**：新规出台。\n- **数据面**：出口增长。\n</div>\n\n后文。')).toBe('政策面：新规出台。\n数据面：出口增长。\n后文。');
    expect(markdownToPlain('<div markdown="1">\n| 指标 | 数值 |\n|---|---|\n| 出口 | 5 |\n</div>')).toBe('指标\t数值\n出口\t5');
  });

  it('drops thematic breaks and setext underlines', () => {
    expect(markdownToPlain('标题\n===\n\n正文\n\n---\n\n* * *\n\n尾')).toBe('标题\n正文\n尾');
  });

  it('removes HTML inside Markdown and decodes entities', () => {
    expect(markdownToPlain('第一段<br>第二段<span class="x">内联</span>&nbsp;&amp;\n\n<!-- 注释\n多行 -->\n<div>块</div>\n\n<script>x()</script>尾')).toBe('第一段\n第二段内联 &\n块\n尾');
  });

  it('honours backslash escapes', () => {
    expect(markdownToPlain('\\*不是强调\\*，\\# 不是标题')).toBe('*不是强调*，# 不是标题');
  });
});

describe('helpers', () => {
  it('stripInline drops images before links', () => {
    expect(stripInline('![图](a.png)[字](b)')).toBe('字');
  });
  it('decodeEntities keeps unknown names', () => {
    expect(decodeEntities('&nbsp;&#36;&#x41;&unknown;')).toBe(' $A&unknown;');
  });
});
