import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ProposalsResult } from '../../src/commands/proposals/result.js';
import { runCli } from '../helpers/cli.js';
import { docxHeaderNames, docxParagraphs } from '../helpers/docx-text.js';

const SYN = ['--data', 'test/fixtures/synthetic-report', '--province', 'Ấn Phú', '--as-of', '2026-12-01'];
const tmp = mkdtempSync(join(tmpdir(), 'chiso-docx-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const FORM_VI = ['#', 'Mục tiêu', 'Giải pháp', 'Thời hạn', 'Đơn vị phối hợp', 'Người phụ trách'];
const FORM_EN = ['#', 'Objective', 'Solution', 'Deadline', 'Coordinating units', 'Person in charge'];

async function departments(args: string[]): Promise<string[]> {
  const r = await runCli(['proposals', ...args, '--format', 'json']);
  return (JSON.parse(r.stdout) as ProposalsResult).sheets.map((s) => s.department);
}

/** Index of the first run of `cells` as consecutive paragraphs (a table row: one paragraph per cell). */
function rowAt(paragraphs: string[], cells: string[]): number {
  return paragraphs.findIndex((_, i) => cells.every((c, k) => paragraphs[i + k] === c));
}

describe('chiso proposals --format docx', () => {
  it('holds every department heading, the blank proposal form under each item, and the province and year in the page header', async () => {
    const r = await runCli(['proposals', ...SYN, '--format', 'docx', '--output', join(tmp, 'p.docx')]);
    expect(r.code).toBe(0);
    const bytes = readFileSync(join(tmp, 'p.docx'));
    const paragraphs = await docxParagraphs(bytes);
    const names = await departments(SYN);
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) expect(paragraphs).toContain(name);
    expect(rowAt(paragraphs, FORM_VI)).toBeGreaterThan(-1);
    const headers = await docxHeaderNames(bytes);
    expect(headers.length).toBeGreaterThan(0);
    const header = (await docxParagraphs(bytes, headers[0])).join(' ');
    expect(header).toContain('Ấn Phú');
    expect(header).toMatch(/số liệu đến năm 20\d\d/);
  });

  it('labels the form in English with --lang en', async () => {
    const r = await runCli(['proposals', ...SYN, '--format', 'docx', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(rowAt(await docxParagraphs(r.bytes), FORM_EN)).toBeGreaterThan(-1);
  });

  it('starts a new section (so a new page) at every department sheet', async () => {
    const r = await runCli(['proposals', ...SYN, '--format', 'docx']);
    const { default: JSZip } = await import('jszip');
    const xml = await (await JSZip.loadAsync(r.bytes)).file('word/document.xml')!.async('string');
    const sections = (xml.match(/<w:sectPr[ >]/g) ?? []).length;
    expect(sections).toBe((await departments(SYN)).length + 1);
  });

  it('report --format docx reads back with its title and tables', async () => {
    const r = await runCli(['report', ...SYN, '--format', 'docx']);
    expect(r.code).toBe(0);
    const paragraphs = await docxParagraphs(r.bytes);
    expect(paragraphs[0]).toContain('Ấn Phú');
    expect(paragraphs).toContain('1. Kết quả chính');
  });

  it('refuses to write a Word file to a terminal', async () => {
    const r = await runCli(['proposals', ...SYN, '--format', 'docx'], { isTTY: true });
    expect(r.code).toBe(2);
    expect(r.bytes.length).toBe(0);
  });
});

describe('chiso proposals --split DIR', () => {
  it('writes one Word file per department, named from the department in ASCII, each with its own sheet only', async () => {
    const dir = join(tmp, 'sheets');
    const r = await runCli(['proposals', ...SYN, '--format', 'docx', '--split', dir]);
    expect(r.code).toBe(0);
    const names = await departments(SYN);
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(names.length);
    for (const f of files) expect(f).toMatch(/^[a-z0-9-]+\.docx$/);
    for (const f of files) {
      const paragraphs = await docxParagraphs(readFileSync(join(dir, f)));
      const own = names.filter((n) => paragraphs.includes(n));
      expect(own, f).toHaveLength(1);
    }
    expect(r.stderr).toContain(`đã ghi ${names.length} tệp`);
  });

  it('writes nothing when DIR is a file, or a folder that already holds files', async () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'x');
    const r = await runCli(['proposals', ...SYN, '--format', 'docx', '--split', file, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^chiso: cannot write the split output: the path is a file/);
    expect(readFileSync(file, 'utf8')).toBe('x');
    const full = join(tmp, 'full');
    mkdirSync(full);
    writeFileSync(join(full, 'old.docx'), 'old');
    const again = await runCli(['proposals', ...SYN, '--format', 'docx', '--split', full]);
    expect(again.code).toBe(1);
    expect(readdirSync(full)).toEqual(['old.docx']);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('fills an empty folder, and refuses --output beside it and formats that are not documents', async () => {
    const dir = join(tmp, 'empty');
    mkdirSync(dir);
    expect((await runCli(['proposals', ...SYN, '--format', 'html', '--split', dir])).code).toBe(0);
    expect(readdirSync(dir).every((f) => f.endsWith('.html'))).toBe(true);
    expect((await runCli(['proposals', ...SYN, '--format', 'json', '--split', join(tmp, 'j')])).code).toBe(2);
    expect(existsSync(join(tmp, 'j'))).toBe(false);
    expect((await runCli(['proposals', ...SYN, '--format', 'docx', '--split', join(tmp, 'k'), '--output', 'x.docx'])).code).toBe(2);
  });
});
