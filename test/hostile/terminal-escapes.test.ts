import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/render-markdown.js';
import { PLAIN, renderTable } from '../../src/render/render-table.js';
import { clip, oneLine, quote, terminalText } from '../../src/model/sanitize.js';
import { runCli } from '../helpers/cli.js';
import { edit, GAPS_DATA, RAW_CONTROL, tempCopy } from './fixture.js';

// Synthetic hostile names: OSC 52 (write the clipboard), clear screen, BEL, C1 CSI.
const OSC52 = '\u001b]52;c;ZXZpbA==\u0007';
const CLEAR = '\u001b[2J';
const CSI = '\u009b31m';

/** The synthetic gaps folder with control characters planted in every kind of name the outputs show. */
function hostileFolder(): string {
  const data = tempCopy(GAPS_DATA);
  edit(join(data, 'provinces.csv'), 'alpha,unit,Alpha,Alpha', `alpha,unit,Alpha${OSC52},Alpha${OSC52}`);
  edit(join(data, 'components.csv'), 'Đất đai,Land', `Đất${CLEAR} đai,Land${CLEAR}`);
  edit(join(data, 'indices.csv'), 'synthetic,pci,official', `synthetic${CSI},pci,official`);
  edit(join(data, 'sources.csv'), 'Synthetic test data', `Synthetic\u0007 test data`);
  edit(join(data, 'departments.csv'), 'pci,land,Sở Đất đai', `pci,land,Sở Đất đai${OSC52}${CSI}`);
  return data;
}

describe('control characters from the data never reach the terminal raw', () => {
  const data = hostileFolder();
  const commands: [string, string[]][] = [
    ['gaps', ['gaps', '--data', data, '--province', 'alpha', '--year', '2016']],
    ['ranks', ['ranks', '--data', data, '--index', 'pci', '--year', '2016']],
    ['datasets', ['datasets', '--data', data]],
    ['departments', ['departments', '--data', data, '--index', 'pci']],
    ['report', ['report', '--data', data, '--province', 'alpha']],
  ];
  for (const [name, args] of commands) {
    for (const format of name === 'report' ? ['table', 'md'] : ['table', 'md', 'csv']) {
      it(`${name} --format ${format}: shown escaped`, async () => {
        const r = await runCli([...args, '--format', format]);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout).not.toMatch(RAW_CONTROL);
        // datasets shows source ids, not titles: nothing of the planted text to see there.
        if (name !== 'datasets') expect(r.stdout).toMatch(/\\x1b|\\x9b|\\x07/);
      });
    }
    it(`${name} --format table with colour: only the renderer's own colour codes`, async () => {
      const r = await runCli([...args, '--format', 'table'], { isTTY: true });
      const withoutColour = r.stdout.replace(/\u001b\[[0-9;]*m/g, '');
      expect(withoutColour).not.toMatch(RAW_CONTROL);
    });
  }

  it('JSON keeps the exact text', async () => {
    const r = await runCli(['gaps', '--data', data, '--province', 'alpha', '--year', '2016', '--as-of', '2016-12-31', '--format', 'json']);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(JSON.stringify(JSON.parse(r.stdout))).toContain(JSON.stringify(`Sở Đất đai${OSC52}${CSI}`));
    expect(r.stdout).toContain('\\u001b]52;c;ZXZpbA==\\u0007\\u009b31m');
  });

  it('validate text and github output show a hostile header cell escaped', async () => {
    const folder = tempCopy(GAPS_DATA);
    edit(join(folder, 'pci', '2016.csv'), 'province,pci,land,skills,courts,source', `province,pci,land,skills,courts,source,x${CLEAR}`);
    edit(join(folder, 'pci', '2016.csv'), /synthetic\n/g, 'synthetic,\n');
    for (const format of ['text', 'github', 'md']) {
      const r = await runCli(['validate', '--data', folder, '--format', format]);
      expect(r.stdout).not.toMatch(RAW_CONTROL);
      expect(r.stdout).toContain('x\\x1b[2J');
    }
  });

  it('a cell quoted in an error message is escaped on stderr, on one line', async () => {
    const folder = tempCopy(GAPS_DATA);
    edit(join(folder, 'pci', '2016.csv'), 'Alpha,47.5', `"Al\npha${OSC52}${CSI}",47.5`);
    const r = await runCli(['datasets', '--data', folder]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr.split('\n')[0]).toBe(`chiso: không có tỉnh "Al\\npha\\x1b]52;c;ZXZpbA==\\x07\\x9b31m" (${join(folder, 'pci', '2016.csv')}:2:1)`);
  });

  it('an option echoed by the command-line parser is escaped on stderr', async () => {
    const r = await runCli(['datasets', `--bogus${CLEAR}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain('--bogus\\x1b[2J');
  });

  it('a 100 kB province name is cut in the message', async () => {
    const folder = tempCopy(GAPS_DATA);
    const long = 'X'.repeat(100_000);
    edit(join(folder, 'pci', '2016.csv'), 'Alpha,47.5', `${long},47.5`);
    const r = await runCli(['datasets', '--data', folder]);
    expect(r.code).toBe(1);
    const [first] = r.stderr.split('\n');
    expect(first).toBe(`chiso: không có tỉnh "${'X'.repeat(199)}…" (${join(folder, 'pci', '2016.csv')}:2:1)`);
    const v = await runCli(['validate', '--data', folder, '--format', 'json']);
    expect(v.stdout.length).toBeLessThan(10_000);
  });
});

describe('the sanitiser', () => {
  it('shows C0, DEL, C1 and bidi controls escaped, keeps newline and (where asked) tab', () => {
    expect(terminalText('a\u001b[2Jb\u0007c\u007fd\u009be\u202ef\tg\nh')).toBe('a\\x1b[2Jb\\x07c\\x7fd\\x9be\\u202ef\tg\nh');
    expect(terminalText('a\tb', { tab: false })).toBe('a\\tb');
    expect(oneLine('a\nb\r\tc')).toBe('a\\nb\\r\\tc');
  });

  it('is idempotent: escaped text stays as it is', () => {
    const once = oneLine(`x${OSC52}`);
    expect(oneLine(once)).toBe(once);
  });

  it('cuts long values with an ellipsis, by code points', () => {
    expect(clip('abc', 3)).toBe('abc');
    expect(clip('abcd', 3)).toBe('ab…');
    expect(quote('😀'.repeat(300))).toBe(`"${'😀'.repeat(199)}…"`);
  });

  it('keeps Markdown structure: no raw HTML, no heading or row from a newline, no broken table', () => {
    const name = 'Evil <script>alert(1)</script> & co\n# Not a heading\n| x | y |';
    const md = renderMarkdown([
      { kind: 'heading', level: 1, text: name },
      { kind: 'paragraph', text: name },
      { kind: 'list', items: [name] },
      { kind: 'table', columns: [{ label: 'a|b' }, { label: 'c' }], rows: [[name, 'ok']] },
    ]);
    expect(md).not.toContain('<script>');
    expect(md.split('\n').filter((l) => l.startsWith('#'))).toEqual([
      '# Evil &lt;script&gt;alert(1)&lt;/script&gt; &amp; co # Not a heading \\| x \\| y \\|'.replace(/\\\|/g, '|'),
    ]);
    const tableLines = md.split('\n').filter((l) => l.startsWith('| '));
    expect(tableLines).toHaveLength(3);
    expect(tableLines.every((l) => l.replace(/\\\|/g, '').split('|').length === 4)).toBe(true);
  });

  it('gives the table renderer one-line headings and escaped tabs in cells', () => {
    const out = renderTable(
      [
        { kind: 'heading', level: 2, text: `a\nb${CLEAR}` },
        { kind: 'table', columns: [{ label: 'h\tx' }], rows: [['v\u0007']] },
      ],
      PLAIN,
    );
    expect(out).not.toMatch(RAW_CONTROL);
    expect(out.split('\n')[0]).toBe('a b\\x1b[2J');
    expect(out).toContain('h\\tx');
    expect(out).toContain('v\\x07');
  });
});
