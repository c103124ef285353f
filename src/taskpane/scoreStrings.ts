/**
 * The strings of the "Điểm" section (the score card: the unit's result, the criteria that lost the most
 * points, points lost per area; the score columns' buttons and outcomes), Vietnamese and English. Apart
 * from i18n.ts, which takes these in as `t.score` (and the busy labels and error titles into its own
 * records). Numbers arrive already written the language's way (formatScore); keep the Vietnamese in NFC.
 */
/** The pane's operations on the score columns (busy states). */
export type ScoreBusyKind = 'scoreLayer' | 'scoreRemove';
/** Failures shown with their own title: the operations. */
export type ScoreErrorContext = ScoreBusyKind;

export interface ScoreStrings {
  title: string;
  /** Where the result was read: the total row (its label as written, its sheet row). */
  fromTotal: (label: string, row: number) => string;
  /** No total row: the result is the sum of this many areas. */
  fromAreas: (areas: number) => string;
  /** Neither a total row nor areas to add up. */
  noSource: string;

  // The result's figures
  max: string;
  self: string;
  appraised: string;
  rate: string;
  lost: string;
  /** A figure in points ("12,1 điểm"; "83,3/89,5 điểm"). */
  points: (n: string) => string;
  /** A figure the table does not state. */
  notStated: string;

  // The criteria that lost the most
  /** Over the list of `n` criteria (fewer than five: every criterion that lost points). */
  topTitle: (n: number) => string;
  topHint: string;
  noneLost: string;
  /** On a criterion of the list: what it lost. */
  lostPoints: (n: string) => string;

  // The chart
  chartTitle: string;
  /** The chart's accessible name: what it shows, then every bar ("items", joined chartItem). */
  chartLabel: (items: string) => string;
  chartItem: (area: string, lost: string) => string;
  /** Areas without a bar: no max and appraised nor stated loss. */
  notDrawn: (areas: string) => string;

  // The score columns (scoreOperations.ts; button names are a contract for the end-to-end tests)
  insert: string;
  update: string;
  remove: string;
  noticeTitle: string;
  insertedLabel: string;
  updatedLabel: string;
  removedLabel: string;
  /** `columns`: the headers written, quoted and joined; `sheet`: the summary sheet's name. */
  inserted: (columns: string, sheet: string) => string;
  updated: (columns: string, sheet: string) => string;
  /** `sheet`: the summary sheet removed with the columns (null: none was found). */
  removed: (sheet: string | null) => string;
  busy: Record<ScoreBusyKind, string>;
  errorTitle: Record<ScoreErrorContext, string>;
}

const vi: ScoreStrings = {
  title: 'Điểm',
  fromTotal: (label, row) => `Theo dòng ${label ? `“${label}” ` : 'tổng '}(dòng ${row}) của bảng.`,
  fromAreas: (areas) => `Bảng không có dòng tổng: đây là tổng điểm của ${areas} lĩnh vực có trong bảng, chưa tính các lĩnh vực không được liệt kê.`,
  noSource: 'Bảng không có dòng tổng, cũng không có lĩnh vực để cộng điểm.',

  max: 'Điểm tối đa',
  self: 'Tự chấm',
  appraised: 'Thẩm định',
  rate: 'Tỷ lệ đạt',
  lost: 'Điểm bị trừ',
  points: (n) => `${n} điểm`,
  notStated: 'Không ghi',

  topTitle: (n) => (n === 5 ? 'Năm tiêu chí bị trừ nhiều điểm nhất' : 'Các tiêu chí bị trừ điểm'),
  topHint: 'Bấm vào một tiêu chí để chọn ô của nó trên bảng.',
  noneLost: 'Không tiêu chí nào trong bảng bị trừ điểm.',
  lostPoints: (n) => `trừ ${n} điểm`,

  chartTitle: 'Điểm bị trừ theo lĩnh vực',
  chartLabel: (items) => `Biểu đồ cột điểm bị trừ theo lĩnh vực. ${items}.`,
  chartItem: (area, lost) => `${area}: ${lost} điểm`,
  notDrawn: (areas) => `Chưa vẽ (thiếu điểm tối đa hoặc điểm thẩm định): ${areas}.`,

  insert: 'Chèn cột điểm và tổng hợp',
  update: 'Cập nhật cột điểm',
  remove: 'Gỡ cột điểm',
  noticeTitle: 'Cột điểm',
  insertedLabel: 'Chèn cột điểm và tổng hợp',
  updatedLabel: 'Cập nhật cột điểm',
  removedLabel: 'Gỡ cột điểm',
  inserted: (columns, sheet) => `Đã chèn cột ${columns} bên phải bảng và trang “${sheet}”.`,
  updated: (columns, sheet) => `Đã cập nhật cột ${columns} và trang “${sheet}”.`,
  removed: (sheet) => (sheet ? `Đã gỡ cột điểm và trang “${sheet}”.` : 'Đã gỡ cột điểm.'),
  busy: { scoreLayer: 'Đang ghi cột điểm…', scoreRemove: 'Đang gỡ cột điểm…' },
  errorTitle: { scoreLayer: 'Không chèn được cột điểm', scoreRemove: 'Không gỡ được cột điểm' },
};

const en: ScoreStrings = {
  title: 'Scores',
  fromTotal: (label, row) => `From the table’s ${label ? `“${label}” row` : 'total row'} (row ${row}).`,
  fromAreas: (areas) => `The table has no total row: these are the sums over the ${areas} area${areas === 1 ? '' : 's'} it lists; areas it does not list are not counted.`,
  noSource: 'The table has neither a total row nor areas to add up.',

  max: 'Maximum',
  self: 'Self-assessed',
  appraised: 'Appraised',
  rate: 'Rate',
  lost: 'Points lost',
  points: (n) => `${n} point${n === '1' ? '' : 's'}`,
  notStated: 'Not stated',

  topTitle: (n) => (n === 5 ? 'The five criteria that lost the most points' : 'The criteria that lost points'),
  topHint: 'Click a criterion to select its cell on the sheet.',
  noneLost: 'No criterion in the table lost points.',
  lostPoints: (n) => `${n} point${n === '1' ? '' : 's'} lost`,

  chartTitle: 'Points lost by area',
  chartLabel: (items) => `Bar chart of points lost by area. ${items}.`,
  chartItem: (area, lost) => `${area}: ${lost} point${lost === '1' ? '' : 's'}`,
  notDrawn: (areas) => `Not drawn (no maximum or appraised score): ${areas}.`,

  insert: 'Add score columns and summary',
  update: 'Update score columns',
  remove: 'Remove score columns',
  noticeTitle: 'Score columns',
  insertedLabel: 'Add score columns and summary',
  updatedLabel: 'Update score columns',
  removedLabel: 'Remove score columns',
  inserted: (columns, sheet) => `Added the columns ${columns} right of the table, and the sheet “${sheet}”.`,
  updated: (columns, sheet) => `Updated the columns ${columns} and the sheet “${sheet}”.`,
  removed: (sheet) => (sheet ? `The score columns and the sheet “${sheet}” were removed.` : 'The score columns were removed.'),
  busy: { scoreLayer: 'Writing score columns…', scoreRemove: 'Removing score columns…' },
  errorTitle: { scoreLayer: 'The score columns could not be added', scoreRemove: 'The score columns could not be removed' },
};

export const SCORE_STRINGS = { vi, en } as const;
