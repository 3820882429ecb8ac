import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { BIN, ROOT } from '../cli/helpers.js';
import { haveTool } from '../tools.js';
import { loadDocument } from '../../src/input/load.js';
import type { Fact } from '../../src/schema/fact.js';
import { REVIEW_COLUMNS } from '../../src/output/html.js';

const column = (name: (typeof REVIEW_COLUMNS)[number]): number => REVIEW_COLUMNS.indexOf(name);

// The review page (--format html) on the seeds plus an article full of markup, in Debian's
// headless Chromium. Without /usr/bin/chromium this suite is skipped with a printed reason (a failure
// where .ci/run installed it: tests/tools.ts).

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const INERT = 'tests/review/inert.html';
const INPUTS = ['seeds', INERT];
const ARTIFACT = join(ROOT, 'tests/artifacts/review.png');
const README_SHOT = join(ROOT, 'fixtures/review-screenshot.png');

interface Highlight {
  doc: string;
  fact: string;
  type: string;
  start: number;
  end: number;
  text: string;
  fragments: number;
  focusable: boolean;
}

/** Runs the built CLI without blocking (the two runs go in parallel: extraction is the slow part). */
function zhfactsAsync(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- an ExecFileException is an Error its type does not extend
      if (err && typeof err.code !== 'number') reject(err);
      else resolve({ status: err ? (err.code as number) : 0, stdout, stderr });
    });
  });
}

const key = (f: { doc: string; type: string; start: number; end: number }) => `${f.doc}\u0000${f.type}\u0000${f.start}\u0000${f.end}`;

/** The rows of the facts table that are not hidden, as their data-fact ids. */
const visibleRows = (page: Page): Promise<string[]> => page.$$eval('#facts-table tbody tr', (rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => r.getAttribute('data-fact')!));

describe.skipIf(!haveTool('chromium', 'the review page browser tests (tests/review/review.test.ts)'))('review page (--format html) in headless Chromium', { timeout: 120_000 }, () => {
  let work: string;
  let context: BrowserContext;
  let page: Page;
  let facts: Fact[];
  const dialogs: string[] = [];
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'zhfacts-review-'));
    const [html, ndjson] = await Promise.all([zhfactsAsync(['extract', ...INPUTS, '--format', 'html', '-o', join(work, 'review.html')]), zhfactsAsync(['extract', ...INPUTS, '--format', 'ndjson'])]);
    expect(html.status, html.stderr).toBe(0);
    expect(ndjson.status, ndjson.stderr).toBe(0);
    facts = ndjson.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Fact);

    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: CHROMIUM,
      args: FLAGS,
      viewport: { width: 1200, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(90_000); // Playwright's 30 s per action is too short on a busy 2-core machine
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    // a Content-Security-Policy violation (e.g. our own script's hash not matching) is a console error
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(join(work, 'review.html')).href);
  }, 600_000);

  afterAll(async () => {
    await context?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('makes no request but the page itself, runs its script and logs no error', async () => {
    expect(requests.every((u) => u.startsWith('file:'))).toBe(true);
    expect(requests).toHaveLength(1);
    // the script ran: it moved the summary to the top
    expect(await page.$eval('#summary', (s) => s.parentElement!.id)).toBe('summary-slot');
    expect(problems).toEqual([]);
  });

  it('highlights every fact of the NDJSON output at exactly its text, focusable', async () => {
    expect(facts.filter((f) => f.doc.startsWith('seeds/')).length).toBeGreaterThan(0);
    const found: Highlight[] = await page.$$eval('.plain mark[data-fact]', (marks) => {
      const byId = new Map<string, Highlight>();
      for (const m of marks) {
        const id = m.getAttribute('data-fact')!;
        let h = byId.get(id);
        if (!h) {
          const head = document.getElementById(id)!;
          h = {
            doc: m.closest('article')!.getAttribute('data-doc')!,
            fact: id,
            type: head.getAttribute('data-type')!,
            start: Number(head.getAttribute('data-start')),
            end: Number(head.getAttribute('data-end')),
            text: '',
            fragments: 0,
            focusable: head.getAttribute('tabindex') === '0',
          };
          byId.set(id, h);
        }
        h.text += m.textContent;
        h.fragments++;
      }
      return [...byId.values()];
    });
    expect(found).toHaveLength(facts.length);
    const byKey = new Map(found.map((h) => [key(h), h]));
    for (const f of facts) {
      const h = byKey.get(key(f));
      expect(h, `no highlight for ${JSON.stringify(f)}`).toBeDefined();
      expect(h!.text).toBe(f.text);
      expect(h!.focusable).toBe(true);
    }
    expect(await page.$$eval('#facts-table tbody tr', (rows) => rows.length)).toBe(facts.length);
  });

  it('shows each article as exactly the plain text that offsets point into (what `zhfacts text` prints)', async () => {
    const articles = await page.$$eval('article', (as) => as.map((a) => ({ doc: a.getAttribute('data-doc')!, text: a.querySelector('.plain')!.textContent })));
    expect(articles.map((a) => a.doc)).toEqual([
      ...readdirSync(join(ROOT, 'seeds'))
        .sort()
        .map((f) => `seeds/${f}`),
      INERT,
    ]);
    for (const a of articles) expect(a.text).toBe(loadDocument(readFileSync(join(ROOT, a.doc)), a.doc).plain);
  });

  it('filters the table by type and searches text, metric and region', async () => {
    expect(await visibleRows(page)).toHaveLength(facts.length);
    const counts = new Map<string, number>();
    for (const f of facts) counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
    const type = [...counts].sort((a, b) => b[1] - a[1])[0]![0]; // the page has facts (asserted above)
    await page.selectOption('#type-filter', type);
    const typed = await visibleRows(page);
    expect(typed).toHaveLength(counts.get(type)!);
    expect(await page.$$eval('#facts-table tbody tr:not([hidden])', (rs) => [...new Set(rs.map((r) => r.getAttribute('data-type')))])).toEqual([type]);
    expect(await page.textContent('#shown')).toBe(`${typed.length} of ${facts.length} facts shown`);

    // search by a metric (or the text when no fact has one), first within the type, then alone
    const probe = facts.find((f) => f.metric) ?? facts[0]!;
    const query = (probe.metric ?? probe.text).slice(0, 2);
    const matches = (f: Fact) => [f.text, f.metric ?? '', f.region ?? ''].some((s) => s.toLowerCase().includes(query.toLowerCase()));
    await page.fill('#search', query);
    expect(await visibleRows(page)).toHaveLength(facts.filter((f) => f.type === type && matches(f)).length);
    await page.selectOption('#type-filter', '');
    const searched = await visibleRows(page);
    expect(searched).toHaveLength(facts.filter(matches).length);
    expect(searched.length).toBeGreaterThan(0);
    await page.fill('#search', '没有这样的词 no such words');
    expect(await visibleRows(page)).toHaveLength(0);
    await page.fill('#search', '');
    expect(await visibleRows(page)).toHaveLength(facts.length);
  });

  it('sorts by a column when its header is clicked, again for descending', async () => {
    const start = column('start');
    const starts = () => page.$$eval('#facts-table tbody tr', (rs, at) => rs.map((r) => Number((r as HTMLTableRowElement).cells[at]!.textContent)), start);
    await page.click(`#facts-table th:nth-child(${start + 1}) button`);
    const up = await starts();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(await page.getAttribute(`#facts-table th:nth-child(${start + 1})`, 'aria-sort')).toBe('ascending');
    await page.click(`#facts-table th:nth-child(${start + 1}) button`);
    const down = await starts();
    expect(down).toEqual([...down].sort((a, b) => b - a));
    await page.click(`#facts-table th:nth-child(${column('type') + 1}) button`); // type, as text
    const types = await page.$$eval('#facts-table tbody tr', (rs) => rs.map((r) => r.getAttribute('data-type')!));
    expect(types).toEqual([...types].sort((a, b) => a.localeCompare(b)));
  });

  it('goes to the fact when a row is activated with Enter, and shows its details', async () => {
    const last = facts[facts.length - 1]!; // the page has facts
    const id = await page.$$eval(
      '#facts-table tbody tr',
      (rs, f) =>
        rs
          .find((r) => {
            const c = (r as HTMLTableRowElement).cells;
            return c[f.docAt]?.getAttribute('data-key') === f.doc && r.getAttribute('data-type') === f.type && c[f.startAt]?.textContent === String(f.start);
          })!
          .getAttribute('data-fact')!,
      { doc: last.doc, type: last.type, start: last.start, docAt: column('doc'), startAt: column('start') },
    );
    const row = page.locator(`#row-${id}`);
    await row.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((i) => document.activeElement?.id === i, id);
    const mark = page.locator(`#${id}`);
    await expect
      .poll(
        async () => {
          const box = await mark.boundingBox();
          return box !== null && box.y >= 0 && box.y + box.height <= 900;
        },
        { timeout: 20_000 },
      )
      .toBe(true); // smooth scrolling is slow on a busy machine
    expect(await page.isVisible('#tip')).toBe(true);
    const tip = (await page.textContent('#tip'))!;
    expect(tip).toContain(last.text);
    expect(tip).toContain('approx');
    if (last.metric) expect(tip).toContain(last.metric);
  });

  it('renders an article full of markup and quotes as text, and runs none of it', async () => {
    const article = page.locator(`article[data-doc="${INERT}"]`);
    expect(await article.locator('h2').textContent()).toContain('<script>alert(1)</script>');
    const text = (await article.locator('.plain').textContent())!;
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('"这是</mark><img src=x onerror=alert(2)>测试"');
    expect(text).toContain(`'单引号' &amp; "双引号" <b onmouseover="alert(3)">粗体</b>`);
    expect(await page.$$eval('script', (s) => s.length)).toBe(1);
    expect(await page.$$eval('img, b, [onmouseover], [onerror]', (e) => e.length)).toBe(0);
    for (const m of await article.locator('mark[tabindex]').all()) await m.hover();
    await page.mouse.move(0, 0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });

  // what the tool exists to show is on screen without scrolling sideways, on a laptop and a phone
  for (const width of [1280, 400]) {
    it(`shows the first fact's metric, region and period inside a ${width} px window, over no article heading`, async () => {
      await page.setViewportSize({ width, height: 900 });
      await page.reload();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // nor does the facts panel scroll sideways inside itself
      expect(await page.$eval('#facts .tablewrap', (w) => w.scrollWidth - w.clientWidth)).toBeLessThanOrEqual(1);
      const first = page.locator('#facts-table tbody tr').first();
      await first.scrollIntoViewIfNeeded();
      for (const name of ['metric', 'region', 'period'] as const) {
        const box = await first.locator(`td.col-${name}`).boundingBox();
        if (box === null) continue; // an empty region or period is not drawn on a phone card
        expect(box.x, `${name} at ${width} px`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${name} at ${width} px`).toBeLessThanOrEqual(width);
      }
      expect(await first.locator('td.col-metric').boundingBox(), 'the metric is drawn').not.toBeNull();
      // nothing else is drawn on top of an article's heading (the hidden caption once was)
      const covered = await page.$$eval('article h2', (hs) =>
        hs.flatMap((h) => {
          const r = h.getBoundingClientRect();
          if (r.bottom < 0 || r.top > innerHeight) return [];
          const x = Math.min(r.left + 4, innerWidth - 1);
          const y = r.top + Math.min(r.height / 2, 8);
          const hit = document.elementFromPoint(x, y);
          return hit !== null && !h.contains(hit) ? [`${h.textContent} under <${hit.tagName.toLowerCase()} class="${hit.className}">`] : [];
        }),
      );
      expect(covered).toEqual([]);
    });
  }

  it('fits a phone-sized window and prints without the controls', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.controls')).toBe(false);
    expect(await page.$eval('#facts', (s) => getComputedStyle(s).position)).toBe('static');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1200, height: 900 });
  });

  it('saves a screenshot', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.reload(); // unsorted, unfiltered, nothing focused
    expect(await page.$eval('#summary', (s) => s.parentElement!.id)).toBe('summary-slot');
    // show a tooltip on the first highlight with a metric, or the first highlight
    const id = await page.evaluate(() => {
      const marks = [...document.querySelectorAll('#docs article:first-child .plain mark[data-tip]')];
      const withMetric = marks.find((m) => !/metric\t—/.test(m.getAttribute('data-tip')!) && m.getBoundingClientRect().bottom < 700);
      return (withMetric ?? marks[0])?.id ?? null;
    });
    if (id) await page.hover(`#${id}`);
    mkdirSync(join(ROOT, 'tests/artifacts'), { recursive: true });
    await page.screenshot({ path: ARTIFACT });
    expect(readFileSync(ARTIFACT).subarray(1, 4).toString()).toBe('PNG');
    // the README's copy changes only on request, so that a test run leaves the work tree clean
    if (!existsSync(README_SHOT) || process.env.ZHFACTS_UPDATE_SCREENSHOT === '1') copyFileSync(ARTIFACT, README_SHOT);
  });
});
