import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/render/wrap.js';
import { runCli } from '../helpers/cli.js';
import { unwrapValidate } from '../helpers/validate-text.js';

const ROOT = 'test/fixtures/synthetic-invalid';
/** Every failing fixture folder (synthetic data, one problem each). */
const FOLDERS = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `${ROOT}/${d.name}`);

/**
 * English words of the messages as they were before they had a Vietnamese side: none may be left
 * in a Vietnamese finding (its location and its [check] id aside, which are names, not prose).
 */
const ENGLISH =
  /^note: |\b(error|warning|hint|missing|unknown|is not|not a|appears|twice|differs|outside|scores|higher|than|found|ignored|folder|file|row|column|fields|header|provinces|have data|components|period|looks|without|probably|save|quoted|closed|year files|the|of|and|with|in the|listed)\b/;
/** Vietnamese words of the messages: none may be left in an English finding. */
const VIETNAMESE = /\b(lỗi|cảnh báo|gợi ý|ghi chú|không|tệp|dòng|cột|thiếu|tỉnh có|chỉ số|thư mục|lưu)\b/u;

/** The prose of each finding, note and hint of validate's text: the location before it, the check id after it and file names taken off. */
function prose(stdout: string): string[] {
  return (
    unwrapValidate(stdout)
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => l.replace(/^\S+: /, '').replace(/ \[[a-z-]+\]$/, ''))
      // File names (components.csv) are names too.
      .map((l) => l.replace(/[\w./-]+\.(csv|xlsx)\b/g, ''))
  );
}

describe('chiso validate speaks the language asked for (synthetic invalid data)', () => {
  it('has no English word in its Vietnamese output (the default), for every failing fixture', async () => {
    for (const data of FOLDERS) {
      const r = await runCli(['validate', '--data', data]);
      const english = prose(r.stdout).filter((l) => ENGLISH.test(l));
      expect({ data, english }).toEqual({ data, english: [] });
    }
  }, 120_000);

  it('has no Vietnamese word in its English output (--lang en or CHISO_LANG=en)', async () => {
    for (const data of FOLDERS) {
      for (const r of [await runCli(['validate', '--data', data, '--lang', 'en']), await runCli(['validate', '--data', data], { env: { CHISO_LANG: 'en' } })]) {
        const lines = prose(r.stdout);
        expect({ data, vietnamese: lines.filter((l) => VIETNAMESE.test(l)) }).toEqual({ data, vietnamese: [] });
        expect(lines.some((l) => /^(error|warning|note): |^\d+ files checked/.test(l))).toBe(true);
      }
    }
  }, 120_000);

  it('prints in each language the text the JSON result carries for it', async () => {
    const data = `${ROOT}/unknown-province`;
    const json = JSON.parse((await runCli(['validate', '--data', data, '--format', 'json'])).stdout);
    const issue = json.issues.find((i: { check: string }) => i.check === 'unknown-province');
    expect([issue.message, issue.hint]).toEqual(['unknown province "Quang Trj"', 'did you mean "Quảng Trị"?']);
    expect([issue.messageVi, issue.hintVi]).toEqual(['không có tỉnh "Quang Trj"', 'có phải ý bạn là "Quảng Trị"?']);
    expect(unwrapValidate((await runCli(['validate', '--data', data])).stdout)).toContain(
      `: lỗi: ${issue.messageVi} [unknown-province]\n  gợi ý: ${issue.hintVi}\n`,
    );
    expect(unwrapValidate((await runCli(['validate', '--data', data, '--lang', 'en'])).stdout)).toContain(
      `: error: ${issue.message} [unknown-province]\n  hint: ${issue.hint}\n`,
    );
  });
});

describe('chiso validate fits the terminal', () => {
  it('has no line wider than the width (60–200), and wraps without losing a word', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 60, max: 200 }), fc.constantFrom(...FOLDERS), fc.constantFrom('vi', 'en'), async (columns, data, lang) => {
        const r = await runCli(['validate', '--data', data, '--lang', lang], { columns });
        expect(r.stdout.split('\n').filter((l) => textWidth(l) > columns)).toEqual([]);
        const wide = await runCli(['validate', '--data', data, '--lang', lang, '--wide'], { columns });
        // Only spaces differ: the breaks (and a path cut because it is wider than the line).
        expect(r.stdout.replace(/\s+/g, '')).toBe(wide.stdout.replace(/\s+/g, ''));
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it('wraps at COLUMNS, and not at all with --wide', async () => {
    const data = `${ROOT}/missing-province-column`;
    const narrow = await runCli(['validate', '--data', data], { columns: 200, env: { COLUMNS: '70' } });
    expect(Math.max(...narrow.stdout.split('\n').map(textWidth))).toBeLessThanOrEqual(70);
    // A continuation line is indented past its finding (4 columns, 6 under a hint).
    expect(narrow.stdout).toMatch(/\n {4}\S/);
    expect(narrow.stdout).toMatch(/\n {2}gợi ý: .*\n {6}\S/);
    const wide = await runCli(['validate', '--data', data, '--wide'], { columns: 60 });
    expect(wide.stdout.split('\n').every((l) => !l.startsWith('    '))).toBe(true);
  });
});
