/**
 * The plan document (Kế hoạch khắc phục, issue 11): settings + the unit's result + the criteria that lost
 * points → a list of formatted blocks that the sheet and .docx renderers both draw. Pure: no host, no I/O.
 */
import { PLAN_FONT, PLAN_PAGE, SECTION_ORDER, type Line, type PlanBlock, type PlanDocument, type PlanInput, type SectionId } from './model';
import { closingBlocks, contentBlocks, headerBlocks, organizationBlocks, preambleBlocks, purposeBlocks, titleBlocks } from './sections';
import { textOf } from './write';

export * from './model';
export { planInputFromTable, type FromTableOptions } from './from-table';
export { settingsFromTitle } from './from-title';
export { closingBlocks, contentBlocks, criterionBlocks, headerBlocks, organizationBlocks, ownersOf, preambleBlocks, purposeBlocks, STYLES, titleBlocks } from './sections';
export { count, dateParts, longDate, padDay, padMonth, percent, placeAndDate, roman, score, scorePair, shortDate, textOf } from './write';

const BUILDERS: Record<SectionId, (input: PlanInput) => PlanBlock[]> = {
  header: (i) => headerBlocks(i.settings),
  title: (i) => titleBlocks(i.settings),
  preamble: preambleBlocks,
  purpose: purposeBlocks,
  content: contentBlocks,
  organization: organizationBlocks,
  closing: closingBlocks,
};

/** One section's blocks ("insert this section on its own"). */
export function sectionBlocks(id: SectionId, input: PlanInput): PlanBlock[] {
  return BUILDERS[id](input);
}

/** The whole plan, or only the given sections — always in document order, whatever order they are asked in. */
export function buildPlanDocument(input: PlanInput, sections: readonly SectionId[] = SECTION_ORDER): PlanDocument {
  const wanted = new Set(sections);
  return { font: PLAN_FONT, page: PLAN_PAGE, blocks: SECTION_ORDER.filter((id) => wanted.has(id)).flatMap((id) => BUILDERS[id](input)) };
}

/** A block's lines in reading order (left column before right). */
export function blockLines(b: PlanBlock): Line[] {
  switch (b.kind) {
    case 'header':
      return [...b.left, ...b.right];
    case 'title':
      return b.lines;
    case 'signature':
      return [...b.recipients, ...b.signer, b.name];
    default:
      return [b.line];
  }
}

/** The document as plain text, one line per line: for previews, logs and wording tests. */
export function planText(doc: PlanDocument | readonly PlanBlock[]): string {
  const blocks = 'blocks' in doc ? doc.blocks : doc;
  return blocks.flatMap((b) => blockLines(b).map((l) => textOf(l))).join('\n');
}

/** The placeholders still in the document, in order ("…", "[Nguyên nhân: cần bổ sung]"), with their section. */
export function placeholders(doc: PlanDocument): { section: SectionId; text: string }[] {
  return doc.blocks.flatMap((b) => blockLines(b).flatMap((l) => l.runs.filter((r) => r.placeholder).map((r) => ({ section: b.section, text: r.text }))));
}
export { APPENDIX_COLUMNS, APPENDIX_PAGE, APPENDIX_STATUSES, APPENDIX_STYLES, APPENDIX_TABLE_PT, BLANK_ROWS, attachedLine, buildAppendix } from './appendix';
export type { AppendixColumn, AppendixDocument, AppendixField, AppendixOptions, AppendixRow } from './appendix';
