/** Output languages: Vietnamese (default) and English. */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Anything with names in both languages (indices, components, provinces, regions). */
export interface Named {
  nameVi: string;
  nameEn: string;
}

/** How one output renders words and numbers: its language, and its decimal mark. */
export interface View {
  lang: Lang;
  /** A number with fixed decimals ("63,07" in Vietnamese documents, "63.07" otherwise); "—" when missing (empty in CSV). */
  num(x: number | undefined, decimals: number): string;
  /** A signed change ("+1,97", "−3"; ASCII "-" in CSV), "—" when missing (empty in CSV). */
  delta(x: number | undefined, decimals: number): string;
  name(x: Named): string;
  /** The entry of a {vi, en} label set for this language. */
  pick<T>(labels: { vi: T; en: T }): T;
  /** A document to print or fill in (HTML, Word): a view may lay out forms for paper. */
  print?: boolean;
}

/**
 * Builds the view for a language. Documents for people (tables, Markdown) use the typographic
 * minus, and in Vietnamese the decimal comma, as provincial documents do; machine output (CSV)
 * keeps the dot and the ASCII minus so that spreadsheets read the numbers.
 */
export function makeView(lang: Lang, machine = false): View {
  const decimalComma = lang === 'vi' && !machine;
  const minus = machine ? '-' : '−';
  const missing = machine ? '' : '—';
  const num = (x: number | undefined, decimals: number) => {
    if (x === undefined || !Number.isFinite(x)) return missing;
    const text = x.toFixed(decimals);
    return decimalComma ? text.replace('.', ',') : text;
  };
  return {
    lang,
    num,
    delta: (x, decimals) => {
      if (x === undefined || !Number.isFinite(x)) return missing;
      const text = num(Math.abs(x), decimals);
      const zero = Number(Math.abs(x).toFixed(decimals)) === 0;
      return zero ? num(0, decimals) : (x > 0 ? '+' : minus) + text;
    },
    name: (x) => (lang === 'vi' ? x.nameVi : x.nameEn),
    pick: (labels) => labels[lang],
  };
}
