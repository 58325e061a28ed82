/** Labels of `chiso validate` (the messages of the checks are in src/load and src/check, in both languages). */
export const VALIDATE = {
  vi: {
    title: 'Kiểm tra dữ liệu',
    severity: 'Mức',
    location: 'Vị trí',
    check: 'Kiểm tra',
    message: 'Nội dung',
    notes: 'Ghi chú',
    levels: { error: 'lỗi', warning: 'cảnh báo' },
    hint: 'gợi ý',
    note: 'ghi chú',
    summary: (files: number, errors: number, warnings: number) => `Đã kiểm tra ${files} tệp: ${errors} lỗi, ${warnings} cảnh báo`,
    clean: 'Không có vấn đề nào.',
    known: (n: number, file: string) => `${n} cảnh báo đã biết (xem ${file})`,
  },
  en: {
    title: 'Dataset validation',
    severity: 'Severity',
    location: 'Location',
    check: 'Check',
    message: 'Message',
    notes: 'Notes',
    levels: { error: 'error', warning: 'warning' },
    hint: 'hint',
    note: 'note',
    summary: (files: number, errors: number, warnings: number) =>
      `${files} files checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
    clean: 'No problems found.',
    known: (n: number, file: string) => `${n} known warning${n === 1 ? '' : 's'} (see ${file})`,
  },
};
