import type { Lang } from '../i18n/view.js';

/** The label of the line under an error that says what to do. */
export function hintLabel(lang: Lang): string {
  return lang === 'vi' ? 'gợi ý' : 'hint';
}

/** Commander's messages (commander 14) as patterns, each with its Vietnamese; a message no pattern knows is printed as commander wrote it. */
const COMMANDER_VI: [RegExp, (...m: string[]) => string][] = [
  [/^unknown option '(.*)'$/, (o) => `không có tùy chọn '${o}'`],
  [/^unknown command '(.*)'$/, (c) => `không có lệnh '${c}'`],
  [/^missing required argument '(.*)'$/, (a) => `thiếu đối số bắt buộc '${a}'`],
  [/^option '(.*)' argument missing$/, (o) => `tùy chọn '${o}' thiếu giá trị`],
  [/^required option '(.*)' not specified$/, (o) => `chưa nêu tùy chọn bắt buộc '${o}'`],
  [/^(.*) cannot be used with (.*)$/, (a, b) => `không dùng được ${what(a!)} cùng với ${what(b!)}`],
  [
    /^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (c, n, got) => `thừa đối số${c ? ` cho lệnh '${c}'` : ''}: nhận tối đa ${n}, được đưa ${got}`,
  ],
  [/^option '(.*)' argument '(.*)' is invalid\.(.*)$/, (o, v, why) => `giá trị '${v}' của tùy chọn '${o}' không hợp lệ.${reason(why!)}`],
  [
    /^option '(.*)' value '(.*)' from env '(.*)' is invalid\.(.*)$/,
    (o, v, env, why) => `giá trị '${v}' của tùy chọn '${o}' lấy từ biến môi trường '${env}' không hợp lệ.${reason(why!)}`,
  ],
  [/^command-argument value '(.*)' is invalid for argument '(.*)'\.(.*)$/, (v, a, why) => `giá trị '${v}' của đối số '${a}' không hợp lệ.${reason(why!)}`],
];

/** "option '--x'" / "environment variable 'X'" inside a conflict message. */
function what(thing: string): string {
  return thing.replace(/^option /, 'tùy chọn ').replace(/^environment variable /, 'biến môi trường ');
}

/** The reason commander appends to an invalid value (its own choices, or the InvalidArgumentError of our parsers). */
function reason(why: string): string {
  const choices = /^ Allowed choices are (.*)\.$/.exec(why);
  return choices ? ` Các giá trị được chấp nhận: ${choices[1]}.` : why;
}

/**
 * An error as commander writes it ("error: unknown option '--x'\n(Did you mean --y?)\n") in chiso's
 * shape and language: `chiso: <what>`, then the suggestion as a hint line.
 */
export function commanderError(text: string, lang: Lang): string {
  const [first = '', ...rest] = text
    .replace(/^error: /, '')
    .trimEnd()
    .split('\n');
  const suggestion = /^\(Did you mean (one of )?(.*)\?\)$/.exec(rest.join(' ').trim());
  const line = lang === 'vi' ? viCommander(first) : first;
  if (!suggestion) return `chiso: ${[line, ...rest].join('\n')}\n`;
  const [, several, names] = suggestion;
  const hint = lang === 'vi' ? `có phải ý bạn là ${several ? 'một trong ' : ''}${names}?` : `did you mean ${several ?? ''}${names}?`;
  return `chiso: ${line}\n  ${hintLabel(lang)}: ${hint}\n`;
}

function viCommander(line: string): string {
  for (const [pattern, vi] of COMMANDER_VI) {
    const m = pattern.exec(line);
    if (m) return vi(...m.slice(1));
  }
  return line;
}

/** The two lines of an internal error (a bug): what happened, and how to get the stack trace. */
export function internalError(message: string, lang: Lang): string[] {
  return lang === 'vi'
    ? [`lỗi nội bộ: ${message}`, 'chạy lại với --debug để xem vết ngăn xếp (stack trace), rồi báo lỗi này']
    : [`internal error: ${message}`, 'run again with --debug for the stack trace, and report it'];
}
