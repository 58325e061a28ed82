import { describe, expect, it } from 'vitest';
import { fileNames } from '../../src/cli/write-split.js';

describe('file names of a split output', () => {
  it('are ASCII slugs of the department names, without collisions', () => {
    expect(fileNames(['Sở Kế hoạch và Đầu tư', 'Sở Tư pháp', 'SỞ TƯ PHÁP', 'Sở KH&ĐT', '=HYPERLINK("x")', '…', '../../etc/passwd'], 'docx')).toEqual([
      'so-ke-hoach-va-dau-tu.docx',
      'so-tu-phap.docx',
      'so-tu-phap-2.docx',
      'so-kh-va-dt.docx',
      'hyperlink-x.docx',
      'don-vi.docx',
      'etc-passwd.docx',
    ]);
  });
});
