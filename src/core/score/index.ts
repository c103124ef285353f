/** Scores: reading them (parse, prose), nesting criteria under areas, per-row figures, and where they contradict each other. */
export { differs, formatScore, halfUnit, localNumbers, ownDecimals, roundTo } from './number';
export { parseScore, parseScoreText, SCORE_CEILING, type Score } from './parse';
export { codesInText, scoresInText, type CriterionCodes, type ProseScores } from './prose';
export { FIELD_ROLE, lostOf, SCORE_FIELDS, scoreRows, scoreSheet, type ScoreEntry, type ScoreField, type ScoreRow, type ScoreSheet } from './rows';
export { scoreMismatches, shownDecimals, type MismatchKind, type ScoreMismatch } from './reconcile';
