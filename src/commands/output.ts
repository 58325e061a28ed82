import type { View } from '../i18n/view.js';
import type { Doc } from '../render/doc.js';

/**
 * What a command hands to the CLI: its result object (the `--format json` contract) and a way to
 * draw that same result as a document for table, Markdown and CSV output.
 */
export interface Output<R> {
  result: R;
  doc: (view: View) => Doc;
}
