import { describe, expect, it } from 'vitest';
import { commanderError } from '../../src/cli/error-text.js';

describe("commander's error messages in Vietnamese", () => {
  // The messages as commander 14 writes them (lib/command.js), so that an upgrade that rewords them fails here.
  const cases: [string, string][] = [
    ["error: unknown option '--x'\n", "chiso: không có tùy chọn '--x'\n"],
    ["error: unknown command 'x'\n(Did you mean one of ranks, trend?)\n", "chiso: không có lệnh 'x'\n  gợi ý: có phải ý bạn là một trong ranks, trend?\n"],
    ["error: missing required argument 'new'\n", "chiso: thiếu đối số bắt buộc 'new'\n"],
    ["error: option '--index <id>' argument missing\n", "chiso: tùy chọn '--index <id>' thiếu giá trị\n"],
    ["error: required option '--x <y>' not specified\n", "chiso: chưa nêu tùy chọn bắt buộc '--x <y>'\n"],
    ["error: option '--a' cannot be used with option '--b'\n", "chiso: không dùng được tùy chọn '--a' cùng với tùy chọn '--b'\n"],
    ["error: too many arguments for 'ranks'. Expected 1 argument but got 2.\n", "chiso: thừa đối số cho lệnh 'ranks': nhận tối đa 1, được đưa 2\n"],
    [
      "error: option '--by <order>' argument 'best' is invalid. Allowed choices are rank, gap.\n",
      "chiso: giá trị 'best' của tùy chọn '--by <order>' không hợp lệ. Các giá trị được chấp nhận: rank, gap.\n",
    ],
    [
      "error: command-argument value 'x' is invalid for argument 'y'. Allowed choices are a, b.\n",
      "chiso: giá trị 'x' của đối số 'y' không hợp lệ. Các giá trị được chấp nhận: a, b.\n",
    ],
  ];
  for (const [given, vi] of cases) {
    it(given.split('\n')[0]!, () => expect(commanderError(given, 'vi')).toBe(vi));
  }

  it('keeps the English under en, the suggestion as a hint line', () => {
    expect(commanderError("error: unknown option '--formt'\n(Did you mean --format?)\n", 'en')).toBe(
      "chiso: unknown option '--formt'\n  hint: did you mean --format?\n",
    );
  });

  it('passes a message it does not know through unchanged', () => {
    expect(commanderError('error: something new\n', 'vi')).toBe('chiso: something new\n');
  });
});
