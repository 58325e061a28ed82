import type { ChangeKind } from './result.js';

/** Labels of `chiso diff`, Vietnamese and English side by side. */
export const DIFF = {
  vi: {
    title: (old: string, next: string) => `Thay đổi dữ liệu: ${old} → ${next}`,
    total: (n: number, revised: number, defs: number) => `${n} thay đổi (${revised} sửa giá trị hoặc thứ hạng đã có; ${defs} thay đổi định nghĩa)`,
    none: 'Không có thay đổi.',
    unchanged: (n: number) => `${n} chỉ số-năm khác không thay đổi.`,
    perYear: 'Theo chỉ số và năm',
    changes: 'Các thay đổi',
    cols: { index: 'Chỉ số', year: 'Năm', status: 'Tệp', provinces: 'Tỉnh +/−', values: 'Giá trị sửa/thêm/bỏ', ranks: 'Hạng đổi', change: 'Thay đổi', what: 'Tỉnh / bản ghi', measure: 'Cột / trường', old: 'Cũ', new: 'Mới', delta: 'Δ', where: 'Vị trí' },
    status: { added: 'thêm', removed: 'bỏ', compared: 'so sánh' },
    kinds: {
      'year-added': 'thêm tệp năm', 'year-removed': 'bỏ tệp năm', 'province-added': 'thêm tỉnh', 'province-removed': 'bỏ tỉnh',
      'value-changed': 'sửa giá trị', 'value-added': 'thêm giá trị', 'value-removed': 'bỏ giá trị',
      'rank-changed': 'đổi hạng', 'rank-added': 'thêm hạng', 'rank-removed': 'bỏ hạng',
      'definition-added': 'thêm định nghĩa', 'definition-removed': 'bỏ định nghĩa', 'definition-changed': 'sửa định nghĩa',
    } satisfies Record<ChangeKind, string>,
  },
  en: {
    title: (old: string, next: string) => `Dataset changes: ${old} → ${next}`,
    total: (n: number, revised: number, defs: number) => `${n} change${n === 1 ? '' : 's'} (${revised} revise an existing value or rank; ${defs} definition change${defs === 1 ? '' : 's'})`,
    none: 'No changes.',
    unchanged: (n: number) => `${n} other index-year${n === 1 ? '' : 's'} unchanged.`,
    perYear: 'By index and year',
    changes: 'Changes',
    cols: { index: 'Index', year: 'Year', status: 'File', provinces: 'Provinces +/−', values: 'Values revised/added/removed', ranks: 'Ranks changed', change: 'Change', what: 'Province / record', measure: 'Column / field', old: 'Old', new: 'New', delta: 'Δ', where: 'Location' },
    status: { added: 'added', removed: 'removed', compared: 'compared' },
    kinds: {
      'year-added': 'year file added', 'year-removed': 'year file removed', 'province-added': 'province added', 'province-removed': 'province removed',
      'value-changed': 'value revised', 'value-added': 'value added', 'value-removed': 'value removed',
      'rank-changed': 'rank changed', 'rank-added': 'rank added', 'rank-removed': 'rank removed',
      'definition-added': 'definition added', 'definition-removed': 'definition removed', 'definition-changed': 'definition changed',
    } satisfies Record<ChangeKind, string>,
  },
};
