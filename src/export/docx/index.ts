/**
 * The remediation plan and its appendix as one Word document (.docx), drawn from the core's models with the
 * `docx` library: section 1 the plan on A4 portrait, section 2 the appendix on A4 landscape. Runs in Node (the
 * CLI writes the file) and in the browser (the pane offers a download): the bytes come from
 * `Packer.toArrayBuffer`, which needs neither Buffer nor Blob.
 */
import { Document, Packer, type ISectionOptions } from 'docx';
import { type AppendixDocument, type PlanDocument } from '../../core/plan-doc';
import { appendixChildren } from './appendix';
import { pageHeaders, sectionProperties } from './page';
import { planChildren } from './plan';
import { BODY_SPACING, FONT } from './text';

export function planDocx(plan: PlanDocument, appendix?: AppendixDocument): Document {
  const sections: ISectionOptions[] = [{ properties: sectionProperties(plan.page), headers: pageHeaders(plan.page), children: planChildren(plan) }];
  if (appendix) sections.push({ properties: sectionProperties(appendix.page), headers: pageHeaders(appendix.page), children: appendixChildren(appendix) });
  return new Document({
    creator: 'CCHC Phụ lục',
    title: 'Kế hoạch khắc phục',
    styles: {
      default: {
        // The document's own default (not only each run's): text the user types into a new paragraph stays
        // in Times New Roman 14 pt rather than falling back to the theme's Calibri/Cambria.
        document: {
          run: { font: FONT, size: 28, language: { value: 'vi-VN', eastAsia: 'vi-VN', bidirectional: 'ar-SA' } },
          paragraph: { spacing: BODY_SPACING },
        },
      },
    },
    sections,
  });
}

/** The .docx file's bytes. */
export async function renderPlanDocx(plan: PlanDocument, appendix?: AppendixDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(planDocx(plan, appendix)));
}
