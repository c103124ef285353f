/**
 * Synthetic appendix tables for the benchmark and the precision test: deterministic (seeded PRNG),
 * shaped like real remediation-plan appendices (see docs/domain.md), of any number of data rows.
 *
 * Sheet layout (anchored at A1):
 *   rows 1–4  title lines, merged across A:F in the workbook ("PHỤ LỤC", the title, "(Kèm theo Kế hoạch …)")
 *   row 5     header: STT | Nội dung | Đơn vị chủ trì | Sản phẩm | Thời gian | Tình trạng
 *   row 6…    exactly N data rows: Roman sections (I … XX, then caps headings without numbers),
 *             numbered groups "1" with items "1.1" (as text mostly), "-"/"+" detail rows (italic),
 *             sections of plain numbered items, groups whose owner is merged down over their items.
 *
 * Problems are injected at a few percent and returned with the table (code and cell of the finding the
 * checker should raise), so that a test can compare the checker's findings with them exactly:
 * numeric STT (stt-number-coerced), missing owner/product/time, "<i>" markup, a stray leading apostrophe,
 * double spaces, blank rows, unreadable times ("Sớm"), duplicate STT.
 * Everything else the generator writes is meant to be clean: the checker should raise nothing on it except
 * the infos `time-no-deadline` (for "Thường xuyên", "Theo yêu cầu …") and `stt-gap`/`row-blank`.
 */
import ExcelJS from 'exceljs';
import type { CellRange, RawValue, SheetSnapshot } from '../src/core/snapshot';

// ---------------------------------------------------------------------------------------------------------
// PRNG (mulberry32): fast, 32-bit state, same sequence on every platform.

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------------------
// Vocabulary. All strings NFC (normalised once at load, in case an editor decomposed them).

const nfc = (list: string[]): string[] => list.map((s) => s.normalize('NFC'));

export const TITLE_LINES = nfc([
  'PHỤ LỤC',
  'KẾ HOẠCH KHẮC PHỤC NHỮNG TỒN TẠI, HẠN CHẾ',
  'TRONG CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2023',
  '(Kèm theo Kế hoạch số 19/KH-SCT ngày 31/3/2024 của Sở Công Thương)',
]);

export const HEADERS = nfc(['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Thời gian', 'Tình trạng']);
export const WIDTH = HEADERS.length;
export const HEADER_ROW = TITLE_LINES.length + 1;
export const FIRST_DATA_ROW = HEADER_ROW + 1;

/** Column indexes (0-based) and letters. */
const C_STT = 0;
const C_CRIT = 1;
const C_OWNER = 2;
const C_PRODUCT = 3;
const C_TIME = 4;
const C_STATUS = 5;
const LETTERS = 'ABCDEF';

const SECTIONS = nfc([
  'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH',
  'CẢI CÁCH THỂ CHẾ',
  'CẢI CÁCH THỦ TỤC HÀNH CHÍNH',
  'CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC',
  'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ',
  'CẢI CÁCH TÀI CHÍNH CÔNG',
  'XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ',
  'TÁC ĐỘNG CỦA CẢI CÁCH HÀNH CHÍNH ĐẾN NGƯỜI DÂN, TỔ CHỨC',
  'CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC ĐỐI VỚI SỰ PHỤC VỤ CỦA CƠ QUAN HÀNH CHÍNH (SIPAS)',
]);

const GROUPS = nfc([
  'Kế hoạch cải cách hành chính năm của cơ quan',
  'Công tác tuyên truyền cải cách hành chính',
  'Kiểm tra công tác cải cách hành chính tại các đơn vị trực thuộc',
  'Thực hiện chế độ báo cáo định kỳ về cải cách hành chính',
  'Công tác theo dõi thi hành pháp luật',
  'Rà soát, hệ thống hóa văn bản quy phạm pháp luật',
  'Kiểm soát thủ tục hành chính',
  'Công khai thủ tục hành chính',
  'Thực hiện cơ chế một cửa, một cửa liên thông',
  'Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức',
  'Thực hiện quy định về tổ chức bộ máy',
  'Thực hiện quy định về sử dụng biên chế',
  'Tuyển dụng, sử dụng và quản lý công chức, viên chức',
  'Đánh giá, xếp loại công chức, viên chức',
  'Chấp hành kỷ luật, kỷ cương hành chính',
  'Thực hiện cơ chế tự chủ tài chính tại đơn vị sự nghiệp công lập',
  'Ứng dụng công nghệ thông tin trong hoạt động của cơ quan',
  'Cung cấp dịch vụ công trực tuyến',
  'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
  'Thanh toán trực tuyến phí, lệ phí thủ tục hành chính',
  'Áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015',
]);

const GROUP_SUFFIXES = nfc([
  ' (đạt 1,5/2 điểm)',
  ' (đạt 0,5/1 điểm)',
  ': bị trừ 0,25 điểm',
  ' chưa đạt điểm tối đa',
  ' (thẩm định đạt 2/3 điểm)',
  ' của Sở và các đơn vị trực thuộc',
]);

const VERBS = nfc([
  'Xây dựng và ban hành',
  'Tổ chức triển khai thực hiện',
  'Tăng cường',
  'Rà soát, cập nhật',
  'Đẩy mạnh',
  'Nâng cao chất lượng',
  'Thực hiện nghiêm',
  'Chỉ đạo, đôn đốc',
  'Kiểm tra, giám sát',
  'Công khai đầy đủ',
  'Tổ chức tập huấn, bồi dưỡng về',
  'Theo dõi, tổng hợp và báo cáo',
  'Tham mưu ban hành',
  'Duy trì, cải tiến',
  'Quán triệt, phổ biến',
  'Đôn đốc, hướng dẫn',
]);

const OBJECTS = nfc([
  'kế hoạch cải cách hành chính năm 2024 của Sở',
  'công tác tuyên truyền cải cách hành chính trên Trang thông tin điện tử',
  'danh mục thủ tục hành chính thuộc thẩm quyền giải quyết',
  'việc tiếp nhận hồ sơ trực tuyến toàn trình trên Cổng Dịch vụ công',
  'việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
  'tỷ lệ hồ sơ giải quyết trước và đúng hạn',
  'chế độ báo cáo định kỳ về công tác cải cách hành chính',
  'việc tiếp nhận, xử lý phản ánh, kiến nghị của người dân, doanh nghiệp',
  'quy chế làm việc của cơ quan',
  'văn bản quy phạm pháp luật thuộc lĩnh vực quản lý của ngành',
  'công tác đánh giá, xếp loại công chức, viên chức',
  'kỷ luật, kỷ cương hành chính trong thực thi công vụ',
  'việc sử dụng chữ ký số trong gửi, nhận văn bản điện tử',
  'hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015',
  'vị trí việc làm và cơ cấu ngạch công chức',
  'phương án đơn giản hóa thủ tục hành chính',
  'việc thanh toán trực tuyến phí, lệ phí',
  'hoạt động của Bộ phận Một cửa',
  'việc khảo sát mức độ hài lòng của người dân, tổ chức',
  'nội dung kiểm tra công tác cải cách hành chính',
]);

const QUALIFIERS = nfc([
  ' theo đúng quy định',
  ' đảm bảo chất lượng, đúng thời gian quy định',
  ' tại Bộ phận Một cửa',
  ' nhằm khắc phục những tồn tại, hạn chế đã được chỉ ra',
  ', đảm bảo 100% hồ sơ được cập nhật đầy đủ',
  ' trong năm 2024',
  ' trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh',
  ', gắn với trách nhiệm người đứng đầu',
  ' theo hướng dẫn của Sở Nội vụ',
  ', kịp thời phát hiện và xử lý vướng mắc phát sinh',
]);

const DETAILS = nfc([
  'Tỷ lệ hồ sơ giải quyết trước và đúng hạn đạt trên 98%',
  'Đăng tải đầy đủ thông tin trên Trang thông tin điện tử của Sở',
  '100% thủ tục hành chính được công khai đúng quy định',
  'Tài liệu kiểm chứng: kế hoạch, báo cáo kết quả thực hiện',
  'Tổ chức ít nhất 01 hội nghị tập huấn cho công chức làm đầu mối',
  'Cập nhật kịp thời các quyết định công bố thủ tục hành chính mới',
  'Báo cáo đúng hạn, đầy đủ nội dung theo đề cương hướng dẫn',
  'Kiểm tra ít nhất 30% đơn vị trực thuộc trong năm',
  'Phản hồi 100% phản ánh, kiến nghị trong thời hạn quy định',
  'Số hóa 100% kết quả giải quyết thủ tục hành chính còn hiệu lực',
  'Mức độ hài lòng của người dân, tổ chức đạt từ 95% trở lên',
  'Không để xảy ra trường hợp xin lỗi do giải quyết hồ sơ quá hạn',
]);

export const OWNERS = nfc([
  'Văn phòng',
  'Thanh tra',
  'Phòng Kế hoạch - Tài chính',
  'Trung tâm Phục vụ hành chính công',
  'Các phòng chuyên môn',
  'Văn phòng, các phòng',
  'Văn phòng Sở',
  'Phòng Quản lý công nghiệp',
  'Phòng Quản lý thương mại',
  'Phòng Quản lý năng lượng',
  'Phòng Kỹ thuật an toàn - Môi trường',
  'Chi cục Quản lý thị trường',
  'Trung tâm Khuyến công và Xúc tiến thương mại',
  'Phòng Tổ chức - Hành chính',
  'Bộ phận Một cửa',
  'Các phòng, đơn vị',
  'Lãnh đạo Sở',
  'Phòng Pháp chế',
  'Văn phòng; Thanh tra',
  'VP',
  'TTr',
  'Phòng Quản lý xuất nhập khẩu',
  'Phòng Nội vụ',
  'Phòng Tư pháp',
  'Phòng Văn hóa và Thông tin',
  'UBND các xã, thị trấn',
  'Văn phòng HĐND và UBND',
  'Phòng Lao động, Thương binh và Xã hội',
  'Trung tâm Phục vụ hành chính công; Văn phòng',
  'Văn phòng (B/c)',
]);

export const PRODUCTS = nfc([
  'Kế hoạch',
  'Báo cáo',
  'Biên bản',
  'Công văn',
  'Báo cáo, Công văn',
  'Kế hoạch, Báo cáo',
  'Báo cáo, biên bản',
  'Quyết định',
  'Tờ trình',
  'Thông báo',
  'Văn bản chỉ đạo',
  'Quyết định công bố TTHC',
  'Công văn đôn đốc',
  'Báo cáo tự đánh giá',
  'Hướng dẫn',
  'Quy chế',
  'KH, BC',
  'Kế hoạch; Báo cáo kết quả',
]);

/** "Tin, bài" (news articles): a product of publicity tasks; one product with a comma in its name. */
export const NEWS_PRODUCT = 'Tin, bài'.normalize('NFC');

/** Time texts, all readable, all inside the plan period (31/3/2024 – 31/12/2024) or recurring/open. */
export const TIMES = nfc([
  'Tháng 4',
  'Tháng 5',
  'Tháng 6',
  'Tháng 9',
  'Tháng 12',
  'Tháng 6/2024',
  'tháng 10/2024',
  'Tháng 7 năm 2024',
  'Quý II',
  'Quý III',
  'Quý IV',
  'Quý III/2024',
  'quí IV',
  'Hàng tháng',
  'Hàng quý',
  'Hàng Quý',
  'Hàng năm',
  'Quý, năm',
  '6 tháng đầu năm',
  '9 tháng',
  '6 tháng cuối năm',
  'Trước 30/11/2024',
  'Trước ngày 15/6/2024',
  '15/7/2024',
  'hoàn thành trước 30/9/2024',
  'Thường xuyên',
  'Thường xuyên trong năm',
  'Trong năm 2024',
  'Năm 2024',
  'Trong năm',
  'Tháng 4, tháng 6, tháng 11',
  'Tháng 6, Tháng 12',
  'Theo yêu cầu của Sở Nội vụ',
  'Kể từ ngày 01/7/2024',
  'Thường xuyên trong năm, báo cáo kết quả trước 30/11/2024',
  'trước ngày 20 hàng tháng',
]);

/** Real Excel dates typed in the time column (ISO), shown dd/mm/yyyy. */
const DATE_TIMES = ['2024-06-30', '2024-09-15', '2024-11-30', '2024-12-20'];

export const UNREADABLE_TIMES = nfc(['Sớm', 'Kịp thời', 'Chưa xác định']);

/** Status values with their weights (null: blank = not done). */
const STATUSES: [string | null, number][] = [
  [null, 40],
  ['Hoàn thành', 20],
  ['Đang thực hiện', 20],
  ['Đã hoàn thành', 8],
  ['Chưa thực hiện', 7],
  ['Đã thực hiện', 5],
];
const STATUS_TOTAL = STATUSES.reduce((n, [, w]) => n + w, 0);

// ---------------------------------------------------------------------------------------------------------
// Rates (per item unless said otherwise).

const P_NUMERIC_STT = 0.02;
const P_MISSING_EACH = 0.007; // owner, product, time: ~2% of items miss one of them
const P_UNREADABLE_TIME = 0.006;
const P_DOUBLE_SPACE = 0.008;
const P_APOSTROPHE = 0.005;
const P_MARKUP = 0.005;
const P_DUPLICATE = 0.004; // after an item
const P_BLANK = 0.004; // after an item's block
const P_DETAIL_MARKUP = 0.03; // of detail rows
const P_DETAIL_APOSTROPHE = 0.01;
const P_DATE_CELL = 0.03;
const P_NEWS_PRODUCT = 0.01;

// ---------------------------------------------------------------------------------------------------------
// The table

export type InjectedCode =
  | 'stt-number-coerced'
  | 'stt-duplicate'
  | 'owner-missing'
  | 'product-missing'
  | 'time-missing'
  | 'time-unparsed'
  | 'text-markup'
  | 'text-stray-apostrophe'
  | 'text-whitespace'
  | 'row-blank';

export const INJECTED_CODES: readonly InjectedCode[] = [
  'stt-number-coerced',
  'stt-duplicate',
  'owner-missing',
  'product-missing',
  'time-missing',
  'time-unparsed',
  'text-markup',
  'text-stray-apostrophe',
  'text-whitespace',
  'row-blank',
];

/** A problem put into the table on purpose: the finding the checker should raise for it. */
export interface InjectedProblem {
  code: InjectedCode;
  /** 1-based sheet row and the A1 address of the finding's cell. */
  row: number;
  cell: string;
  /** What was written (for messages). */
  detail: string;
}

export type RowKindHint = 'section' | 'group' | 'item' | 'detail' | 'blank';

export interface SyntheticTable {
  seed: number;
  /** Number of data rows (rows under the header). */
  dataRows: number;
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  /** Every sheet row from A1: title lines, header, data; each WIDTH long. */
  rows: RawValue[][];
  /** Italic font per cell (detail rows). */
  italic: boolean[][];
  /** Number formats per cell ("General", or "dd/mm/yyyy" for real dates). */
  numFmt: string[][];
  /** Merged areas: the title lines across A:F, owners merged down over a group's items. */
  merges: CellRange[];
  /** What the generator meant each data row to be (index: sheet row − firstDataRow). */
  kinds: RowKindHint[];
  problems: InjectedProblem[];
}

const TITLE_MERGES: CellRange[] = TITLE_LINES.map((_, i) => ({ top: i + 1, left: 1, bottom: i + 1, right: WIDTH }));

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
function isoToSerial(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - EXCEL_EPOCH_MS) / 86_400_000);
}

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];

class Generator {
  readonly rows: RawValue[][] = [];
  readonly italic: boolean[][] = [];
  readonly numFmt: string[][] = [];
  readonly merges: CellRange[] = [...TITLE_MERGES];
  readonly kinds: RowKindHint[] = [];
  readonly problems: InjectedProblem[] = [];
  private data = 0;

  // Outline state.
  private sectionNo = 0;
  private sectionLeft = 0;
  private flat = true; // before the first section: plain numbered items
  private groupNo = 0;
  private groupLeft = 0;
  private itemNo = 0;
  private groupOwner: string | null = null;
  /** A group whose owner is typed once and merged down over its items. */
  private merge: { top: number; bottom: number } | null = null;

  constructor(
    private readonly n: number,
    private readonly rnd: () => number,
  ) {
    for (const t of TITLE_LINES) this.pushRaw([t, null, null, null, null, null]);
    this.pushRaw([...HEADERS]);
  }

  // --- random helpers
  private chance(p: number): boolean {
    return this.rnd() < p;
  }
  private int(lo: number, hi: number): number {
    return lo + Math.floor(this.rnd() * (hi - lo + 1));
  }
  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rnd() * list.length)]!;
  }
  /** A product; now and then "Tin, bài" (news items, the product of publicity tasks). */
  private product(): string {
    return this.chance(P_NEWS_PRODUCT) ? NEWS_PRODUCT : this.pick(PRODUCTS);
  }
  private status(): string | null {
    let x = this.rnd() * STATUS_TOTAL;
    for (const [s, w] of STATUSES) if ((x -= w) < 0) return s;
    return null;
  }

  // --- rows
  private pushRaw(values: RawValue[], italic = false): number {
    this.rows.push(values);
    this.italic.push(italic ? [false, true, false, false, false, false] : NO_ITALIC);
    this.numFmt.push(GENERAL);
    return this.rows.length;
  }
  private push(values: RawValue[], kind: RowKindHint, italic = false): number {
    this.data++;
    this.kinds.push(kind);
    return this.pushRaw(values, italic);
  }
  private get remaining(): number {
    return this.n - this.data;
  }
  private problem(code: InjectedCode, row: number, col: number, detail: string): void {
    this.problems.push({ code, row, cell: `${LETTERS[col]}${row}`, detail });
  }

  run(): void {
    while (this.remaining > 0) {
      const before = this.data;
      if ((this.sectionNo === 0 || this.sectionLeft <= 0) && this.remaining >= 2) {
        this.section();
      } else if (!this.flat && this.groupLeft <= 0 && this.remaining >= 2) {
        this.group();
        this.item();
      } else {
        this.item();
      }
      this.sectionLeft -= this.data - before;
    }
    this.closeMerge();
  }

  private section(): void {
    this.closeMerge();
    this.sectionNo++;
    const roman = ROMAN[this.sectionNo] ?? null; // past XX: a caps heading without a number
    this.push([roman, this.pick(SECTIONS), null, null, null, null], 'section');
    this.sectionLeft = this.int(15, 70);
    this.flat = this.remaining < 2 || this.chance(0.2);
    this.groupNo = 0;
    this.groupLeft = 0;
    this.itemNo = 0;
    this.groupOwner = null;
  }

  private group(): void {
    this.closeMerge();
    this.groupNo++;
    this.itemNo = 0;
    this.groupLeft = this.chance(0.15) ? this.int(7, 14) : this.int(1, 6);
    let text = this.pick(GROUPS);
    if (text.length < 40 || this.chance(0.4)) text += this.pick(GROUP_SUFFIXES);
    const stt: RawValue = this.chance(0.3) ? this.groupNo : String(this.groupNo);
    const r = this.rnd();
    this.groupOwner = r < 0.25 ? this.pick(OWNERS) : null;
    this.push([stt, text, this.groupOwner, null, null, null], 'group');
    // Some groups type their owner once and merge it down over their items.
    if (!this.groupOwner && r > 0.85) this.merge = { top: 0, bottom: 0 };
  }

  private closeMerge(): void {
    const m = this.merge;
    this.merge = null;
    if (m && m.top > 0 && m.bottom > m.top) this.merges.push({ top: m.top, left: C_OWNER + 1, bottom: m.bottom, right: C_OWNER + 1 });
  }

  private criterionText(): string {
    let t = `${this.pick(VERBS)} ${this.pick(OBJECTS)}`;
    if (t.length < 40 || this.chance(0.6)) t += this.pick(QUALIFIERS);
    if (t.length < 40) t += this.pick(QUALIFIERS);
    if (t.length > 200) t = t.slice(0, 200).replace(/[\s,]+\S*$/, '');
    return t;
  }

  /** One item (its own values, injected problem, details, a duplicate, a blank row after it). */
  private item(): void {
    this.itemNo++;
    this.groupLeft--;
    const grouped = !this.flat && this.groupNo > 0;
    const sttText = grouped ? `${this.groupNo}.${this.itemNo}` : String(this.itemNo);
    const row = this.rows.length + 1;
    const inMerge = this.merge !== null;
    const values: RawValue[] = [
      grouped || this.chance(0.6) ? sttText : this.itemNo,
      this.criterionText(),
      this.groupOwner && this.chance(0.7) ? null : this.pick(OWNERS),
      this.product(),
      this.pick(TIMES),
      this.status(),
    ];
    let dateCell = false;
    if (this.chance(P_DATE_CELL)) {
      values[C_TIME] = isoToSerial(this.pick(DATE_TIMES));
      dateCell = true;
    }
    if (inMerge) {
      const m = this.merge!;
      if (m.top === 0) {
        m.top = m.bottom = row;
      } else {
        values[C_OWNER] = null;
        m.bottom = row;
      }
    }
    // At most one injected problem per item.
    let coerced = false;
    let x = this.rnd();
    const take = (p: number) => (x -= p) < 0;
    if (take(P_NUMERIC_STT)) {
      if (grouped) {
        values[C_STT] = Number(sttText);
        coerced = true;
        this.problem('stt-number-coerced', row, C_STT, sttText);
      }
    } else if (take(P_MISSING_EACH)) {
      if (!this.groupOwner && !inMerge) {
        values[C_OWNER] = null;
        this.problem('owner-missing', row, C_OWNER, sttText);
      }
    } else if (take(P_MISSING_EACH)) {
      values[C_PRODUCT] = null;
      this.problem('product-missing', row, C_PRODUCT, sttText);
    } else if (take(P_MISSING_EACH)) {
      values[C_TIME] = null;
      dateCell = false;
      this.problem('time-missing', row, C_TIME, sttText);
    } else if (take(P_UNREADABLE_TIME)) {
      values[C_TIME] = this.pick(UNREADABLE_TIMES);
      dateCell = false;
      this.problem('time-unparsed', row, C_TIME, values[C_TIME] as string);
    } else if (take(P_DOUBLE_SPACE)) {
      const col = this.textColumn(values, true);
      values[col] = (values[col] as string).replace(' ', '  ');
      this.problem('text-whitespace', row, col, values[col] as string);
    } else if (take(P_APOSTROPHE)) {
      const col = this.textColumn(values);
      values[col] = `'${values[col] as string}`;
      this.problem('text-stray-apostrophe', row, col, values[col] as string);
    } else if (take(P_MARKUP)) {
      values[C_CRIT] = `${values[C_CRIT] as string} <i>(theo Kế hoạch số 19/KH-SCT)</i>`;
      this.problem('text-markup', row, C_CRIT, values[C_CRIT] as string);
    }
    this.push(values, 'item');
    if (dateCell) this.numFmt[row - 1] = DATE_FMT;

    // Detail rows under the item (not inside an owner merge: a merged owner would make them carry one).
    if (!inMerge && this.chance(0.3)) {
      const k = Math.min(this.int(1, 3), this.remaining);
      for (let i = 0; i < k; i++) this.detail();
    }
    // A duplicate STT: a row inserted by copying the one above and never renumbered.
    if (!coerced && this.remaining >= 1 && this.chance(P_DUPLICATE)) {
      const r = this.rows.length + 1;
      const dup: RawValue[] = [
        values[C_STT] ?? null,
        this.criterionText(),
        inMerge ? null : this.groupOwner ? null : this.pick(OWNERS),
        this.product(),
        this.pick(TIMES),
        this.status(),
      ];
      this.push(dup, 'item');
      if (inMerge) this.merge!.bottom = r;
      this.problem('stt-duplicate', r, C_STT, sttText);
    }
    // A blank row left inside the table (never two in a row, never last, never inside an owner merge).
    if (!inMerge && this.remaining >= 2 && this.chance(P_BLANK)) {
      const r = this.push([null, null, null, null, null, null], 'blank');
      this.problem('row-blank', r, C_STT, '');
    }
  }

  /** A text column of the item to put a whitespace or apostrophe problem in (with a space in it, for a double space). */
  private textColumn(values: RawValue[], spaced = false): number {
    const x = this.rnd();
    const col = x < 0.6 ? C_CRIT : x < 0.8 ? C_OWNER : C_PRODUCT;
    const v = values[col];
    return typeof v === 'string' && (!spaced || v.includes(' ')) ? col : C_CRIT;
  }

  private lastDetail = '';

  private detail(): void {
    const row = this.rows.length + 1;
    let text = this.pick(DETAILS);
    if (text === this.lastDetail) text = DETAILS[(DETAILS.indexOf(text) + 1) % DETAILS.length]!;
    this.lastDetail = text;
    if (this.chance(0.3)) text += this.pick(QUALIFIERS);
    const style = this.rnd();
    let stt: RawValue = null;
    if (style < 0.6) text = `- ${text}`;
    else if (style < 0.85) stt = '-';
    else text = `+ ${text}`;
    let italic = true;
    const x = this.rnd();
    if (x < P_DETAIL_MARKUP) {
      text = `<i>${text}</i>`;
      italic = false;
      this.problem('text-markup', row, C_CRIT, text);
    } else if (x < P_DETAIL_MARKUP + P_DETAIL_APOSTROPHE) {
      text = `'${text}`;
      this.problem('text-stray-apostrophe', row, C_CRIT, text);
    }
    this.push([stt, text, null, null, null, null], 'detail', italic);
  }
}

const NO_ITALIC: boolean[] = Object.freeze([false, false, false, false, false, false]) as boolean[];
const GENERAL: string[] = Object.freeze(new Array<string>(WIDTH).fill('General')) as string[];
const DATE_FMT: string[] = Object.freeze(['General', 'General', 'General', 'General', 'dd/mm/yyyy', 'General']) as string[];

/** A synthetic appendix of `n` data rows (plus 4 title lines and the header), deterministic in `seed`. */
export function syntheticRows(n: number, seed = 1): SyntheticTable {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, not ${n}`);
  const g = new Generator(n, mulberry32(seed));
  g.run();
  return {
    seed,
    dataRows: n,
    headerRow: HEADER_ROW,
    firstDataRow: FIRST_DATA_ROW,
    lastDataRow: HEADER_ROW + n,
    rows: g.rows,
    italic: g.italic,
    numFmt: g.numFmt,
    merges: g.merges,
    kinds: g.kinds,
    problems: g.problems,
  };
}

/** The core's view of a synthetic table: what a host would hand the checker (values, formats, italics, merges). */
export function snapshotOfTable(t: SyntheticTable, name = 'Phụ lục'): SheetSnapshot {
  return { name, top: 1, left: 1, values: t.rows, numFmt: t.numFmt, italic: t.italic, merges: t.merges, tables: [] };
}

export function syntheticSnapshot(n: number, seed = 1): SheetSnapshot {
  return snapshotOfTable(syntheticRows(n, seed));
}

// ---------------------------------------------------------------------------------------------------------
// Workbook (exceljs), formatted the way such tables are typed: Times New Roman, borders, wrapped text.

const FONT = 'Times New Roman';
const thin = { style: 'thin' as const };
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const F_TITLE: Partial<ExcelJS.Font> = { name: FONT, size: 13, bold: true };
const F_TITLE_IT: Partial<ExcelJS.Font> = { name: FONT, size: 13, italic: true };
const F_HEAD: Partial<ExcelJS.Font> = { name: FONT, size: 12, bold: true };
const F_BODY: Partial<ExcelJS.Font> = { name: FONT, size: 12 };
const F_BOLD: Partial<ExcelJS.Font> = { name: FONT, size: 12, bold: true };
const F_ITALIC: Partial<ExcelJS.Font> = { name: FONT, size: 12, italic: true };
const A_CENTER: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };
const A_LEFT: Partial<ExcelJS.Alignment> = { horizontal: 'left', vertical: 'top', wrapText: true };
const A_TOP: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'top', wrapText: true };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

/** An exceljs workbook holding the table on one sheet "Phụ lục". */
export function workbookOfTable(t: SyntheticTable, name = 'Phụ lục'): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Văn phòng Sở Công Thương';
  wb.created = new Date(Date.UTC(2024, 2, 31));
  wb.modified = wb.created;
  const ws = wb.addWorksheet(name, { pageSetup: { paperSize: 9, orientation: 'landscape' } });
  ws.columns = [{ width: 7 }, { width: 60 }, { width: 26 }, { width: 20 }, { width: 18 }, { width: 16 }];
  t.rows.forEach((values, i) => {
    const r = i + 1;
    const row = ws.getRow(r);
    if (r < t.headerRow) {
      const cell = row.getCell(1);
      cell.value = values[0] as string;
      cell.font = String(values[0]).startsWith('(') ? F_TITLE_IT : F_TITLE;
      cell.alignment = A_CENTER;
      return;
    }
    if (r === t.headerRow) {
      for (let c = 0; c < WIDTH; c++) {
        const cell = row.getCell(c + 1);
        cell.value = values[c] as string;
        cell.font = F_HEAD;
        cell.alignment = A_CENTER;
        cell.fill = HEADER_FILL;
        cell.border = BORDER;
      }
      return;
    }
    const kind = t.kinds[r - t.firstDataRow];
    const font = kind === 'section' || kind === 'group' ? F_BOLD : F_BODY;
    for (let c = 0; c < WIDTH; c++) {
      const cell = row.getCell(c + 1);
      const v = values[c];
      const fmt = t.numFmt[i]![c]!;
      if (v !== null && v !== undefined) {
        if (fmt !== 'General' && typeof v === 'number') {
          cell.value = new Date(EXCEL_EPOCH_MS + v * 86_400_000);
          cell.numFmt = fmt;
        } else {
          cell.value = v as ExcelJS.CellValue;
        }
      }
      cell.font = t.italic[i]![c] ? F_ITALIC : font;
      cell.alignment = c === C_CRIT ? A_LEFT : A_TOP;
      cell.border = BORDER;
    }
  });
  for (const m of t.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  return wb;
}

export function syntheticWorkbook(n: number, seed = 1): ExcelJS.Workbook {
  return workbookOfTable(syntheticRows(n, seed));
}

/** Column indexes, for tests. */
export const COLUMNS = { stt: C_STT, criterion: C_CRIT, owner: C_OWNER, product: C_PRODUCT, time: C_TIME, status: C_STATUS } as const;
