/**
 * Owner and coordinator cells → a list of units. Separators: line breaks, ";", leading "-"/"+",
 * commas and "và" — but only where the next piece starts a new unit: "Phòng Lao động, Thương binh
 * và Xã hội", "Văn phòng HĐND và UBND huyện" and "Các phòng, đơn vị" stay one unit each.
 */
import { fold, isLowerLetter } from '../text/normalize';

/** Words a unit name starts with (folded). */
const UNIT_HEADS = [
  'phong', 'van phong', 'vp', 'so', 'ban', 'trung tam', 'tt', 'ttr', 'thanh tra', 'ubnd', 'uy ban', 'hdnd',
  'cac', 'tat ca', 'chi cuc', 'cuc', 'bo', 'hoi dong', 'dang', 'dang uy', 'cong an', 'kho bac', 'doan', 'hoi',
  'to', 'bo phan', 'don vi', 'co quan', 'lanh dao', 'giam doc', 'pho giam doc', 'chu tich', 'pho chu tich',
  'truong', 'benh vien', 'tram', 'doi', 'hat', 'quy', 'vien', 'thuong truc', 'mttq', 'mat tran', 'lien doan',
  'cong ty', 'xa', 'phuong', 'thi tran', 'huyen', 'tinh', 'thanh pho', 'ub', 'bcd', 'cvp', 'pcvp', 'ttpvhcc',
  'bhxh', 'bao hiem', 'chi nhanh', 'ngan hang', 'toa an', 'vien kiem sat', 'ca', 'ddbqh', 'tinh uy', 'huyen uy',
  'thi uy', 'thanh uy', 'cong doan', 'chi bo', 'ky thuat', 'bqlda', 'ban quan ly', 'nha', 'the', 'nguoi',
  'can bo', 'cong chuc', 'vien chuc', 'ccvc', 'cbcc', 'ke toan', 'thu quy', 'van thu', 'may', 'hoi nong dan',
];
const HEAD_RE = new RegExp(`^(${UNIT_HEADS.map((h) => h.replace(/ /g, '\\s')).join('|')})(\\b|$)`);

/** Annotations that are not part of a unit's name: "(B/c)", "(chủ trì)". */
const ANNOTATION = /\s*\((b\/c|bc|bao cao|chu tri|phoi hop|tong hop|th|t\/h|thuc hien)\)\s*/gi;

function startsUnit(piece: string): boolean {
  const f = fold(piece);
  if (/^xa hoi\b/.test(f)) return false; // "… và Xã hội" is part of a name
  return HEAD_RE.test(f);
}

function stripAnnotations(piece: string): string {
  // Folded matching on the original text keeps diacritics in what remains.
  return piece.replace(/\s*\(([^()]{1,14})\)\s*$/u, (all, inner: string) =>
    new RegExp(ANNOTATION.source, 'i').test(` (${fold(inner)}) `) ? '' : all,
  );
}

function cleanPiece(piece: string): string {
  return stripAnnotations(piece.replace(/^[\s'\-+•–—*·]+/, '').replace(/[\s.;,]+$/, '').trim()).trim();
}

export function parseUnits(text: string): string[] {
  if (!text) return [];
  const units: string[] = [];
  for (const line of splitBullets(text)) {
    const commaPieces = line.split(',');
    let current = '';
    for (const raw of commaPieces) {
      const piece = raw.trim();
      if (!piece) continue;
      if (current && !joinsPrevious(current, piece)) {
        units.push(...splitOnVa(current));
        current = piece;
      } else {
        current = current ? `${current}, ${piece}` : piece;
      }
    }
    if (current) units.push(...splitOnVa(current));
  }
  return units.map(cleanPiece).filter((u) => u.length > 0 && !/^[-+.]+$/.test(u));
}

/**
 * Lines, ";"-separated parts and bullets. A dash inside a line starts a new bullet only when a unit
 * name follows: "- Phòng A - Phòng B" is two units, "Phòng Kế hoạch - Tài chính" one.
 */
function splitBullets(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[;\n\r]+/)) {
    const pieces = part.split(/\s[-+•–]\s*(?=\p{Lu})/u);
    let current = pieces[0]!;
    for (let i = 1; i < pieces.length; i++) {
      if (startsUnit(pieces[i]!)) {
        out.push(current);
        current = pieces[i]!;
      } else {
        current = `${current} - ${pieces[i]}`;
      }
    }
    out.push(current);
  }
  return out;
}

/** A comma piece that does not start a unit continues the one before ("Lao động, Thương binh"). */
function joinsPrevious(previous: string, piece: string): boolean {
  const f = fold(piece);
  // A lower-case piece after a plural "các …" continues its list: "Các phòng, đơn vị", "UBND các xã, thị trấn".
  if (/\b(cac|tat ca)\b/.test(fold(previous)) && !/^(cac|tat ca)\b/.test(f) && isLowerLetter(piece[0]!)) return true;
  return !startsUnit(cleanPiece(piece));
}

function splitOnVa(text: string): string[] {
  const parts = text.split(/\s+(?:và|va)\s+/i);
  if (parts.length === 1) return [text];
  const out: string[] = [parts[0]!];
  for (let i = 1; i < parts.length; i++) {
    const prev = out[out.length - 1]!;
    const piece = parts[i]!;
    const compound = /\bhdnd$/.test(fold(prev)) && /^ubnd\b/.test(fold(piece));
    if (!compound && startsUnit(piece)) out.push(piece);
    else out[out.length - 1] = `${prev} và ${piece}`;
  }
  return out;
}

/** "Các phòng chuyên môn", "Các đơn vị": legitimate, but nobody in particular is accountable. */
export function isCollectiveUnit(unit: string): boolean {
  return /^(cac|tat ca)\b/.test(fold(unit));
}
