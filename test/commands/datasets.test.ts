import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('chiso datasets', () => {
  for (const format of ['table', 'json', 'csv', 'md']) {
    it(`matches the golden ${format} output (synthetic data)`, async () => {
      const r = await runCli(['datasets', '--data', 'test/fixtures/synthetic-report', '--format', format]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      await expect(r.stdout).toMatchFileSnapshot(`../golden/datasets-synthetic.${format === 'table' ? 'txt' : format}`);
    });
  }

  it('has English labels with --lang en', async () => {
    const r = await runCli(['datasets', '--data', 'test/fixtures/synthetic-report', '--lang', 'en', '--format', 'md']);
    await expect(r.stdout).toMatchFileSnapshot('../golden/datasets-synthetic-en.md');
  });

  it('reads another folder from --data or CHISO_DATA, which may hold a single year', async () => {
    const viaOption = await runCli(['datasets', '--format', 'json', '--data', 'test/fixtures/synthetic-valid']);
    const viaEnv = await runCli(['datasets', '--format', 'json'], { env: { CHISO_DATA: 'test/fixtures/synthetic-valid' } });
    expect(viaOption.stdout).toBe(viaEnv.stdout);
    const result = JSON.parse(viaOption.stdout);
    expect(result.entries.map((e: { index: string; year: number; provinces: number }) => [e.index, e.year, e.provinces])).toEqual([['pci', 2016, 2]]);
  });
});
