/** What the plan operations tell the user, in the UI language (Vietnamese first). */
export const PLAN_MESSAGES = {
  vi: {
    ownSheet: 'Trang đang mở là trang do CCHC Phụ lục tạo. Hãy mở trang có bảng phụ lục của kế hoạch rồi thử lại.',
    noTable: (sheet: string) => `Không tìm thấy bảng phụ lục trên trang “${sheet}”, nên chưa có gì để lập kế hoạch.`,
    settingsSheetTaken: (sheet: string) => `Bảng tính đã có trang “${sheet}” của người dùng. Hãy đổi tên trang đó rồi lưu lại thông tin kế hoạch.`,
  },
  en: {
    ownSheet: 'The active sheet is one CCHC Phụ lục created. Open the sheet with the plan’s appendix table and try again.',
    noTable: (sheet: string) => `No appendix table was found on sheet “${sheet}”, so there is nothing to build the plan from.`,
    settingsSheetTaken: (sheet: string) => `The workbook already has a sheet of its own named “${sheet}”. Rename it, then save the plan details again.`,
  },
} as const;
