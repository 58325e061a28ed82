import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { unwrapValidate } from '../helpers/validate-text.js';
import { edit, GAPS_DATA, tempCopy } from './fixture.js';

/** The first stderr line and the exit code of `datasets` on a data folder (in English unless told). */
async function firstError(data: string, lang = 'en'): Promise<{ code: number; line: string }> {
  const r = await runCli(['datasets', '--data', data, '--lang', lang]);
  return { code: r.code, line: r.stderr.split('\n')[0]! };
}

describe('numbers must be finite', () => {
  const huge = '9'.repeat(401);
  it('a 401-digit score in a year file is a located error', async () => {
    const data = tempCopy(GAPS_DATA);
    edit(join(data, 'pci', '2016.csv'), 'Alpha,47.5', `Alpha,${huge}`);
    expect(await firstError(data)).toEqual({ code: 1, line: `chiso: pci: "${'9'.repeat(199)}…" is too large (${join(data, 'pci', '2016.csv')}:2:2)` });
  });

  it('a 401-digit number in a definition file is a located error', async () => {
    const data = tempCopy(GAPS_DATA);
    edit(join(data, 'components.csv'), 'pci,p2015,land,component,,Đất đai,Land,10,1', `pci,p2015,land,component,,Đất đai,Land,${huge},1`);
    expect(await firstError(data)).toEqual({ code: 1, line: `chiso: max: "${'9'.repeat(199)}…" is too large (${join(data, 'components.csv')}:2:8)` });
  });
});

describe('definition values out of range are errors located in the definition file', () => {
  const cases: [string, string, string | RegExp, string, string][] = [
    ['precision 200', 'indices.csv', /official,2$/m, 'official,200', 'precision: must be a whole number from 0 to 10 (indices.csv:2:8)'],
    ['to_year 99999999', 'methodology.csv', 'pci,p2017,2017,2017', 'pci,p2017,2017,99999999', 'to_year: is not a year from 1990 to 2100 (methodology.csv:3:4)'],
    [
      'composite_max 0',
      'methodology.csv',
      'pci,p2015,2015,2016,weighted-mean,100',
      'pci,p2015,2015,2016,weighted-mean,0',
      'composite_max: must be greater than 0 (methodology.csv:2:6)',
    ],
    ['max 0', 'components.csv', 'Đất đai,Land,10,1', 'Đất đai,Land,0,1', 'max: must be greater than 0 (components.csv:2:8)'],
  ];
  for (const [name, file, from, to, message] of cases) {
    it(`${name}: exit 1 at the cell; validate exit 3`, async () => {
      const data = tempCopy(GAPS_DATA);
      edit(join(data, file), from, to);
      const { code, line } = await firstError(data);
      expect(code).toBe(1);
      expect(line).toBe(`chiso: ${message.replace(`(${file}`, `(${join(data, file)}`)}`);
      expect((await runCli(['validate', '--data', data])).code).toBe(3);
    });
  }

  it('all-zero weights of a weighted mean: an error at the weight column', async () => {
    const data = tempCopy(GAPS_DATA);
    writeFileSync(
      join(data, 'components.csv'),
      [
        'index,period,code,kind,parent,name_vi,name_en,max,weight',
        'pci,p2015,land,component,,Đất đai,Land,10,0',
        'pci,p2015,skills,component,,Kỹ năng,Skills,10,0',
        'pci,p2015,courts,component,,Tòa án,Courts,10,0',
        'pci,p2017,land,component,,Đất đai,Land,10,',
        '',
      ].join('\n'),
    );
    const { code, line } = await firstError(data);
    expect(code).toBe(1);
    expect(line).toBe(`chiso: pci p2015: the weights of a weighted-mean add up to 0 (${join(data, 'components.csv')}:4:9)`);
  });
});

describe('the broken file is blamed, not the file that refers to it', () => {
  it('regions.csv with a bad row: blamed, not provinces.csv (unknown region)', async () => {
    const data = tempCopy(GAPS_DATA);
    edit(join(data, 'regions.csv'), 'north,', 'North!,');
    expect((await firstError(data)).line).toBe(`chiso: code: is not a code (lower-case letters, digits, "-" or "_") (${join(data, 'regions.csv')}:2:1)`);
    // Our own schema message, and zod's, in Vietnamese under the default language.
    expect((await firstError(data, 'vi')).line).toBe(`chiso: code: không phải là mã (chữ thường, chữ số, "-" hoặc "_") (${join(data, 'regions.csv')}:2:1)`);
  });

  it('methodology.csv unreadable: blamed, not components.csv (no methodology period)', async () => {
    const data = tempCopy(GAPS_DATA);
    writeFileSync(join(data, 'methodology.csv'), Buffer.from([0x69, 0x6e, 0x64, 0x65, 0x78, 0x0a, 0xe0, 0x0a]));
    expect((await firstError(data)).line).toBe(
      `chiso: file is not UTF-8 (probably a legacy Windows code page such as Windows-1258) (${join(data, 'methodology.csv')}:2:1)`,
    );
  });

  it('a partial --data folder with only a broken indices.csv: blamed, not the bundled methodology.csv', async () => {
    const data = mkdtempSync(join(tmpdir(), 'chiso-partial-'));
    writeFileSync(join(data, 'indices.csv'), 'id,short_name,name_vi,name_en,publisher,composite,rank_kind,precision\nPCI!,PCI,x,x,x,pci,official,2\n');
    expect((await firstError(data)).line).toBe(`chiso: id: is not a code (lower-case letters, digits, "-" or "_") (${join(data, 'indices.csv')}:2:1)`);
  });

  it('a definition file that is a broken link is blamed, not silently replaced by the bundled copy', async () => {
    const data = mkdtempSync(join(tmpdir(), 'chiso-partial-'));
    execFileSync('ln', ['-s', join(data, 'nowhere.csv'), join(data, 'methodology.csv')]);
    expect((await firstError(data)).line).toBe(`chiso: file not found (${join(data, 'methodology.csv')})`);
  });
});

describe('files that are not regular files', () => {
  it.skipIf(process.platform === 'win32')('a FIFO named like a year file is skipped with a warning, never read', async () => {
    const data = tempCopy(GAPS_DATA);
    rmSync(join(data, 'pci', '2017.csv'));
    execFileSync('mkfifo', [join(data, 'pci', '2017.csv')]);
    const r = await runCli(['datasets', '--data', data, '--format', 'json']);
    expect(r.code).toBe(0);
    const v = await runCli(['validate', '--data', data, '--lang', 'en']);
    expect(unwrapValidate(v.stdout)).toContain(
      `${join(data, 'pci', '2017.csv')}: warning: ignored: not a regular file (a folder, FIFO, socket or device) [not-a-file]`,
    );
  });

  it.skipIf(process.platform === 'win32')('a FIFO as a definition file is a one-line error, never read', async () => {
    const data = tempCopy(GAPS_DATA);
    rmSync(join(data, 'regions.csv'));
    execFileSync('mkfifo', [join(data, 'regions.csv')]);
    expect(await firstError(data)).toEqual({ code: 1, line: `chiso: not a regular file (a folder, FIFO, socket or device) (${join(data, 'regions.csv')})` });
  });

  it('a dangling link in the data folder is no internal error for validate', async () => {
    const data = tempCopy(GAPS_DATA);
    execFileSync('ln', ['-s', join(data, 'nowhere'), join(data, 'dangling')]);
    const r = await runCli(['validate', '--data', data]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('an index "folder" that is a file is a warning, not an internal error', async () => {
    const data = tempCopy(GAPS_DATA);
    rmSync(join(data, 'pci'), { recursive: true });
    writeFileSync(join(data, 'pci'), 'not a folder\n');
    expect((await runCli(['datasets', '--data', data])).code).toBe(0);
  });
});

describe('two files for one year', () => {
  it('2016.csv and 2016.CSV: an error naming both, neither read', async () => {
    const data = tempCopy(GAPS_DATA);
    copyFileSync(join(data, 'pci', '2016.csv'), join(data, 'pci', '2016.CSV'));
    expect(await firstError(data)).toEqual({ code: 1, line: `chiso: two files for pci 2016: 2016.CSV and 2016.csv (${join(data, 'pci', '2016.csv')})` });
    const v = await runCli(['validate', '--data', data, '--lang', 'en']);
    expect(v.code).toBe(3);
    expect(unwrapValidate(v.stdout)).toContain('error: two files for pci 2016: 2016.CSV and 2016.csv [duplicate-year]');
  });
});

describe('malformed UTF-16', () => {
  const utf16 = (text: string, lone: boolean) => {
    const body = Buffer.from(text, 'utf16le');
    const out = Buffer.concat([Buffer.from([0xff, 0xfe]), body]);
    if (lone) {
      // A high surrogate with no low one after it, in place of the "X" on line 3.
      const at = 2 + text.indexOf('X') * 2;
      out[at] = 0x3d;
      out[at + 1] = 0xd8;
    }
    return out;
  };
  const text = 'province\tpci\tland\tskills\tcourts\tsource\r\nAlpha\t47.5\t4\t6\t2\tsynthetic\r\nBravo\t66.25\t5\t8\t3\tsyntXetic\r\n';

  it('a lone surrogate is a located error, not a silent U+FFFD', async () => {
    const data = tempCopy(GAPS_DATA);
    writeFileSync(join(data, 'pci', '2016.csv'), utf16(text, true));
    expect(await firstError(data)).toEqual({
      code: 1,
      line: `chiso: file is not valid UTF-16: a lone UTF-16 surrogate (half of a character) (${join(data, 'pci', '2016.csv')}:3:23)`,
    });
  });

  it('an odd number of bytes is a located error', async () => {
    const data = tempCopy(GAPS_DATA);
    writeFileSync(join(data, 'pci', '2016.csv'), Buffer.concat([utf16(text, false), Buffer.from([0x41])]));
    expect((await firstError(data)).line).toMatch(/^chiso: file is not valid UTF-16: an odd number of bytes \(.*2016\.csv:4:1\)$/);
  });

  it('invalid UTF-8 stays an error', async () => {
    const data = tempCopy(GAPS_DATA);
    writeFileSync(join(data, 'pci', '2016.csv'), Buffer.from('province,pci\nAlpha,4\xff\n', 'latin1'));
    expect((await firstError(data)).line).toMatch(/^chiso: file is not UTF-8 .*2016\.csv:2:8\)$/);
  });
});
