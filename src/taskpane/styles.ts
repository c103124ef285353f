/**
 * Pane styles. Built for the default 320 px pane: everything wraps (long Vietnamese messages, sheet
 * names, cell text), nothing scrolls sideways; focus is always visible.
 */
import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

const focusRing = {
  outlineWidth: tokens.strokeWidthThick,
  outlineStyle: 'solid',
  outlineColor: tokens.colorStrokeFocus2,
  outlineOffset: '-2px',
} as const;

export const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    maxWidth: '100%',
    boxSizing: 'border-box',
    overflowWrap: 'anywhere',
    color: tokens.colorNeutralForeground1,
    ...typographyStyles.body1,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  title: { margin: 0, ...typographyStyles.subtitle1 },
  titleRow: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: '8px' },
  titleLinks: { display: 'flex', alignItems: 'center', gap: '4px' },
  sheetLine: { margin: 0, ...typographyStyles.body1Strong, overflowWrap: 'anywhere' },
  muted: { margin: 0, color: tokens.colorNeutralForeground3, ...typographyStyles.caption1 },
  dates: {
    display: 'flex',
    flexWrap: 'wrap',
    // Top-aligned: fields with hints of different lengths are not stretched to the same height (a
    // stretched Field, a grid, spreads the extra height over its rows and moves its input down).
    alignItems: 'flex-start',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
  },
  dateField: { flex: '1 1 130px', minWidth: 0, alignContent: 'start' },
  dateInput: { width: '100%', minWidth: 0 },
  dateFormat: { display: 'block', whiteSpace: 'nowrap' },
  hintLine: { display: 'block' },
  toolbar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  // Fluent's Switch insets its track by spacingHorizontalS: line it up with the buttons above.
  switch: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`, alignSelf: 'flex-start' },
  undoWhat: { flex: '1 1 120px', minWidth: 0, color: tokens.colorNeutralForeground3, ...typographyStyles.caption1 },
  notices: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    // Kept in the page while empty (a live region must exist before its message), without adding a
    // second gap between the toolbar and the results.
    ':empty': { marginTop: `calc(-1 * ${tokens.spacingVerticalL})` },
  },
  noticeLine: { display: 'block' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  h2: { margin: 0, ...typographyStyles.subtitle2, ':focus-visible': focusRing },
  counts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  count: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  countNumber: { ...typographyStyles.body1Strong },
  severityHeading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    margin: `${tokens.spacingVerticalS} 0 0`,
    ...typographyStyles.body1Strong,
  },
  groupHeader: { display: 'block', minWidth: 0, padding: `${tokens.spacingVerticalXS} 0`, textAlign: 'start', overflowWrap: 'anywhere' },
  groupCount: { color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0, margin: `0 0 ${tokens.spacingVerticalM}` },
  help: { margin: 0, color: tokens.colorNeutralForeground2, ...typographyStyles.caption1 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', minWidth: 0 },
  item: {
    position: 'relative',
    minWidth: 0,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  /** The jump button: the whole item's width, looks like the list item it replaces. */
  jump: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: tokens.spacingVerticalXXS,
    boxSizing: 'border-box',
    width: '100%',
    minWidth: 0,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: 'inherit',
    fontFamily: 'inherit',
    fontSize: 'inherit',
    fontWeight: 'inherit',
    lineHeight: 'inherit',
    textAlign: 'start',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ':focus-visible': focusRing,
  },
  /** An item about the whole table: the same layout, not a button. */
  itemBody: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
  },
  /** The first line (severity icon and cell); the message below takes the full width. */
  itemHead: { display: 'flex', alignItems: 'center', minHeight: '24px', minWidth: 0 },
  /** Room on the first line for the "Sửa" button, which sits over the item's top right corner. */
  itemHeadWithFix: { paddingRight: '76px' },
  fixButton: {
    position: 'absolute',
    top: tokens.spacingVerticalS,
    right: tokens.spacingHorizontalXS,
  },
  cellRef: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
  },
  /** "Cả bảng": words, not a cell address, so not monospaced. */
  tableRef: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  hiddenTag: { color: tokens.colorNeutralForeground3, fontStyle: 'italic', fontWeight: tokens.fontWeightRegular },
  message: { minWidth: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-line' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  success: { color: tokens.colorPaletteGreenForeground1 },
  icon: { flexShrink: 0 },
  /** "Quá hạn" / "Sắp đến hạn" on an item of the overdue view: a word in the flag's colour, not colour alone. */
  flagTag: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalS },
  unitHeading: { margin: `${tokens.spacingVerticalS} 0 0`, ...typographyStyles.body1Strong },
  /** Counts per unit: six narrow columns whose headers wrap, so the table fits the 320 px pane. */
  progressTable: {
    width: '100%',
    borderCollapse: 'collapse',
    ...typographyStyles.caption1,
    // Break between words only ("Nhiệm vụ", not "Nhiệ|m vụ"): columns are then at least a word wide.
    overflowWrap: 'break-word',
    '& th': {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      textAlign: 'start',
      verticalAlign: 'bottom',
      fontWeight: tokens.fontWeightSemibold,
    },
    '& td': {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      textAlign: 'end',
      fontVariantNumeric: 'tabular-nums',
    },
    '& tbody th': { verticalAlign: 'top', fontWeight: tokens.fontWeightRegular },
    '& tfoot td': { fontWeight: tokens.fontWeightSemibold },
  },
  copyBox: { width: '100%', minHeight: '160px' },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0, 0, 0, 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});
