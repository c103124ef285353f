/**
 * "Điểm": the score card of a sheet that holds a score table (scoreCard.ts builds it): the unit's result
 * (maximum, self-assessed, appraised, rate, points lost) and where it was read; the five criteria that lost
 * the most points, each a button that selects its cell; and a horizontal bar chart of points lost per area,
 * drawn as one inline SVG picture (role="img", described by its aria-label) — no chart library. Numbers
 * are written the pane's language's way (decimal comma in Vietnamese). Cell text is React text only.
 *
 * Contract for tests and automation: the section has data-testid="score"; every criterion of the list is
 * an <li> with data-row; every bar is a <g> with data-row inside the chart (data-testid="score-chart").
 */
import type { ReactNode } from 'react';
import { Button, makeStyles, tokens, typographyStyles, useId } from '@fluentui/react-components';
import { Delete16Regular, TableAdd16Regular } from '@fluentui/react-icons';
import type { Lang } from '../core/report';
import { formatScore } from '../core/score';
import type { Strings } from './i18n';
import { Heading, type HeadingLevel } from './Results';
import { areaTitle, resultFigures, sourceLine, type AreaLoss, type ScoreCard } from './scoreCard';
import { useStyles } from './styles';
import { shortTask } from './trackingOperations';

export interface ScoreSectionProps {
  t: Strings;
  card: ScoreCard;
  lang: Lang;
  /** 2 in Excel, 3 when the pane is embedded in a page. */
  headingLevel?: HeadingLevel;
  /** Select a criterion's cell on the sheet. */
  onSelect: (cell: string) => void;
  /**
   * Where the score layer's one-click insert (columns "Điểm bị trừ", "Chênh lệch tự chấm", "Tỷ lệ đạt",
   * the "Tổng hợp điểm" sheet and its chart; src/core/score-layer/) puts its button(s), under the result.
   * Nothing is drawn until it is given.
   */
  layerActions?: ReactNode;
}

const useScoreStyles = makeStyles({
  figures: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(128px, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  figure: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    // Five figures in two columns: the last takes the whole row rather than leave a hole beside it.
    ':last-child:nth-child(odd)': { gridColumn: '1 / -1' },
  },
  label: { color: tokens.colorNeutralForeground2, ...typographyStyles.caption1 },
  value: { margin: 0, ...typographyStyles.body1Strong, fontVariantNumeric: 'tabular-nums' },
  lostTag: { fontWeight: tokens.fontWeightSemibold, marginLeft: 'auto', whiteSpace: 'nowrap', paddingLeft: tokens.spacingHorizontalS },
  chart: { display: 'block', width: '100%', maxWidth: '400px', height: 'auto' },
  // SVG paints with fill; in Windows high contrast the system's text colour keeps the bars visible.
  bar: { fill: tokens.colorBrandBackground, '@media (forced-colors: active)': { fill: 'CanvasText' } },
  code: { fill: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold, '@media (forced-colors: active)': { fill: 'CanvasText' } },
  name: { fill: tokens.colorNeutralForeground2, '@media (forced-colors: active)': { fill: 'CanvasText' } },
  amount: { fill: tokens.colorNeutralForeground1, fontVariantNumeric: 'tabular-nums', '@media (forced-colors: active)': { fill: 'CanvasText' } },
});

export function ScoreSection({ t, card, lang, headingLevel = 2, onSelect, layerActions }: ScoreSectionProps) {
  const styles = useStyles();
  const own = useScoreStyles();
  const s = t.score;
  const headingId = useId('score-');
  const topId = useId('score-top-');
  const chartId = useId('score-chart-');
  const sub = Math.min(headingLevel + 1, 6) as HeadingLevel;
  const drawn = card.areas.filter((a) => a.lost !== null);
  const notDrawn = card.areas.filter((a) => a.lost === null);
  return (
    <section aria-labelledby={headingId} className={styles.section} data-testid="score">
      <Heading level={headingLevel} id={headingId} className={styles.h2}>
        {s.title}
      </Heading>
      <p className={styles.muted}>{sourceLine(card.result.source, s)}</p>
      <dl className={own.figures}>
        {resultFigures(card.result, s, lang).map((f) => (
          <div key={f.key} className={own.figure} data-figure={f.key}>
            <dt className={own.label}>{f.label}</dt>
            <dd className={own.value}>{f.value}</dd>
          </div>
        ))}
      </dl>
      {layerActions && <div className={styles.row}>{layerActions}</div>}

      <section aria-labelledby={topId} className={styles.section}>
        <Heading level={sub} id={topId} className={styles.unitHeading}>
          {s.topTitle(card.top.length)}
        </Heading>
        {card.top.length === 0 ? (
          <p className={styles.muted}>{s.noneLost}</p>
        ) : (
          <>
            <p className={styles.muted}>{s.topHint}</p>
            <ol className={styles.list}>
              {card.top.map((c) => (
                // Named by what it shows (code, text, points lost), so that speech input can say it.
                <li key={c.row} className={styles.item} data-row={c.row}>
                  <button type="button" className={styles.jump} title={shortTask(c.text) !== c.text ? c.text : undefined} onClick={() => onSelect(c.cell)}>
                    <span className={styles.itemHead}>
                      {c.code && <span className={styles.cellRef}>{c.code}</span>}
                      <span className={own.lostTag}>{s.lostPoints(formatScore(c.lost, lang))}</span>
                    </span>
                    <span className={styles.message}>{shortTask(c.text)}</span>
                  </button>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      {card.areas.length > 0 && (
        <section aria-labelledby={chartId} className={styles.section}>
          <Heading level={sub} id={chartId} className={styles.unitHeading}>
            {s.chartTitle}
          </Heading>
          {drawn.length > 0 && <LostChart areas={drawn} t={t} lang={lang} />}
          {notDrawn.length > 0 && <p className={styles.muted}>{s.notDrawn(notDrawn.map(areaTitle).join('; '))}</p>}
        </section>
      )}
    </section>
  );
}

export interface ScoreLayerButtonsProps {
  t: Strings;
  busy: boolean;
  /** The checked sheet has the score columns: the first button updates them. */
  update: boolean;
  /** The workbook has score columns (on this sheet or another): offer to remove them. */
  removable: boolean;
  onInsert: () => void;
  onRemove: () => void;
}

/** The score columns' buttons (scoreOperations.ts), given to the section as its `layerActions`. */
export function ScoreLayerButtons({ t, busy, update, removable, onInsert, onRemove }: ScoreLayerButtonsProps) {
  return (
    <>
      <Button icon={<TableAdd16Regular />} disabledFocusable={busy} onClick={onInsert}>
        {update ? t.score.update : t.score.insert}
      </Button>
      {removable && (
        <Button icon={<Delete16Regular />} disabledFocusable={busy} onClick={onRemove}>
          {t.score.remove}
        </Button>
      )}
    </>
  );
}

// Chart geometry, in SVG user units (about CSS pixels at the pane's 320 px).
const WIDTH = 300;
const ROW = 36;
const NAME_SIZE = 11;
const LABEL_SIZE = 12;
const BAR_HEIGHT = 14;
/** Room right of the longest bar for its value ("4,196"). */
const VALUE_ROOM = 44;
/** About the characters of an area's name that fit across the chart at NAME_SIZE. */
const NAME_CHARS = 46;

/** Points lost per area: one row per area, its name above a bar labelled with its code and value. */
function LostChart({ areas, t, lang }: { areas: AreaLoss[]; t: Strings; lang: Lang }) {
  const own = useScoreStyles();
  const s = t.score;
  const codeRoom = Math.max(18, ...areas.map((a) => (a.code ?? '').length * 8 + 8));
  const barRoom = WIDTH - codeRoom - VALUE_ROOM;
  // Negative losses (a score above its maximum, flagged by the checker) draw no bar.
  const longest = Math.max(0, ...areas.map((a) => a.lost!));
  const height = areas.length * ROW + 4;
  const label = s.chartLabel(areas.map((a) => s.chartItem(areaTitle(a), formatScore(a.lost!, lang))).join('; '));
  return (
    <svg className={own.chart} viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height} role="img" aria-label={label} data-testid="score-chart">
      {areas.map((a, i) => {
        const y = i * ROW;
        const w = longest > 0 ? (Math.max(0, a.lost!) / longest) * barRoom : 0;
        const barY = y + NAME_SIZE + 6;
        const textY = barY + BAR_HEIGHT - 3;
        return (
          <g key={a.row} data-row={a.row}>
            <text className={own.name} x={codeRoom} y={y + NAME_SIZE + 1} fontSize={NAME_SIZE}>
              {shortTask(a.name, NAME_CHARS)}
            </text>
            <text className={own.code} x={codeRoom - 6} y={textY} fontSize={LABEL_SIZE} textAnchor="end">
              {a.code ?? '•'}
            </text>
            <rect className={own.bar} x={codeRoom} y={barY} width={w} height={BAR_HEIGHT} rx={2} />
            <text className={own.amount} x={codeRoom + w + 4} y={textY} fontSize={LABEL_SIZE}>
              {formatScore(a.lost!, lang)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
