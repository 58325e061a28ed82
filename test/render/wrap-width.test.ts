import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { NARROW_TEXT, textWidth } from '../../src/render/wrap.js';

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
