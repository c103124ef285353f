import { lastSegment, sameStyle, siblingGroups } from './stt-outline';
import type { Rule } from './types';

export const sttGap: Rule = {
  id: 'stt-gap',
  title: { vi: 'STT bị nhảy số', en: 'Skipped STT numbers' },
  severity: 'info',
  message: {
    vi: (d) => `STT nhảy từ ${d.previous} sang ${d.stt} (thiếu ${d.missing}).`,
    en: (d) => `The numbering jumps from ${d.previous} to ${d.stt} (${d.missing} missing).`,
  },
  help: {
    vi: 'Số bị bỏ qua có thể là dòng đã xoá. Nếu bảng dùng mã tiêu chí làm STT (chỉ liệt kê tiêu chí bị trừ điểm) thì không cần sửa.',
    en: 'A skipped number may be a deleted row. If the table uses criterion codes as STT (listing only the criteria that lost points) nothing needs fixing.',
  },
  check(ctx) {
    const groups = siblingGroups(ctx.rows);
    // Criterion codes used as STT ("1.4" as the first child of "1") make gaps normal: say nothing.
    for (const [parent, list] of groups) {
      const first = list.find((m) => m.stt.kind === 'number');
      if (parent && first && lastSegment(first) > 1) return;
    }
    const col = ctx.layout.columns.get('stt');
    for (const list of groups.values()) {
      for (const style of sameStyle(list)) {
        if (style[0]!.stt.kind === 'letter') continue;
        for (let i = 1; i < style.length; i++) {
          const prev = style[i - 1]!;
          const m = style[i]!;
          const a = lastSegment(prev);
          const b = lastSegment(m);
          if (b <= a + 1) continue;
          const prefix = m.stt.segments.slice(0, -1).join('.');
          const name = (n: number) => (m.stt.kind === 'roman' ? toRoman(n) : prefix ? `${prefix}.${n}` : String(n));
          const missing = b - a === 2 ? name(a + 1) : `${name(a + 1)}–${name(b - 1)}`;
          ctx.report({ row: m.row, col, role: 'stt', data: { stt: m.stt.text, previous: prev.stt.text, missing } });
        }
      }
    }
  },
};

function toRoman(n: number): string {
  const parts: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let s = '';
  for (const [v, r] of parts) while (n >= v) { s += r; n -= v; }
  return s;
}
