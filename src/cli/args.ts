/** Command-line arguments of `cchc`, parsed without dependencies. */
import { isIsoCalendarDate } from '../core/dates';

export interface CliArgs {
  command: 'check' | 'fix' | 'annotate' | 'sections' | 'help' | 'version';
  file?: string;
  out?: string;
  sheet?: string;
  planDate?: string;
  asOf?: string;
  json: boolean;
  lang: 'vi' | 'en';
  only?: string[];
  /** fix may write onto its input (after keeping a backup). */
  overwrite: boolean;
  /** annotate: remove the tracking layer instead of adding it. */
  remove?: boolean;
  /** sections: also write the plan as a Word document here. */
  docx?: string;
  /** sections: also insert the standard appendix sheet. */
  appendix?: boolean;
}

export class UsageError extends Error {}

const VALUE_FLAGS = new Set(['--sheet', '--plan-date', '--as-of', '--lang', '--only', '--out', '--docx']);

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { command: 'help', json: false, lang: 'vi', overwrite: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') return { ...args, command: 'help' };
    if (a === '--version' || a === '-v') return { ...args, command: 'version' };
    if (a === '--json' || a === '--overwrite' || a === '--remove' || a === '--appendix') {
      if (a === '--json') args.json = true;
      else if (a === '--remove') args.remove = true;
      else if (a === '--appendix') args.appendix = true;
      else args.overwrite = true;
      continue;
    }
    const eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    if (VALUE_FLAGS.has(flag)) {
      const value = eq > 0 && a.startsWith('--') ? a.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new UsageError(`thiếu giá trị cho ${flag}`);
      setFlag(args, flag, value);
      continue;
    }
    if (a.startsWith('-')) throw new UsageError(`không hiểu tuỳ chọn ${a}`);
    positional.push(a);
  }
  const [command, file, ...rest] = positional;
  if (!command) return args;
  if (command !== 'check' && command !== 'fix' && command !== 'annotate' && command !== 'sections') throw new UsageError(`không có lệnh “${command}” (dùng check, fix, annotate hoặc sections)`);
  if (rest.length) throw new UsageError(`thừa tham số: ${rest.join(' ')}`);
  if (!file) throw new UsageError(`lệnh ${command} cần tên tệp .xlsx`);
  if ((command === 'fix' || command === 'annotate' || command === 'sections') && !args.out) throw new UsageError(`lệnh ${command} cần --out TỆP_RA.xlsx`);
  if (args.remove && command !== 'annotate') throw new UsageError('--remove chỉ dùng với lệnh annotate');
  if ((args.docx !== undefined || args.appendix) && command !== 'sections') throw new UsageError(`${args.docx !== undefined ? '--docx' : '--appendix'} chỉ dùng với lệnh sections`);
  if (args.docx !== undefined && !/\.docx$/i.test(args.docx)) throw new UsageError(`--docx cần tên tệp .docx, không phải “${args.docx}”`);
  return { ...args, command, file };
}

function setFlag(args: CliArgs, flag: string, value: string): void {
  switch (flag) {
    case '--sheet':
      args.sheet = value;
      break;
    case '--out':
      args.out = value;
      break;
    case '--docx':
      args.docx = value;
      break;
    case '--plan-date':
    case '--as-of':
      if (!isIsoCalendarDate(value)) throw new UsageError(`${flag} cần ngày dạng YYYY-MM-DD, không phải “${value}”`);
      if (flag === '--plan-date') args.planDate = value;
      else args.asOf = value;
      break;
    case '--lang':
      if (value !== 'vi' && value !== 'en') throw new UsageError('--lang chỉ nhận vi hoặc en');
      args.lang = value;
      break;
    case '--only':
      args.only = value.split(',').map((s) => s.trim()).filter(Boolean);
      break;
  }
}

export const USAGE = `cchc — kiểm tra phụ lục kế hoạch khắc phục Chỉ số CCHC

Cách dùng:
  cchc check TỆP.xlsx [--sheet TÊN] [--plan-date YYYY-MM-DD] [--as-of YYYY-MM-DD] [--json] [--lang vi|en]
  cchc fix   TỆP.xlsx --out TỆP_RA.xlsx [--sheet TÊN] [--only MÃ,MÃ] [--json] [--overwrite]
  cchc annotate TỆP.xlsx --out TỆP_RA.xlsx [--sheet TÊN] [--as-of YYYY-MM-DD] [--plan-date YYYY-MM-DD] [--json] [--remove]
  cchc sections TỆP.xlsx --out TỆP_RA.xlsx [--docx TỆP.docx] [--appendix] [--sheet TÊN] [--plan-date YYYY-MM-DD] [--json]

annotate chèn cột theo dõi hạn (Hạn hoàn thành, Cảnh báo, Đơn vị theo dõi), ô NgayDanhGia (=TODAY(), hoặc
ngày --as-of) và trang “Tổng hợp tiến độ”; chạy lại thì cập nhật, --remove thì gỡ đúng những gì đã chèn.

sections chèn trang “Kế hoạch” (các phần của kế hoạch khắc phục theo Nghị định 30/2020/NĐ-CP, điền từ bảng
và trang “Thông tin kế hoạch”), --appendix thêm trang phụ lục mẫu, --docx ghi kế hoạch và phụ lục ra tệp Word.

fix không ghi đè tệp đầu vào, trừ khi có --overwrite (khi đó bản gốc được giữ lại thành TÊN.bak.xlsx).
Mã thoát: 0 không có lỗi; 1 có lỗi; 2 không dùng được tệp đầu vào hoặc không ghi được tệp ra.`;
