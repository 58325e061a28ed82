/** Cell texts that mean "no value" in the files analysts exchange. */
const MISSING = new Set(['', '-', 'n/a', 'na', '..']);

/** Result of reading one numeric cell: a value, nothing, or why it is not a number. */
export type NumberCell = { value: number } | { value: undefined } | { error: string; hint?: string };

/**
 * Reads a numeric cell. A decimal comma (`65,12`) is accepted only where the file's delimiter
 * leaves no doubt (semicolon or tab); thousands separators and units are rejected.
 */
export function parseNumberCell(raw: string, decimalComma: boolean): NumberCell {
  const text = raw.trim();
  if (MISSING.has(text.toLowerCase())) return { value: undefined };
  if (/^[+-]?\d+,\d+$/.test(text)) {
    if (decimalComma) return { value: Number(text.replace(',', '.')) };
    return { error: `"${text}" has a decimal comma in a comma-separated file`, hint: `write ${text.replace(',', '.')}, or save the file with ";" as delimiter` };
  }
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return { value: Number(text) };
  return { error: `"${text}" is not a number` };
}

/** Normalises a header name so that `Province`, ` PROVINCE ` and `province` are the same column. */
export function normalizeHeader(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}
