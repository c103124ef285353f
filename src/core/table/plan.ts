/**
 * The plan's date and year, read from the title lines: "(Kèm theo Kế hoạch số 19/KH-SCT, ngày
 * 31/3/2022 …)", or a year in a title ("… TRONG NĂM 2024"). Times like "Tháng 6" are read in that year.
 */
import { findDates } from '../parse/time';
import { fold } from '../text/normalize';

export interface PlanInfo {
  /** ISO date of the plan, when a title line gives one. */
  date: string | null;
  year: number | null;
  /** Last day of the plan's period (31/12 of its year, or of the last year of a "giai đoạn"). */
  periodEnd: string | null;
  /** True when the year was not found and the as-of year is used instead. */
  yearAssumed: boolean;
}

export function readPlan(titleLines: string[], override: string | null | undefined, asOf: string): PlanInfo {
  let date: string | null = override ?? null;
  const text = titleLines.join('\n');
  if (!date) {
    for (const line of titleLines) {
      const f = fold(line);
      if (!/(ke hoach|kem theo|ngay|ban hanh)/.test(f)) continue;
      const dates = findDates(line, { planYear: null });
      if (dates.length) {
        date = dates[dates.length - 1]!;
        break;
      }
    }
  }
  const folded = fold(text);
  if (!date) {
    // A draft leaves the day blank: "Cao Lộc, ngày   tháng 5 năm 2024". The month is enough to judge deadlines.
    const m = /ngay\s*(?:\.{2,}|…)?\s*thang (\d{1,2}) nam (\d{4})/.exec(folded);
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) date = `${m[2]}-${m[1]!.padStart(2, '0')}-01`;
  }
  const years = [...folded.matchAll(/\bnam (\d{4})\b/g)].map((m) => Number(m[1]));
  const range = /giai doan (\d{4})\s*[-–]\s*(\d{4})/.exec(folded);
  let year: number | null = date ? Number(date.slice(0, 4)) : null;
  if (year !== null) {
    // A plan signed in December for the next year says so in its title.
    if (years.includes(year + 1)) year += 1;
  } else if (years.length) {
    const inYear = /trong nam (\d{4})/.exec(folded);
    // "Khắc phục … chỉ số CCHC năm 2023": the remediation happens the year after the assessment.
    year = inYear ? Number(inYear[1]) : /khac phuc/.test(folded) && years.length === 1 ? years[0]! + 1 : Math.max(...years);
  }
  const yearAssumed = year === null;
  if (year === null) year = Number(asOf.slice(0, 4));
  const endYear = range ? Math.max(year, Number(range[2])) : year;
  return { date, year, periodEnd: `${endYear}-12-31`, yearAssumed };
}
