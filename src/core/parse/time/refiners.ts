import type { Component, PointComponent } from './components';

/**
 * Stage 3: refiners. Each takes the components of one text (sorted by position after the first) and
 * settles how they combine, looking at the text between them ("đến", ",", "kể từ").
 */
export type Refiner = (components: Component[], text: string) => Component[];

function byPosition(a: Component, b: Component): number {
  return a.index - b.index || b.end - a.end;
}

/**
 * Overlapping results: keep the one that starts first, and of those the longest ("tháng 7 năm 2024" over
 * "năm 2024"; "Thường xuyên trong năm" over "trong năm"; a cited document over its date).
 * Then drop the cited-document components: they only hide their dates.
 */
export const removeOverlaps: Refiner = (components) => {
  const n = components.length;
  let clean = true; // already in order, without overlaps or documents (the usual case)
  for (let i = 0; i < n && clean; i++) {
    const c = components[i]!;
    if (c.type === 'document' || (i > 0 && c.index < components[i - 1]!.end)) clean = false;
  }
  if (clean) return components;
  components.sort(byPosition);
  const kept: Component[] = [];
  let lastEnd = -1;
  for (const c of components) {
    if (c.index < lastEnd) continue;
    lastEnd = c.end;
    if (c.type !== 'document') kept.push(c);
  }
  return kept;
};

/** Between items of a list or a range: "Tháng 4, tháng 6/2024", "từ tháng 3 đến tháng 6/2024". */
const LIST_GAP = /^ ?(?:[,;&+-]|va|, va|den|toi|hoac|den het|cho den)? ?$/;
/** Between the ends of a range: "01/01/2017 đến 25/12/2017", "tháng 3 - tháng 6". */
const RANGE_GAP = /^ ?(?:-|den|toi|cho den|den het) ?$/;
/** Before a start: "Kể từ ngày", "Thời gian thực hiện kể từ", "bắt đầu từ ngày", "từ tháng". */
const FROM_BEFORE = /(?:^|[^a-z])(?:ke tu|bat dau(?: tu)?|tu|sau)(?: ngay)? ?$/;

function isPoint(c: Component | undefined): c is PointComponent {
  return c !== undefined && c.type === 'point';
}

/**
 * A year stated on one item of a list or range applies to its neighbours that have none:
 * "Quý I, quý II/2024", "từ tháng 3 đến tháng 6/2024", "từ 10/11 đến 20/12/2024".
 */
export const fillYearsFromNeighbours: Refiner = (components, text) => {
  const n = components.length;
  if (n < 2) return components;
  for (let i = n - 2; i >= 0; i--) {
    const a = components[i];
    const b = components[i + 1];
    if (isPoint(a) && isPoint(b) && a.year === null && b.year !== null && LIST_GAP.test(text.slice(a.end, b.index))) {
      a.year = b.year;
      a.yearFilled = true;
    }
  }
  for (let i = 1; i < n; i++) {
    const a = components[i - 1];
    const b = components[i];
    if (isPoint(a) && isPoint(b) && b.year === null && a.year !== null && LIST_GAP.test(text.slice(a.end, b.index))) {
      b.year = a.yearTo ?? a.year;
      b.yearFilled = true;
    }
  }
  return components;
};

/**
 * "Từ ngày 01/01/2017 đến 25/12/2017", "từ tháng 3 đến tháng 6/2024", "tháng 3 - tháng 6": the first point is
 * the start, the second the deadline. A start whose year was borrowed from the end and falls after it
 * belongs to the year before ("từ tháng 11 đến tháng 2/2025").
 */
export const mergeRanges: Refiner = (components, text) => {
  for (let i = 0; i + 1 < components.length; i++) {
    const a = components[i];
    const b = components[i + 1];
    if (!isPoint(a) || !isPoint(b) || a.role !== 'deadline' || a.span) continue;
    const gap = b.index - a.end;
    if (gap < 1 || gap > 9 || !RANGE_GAP.test(text.slice(a.end, b.index))) continue;
    a.role = 'rangeStart';
    b.role = 'rangeEnd';
    const first = a.parts[0]!;
    const last = b.parts[b.parts.length - 1]!;
    if (a.yearFilled && a.year !== null && a.year === b.year && first.m1 * 32 + first.d1 > last.m2 * 32 + (last.d2 || 31)) {
      a.year -= 1;
    }
    i++;
  }
  return components;
};

/** Quick check before FROM_BEFORE: the text before `index` ends in "u" or "y" ("từ", "sau", "ngày"), then a space or not. */
function mayFollowFrom(text: string, index: number): boolean {
  let c = text.charCodeAt(index - 1);
  if (c === 32) c = text.charCodeAt(index - 2);
  return c === 117 /* u */ || c === 121 /* y */;
}

/** "Kể từ ngày 01/7/2024", "bắt đầu từ ngày 10/11", "từ tháng 7/2024": a start, not a deadline. */
export const markStarts: Refiner = (components, text) => {
  let previousEnd = 0;
  for (const c of components) {
    if (c.type === 'point' && c.role === 'deadline' && !c.span && c.index > 1 && mayFollowFrom(text, c.index)) {
      if (FROM_BEFORE.test(text.slice(previousEnd, c.index))) c.role = 'start';
    }
    previousEnd = c.end;
  }
  return components;
};

export const TIME_REFINERS: readonly Refiner[] = [removeOverlaps, fillYearsFromNeighbours, mergeRanges, markStarts];
