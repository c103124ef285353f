/**
 * A criterion's name as a reader wants it, from the criterion cell: without the outline number or bullet
 * in front, the "Tiêu chí thành phần 1.4:" the code already says, and the score written after it
 * ("(6,5/10 điểm)", ": 01/2,5 điểm." and what follows). Shared by the pane's score card and the plan
 * document.
 */
export function plainName(text: string): string {
  const s = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:[-–•+*]\s*|\d+(?:\.\d+)*\.\s+|\d+(?:\.\d+)+\s+)/, '')
    .replace(/^(?:tại\s+)?tiêu chí(?:\s+thành phần)?\s+\d+(?:\.\d+)*\s*[.:]?\s*/iu, '')
    .replace(/\s*[:(]?\s*\d+(?:[.,]\d+)?\s*\/\s*\d+(?:[.,]\d+)?\s*điểm.*$/iu, '')
    .replace(/[\s.:;,~]+$/, '');
  return s || text.trim();
}
