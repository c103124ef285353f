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
  | 'too-large';

/** Raised when a workbook cannot be patched safely. Messages are plain English. */
export class XlsxPatchError extends Error {
  readonly code: XlsxPatchErrorCode;
  constructor(message: string, code: XlsxPatchErrorCode = 'bad-package', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'XlsxPatchError';
    this.code = code;
  }
}
