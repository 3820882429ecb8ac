import type { FactType } from '../../schema/fact.js';

// The review page's stylesheet, inlined into the page (no external requests). Colours are the
// Okabe–Ito palette (distinguishable with the common colour-vision deficiencies); every type also
// has its own line style and symbol so that colour is never the only cue.

/** Per type: the symbol drawn before a highlight (CSS only, so it is not part of the text). */
export const TYPE_SYMBOL: Readonly<Record<FactType, string>> = {
  money: '¥',
  percent: '%',
  growth: '±',
  count: '#',
  measure: '⚖',
  date: '◷',
};

const TYPE_COLOURS: Readonly<Record<FactType, { line: string; fill: string; line_style: string }>> = {
  money: { line: '#b97f00', fill: '#fde8bf', line_style: 'solid' },
  percent: { line: '#2f8fc9', fill: '#d8edfb', line_style: 'dashed' },
  growth: { line: '#00855f', fill: '#c6eddf', line_style: 'double' },
  count: { line: '#8f8200', fill: '#f7f1ad', line_style: 'dotted' },
  measure: { line: '#0072b2', fill: '#d3e3f3', line_style: 'solid' },
  date: { line: '#b05a8a', fill: '#f6dcea', line_style: 'solid' },
};

const typeRules = (Object.keys(TYPE_COLOURS) as FactType[])
  .map((t) => {
    const c = TYPE_COLOURS[t];
    return `.t-${t}{--line:${c.line};--fill:${c.fill};--style:${c.line_style};--sym:"${TYPE_SYMBOL[t]}"}`;
  })
  .join('\n');

// When the table is filtered by type, highlights of the other types fade (body[data-filter]).
const fadeRules = (Object.keys(TYPE_COLOURS) as FactType[]).map((t) => `body[data-filter="${t}"] .plain .zf:not(.t-${t})`).join(',\n');

export const REVIEW_CSS = `
:root{color-scheme:light;--ink:#1b1f24;--muted:#57606a;--rule:#d0d7de;--bg:#fff;--panel:#f6f8fa;--focus:#1b1f24;
font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Zen Hei",sans-serif}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);background:var(--bg);line-height:1.5;
display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.05fr);grid-template-areas:"head head" "sum sum" "docs facts";column-gap:1.25rem}
a{color:#0550ae}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.4rem .6rem;z-index:20}
.skip:focus{left:.5rem}
.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0}
header{grid-area:head;padding:.8rem 1.25rem .4rem;border-bottom:1px solid var(--rule)}
h1{font-size:1.25rem;margin:0 0 .4rem}
#summary{grid-area:sum;font-size:.9rem}
#summary .stats{display:flex;flex-wrap:wrap;gap:.35rem .9rem;align-items:center;margin:0;padding:0;list-style:none}
#summary .stats li{white-space:nowrap}
#summary .errors{margin:.5rem 0 0;padding:.4rem .7rem;border-left:4px solid #cf222e;background:#fff1f0}
#summary .errors ul{margin:.2rem 0 0;padding-left:1.2rem}
#summary .ok{color:var(--muted)}
code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.9em;overflow-wrap:anywhere}
main{grid-area:docs;padding:0 0 2rem 1.25rem;min-width:0}
article{border-bottom:1px solid var(--rule);padding:.9rem 0 1.1rem}
article h2{font-size:1.1rem;margin:0 0 .25rem;line-height:1.35}
.meta{margin:0 0 .6rem;color:var(--muted);font-size:.82rem;display:flex;flex-wrap:wrap;gap:.1rem .8rem}
.plain{white-space:pre-wrap;overflow-wrap:anywhere;line-height:2.05;font-size:1rem;margin:0}
.nofacts,.noplain{color:var(--muted);font-style:italic}
/* highlights */
${typeRules}
.zf{background:var(--fill);color:inherit;border-bottom:.2em var(--style) var(--line);padding:.08em .06em 0;margin:0 .06em;
border-radius:.2em .2em 0 0;-webkit-box-decoration-break:clone;box-decoration-break:clone;print-color-adjust:exact;-webkit-print-color-adjust:exact}
.zf.t-growth{border-bottom-width:.24em}
.zf.t-measure{box-shadow:inset 0 0 0 1px var(--line)}
.zf.t-date{border-bottom:none;text-decoration:underline wavy var(--line);text-decoration-thickness:.09em;text-underline-offset:.28em}
.zf:not(.cont)::before{content:var(--sym) / "";font-size:.72em;font-weight:700;color:var(--line);vertical-align:.5em;margin-right:.12em;
font-family:"DejaVu Sans",system-ui,sans-serif}
.zf .zf{border-bottom:none;border-top:.16em var(--style) var(--line);border-radius:0 0 .2em .2em;filter:saturate(1.3) brightness(.97)}
.zf .zf.t-date{border-top:none}
.plain .zf[tabindex]{cursor:help}
.zf.mismatch{outline:2px dashed #cf222e}
.zf:focus{outline:3px solid var(--focus);outline-offset:1px}
.zf:focus:not(:focus-visible){outline:2px solid var(--focus)}
.zf.flash{animation:flash 1.6s ease-out}
@keyframes flash{0%,40%{box-shadow:0 0 0 4px #ffbf00}100%{box-shadow:0 0 0 0 transparent}}
${fadeRules}{background:none;border-color:transparent;text-decoration-color:transparent;box-shadow:none}
.legend{display:inline-block;line-height:1.4;font-size:.88rem}
td .legend{font-size:1em;line-height:1.2}
/* tooltip */
#tip{position:absolute;z-index:30;max-width:min(24rem,92vw);background:#1f2328;color:#fff;padding:.45rem .65rem;border-radius:.4rem;
font-size:.82rem;line-height:1.4;box-shadow:0 4px 14px rgba(0,0,0,.25);pointer-events:none}
#tip[hidden]{display:none}
#tip .tt{font-weight:700;margin-bottom:.2rem}
#tip dl{display:grid;grid-template-columns:auto 1fr;gap:0 .6rem;margin:0}
#tip dt{color:#c9d1d9}
#tip dd{margin:0;overflow-wrap:anywhere}
/* facts table */
#facts{grid-area:facts;position:sticky;top:0;align-self:start;max-height:100vh;display:flex;flex-direction:column;
border-left:1px solid var(--rule);background:var(--panel);min-width:0}
#facts h2{font-size:1rem;margin:0}
.controls{display:flex;flex-wrap:wrap;gap:.4rem .8rem;align-items:center;padding:.6rem .8rem;border-bottom:1px solid var(--rule)}
.controls label{font-size:.85rem;display:flex;gap:.3rem;align-items:center}
.controls select,.controls input{font:inherit;font-size:.9rem;padding:.2rem .35rem;border:1px solid #8c959f;border-radius:.3rem;background:#fff;color:var(--ink)}
.controls input{width:11rem;max-width:100%}
#shown{font-size:.85rem;color:var(--muted)}
.tablewrap{overflow:auto;flex:1 1 auto;min-height:0}
table{border-collapse:collapse;font-size:.8rem;width:100%;background:#fff}
th,td{padding:.25rem .4rem;border-bottom:1px solid #e5e8eb;text-align:left;vertical-align:top;overflow-wrap:anywhere}
td.col-metric{max-width:14em}
td.col-doc{max-width:7em;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-size:.92em;color:var(--muted)}
td.col-type .legend::before{margin-right:0}
td.col-start,td.col-end{font-size:.92em;color:var(--muted)}
thead th{position:sticky;top:0;background:#eaeef2;z-index:1;padding:0}
th button{font:inherit;font-weight:700;background:none;border:0;padding:.3rem .3rem;cursor:pointer;color:var(--ink);width:100%;text-align:left}
th{white-space:nowrap}
th button::after{content:"" / "";color:var(--muted)}
th[aria-sort=ascending] button::after{content:"▲" / ""}
th[aria-sort=descending] button::after{content:"▼" / ""}
td.num{text-align:right;font-variant-numeric:tabular-nums}
tbody tr{cursor:pointer}
tbody tr:hover{background:#f0f6ff}
tbody tr:focus{outline:2px solid var(--focus);outline-offset:-2px}
tbody tr.current{background:#fff4ce}
.empty{padding:.6rem .8rem;color:var(--muted)}
/* phones and narrow windows: one column; the table after the articles, scrolling sideways */
@media (max-width:900px){
body{grid-template-columns:minmax(0,1fr);grid-template-areas:"head" "sum" "docs" "facts"}
main{padding:0 .8rem 1rem}
header{padding:.7rem .8rem .4rem}
#facts{position:static;max-height:none;border-left:0;border-top:1px solid var(--rule)}
.tablewrap{max-height:75vh}
.plain{line-height:1.95}
}
/* phones: each fact is a card — its text and value, then metric · region · period */
@media (max-width:600px){
#facts-table thead{display:none}
#facts-table,#facts-table tbody{display:block}
#facts-table tbody tr{display:grid;grid-template-columns:auto auto auto minmax(0,1fr);grid-template-areas:"text value value value" "metric region period .";
gap:.1rem .45rem;padding:.45rem .7rem;border-bottom:1px solid #e5e8eb}
#facts-table td{display:none;border:0;padding:0;min-width:0;max-width:none}
#facts-table td.col-text{display:block;grid-area:text;font-weight:600}
#facts-table td.col-value{display:block;grid-area:value}
#facts-table td.col-metric{display:block;grid-area:metric}
#facts-table td.col-region{display:block;grid-area:region}
#facts-table td.col-period{display:block;grid-area:period}
#facts-table td.col-region:not(:empty)::before,#facts-table td.col-period:not(:empty)::before{content:"· " / "";color:var(--muted)}
}
@media (prefers-reduced-motion:reduce){.zf.flash{animation:none;outline:3px solid #ffbf00}}
/* print: everything in page order, no sticky panel or controls, the whole table */
@media print{
body{display:block;font-size:10.5pt}
.skip,.controls,#tip{display:none!important}
header{border:0;padding:0 0 .5rem}
main{padding:0}
article{break-inside:auto;padding:.5rem 0}
article h2{break-after:avoid}
#facts{position:static;max-height:none;border:0;background:none;break-before:page}
#facts h2{margin:.5rem 0}
.tablewrap{overflow:visible}
table{width:100%;font-size:7.5pt}
th,td{white-space:normal;overflow-wrap:anywhere}
thead th{position:static}
tbody tr[hidden]{display:none}
}
`;
