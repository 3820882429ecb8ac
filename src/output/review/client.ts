// The review page's script, inlined into the page. It never builds markup from strings: the
// server renders (and escapes) everything, the script only moves, hides, sorts and focuses
// elements and fills the tooltip with textContent. String.raw keeps the backslashes as written.

export const REVIEW_JS = String.raw`(function () {
  'use strict';
  var doc = document;
  var body = doc.body;

  // The summary is written last (its counts are known only at the end); show it first.
  var summary = doc.getElementById('summary');
  var slot = doc.getElementById('summary-slot');
  if (summary && slot) slot.appendChild(summary);

  // --- tooltip on hover and focus -----------------------------------------------------------
  var tip = doc.getElementById('tip');
  var tipFor = null;
  function headOf(el) {
    var mark = el && el.closest ? el.closest('.zf[data-fact]') : null;
    if (!mark || !mark.closest('.plain')) return null;
    return mark.hasAttribute('data-tip') ? mark : doc.getElementById(mark.getAttribute('data-fact'));
  }
  function showTip(mark, anchor) {
    if (!tip || !mark) return;
    tipFor = mark;
    while (tip.firstChild) tip.removeChild(tip.firstChild);
    var lines = (mark.getAttribute('data-tip') || '').split('\n');
    var title = doc.createElement('div');
    title.className = 'tt';
    title.textContent = lines[0];
    tip.appendChild(title);
    var dl = doc.createElement('dl');
    for (var i = 1; i < lines.length; i++) {
      var tab = lines[i].indexOf('\t');
      if (tab < 0) continue;
      var dt = doc.createElement('dt');
      dt.textContent = lines[i].slice(0, tab);
      var dd = doc.createElement('dd');
      dd.textContent = lines[i].slice(tab + 1);
      dl.appendChild(dt);
      dl.appendChild(dd);
    }
    tip.appendChild(dl);
    tip.hidden = false;
    var r = (anchor || mark).getBoundingClientRect();
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var left = Math.max(4, Math.min(r.left, doc.documentElement.clientWidth - w - 4));
    var top = r.bottom + 6;
    if (top + h > window.innerHeight && r.top - h - 6 > 0) top = r.top - h - 6;
    tip.style.left = (left + window.scrollX) + 'px';
    tip.style.top = (top + window.scrollY) + 'px';
    mark.setAttribute('aria-describedby', 'tip');
  }
  function hideTip() {
    if (!tip) return;
    tip.hidden = true;
    if (tipFor) tipFor.removeAttribute('aria-describedby');
    tipFor = null;
  }
  doc.addEventListener('mouseover', function (e) {
    var m = headOf(e.target);
    if (m) showTip(m, e.target.closest('.zf'));
  });
  doc.addEventListener('mouseout', function (e) {
    if (headOf(e.target) && !headOf(e.relatedTarget) && doc.activeElement !== tipFor) hideTip();
  });
  doc.addEventListener('focusin', function (e) {
    var m = headOf(e.target);
    if (m) showTip(m); else hideTip();
  });
  doc.addEventListener('focusout', function (e) {
    if (headOf(e.target)) hideTip();
  });
  doc.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') hideTip();
  });

  // --- the facts table: filter, search, sort, go to a fact ----------------------------------
  var table = doc.getElementById('facts-table');
  if (!table) return;
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var typeFilter = doc.getElementById('type-filter');
  var search = doc.getElementById('search');
  var shown = doc.getElementById('shown');

  function apply() {
    var type = typeFilter.value;
    var q = search.value.trim().toLowerCase();
    var n = 0;
    rows.forEach(function (row) {
      var ok = (!type || row.getAttribute('data-type') === type) && (!q || row.getAttribute('data-q').indexOf(q) >= 0);
      row.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = n + ' of ' + rows.length + ' facts shown';
    if (type) body.setAttribute('data-filter', type); else body.removeAttribute('data-filter');
  }
  typeFilter.addEventListener('change', apply);
  search.addEventListener('input', apply);

  // Numeric columns compare as numbers where a cell is one (value also holds date labels,
  // which sort after the numbers); empty cells always sort last.
  function cellKey(row, col, numeric) {
    var cell = row.cells[col];
    var text = cell.hasAttribute('data-key') ? cell.getAttribute('data-key') : cell.textContent; // value: its number, not its label
    if (text === '') return null;
    return numeric && text.trim() !== '' && !isNaN(Number(text)) ? Number(text) : text;
  }
  function compare(a, b) {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    if (typeof a === 'number') return -1;
    if (typeof b === 'number') return 1;
    return a.localeCompare(b, 'zh');
  }
  function sortBy(th) {
    var col = th.cellIndex;
    var numeric = th.hasAttribute('data-numeric');
    var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.setAttribute('aria-sort', 'none'); });
    th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
    var keyed = rows.map(function (row, i) { return { row: row, key: cellKey(row, col, numeric), i: i }; });
    keyed.sort(function (a, b) {
      if (a.key === null || b.key === null) return a.key === b.key ? a.i - b.i : a.key === null ? 1 : -1;
      var c = compare(a.key, b.key);
      return c !== 0 ? c * dir : a.i - b.i;
    });
    rows = keyed.map(function (k) { return k.row; });
    rows.forEach(function (row) { tbody.appendChild(row); });
  }
  table.tHead.addEventListener('click', function (e) {
    var button = e.target.closest('button');
    if (button) sortBy(button.closest('th'));
  });

  var motion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  function markRow(row) {
    rows.forEach(function (r) { r.classList.remove('current'); r.removeAttribute('aria-current'); });
    if (row) { row.classList.add('current'); row.setAttribute('aria-current', 'true'); }
  }
  function goTo(row) {
    var mark = doc.getElementById(row.getAttribute('data-fact'));
    if (!mark) return;
    markRow(row);
    mark.scrollIntoView({ block: 'center', behavior: motion });
    mark.focus({ preventScroll: true });
    mark.classList.remove('flash');
    void mark.offsetWidth; // restart the animation
    mark.classList.add('flash');
  }
  tbody.addEventListener('click', function (e) {
    var row = e.target.closest('tr');
    if (row) goTo(row);
  });
  tbody.addEventListener('keydown', function (e) {
    var row = e.target.closest('tr');
    if (!row) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      goTo(row);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      var visible = rows.filter(function (r) { return !r.hidden; });
      var next = visible[visible.indexOf(row) + (e.key === 'ArrowDown' ? 1 : -1)];
      if (next) next.focus();
    }
  });

  // Activating a highlight points at its row in the table (scrolling only the table panel).
  var wrap = table.parentNode;
  function showRow(mark) {
    var row = doc.getElementById('row-' + mark.id);
    if (!row) return;
    markRow(row);
    if (row.hidden) return;
    var offset = row.getBoundingClientRect().top - wrap.getBoundingClientRect().top;
    wrap.scrollTop = Math.max(0, wrap.scrollTop + offset - wrap.clientHeight / 2);
  }
  doc.addEventListener('click', function (e) {
    var m = headOf(e.target);
    if (m) showRow(m);
  });
  doc.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && e.target.classList && e.target.classList.contains('zf')) {
      var m = headOf(e.target);
      if (m) showRow(m);
    }
  });

  apply();
})();
`;
