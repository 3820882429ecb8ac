import { describe, expect, it } from 'vitest';
import { collapseWhitespace, htmlToPlain } from '../../src/plain/html.js';

describe('htmlToPlain', () => {
  it('puts block elements on their own lines and keeps inline text together', () => {
    expect(htmlToPlain('<div><p>第一段<b>加粗</b>文字</p><p>第二段</p>尾部<br>换行<ul><li>甲</li><li>乙</li></ul></div>')).toBe('第一段加粗文字\n第二段\n尾部\n换行\n甲\n乙');
  });

  it('drops scripts, styles, noscript, templates and comments', () => {
    const html = '<p>正文</p><script>var a = "脚本";</script><style>.a{color:red}</style><noscript>请启用</noscript><template><p>模板</p></template><!-- 注释 <p>隐藏</p> --><p>结尾</p>';
    expect(htmlToPlain(html)).toBe('正文\n结尾');
  });

  it('drops navigation chrome by element, role, class and id, but not the article', () => {
    const html = `<body class="has-nav"><nav><a>首页</a></nav><header><a>登录</a></header>
      <div class="breadcrumb">首页 &gt; 财经</div><div id="main-menu">菜单</div><div class="share_box">分享到微博</div>
      <div role="navigation">导航</div><article><header><h1>标题</h1></header><p>正文</p><footer>本文作者：甲</footer></article>
      <aside>相关阅读</aside><footer>版权所有</footer><div class="footer-links">关于我们</div></body>`;
    expect(htmlToPlain(html)).toBe('标题\n正文\n本文作者：甲');
  });

  it('drops hidden elements', () => {
    expect(htmlToPlain('<p>看得见</p><p hidden>隐藏</p><div style="display: none">也隐藏</div>')).toBe('看得见');
  });

  it('decodes entities; &nbsp; becomes a space and an &nbsp;-only block disappears', () => {
    expect(htmlToPlain('<p>A&amp;B&nbsp;&lt;C&gt; &#x4E2D;&#22269; &ldquo;引号&rdquo;</p><div>&nbsp;</div>')).toBe('A&B <C> 中国 “引号”');
  });

  it('collapses source whitespace but keeps 　　 indentation (seed 003)', () => {
    const html = "<div><span style='display:block'> 　　10月31日，发布会\n   在京举行。</span></div><div>&nbsp;</div><div><span> 　　</span></div>";
    expect(htmlToPlain(html)).toBe('　　10月31日，发布会在京举行。');
  });

  it('separates table cells with tabs, one row per line', () => {
    expect(htmlToPlain('<table><tr><th>地区</th><th>出口</th></tr><tr><td>福建</td><td>4480亿元</td></tr></table>')).toBe('地区\t出口\n福建\t4480亿元');
  });

  it('keeps line breaks inside <pre>', () => {
    expect(htmlToPlain('<pre>第一行\n第二行</pre>')).toBe('第一行\n第二行');
  });

  it('drops images and form controls', () => {
    expect(htmlToPlain('<p>图<img src="a.png" alt="说明">文</p><select><option>选项</option></select><button>按钮</button>')).toBe('图文');
  });

  it('reads unclosed tags the way a browser does', () => {
    expect(htmlToPlain('<p>第一段<b>加粗<p>第二段<div>第三段<span>内联')).toBe('第一段加粗\n第二段\n第三段内联');
  });

  it('survives very deep nesting', { timeout: 60_000 }, () => {
    const depth = 2000;
    expect(htmlToPlain(`${'<div>'.repeat(depth)}深处${'</div>'.repeat(depth)}`)).toBe('深处');
  });
});

describe('collapseWhitespace', () => {
  it('joins a line break between Chinese characters without a space, as browsers do', () => {
    expect(collapseWhitespace('集中供水\n  工程')).toBe('集中供水工程');
    expect(collapseWhitespace('Hello\n  world')).toBe('Hello world');
    expect(collapseWhitespace('达到\n 5%')).toBe('达到 5%');
    expect(collapseWhitespace('甲\u00A0\u00A0乙　丙')).toBe('甲 乙　丙');
  });
});
