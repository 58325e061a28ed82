/**
 * What a document for people must not contain: words from code ("NaN", "undefined", "null") and
 * headings with nothing under them (a heading followed by another heading, or by the end).
 */
export function documentFaults(md: string): string[] {
  const faults: string[] = [];
  for (const word of ['NaN', 'undefined', 'null', 'Infinity']) if (new RegExp(`\\b${word}\\b`).test(md)) faults.push(`contains "${word}"`);
  const lines = md.split('\n');
  let fenced = false;
  lines.forEach((line, i) => {
    if (line.startsWith('```')) fenced = !fenced;
    if (fenced || !/^#{1,6} /.test(line)) return;
    const next = lines.slice(i + 1).find((l) => l.trim() !== '');
    if (next === undefined || /^#{1,6} /.test(next)) faults.push(`empty section: ${line}`);
    if (/^#{1,6}\s*$/.test(line)) faults.push(`empty heading at line ${i + 1}`);
  });
  return faults;
}
