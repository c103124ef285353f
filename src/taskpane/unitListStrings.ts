/**
 * The unit list's and the dropdowns' words in the pane (UnitListSection.tsx, unitListOperations.ts),
 * Vietnamese and English; i18n.ts takes them into the pane's strings as they are (`t.unitsTitle`, …).
 */
export interface UnitListStrings {
  unitsTitle: string;
  unitsUnknown: string;
  unitsNone: string;
  unitsCreate: string;
  unitsCreateHint: string;
  unitsFound: (n: number) => string;
  unitsNoneInTable: string;
  unitsCreated: (n: number) => string;
  unitsExist: (n: number) => string;
  dropdownsAdd: string;
  dropdownsHint: string;
  dropdownsNoColumns: string;
  dropdownsOpenTable: string;
  dropdownsTitle: string;
  dropdownsAdded: (list: string) => string;
  dropdownsSkipped: (list: string) => string;
  dropdownsNothing: string;
  dropdownTarget: (role: string, range: string) => string;
  roleOwner: string;
  roleProduct: string;
}

const vi: UnitListStrings = {
  unitsTitle: 'Danh mục đơn vị',
  unitsUnknown: 'Kiểm tra bảng để xem bảng tính đã có danh mục đơn vị chưa.',
  unitsNone:
    'Bảng tính chưa có danh mục đơn vị (trang “Danh mục”). Khi có danh mục, tên đơn vị viết khác danh mục sẽ được chỉ ra, kèm gợi ý tên đúng.',
  unitsCreate: 'Tạo danh mục từ bảng',
  unitsCreateHint: 'Tạo trang “Danh mục” từ các đơn vị ghi trong cột chủ trì và phối hợp, để rà soát lại.',
  unitsFound: (n) => `Tìm thấy ${n} đơn vị trong bảng.`,
  unitsNoneInTable: 'Không tìm thấy tên đơn vị nào trong cột chủ trì hay phối hợp.',
  unitsCreated: (n) =>
    `Đã tạo danh mục với ${n} đơn vị. Hãy rà soát tên và tên viết tắt trên trang “Danh mục”; bảng đã được kiểm tra lại theo danh mục.`,
  unitsExist: (n) => `Danh mục có ${n} đơn vị; tên đơn vị trong bảng được đối chiếu với danh mục.`,
  dropdownsAdd: 'Thêm danh sách chọn',
  dropdownsHint: 'Thêm danh sách chọn vào các ô của cột Đơn vị chủ trì (theo danh mục) và cột Sản phẩm (theo loại văn bản).',
  dropdownsNoColumns: 'Bảng không có cột Đơn vị chủ trì hay Sản phẩm để thêm danh sách chọn.',
  dropdownsOpenTable: 'Mở trang chứa bảng phụ lục để thêm danh sách chọn vào bảng.',
  dropdownsTitle: 'Danh sách chọn',
  dropdownsAdded: (list) => `Đã thêm: ${list}.`,
  dropdownsSkipped: (list) => `Bỏ qua (ô đã có quy tắc nhập liệu): ${list}.`,
  dropdownsNothing: 'Không thêm được danh sách chọn nào.',
  dropdownTarget: (role, range) => `${role} ${range}`,
  roleOwner: 'Đơn vị chủ trì',
  roleProduct: 'Sản phẩm',
};

const en: UnitListStrings = {
  unitsTitle: 'Unit list',
  unitsUnknown: 'Check the table to see whether the workbook has a unit list.',
  unitsNone:
    'The workbook has no unit list (a “Danh mục” sheet). With one, unit names that differ from the list are pointed out, with the likely right name.',
  unitsCreate: 'Create the list from the table',
  unitsCreateHint: 'Creates a “Danh mục” sheet from the units in the lead and coordinating columns, for you to review.',
  unitsFound: (n) => `${n} units found in the table.`,
  unitsNoneInTable: 'No unit names found in the lead or coordinating columns.',
  unitsCreated: (n) =>
    `Unit list created with ${n} units. Review the names and abbreviations on the “Danh mục” sheet; the table was checked against it.`,
  unitsExist: (n) => `The unit list has ${n} units; unit names in the table are checked against it.`,
  dropdownsAdd: 'Add dropdowns',
  dropdownsHint: 'Adds dropdowns to the cells of the lead unit column (from the unit list) and the product column (document types).',
  dropdownsNoColumns: 'The table has no lead unit or product column to add dropdowns to.',
  dropdownsOpenTable: 'Open the sheet with the appendix table to add dropdowns to it.',
  dropdownsTitle: 'Dropdowns',
  dropdownsAdded: (list) => `Added: ${list}.`,
  dropdownsSkipped: (list) => `Skipped (cells already have a validation rule): ${list}.`,
  dropdownsNothing: 'No dropdowns were added.',
  dropdownTarget: (role, range) => `${role} ${range}`,
  roleOwner: 'Lead unit',
  roleProduct: 'Product',
};

export const UNIT_LIST_STRINGS = { vi, en } as const;
