/** The in-memory Excel double: see double.ts. */
export { ExcelDouble, PAYLOAD_LIMIT_BYTES, type DoubleOptions, type SheetSeed, type SyncRecord } from './double';
export { OfficeError } from './errors';
export { MAX_MERGED_AREAS } from './range';
