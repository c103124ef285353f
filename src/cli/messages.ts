/**
 * The one line `cchc` prints on stderr when it cannot do its job: always Vietnamese, always naming the
 * file it is about (the input, or --out for problems with where to write), never a library's English.
 */
import { WorkbookReadError } from '../hosts/xlsx/read';
import { XlsxPatchError } from '../hosts/xlsx/patch';

/** Something wrong with the input or the arguments about it; the message is Vietnamese. */
export class InputError extends Error {}

/** Something wrong with where to write; `path` is the --out the user gave. */
export class OutputError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

/** The stderr line (without "cchc: " and the newline) for an error thrown while running a command. */
export function errorLine(e: unknown, file: string): string {
  if (e instanceof OutputError) return `${e.path}: ${e.message}`;
  if (e instanceof InputError || e instanceof WorkbookReadError) return `${file}: ${e.message}`;
  if (e instanceof XlsxPatchError) return `${file}: không ghi được bản sửa, tệp gốc không bị thay đổi (${e.message.split('\n')[0]})`;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return `${file}: lỗi không mong đợi${code ? ` (mã ${code})` : ''}; tệp gốc không bị thay đổi. Hãy báo lỗi này kèm tệp cho nhóm phát triển`;
}
