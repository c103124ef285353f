/** The Office host's pure parts: marks, catalog lists, own-write window, chunking, retries, errors. */
import { describe, expect, it } from 'vitest';
import { HostError } from '../src/core/workbook/adapter';
import { leadingBlock, withoutRange } from '../src/core/workbook/catalog';
import { chunksBySize } from '../src/hosts/office/chunks';
import { MARK_FORMULA, MARK_TAG, markAreasBySeverity } from '../src/core/workbook/marks';
import { hasTag } from '../src/core/workbook/plan';
import { OwnWrites } from '../src/hosts/office/ownWrites';
import { EDIT_MODE_BACKOFF_MS, retryInEditMode, toHostError } from '../src/hosts/office/runner';
import { OfficeError } from './excel-double';

describe('marks', () => {
  it('recognises the marker formula however Excel spaces or cases it', () => {
    expect(hasTag(MARK_FORMULA, MARK_TAG)).toBe(true);
    expect(hasTag('= n("cchc") = 0', MARK_TAG)).toBe(true);
    expect(hasTag('=$E6<TODAY()', MARK_TAG)).toBe(false);
    expect(hasTag('=N("CCHC-han")=0', MARK_TAG)).toBe(false);
  });

  it('keeps the most severe mark per cell and joins runs down a column', () => {
    const areas = markAreasBySeverity([
      { cell: 'B3', severity: 'info' },
      { cell: 'B3', severity: 'error' },
      { cell: 'B4', severity: 'error' },
      { cell: 'B6', severity: 'error' },
      { cell: 'C3', severity: 'warning' },
      { cell: 'nonsense', severity: 'error' },
    ]);
    expect(areas.get('error')).toEqual([
      { top: 3, left: 2, bottom: 4, right: 2 },
      { top: 6, left: 2, bottom: 6, right: 2 },
    ]);
    expect(areas.get('warning')).toEqual([{ top: 3, left: 3, bottom: 3, right: 3 }]);
    expect(areas.has('info')).toBe(false);
  });
});

describe('catalog lists', () => {
  it('reads the first block of columns only', () => {
    const values = [
      [null, 'STT', 'Tên đơn vị', null, 'Sản phẩm'],
      [null, 1, 'Văn phòng', null, 'Kế hoạch'],
    ];
    expect(leadingBlock(values)).toEqual([
      ['STT', 'Tên đơn vị'],
      [1, 'Văn phòng'],
    ]);
    expect(leadingBlock([])).toEqual([]);
  });

  it('empties a range', () => {
    expect(withoutRange([['a', 'b'], ['c', 'd']], 5, 2, { top: 6, left: 3, bottom: 6, right: 3 })).toEqual([
      ['a', 'b'],
      ['c', null],
    ]);
  });
});

describe('own writes', () => {
  it('covers events inside a write while it runs and for the grace period after', () => {
    let now = 0;
    const own = new OwnWrites(() => now, 1000);
    const w = own.begin('Phụ lục', [{ top: 2, left: 1, bottom: 5, right: 2 }]);
    now = 10_000; // a slow sync: still in flight
    expect(own.covers('phụ lục', 'A3:B4')).toBe(true);
    own.end(w);
    expect(own.covers('Phụ lục', 'B5')).toBe(true);
    expect(own.covers('Phụ lục', 'A3:C4')).toBe(false); // C is not ours
    expect(own.covers('Khác', 'A3')).toBe(false);
    now += 1001;
    expect(own.covers('Phụ lục', 'A3')).toBe(false);
  });
});

describe('chunks and retries', () => {
  it('groups by estimated size', () => {
    expect(chunksBySize([1, 2, 3, 4, 5], (n) => n, 5)).toEqual([[1, 2], [3], [4], [5]]);
    expect(chunksBySize([9], (n) => n, 5)).toEqual([[9]]);
    expect(chunksBySize([], (n: number) => n)).toEqual([]);
  });

  it('retries only for edit mode, with the backoff, then gives up in the UI language', async () => {
    const sleeps: number[] = [];
    let attempts = 0;
    const editMode = () => {
      attempts++;
      return Promise.reject(new OfficeError('InvalidOperationInCellEditMode', 'editing'));
    };
    const error = await retryInEditMode(editMode, 'en', async (ms) => void sleeps.push(ms)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toBe('Finish editing the cell you are typing in (press Enter), then try again.');
    expect(attempts).toBe(EDIT_MODE_BACKOFF_MS.length + 1);
    expect(sleeps).toEqual(EDIT_MODE_BACKOFF_MS);

    attempts = 0;
    const other = await retryInEditMode(() => (attempts++, Promise.reject(new OfficeError('GeneralException', 'x'))), 'vi', async () => undefined).catch((e: unknown) => e);
    expect(attempts).toBe(1);
    expect(other).toBeInstanceOf(OfficeError);
  });

  it('maps Office errors to HostErrors', () => {
    expect(toHostError(new OfficeError('AccessDenied', 'no'), 'vi', 'S').reason).toBe('protected');
    expect(toHostError(new OfficeError('ItemNotFound', 'no'), 'vi', 'S').reason).toBe('not-found');
    expect(toHostError(new OfficeError('ResponsePayloadSizeLimitExceeded', 'big'), 'vi').reason).toBe('too-large');
    const failed = toHostError(new OfficeError('GeneralException', 'boom'), 'en');
    expect([failed.reason, failed.message]).toEqual(['failed', 'Excel reported an error: boom (GeneralException)']);
    const mine = new HostError('busy', 'x');
    expect(toHostError(mine, 'vi')).toBe(mine);
  });
});
