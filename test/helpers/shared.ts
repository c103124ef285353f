/**
 * The project's shared folder (real seed documents, the Office manifest schemas) lives beside the checkout,
 * at ../shared, as CI lays it out; it is not part of this repository. Tests that need it ask for their
 * files here, so a checkout without it fails with a message that says what is missing and where.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED_DIR = resolve(__dirname, '..', '..', '..', 'shared');

export function missingSharedMessage(path: string): string {
  return (
    `Thiếu ${path}: các bài kiểm thử này cần thư mục shared/ của dự án (seeds, schemas) đặt cạnh bản checkout, ` +
    `tại ${SHARED_DIR} — CI đặt nó ở đó; khi chạy tay, hãy sao chép hoặc liên kết thư mục shared vào chỗ ấy. ` +
    `(These tests need the project's shared/ folder beside the checkout, at ${SHARED_DIR}.)`
  );
}

/** A path inside ../shared; throws the message above when it is not there. */
export function sharedPath(...parts: string[]): string {
  const path = join(SHARED_DIR, ...parts);
  if (!existsSync(path)) throw new Error(missingSharedMessage(path));
  return path;
}
