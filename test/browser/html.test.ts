import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ProposalsResult } from '../../src/commands/proposals/result.js';
import type { ReportResult } from '../../src/commands/report/result.js';
import { runCli } from '../helpers/cli.js';

/** The system Chromium (Debian package `chromium`; .ci/run installs it), or CHROMIUM_PATH. */
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
if (!CHROMIUM) console.log('browser tests skipped: no Chromium found (install the Debian package chromium, or set CHROMIUM_PATH)');

const tmp = mkdtempSync(join(tmpdir(), 'chiso-html-'));
let browser: Browser;

beforeAll(async () => {
  if (!CHROMIUM) return;
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Opens a file with every request other than the file itself refused and recorded, and every console error recorded. */
async function open(file: string): Promise<{ page: Page; errors: string[]; foreign: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  const url = pathToFileURL(file).href;
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => void errors.push(e.message));
  await page.route('**/*', (route) => {
    if (route.request().url() === url) return route.continue();
    foreign.push(route.request().url());
    return route.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, foreign };
}

/** Pages of a PDF written by Chromium: its page objects. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

async function html(args: string[], name: string): Promise<string> {
  const file = join(tmp, name);
  const r = await runCli([...args, '--format', 'html', '--output', file]);
  expect(r.code, r.stderr).toBe(0);
  return file;
}

describe.skipIf(!CHROMIUM)('HTML output in a real browser (system Chromium)', () => {
  it('the report opens offline with a rank chart per ranked index and the component dot plots, in Vietnamese, and prints to A4', async () => {
    const file = await html(['report', '--year', '2023'], 'report.html');
    const result = JSON.parse((await runCli(['report', '--year', '2023', '--format', 'json'])).stdout) as ReportResult;
    const { page, errors, foreign } = await open(file);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    const text = await page.innerText('body');
    expect(text).toContain('Quảng Trị');
    expect(await page.locator('h2').allInnerTexts()).toContain('1. Kết quả chính');
    const charts = page.locator('figure.chart');
    const captions = await page.locator('figure.chart figcaption strong').allInnerTexts();
    const ranked = result.indices.filter((i) => i.history.some((y) => y.rank !== null)).length;
    expect(ranked).toBeGreaterThan(0);
    expect(captions.filter((c) => c.startsWith('Diễn biến xếp hạng'))).toHaveLength(ranked);
    expect(captions.some((c) => c.includes('so với trung vị và tỉnh cao nhất'))).toBe(true);
    for (const svg of await page.locator('figure.chart svg').all()) {
      const box = await svg.boundingBox();
      expect(box!.width).toBeGreaterThan(50);
      expect(box!.height).toBeGreaterThan(50);
    }
    // Every chart has its numbers as a table.
    expect(await page.locator('figure.chart details table').count()).toBe(await charts.count());
    const png = await page.screenshot({ path: join(tmp, 'report.png'), fullPage: true });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const pdf = await page.pdf({ path: join(tmp, 'report.pdf'), format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPages(pdf)).toBeGreaterThan(1);
    await page.close();
  }, 120_000);

  it('the proposals print one department sheet per page at least, headers on top of each table', async () => {
    const args = ['proposals', '--year', '2023', '--as-of', '2024-12-31'];
    const file = await html(args, 'proposals.html');
    const result = JSON.parse((await runCli([...args, '--format', 'json'])).stdout) as ProposalsResult;
    const { page, errors, foreign } = await open(file);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    expect(await page.locator('h1').innerText()).toContain('Quảng Trị');
    expect(await page.locator('section.sheet > h2').allInnerTexts()).toEqual(result.sheets.map((s) => s.department));
    expect(
      await page
        .locator('section.sheet')
        .first()
        .evaluate((e) => getComputedStyle(e).breakBefore),
    ).toBe('page');
    expect(
      await page
        .locator('thead')
        .first()
        .evaluate((e) => getComputedStyle(e).display),
    ).toBe('table-header-group');
    expect(
      await page
        .locator('table.blank thead th')
        .first()
        .evaluate((e) => e.parentElement!.innerText.split('\t')),
    ).toEqual(['#', 'Mục tiêu', 'Giải pháp', 'Thời hạn', 'Đơn vị phối hợp', 'Người phụ trách']);
    const png = await page.screenshot({ path: join(tmp, 'proposals.png') });
    expect(png.length).toBeGreaterThan(1000);
    const pdf = await page.pdf({ path: join(tmp, 'proposals.pdf'), format: 'A4' });
    // A page break before each sheet: at least one page per department, plus the preface.
    expect(pdfPages(pdf)).toBeGreaterThan(result.sheets.length);
    expect(readFileSync(join(tmp, 'proposals.pdf')).length).toBe(pdf.length);
    await page.close();
  }, 120_000);
});
