/**
 * How much of an .xlsx we are willing to inflate. Reading a workbook costs several times its XML in
 * memory (exceljs builds objects for every cell), so a 0.5 MB file whose sheet inflates to 480 MB took
 * 1 to 3.5 GB. The sizes come from the zip's central directory, read before anything is inflated; both the
 * reader (CLI and preview) and the patcher call {@link checkDeclaredSizes}.
 *
 * A zip whose directory understates a size is still caught, after inflating that entry, by JSZip's
 * size check (then reported as damaged).
 */
import { readCentralDirectory } from './patch/zip-directory';

const MB = 1024 * 1024;

/** Worksheets plus shared strings, uncompressed: far above any real plan appendix (those are < 5 MB). */
export const SHEET_XML_LIMIT = 200 * MB;
/** Every entry of the package together, uncompressed (pictures, styles, everything). */
export const PACKAGE_LIMIT = 400 * MB;

export interface Oversize {
  what: 'sheets' | 'package';
  /** Declared uncompressed bytes. */
  declared: number;
  limit: number;
}

/** Parts whose XML the reader turns into cells. */
const SHEET_XML = /(^|\/)(worksheets\/[^/]+|sharedStrings[^/]*)\.xml$/i;

/** What is over a limit, or null (also when the zip has no readable directory: the loader says why). */
export function checkDeclaredSizes(bytes: Uint8Array): Oversize | null {
  const cd = readCentralDirectory(bytes);
  if (cd === null) return null;
  let sheets = 0;
  let all = 0;
  for (const e of cd.entries) {
    all += e.uncompressedSize;
    if (SHEET_XML.test(e.name)) sheets += e.uncompressedSize;
  }
  if (sheets > SHEET_XML_LIMIT) return { what: 'sheets', declared: sheets, limit: SHEET_XML_LIMIT };
  if (all > PACKAGE_LIMIT) return { what: 'package', declared: all, limit: PACKAGE_LIMIT };
  return null;
}

/** Both sizes in whole MB, with a decimal when rounding would make the size look like the limit. */
function sizes(o: Oversize): [string, string] {
  const whole = Math.round(o.declared / MB);
  const declared = whole > o.limit / MB ? String(whole) : (o.declared / MB).toFixed(1);
  return [`${declared} MB`, `${o.limit / MB} MB`];
}

/** One Vietnamese sentence for the user. */
export function oversizeMessage(o: Oversize): string {
  const [declared, limit] = sizes(o);
  return o.what === 'sheets'
    ? `tệp quá lớn: phần bảng tính giải nén ra ${declared}, vượt giới hạn ${limit}; hãy tách thành nhiều tệp nhỏ hơn hoặc xoá bớt các trang, dòng không dùng`
    : `tệp quá lớn: giải nén ra ${declared}, vượt giới hạn ${limit} cho cả tệp; hãy xoá bớt hình ảnh, trang không dùng hoặc tách thành nhiều tệp`;
}

/** The same in English, for the patcher's (English) errors. */
export function oversizeMessageEn(o: Oversize): string {
  const [declared, limit] = sizes(o);
  const part = o.what === 'sheets' ? 'the worksheets and shared strings' : 'the package';
  return `The file is too large: ${part} would inflate to ${declared}, over the limit of ${limit}.`;
}
