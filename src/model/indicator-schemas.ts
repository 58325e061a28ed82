import { oneOf, row } from './fast-cells.js';
import { code, fourDigitYear as year, optText, text } from './schemas.js';

/** A row of indicators.csv: one indicator of an index-year under its component. */
export const indicatorRow = row({
  index: code,
  year,
  code,
  parent: code,
  name_vi: text,
  name_en: optText,
  unit: optText,
  direction: oneOf(['higher-better', 'lower-better']),
  direction_basis: optText,
});
