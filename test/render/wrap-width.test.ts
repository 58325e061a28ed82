import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { NARROW_TEXT, textWidth, wrapText } from '../../src/render/wrap.js';

describe('textWidth fast path', () => {
  it('counts as one column only characters string-width also counts as one (every BMP code point below U+2600)', () => {
    const wrong: string[] = [];
    for (let c = 0x20; c < 0x2600; c++) {
      const ch = String.fromCodePoint(c);
      if (NARROW_TEXT.test(ch) && stringWidth(ch) !== 1) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with string-width on Vietnamese, decomposed marks, emoji and wide text', () => {
    for (const text of ['Quảng Trị', 'Thừa Thiên Huế — ↑12 bậc', 'Qua\u0309ng Tri\u0323', '© 2024', 'điểm ‼', '中文', 'a\u00adb', '⚠ cảnh báo']) {
      expect(textWidth(text)).toBe(stringWidth(text));
    }
  });
});

describe('wrapText cutting a word longer than the line', () => {
  it('cuts one-column text every `width` characters', () => {
    expect(wrapText('https://vcci.com.vn/pci/2023', 10)).toBe('https://vc\nci.com.vn/\npci/2023');
  });

  it('cuts between graphemes, never inside one: a decomposed mark stays with its letter', () => {
    // "Quảng" with the hook above written as a combining mark (U+0309): 5 columns in 6 code units.
    expect(wrapText('Qua\u0309ngTri\u0323', 4).split('\n')).toEqual(['Qua\u0309n', 'gTri\u0323']);
    expect(wrapText('中文中文中', 4).split('\n')).toEqual(['中文', '中文', '中']);
  });
});
