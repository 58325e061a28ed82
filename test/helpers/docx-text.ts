import JSZip from 'jszip';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** The paragraphs of a part of a Word file (word/document.xml, a header), as plain text: runs joined, entities decoded. */
export async function docxParagraphs(bytes: Uint8Array, part = 'word/document.xml'): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(part)?.async('string');
  if (xml === undefined) throw new Error(`no ${part} in the file`);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]!.replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e]!)).join(''),
  );
}

/** The header parts of a Word file (word/header1.xml …). */
export async function docxHeaderNames(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Object.keys(zip.files).filter((f) => /^word\/header\d+\.xml$/.test(f));
}
