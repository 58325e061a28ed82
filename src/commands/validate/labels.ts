/**
 * Labels of `chiso validate`. The framing of the text format (severity, hint, note) follows --lang;
 * the messages of individual checks are still English, and the github and json formats keep the
 * English severity words, which machines read.
 */
export const VALIDATE = {
  vi: {
    title: 'Kiểm tra dữ liệu',
    severityWord: { error: 'lỗi', warning: 'cảnh báo' } as Record<string, string>,
    hint: 'gợi ý',
    note: 'ghi chú',
    severity: 'Mức',
    location: 'Vị trí',
    check: 'Kiểm tra',
    message: 'Nội dung',
    notes: 'Ghi chú',
    summary: (files: number, errors: number, warnings: number) => `Đã kiểm tra ${files} tệp: ${errors} lỗi, ${warnings} cảnh báo`,
    clean: 'Không có vấn đề nào.',
    known: (n: number, file: string) => `${n} cảnh báo đã biết (xem ${file})`,
  },
  en: {
    title: 'Dataset validation',
    severityWord: { error: 'error', warning: 'warning' } as Record<string, string>,
    hint: 'hint',
    note: 'note',
    severity: 'Severity',
    location: 'Location',
    check: 'Check',
    message: 'Message',
    notes: 'Notes',
    summary: (files: number, errors: number, warnings: number) =>
      `${files} files checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
    clean: 'No problems found.',
    known: (n: number, file: string) => `${n} known warning${n === 1 ? '' : 's'} (see ${file})`,
  },
};
