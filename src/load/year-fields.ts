import type { Definitions } from '../model/definitions.js';
import { say, type Message } from '../model/text.js';
import { quote } from '../model/sanitize.js';

/** Header names accepted for the province column. */
const PROVINCE_HEADERS = ['province', 'tinh', 'tỉnh'];

/** The roles a column of a year file can play. */
export type Field =
  | { kind: 'province' | 'composite' | 'rank' | 'rank_of' | 'source' | 'note' | 'tier' }
  | { kind: 'value'; code: string }
  | { kind: 'component_rank'; code: string };

/** The role of a (normalised) header name in a year file of an index and period, if it has one. */
export function fieldOf(name: string, compositeCode: string, known: Map<string, string>): Field | undefined {
  if (PROVINCE_HEADERS.includes(name)) return { kind: 'province' };
  if (name === compositeCode) return { kind: 'composite' };
  if (name === 'rank' || name === 'rank_of' || name === 'source' || name === 'note' || name === 'tier') return { kind: name };
  if (known.has(name)) return { kind: 'value', code: name };
  const ranked = name.replace(/_rank$/, '');
  if (name.endsWith('_rank') && known.get(ranked) === 'component') return { kind: 'component_rank', code: ranked };
  return undefined;
}

/** Explains why a name did not resolve: a unit of another period, or a misspelling (with the nearest name). */
export function unknownProvince(name: string, year: number, defs: Definitions, report: (message: Message, hint?: Message) => void): void {
  if (name === '') return report(say('tên tỉnh để trống', 'province is empty'));
  const other = defs.provinces.matches(name)[0];
  if (other) {
    const until = other.lastYear !== undefined && other.lastYear < year;
    const when = until ? say(`đến năm ${other.lastYear}`, `until ${other.lastYear}`) : say(`từ năm ${other.firstYear}`, `from ${other.firstYear}`);
    const successor = other.successor ? defs.provinces.byCode.get(other.successor) : undefined;
    return report(
      say(
        `${other.nameVi} không phải là đơn vị cấp tỉnh trong năm ${year} (chỉ tồn tại ${when.vi})`,
        `${other.nameVi} is not a provincial unit in ${year} (it exists ${when.en})`,
      ),
      successor ? say(`từ năm ${other.lastYear! + 1} thuộc ${successor.nameVi}`, `from ${other.lastYear! + 1} it is part of ${successor.nameVi}`) : undefined,
    );
  }
  const near = defs.provinces.nearest(name, year);
  report(
    say(`không có tỉnh ${quote(name)}`, `unknown province ${quote(name)}`),
    near
      ? say(`có phải ý bạn là "${near.nameVi}"?`, `did you mean "${near.nameVi}"?`)
      : say('xem tên và tên gọi khác trong data/provinces.csv', 'see data/provinces.csv for names and aliases'),
  );
}
