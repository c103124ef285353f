/** Machine-readable reason of an {@link XlsxPatchError}, for callers that translate messages. */
export type XlsxPatchErrorCode =
  | 'not-zip'
  | 'encrypted'
  | 'bad-package'
  | 'sheet-not-found'
  | 'not-worksheet'
  | 'malformed-xml'
  | 'bad-patch'
  | 'unsupported'
  /** Declared uncompressed sizes past the limits of ../limits.ts; nothing was inflated. */
  | 'too-large'
  /** A plan adds a sheet whose name the workbook already has (names compare case-insensitively). */
  | 'sheet-exists'
  /** A plan defines a name that already exists in the same scope. */
  | 'name-exists'
  /** A plan adds validation to cells that already have some (never overwritten: callers report a skip). */
  | 'already-validated'
  /** A plan removes the only visible sheet, which a workbook cannot lose. */
  | 'last-sheet';

/** Raised when a workbook cannot be patched safely. Messages are plain English. */
export class XlsxPatchError extends Error {
  readonly code: XlsxPatchErrorCode;
  /** For a refused workbook plan: the index of the step that was refused. */
  step?: number;
  constructor(message: string, code: XlsxPatchErrorCode = 'bad-package', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'XlsxPatchError';
    this.code = code;
  }
}
