import type { ViewOptions } from 'vega';
import type { Lang } from '../../i18n/view.js';

// Vega formats axis numbers itself: Vietnamese documents use the decimal comma, as the tables do.
const LOCALES = {
  vi: { decimal: ',', thousands: '.', grouping: [3], currency: ['', ' ₫'] },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] },
};

/**
 * Draws a Vega-Lite spec as an SVG string in Node: compiled by vega-lite, rendered by Vega's
 * headless SVG renderer (no canvas, no browser, no network; text widths are estimated). Both
 * libraries are loaded here, only when a chart is drawn. The namespace attributes are dropped:
 * the SVG is inline in HTML, which needs none, and the file then names no URL at all.
 */
export async function chartSvg(spec: Record<string, unknown>, lang: Lang): Promise<string> {
  const [vl, vega] = await Promise.all([import('vega-lite'), import('vega')]);
  const compiled = vl.compile(spec as unknown as Parameters<typeof vl.compile>[0]).spec;
  // vega exports locale() (vega-format) though its typings do not declare it.
  const locale = (vega as unknown as { locale: (number: object) => NonNullable<ViewOptions['locale']> }).locale(LOCALES[lang]);
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', locale });
  try {
    const svg = await view.toSVG();
    return svg.replace(/ xmlns(:xlink)?="[^"]*"/g, '');
  } finally {
    view.finalize();
  }
}
