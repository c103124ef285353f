/** What the tracking layer says, in each language (the cells it writes stay Vietnamese). */
import type { Lang } from '../report';

export interface TrackingMessages {
  noTable(sheet: string): string;
  otherSheet(sheet: string): string;
  notFound: string;
  openLayerSheet(sheet: string): string;
  statusAlertTitle: string;
  statusAlert: string;
}

const vi: TrackingMessages = {
  noTable: (sheet) => `Trang “${sheet}” không có bảng phụ lục nào (không nhận ra dòng tiêu đề), nên chưa chèn cột theo dõi.`,
  otherSheet: (sheet) => `Bảng tính đã có cột theo dõi trên trang “${sheet}”. Hãy gỡ cột theo dõi ở đó trước khi chèn cho trang này.`,
  notFound: 'Trang này chưa có cột theo dõi hạn của CCHC Phụ lục, nên không có gì để gỡ.',
  openLayerSheet: (sheet) => `Cột theo dõi nằm trên trang “${sheet}”. Hãy mở trang đó rồi bấm Gỡ cột theo dõi.`,
  statusAlertTitle: 'Tình trạng ngoài danh mục',
  statusAlert: 'Tình trạng này không có trong danh mục (Hoàn thành, Đang thực hiện, Chưa thực hiện…), nên cột Cảnh báo sẽ coi là chưa hoàn thành.',
};

const en: TrackingMessages = {
  noTable: (sheet) => `Sheet “${sheet}” has no appendix table (no header row recognised), so no tracking columns were added.`,
  otherSheet: (sheet) => `The workbook already has tracking columns on sheet “${sheet}”. Remove them there before adding them to this sheet.`,
  notFound: 'This sheet has no CCHC Phụ lục tracking columns, so there is nothing to remove.',
  openLayerSheet: (sheet) => `The tracking columns are on sheet “${sheet}”. Open that sheet, then remove them.`,
  statusAlertTitle: 'Status not in the list',
  statusAlert: 'This status is not in the list (Hoàn thành, Đang thực hiện, Chưa thực hiện…), so the Cảnh báo column treats it as not done.',
};

export const TRACKING_MESSAGES: Record<Lang, TrackingMessages> = { vi, en };
