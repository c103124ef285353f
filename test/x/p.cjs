"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// test/x/p.ts
var import_node_fs = require("node:fs");

// src/hosts/xlsx/read.ts
var import_exceljs = __toESM(require("exceljs"));

// src/core/address.ts
function columnLetters(col) {
  let s = "";
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
function columnNumber(letters) {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
function a1(row, col) {
  return columnLetters(col) + row;
}
var CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
function parseA1(address) {
  const m = CELL_RE.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}
function parseRange(address) {
  const bang = address.lastIndexOf("!");
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [from, to = from] = local.split(":");
  const a = parseA1(from ?? "");
  const b = parseA1(to ?? "");
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col)
  };
}

// src/hosts/xlsx/read.ts
var EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
var MERGE_TYPE = import_exceljs.default.ValueType.Merge;
var WorkbookReadError = class extends Error {
  constructor(reason, message) {
    super(message);
    this.reason = reason;
  }
  reason;
};
var CFB_MAGIC = [208, 207, 17, 224, 161, 177, 26, 225];
function sniffWorkbook(data) {
  if (data.length >= 8 && CFB_MAGIC.every((b, i) => data[i] === b)) {
    const head = latin1(data.subarray(0, Math.min(data.length, 1 << 16)));
    const encrypted = head.includes("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o") || head.includes("EncryptionInfo");
    throw encrypted ? new WorkbookReadError("encrypted", "t\u1EC7p \u0111\u01B0\u1EE3c \u0111\u1EB7t m\u1EADt kh\u1EA9u (m\xE3 ho\xE1); h\xE3y m\u1EDF b\u1EB1ng Excel, b\u1ECF m\u1EADt kh\u1EA9u r\u1ED3i l\u01B0u l\u1EA1i") : new WorkbookReadError("legacy-xls", "t\u1EC7p l\xE0 \u0111\u1ECBnh d\u1EA1ng Excel c\u0169 (.xls); h\xE3y m\u1EDF b\u1EB1ng Excel v\xE0 l\u01B0u d\u01B0\u1EDBi d\u1EA1ng .xlsx");
  }
  if (data.length < 4 || data[0] !== 80 || data[1] !== 75) {
    throw new WorkbookReadError("not-xlsx", "t\u1EC7p kh\xF4ng ph\u1EA3i l\xE0 b\u1EA3ng t\xEDnh .xlsx");
  }
}
function latin1(bytes) {
  let s = "";
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}
async function loadWorkbook(data) {
  sniffWorkbook(data);
  const wb = new import_exceljs.default.Workbook();
  try {
    const input = typeof Buffer === "function" ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : data;
    await wb.xlsx.load(input);
  } catch (e) {
    throw new WorkbookReadError("corrupt", `t\u1EC7p .xlsx b\u1ECB h\u1ECFng ho\u1EB7c kh\xF4ng \u0111\u1EA7y \u0111\u1EE7 (${shortReason(e)})`);
  }
  return wb;
}
function shortReason(e) {
  const m = e instanceof Error ? e.message : String(e);
  return m.split("\n")[0].slice(0, 120);
}
function dateToSerial(d) {
  return (d.getTime() - EXCEL_EPOCH_MS) / 864e5;
}
function convertValue(v) {
  if (v === null || v === void 0) return { value: null, formula: null, richItalic: null };
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return { value: v, formula: null, richItalic: null };
  if (v instanceof Date) return { value: dateToSerial(v), formula: null, richItalic: null };
  const o = v;
  if (Array.isArray(o.richText)) {
    const runs = o.richText;
    const text = runs.map((r) => r.text).join("");
    const italic = runs.length > 0 && runs.every((r) => r.font?.italic || !r.text.trim());
    return { value: text, formula: null, richItalic: italic };
  }
  if (typeof o.error === "string") return { value: { error: o.error }, formula: null, richItalic: null };
  if ("formula" in o || "sharedFormula" in o) {
    const inner = convertValue(o.result ?? null);
    const f = o.formula ?? o.sharedFormula;
    return { value: inner.value, formula: f ? `=${f}` : null, richItalic: null };
  }
  if (typeof o.text === "string") return { value: o.text, formula: null, richItalic: null };
  return { value: String(v), formula: null, richItalic: null };
}
function worksheetSnapshot(ws) {
  const values = [];
  const numFmt = [];
  const formulas = [];
  const italic = [];
  const hiddenRows = [];
  let hasFormula = false;
  let hasItalic = false;
  let hasFormat = false;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (row.hidden) hiddenRows.push(r);
    let rowValues = null;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === MERGE_TYPE) return;
      const { value, formula, richItalic } = convertValue(cell.value);
      if (value === null && formula === null) return;
      rowValues ??= values[r - 1] = [];
      rowValues[c - 1] = value;
      const fmt = cell.numFmt;
      if (fmt && fmt !== "General") {
        (numFmt[r - 1] ??= [])[c - 1] = fmt;
        hasFormat = true;
      }
      if (formula) {
        (formulas[r - 1] ??= [])[c - 1] = formula;
        hasFormula = true;
      }
      if (richItalic ?? cell.font?.italic) {
        (italic[r - 1] ??= [])[c - 1] = true;
        hasItalic = true;
      }
    });
  });
  for (let i = 0; i < values.length; i++) {
    const row = values[i];
    if (!row) values[i] = [];
    else for (let j = 0; j < row.length; j++) if (row[j] === void 0) row[j] = null;
  }
  const merges = [];
  const rawMerges = ws._merges ?? {};
  for (const m of Object.values(rawMerges)) merges.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
  const snap = { name: ws.name, top: 1, left: 1, values, merges, tables: readTables(ws), hiddenRows };
  if (hasFormat) snap.numFmt = numFmt;
  if (hasFormula) snap.formulas = formulas;
  if (hasItalic) snap.italic = italic;
  return snap;
}
function readTables(ws) {
  const out = [];
  const tables = ws.tables ?? {};
  for (const [name, t] of Object.entries(tables)) {
    const model = t.table ?? t.model ?? t;
    const ref = model.tableRef ?? model.ref;
    const range = ref ? parseRange(ref) : null;
    if (!range) continue;
    out.push({ name: String(model.name ?? name), range, showHeaders: model.headerRow !== false });
  }
  return out;
}

// src/core/dates.ts
var EXCEL_EPOCH_MS2 = Date.UTC(1899, 11, 30);
var DAY_MS = 864e5;
function serialToIso(serial) {
  const ms = EXCEL_EPOCH_MS2 + Math.floor(serial) * DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}
function isoDate(year, month, day) {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function isValidDate(year, month, day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
function isoToday(now = /* @__PURE__ */ new Date()) {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

// src/core/report.ts
var ROLES = [
  "stt",
  "criterion",
  "cause",
  "solution",
  "owner",
  "coordinator",
  "product",
  "time",
  "status",
  "maxScore",
  "selfScore",
  "appraisedScore",
  "lostScore",
  "note"
];

// src/core/parse/time/components.ts
function point(parser, index, end, parts, year, yearTo = null, withDayWord = false) {
  return {
    type: "point",
    parser,
    index,
    end,
    parts,
    year,
    yearTo,
    span: yearTo !== null,
    withDayWord,
    role: "deadline",
    yearFilled: false
  };
}
var WHOLE_YEAR = { m1: 1, d1: 1, m2: 12, d2: 0 };
var MONTH_PARTS = Array.from({ length: 13 }, (_, m) => ({ m1: m, d1: 1, m2: m, d2: 0 }));
var QUARTER_PARTS = Array.from({ length: 5 }, (_, q) => ({ m1: q * 3 - 2, d1: 1, m2: q * 3, d2: 0 }));
function monthPart(month) {
  return MONTH_PARTS[month];
}
function quarterPart(quarter) {
  return QUARTER_PARTS[quarter];
}
function dayPart(month, day) {
  return { m1: month, d1: day, m2: month, d2: day };
}
var RANK = { monthly: 0, quarterly: 1, yearly: 2 };
function finer(a, b) {
  if (a === null) return b;
  if (b === null) return a;
  return RANK[a] <= RANK[b] ? a : b;
}

// src/core/parse/time/build.ts
var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
var TWO_DIGITS = Array.from({ length: 32 }, (_, i) => (i < 10 ? "0" : "") + String(i));
function lastDay(year, month) {
  if (month !== 2) return DAYS[month];
  return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0 ? 29 : 28;
}
function iso(year, month, day) {
  if (year < 1e3 || year > 9999) return isoDate(year, month, day);
  return `${year}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
}
function startOf(year, part) {
  return iso(year, part.m1, part.d1);
}
function endOf(year, part) {
  return iso(year, part.m2, part.d2 === 0 ? lastDay(year, part.m2) : part.d2);
}
function buildSchedule(components, ctx) {
  let deadlines = null;
  let start = null;
  let recurrence = null;
  let recurring = false;
  let hasDeadline = false;
  let hasStart = false;
  let event = false;
  let continuous = false;
  let yearAssumed = false;
  for (const c of components) {
    switch (c.type) {
      case "recurring":
        recurring = true;
        recurrence = finer(recurrence, c.recurrence);
        break;
      case "event":
        event = true;
        break;
      case "continuous":
        continuous = true;
        break;
      case "point": {
        if (c.year === null) yearAssumed = true;
        const year = c.year ?? ctx.planYear;
        const isStart = c.role === "start" || c.role === "rangeStart";
        if (isStart) hasStart = true;
        else hasDeadline = true;
        if (year === null) break;
        if (isStart || c.span) {
          const s = startOf(year, c.parts[0]);
          if (start === null || s < start) start = s;
        }
        if (!isStart) {
          const lastYear = c.yearTo ?? year;
          deadlines ??= [];
          for (const part of c.parts) deadlines.push(endOf(lastYear, part));
        }
        break;
      }
      default:
        break;
    }
  }
  let kind;
  if (recurring) kind = "recurring";
  else if (hasDeadline) kind = "deadline";
  else if (hasStart) kind = "start";
  else if (event) kind = "event";
  else if (continuous) kind = "continuous";
  else kind = "unparsed";
  if (deadlines === null) deadlines = [];
  else if (deadlines.length > 1) deadlines = sortUnique(deadlines);
  return { kind, deadlines, recurrence: recurring ? recurrence : null, start, yearAssumed };
}
function sortUnique(dates) {
  dates.sort();
  let n = 1;
  for (let i = 1; i < dates.length; i++) {
    if (dates[i] !== dates[n - 1]) dates[n++] = dates[i];
  }
  dates.length = n;
  return dates;
}

// src/core/parse/time/scan.ts
var HAS_DIGIT = 1 << 0;
var HAS_NUMBER4 = 1 << 1;
var HAS_DATE_SEPARATOR = 1 << 2;
var HAS_THANG = 1 << 3;
var HAS_NUMBER_THANG = 1 << 4;
var HAS_QUY = 1 << 5;
var HAS_NAM = 1 << 6;
var HAS_NGAY = 1 << 7;
var HAS_EVERY = 1 << 8;
var HAS_PERIODIC = 1 << 9;
var HAS_PERIOD_LIST = 1 << 10;
var HAS_WHOLE_YEAR = 1 << 11;
var HAS_NEXT_YEARS = 1 << 12;
var HAS_CONTINUOUS = 1 << 13;
var HAS_EVENT_WORD = 1 << 14;
var HAS_RELATIVE_WORD = 1 << 15;
var HAS_NUMBER_UNIT = 1 << 16;
var HAS_DOCUMENT_NUMBER = 1 << 17;
var W_OTHER = 0;
var W_THANG = 1;
var W_QUY = 2;
var W_NAM = 3;
var W_NGAY = 4;
var W_TUAN = 5;
var W_EVERY = 6;
var W_DINH = 7;
var W_KY = 8;
var W_WHOLE = 9;
var W_NEXT = 10;
var W_CONT = 11;
var W_EVENT = 12;
var W_VA = 13;
var W_RELATIVE = 14;
function rest(text, start, word) {
  for (let k = 1; k < word.length; k++) if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
  return true;
}
function wordId(text, start, length) {
  const c = text.charCodeAt(start);
  switch (length) {
    case 2: {
      const d = text.charCodeAt(start + 1);
      if (c === 107) return d === 121 ? W_KY : d === 101 ? W_NEXT : W_OTHER;
      if (c === 99 && d === 97) return W_WHOLE;
      if (c === 118 && d === 97) return W_VA;
      return W_OTHER;
    }
    case 3:
      switch (c) {
        case 113:
          return rest(text, start, "quy") ? W_QUY : W_OTHER;
        case 110:
          return rest(text, start, "nam") ? W_NAM : W_OTHER;
        case 109:
          return rest(text, start, "moi") ? W_EVERY : W_OTHER;
        case 104:
          return rest(text, start, "het") ? W_WHOLE : W_OTHER;
        case 115:
          return rest(text, start, "sau") ? W_NEXT : W_OTHER;
        case 107:
          return rest(text, start, "khi") ? W_EVENT : W_OTHER;
        case 100:
          return rest(text, start, "dot") ? W_EVENT : W_OTHER;
        case 116:
          return rest(text, start, "tuy") ? W_EVENT : W_OTHER;
        default:
          return W_OTHER;
      }
    case 4:
      switch (c) {
        case 110:
          return rest(text, start, "ngay") ? W_NGAY : W_OTHER;
        case 104:
          return rest(text, start, "hang") ? W_EVERY : rest(text, start, "hoac") ? W_VA : W_OTHER;
        case 100:
          return rest(text, start, "dinh") ? W_DINH : W_OTHER;
        case 116:
          return rest(text, start, "tuan") ? W_TUAN : rest(text, start, "tiep") ? W_NEXT : rest(text, start, "theo") ? W_EVENT : W_OTHER;
        case 99:
          return rest(text, start, "cuoi") ? W_WHOLE : rest(text, start, "cham") ? W_RELATIVE : W_OTHER;
        case 115:
          return rest(text, start, "suot") ? W_WHOLE : W_OTHER;
        case 108:
          return rest(text, start, "lien") ? W_CONT : W_OTHER;
        case 112:
          return rest(text, start, "phat") ? W_EVENT : W_OTHER;
        default:
          return W_OTHER;
      }
    case 5:
      if (c === 116) {
        if (rest(text, start, "thang")) return W_THANG;
        if (rest(text, start, "trong")) return W_WHOLE;
        if (rest(text, start, "truoc")) return W_RELATIVE;
      } else if (c === 107 && rest(text, start, "khong")) {
        return W_RELATIVE;
      }
      return W_OTHER;
    case 6:
      return c === 116 && rest(text, start, "thuong") ? W_CONT : W_OTHER;
    default:
      return W_OTHER;
  }
}
function isPeriodWord(id) {
  return id === W_THANG || id === W_QUY || id === W_NAM;
}
function scanFlags(text) {
  let flags = 0;
  const n = text.length;
  let previousWord = W_OTHER;
  let previousIsNumber = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      flags |= HAS_DIGIT;
      if (j - i === 4) flags |= HAS_NUMBER4;
      if (j < n) {
        const next = text.charCodeAt(j);
        if (next === 47 || next === 45 || next === 46) flags |= HAS_DATE_SEPARATOR;
        if (next === 47 && j + 1 < n) {
          const after = text.charCodeAt(j + 1);
          if (after >= 97 && after <= 122) flags |= HAS_DOCUMENT_NUMBER;
        } else if (next === 32 && j + 1 < n && text.charCodeAt(j + 1) === 47) {
          flags |= HAS_DATE_SEPARATOR;
        }
      }
      previousIsNumber = true;
      previousWord = W_OTHER;
      i = j;
      continue;
    }
    if (c >= 97 && c <= 122) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d < 97 || d > 122) break;
        j++;
      }
      const id = wordId(text, i, j - i);
      switch (id) {
        case W_THANG:
          flags |= HAS_THANG;
          if (previousIsNumber) flags |= HAS_NUMBER_THANG | HAS_NUMBER_UNIT;
          break;
        case W_QUY:
          flags |= HAS_QUY;
          break;
        case W_NAM:
          flags |= HAS_NAM;
          if (previousWord === W_WHOLE) flags |= HAS_WHOLE_YEAR;
          break;
        case W_NGAY:
          flags |= HAS_NGAY;
          if (previousIsNumber) flags |= HAS_NUMBER_UNIT;
          break;
        case W_TUAN:
          if (previousIsNumber) flags |= HAS_NUMBER_UNIT;
          break;
        case W_EVERY:
          flags |= HAS_EVERY;
          break;
        case W_KY:
          if (previousWord === W_DINH) flags |= HAS_PERIODIC;
          break;
        case W_WHOLE:
          if (text.charCodeAt(i) === 116) flags |= HAS_RELATIVE_WORD;
          break;
        case W_NEXT:
          if (previousWord === W_NAM) flags |= HAS_NEXT_YEARS;
          if (text.charCodeAt(i) === 115) flags |= HAS_RELATIVE_WORD | HAS_EVENT_WORD;
          break;
        case W_CONT:
          flags |= HAS_CONTINUOUS;
          break;
        case W_EVENT:
          flags |= HAS_EVENT_WORD;
          break;
        case W_VA:
          if (isPeriodWord(previousWord)) flags |= HAS_PERIOD_LIST;
          break;
        case W_RELATIVE:
          flags |= HAS_RELATIVE_WORD;
          break;
        default:
          break;
      }
      previousWord = id;
      previousIsNumber = false;
      i = j;
      continue;
    }
    if (c !== 32) {
      if ((c === 44 || c === 59 || c === 47 || c === 38 || c === 43) && isPeriodWord(previousWord)) {
        flags |= HAS_PERIOD_LIST;
      }
      previousWord = W_OTHER;
      previousIsNumber = false;
    }
    i++;
  }
  return flags;
}

// src/core/parse/time/text.ts
var TABLE_SIZE = 8448;
var REPLACEMENT = /* @__PURE__ */ buildReplacements();
function buildReplacements() {
  const table = new Array(TABLE_SIZE);
  const marks = /[\u0300-\u036f]/g;
  for (let c = 0; c < TABLE_SIZE; c++) {
    const ch = String.fromCharCode(c);
    if (c < 32) table[c] = " ";
    else if (c >= 768 && c < 880) table[c] = "";
    else if (c < 592 || c >= 7680 && c < 7936) {
      const folded = ch.normalize("NFD").replace(marks, "").toLowerCase();
      table[c] = folded.length === 1 ? folded : ch;
    } else table[c] = ch;
  }
  for (const c of [127, 160, 133, 8232, 8233, 8239, 8287]) table[c] = " ";
  for (let c = 8192; c <= 8203; c++) table[c] = " ";
  for (let c = 8208; c <= 8213; c++) table[c] = "-";
  table[8216] = "'";
  table[8217] = "'";
  table[8220] = '"';
  table[8221] = '"';
  table[273] = "d";
  table[272] = "d";
  table[208] = "d";
  table[240] = "d";
  return table;
}
var MARKUP = /<\/?[a-z][^<>]{0,60}>|&nbsp;/gi;
var SPACE_RUNS = / {2,}/g;
var QUI = /\bqui\b/g;
function foldForMatch(raw) {
  let s = raw;
  if (s.indexOf("<") >= 0 || s.indexOf("&") >= 0) s = s.replace(MARKUP, " ");
  s = s.toLowerCase();
  const n = s.length;
  let out = "";
  let runStart = 0;
  let previousSpace = true;
  let collapse = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 127) {
      previousSpace = false;
      continue;
    }
    if (c === 32) {
      if (previousSpace) collapse = true;
      previousSpace = true;
      continue;
    }
    if (i > runStart) out += s.slice(runStart, i);
    runStart = i + 1;
    const r = c < TABLE_SIZE ? REPLACEMENT[c] : c === 12288 || c === 65279 ? " " : s.charAt(i);
    out += r;
    if (r === " ") {
      if (previousSpace) collapse = true;
      previousSpace = true;
    } else if (r !== "") {
      previousSpace = false;
    }
  }
  if (runStart === 0) out = s;
  else if (runStart < n) out += s.slice(runStart);
  if (collapse || previousSpace) out = out.replace(SPACE_RUNS, " ").trim();
  if (out.indexOf("qui") >= 0) out = out.replace(QUI, "quy");
  return out;
}
var ROMAN = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  x: 10,
  xi: 11,
  xii: 12
};
function romanOrArabic(token) {
  const c = token.charCodeAt(0);
  if (c >= 48 && c <= 57) return parseInt(token, 10);
  return ROMAN[token] ?? NaN;
}
function core(folded) {
  let a = 0;
  let b = folded.length;
  while (a < b && !isWordCode(folded.charCodeAt(a))) a++;
  while (b > a && !isWordCode(folded.charCodeAt(b - 1))) b--;
  return a === 0 && b === folded.length ? folded : folded.slice(a, b);
}
function isWordCode(code) {
  return code >= 97 && code <= 122 || code >= 48 && code <= 57;
}

// src/core/parse/time/parsers.ts
function runParsers(parsers, text, ctx, out) {
  const flags = scanFlags(text);
  for (let i = 0; i < parsers.length; i++) {
    const parser = parsers[i];
    if ((flags & parser.needs) === parser.needs) parser.parse(text, ctx, out);
  }
}
var MIN_YEAR = 1900;
var MAX_YEAR = 2100;
function plausibleYear(y) {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}
function isWordChar(code) {
  return code >= 97 && code <= 122 || code >= 48 && code <= 57 || code === 95 || code > 127;
}
function startsWord(text, index) {
  return index === 0 || !isWordChar(text.charCodeAt(index - 1));
}
function standsAlone(text, index) {
  if (index === 0) return true;
  const c = text.charCodeAt(index - 1);
  return !isWordChar(c) && c !== 46 && c !== 47 && c !== 44 && c !== 58 && c !== 45;
}
function validDay(year, month, day, ctx) {
  return isValidDate(year ?? ctx.planYear ?? 2e3, month, day);
}
var NUMERIC_DATE = /(\d{1,2})( ?\/ ?|-|\.)(\d{1,2})(?:\2(\d{4}|\d{2}))?(?!\d|[/.]\d)/g;
var numericDateParser = {
  name: "numericDate",
  needs: HAS_DATE_SEPARATOR,
  parse(text, ctx, out) {
    const re = NUMERIC_DATE;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!standsAlone(text, m.index)) continue;
      const slash = m[2].trim() === "/";
      const yearText = m[4];
      let year = null;
      if (yearText !== void 0) {
        if (yearText.length === 2) {
          if (!slash) continue;
          year = 2e3 + Number(yearText);
        } else {
          year = Number(yearText);
          if (!plausibleYear(year)) continue;
        }
      } else if (!slash) {
        continue;
      }
      const day = Number(m[1]);
      const month = Number(m[3]);
      if (!validDay(year, month, day, ctx)) continue;
      let index = m.index;
      let withDayWord = false;
      if (text.startsWith("ngay ", index - 5)) {
        index -= 5;
        withDayWord = true;
      } else if (text.startsWith("ngay", index - 4)) {
        index -= 4;
        withDayWord = true;
      }
      out.push(point("numericDate", index, m.index + m[0].length, [dayPart(month, day)], year, null, withDayWord));
    }
  }
};
var WORD_DATE = /(\d{1,2}) thang (\d{1,2})(?:,? nam (\d{4}))?(?!\d)/g;
var wordDateParser = {
  name: "wordDate",
  needs: HAS_NUMBER_THANG,
  parse(text, ctx, out) {
    const re = WORD_DATE;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!startsWord(text, m.index)) continue;
      const year = m[3] !== void 0 ? Number(m[3]) : null;
      const withDayWord = text.startsWith("ngay ", m.index - 5) && startsWord(text, m.index - 5);
      if (year === null ? !withDayWord : !plausibleYear(year)) continue;
      const day = Number(m[1]);
      const month = Number(m[2]);
      if (!validDay(year, month, day, ctx)) continue;
      const index = withDayWord ? m.index - 5 : m.index;
      out.push(point("wordDate", index, m.index + m[0].length, [dayPart(month, day)], year, null, true));
    }
  }
};
var ROMAN_TO_XII = "xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i";
var YEAR_SUFFIX = "(?:(?: ?\\/ ?|-|\\.|,? nam | )(\\d{4})(?!\\d))?";
var MONTH = new RegExp(
  `thang (\\d{1,2}|${ROMAN_TO_XII})\\b(?: ?(?:-|den) ?(\\d{1,2})\\b(?!\\/\\d{1,2}\\/))?${YEAR_SUFFIX}`,
  "g"
);
var monthParser = {
  name: "month",
  needs: HAS_THANG,
  parse(text, _ctx, out) {
    const re = MONTH;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!startsWord(text, m.index)) continue;
      const month = romanOrArabic(m[1]);
      if (!(month >= 1 && month <= 12)) continue;
      const year = m[3] !== void 0 ? Number(m[3]) : null;
      if (year !== null && !plausibleYear(year)) continue;
      const last = m[2] !== void 0 ? Number(m[2]) : 0;
      if (last > month && last <= 12) {
        const range = point("month", m.index, m.index + m[0].length, [{ m1: month, d1: 1, m2: last, d2: 0 }], year);
        range.span = true;
        out.push(range);
        continue;
      }
      const end = m[2] === void 0 ? m.index + m[0].length : m.index + 6 + m[1].length;
      out.push(point("month", m.index, end, [monthPart(month)], m[2] === void 0 ? year : null));
    }
  }
};
var MONTH_YEAR = /(\d{1,2})( ?\/ ?|-|\.)(\d{4})(?!\d|[/.-]\d)/g;
var monthYearParser = {
  name: "monthYear",
  needs: HAS_DATE_SEPARATOR | HAS_NUMBER4,
  parse(text, _ctx, out) {
    const re = MONTH_YEAR;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!standsAlone(text, m.index)) continue;
      const month = Number(m[1]);
      const year = Number(m[3]);
      if (month < 1 || month > 12 || !plausibleYear(year)) continue;
      out.push(point("monthYear", m.index, m.index + m[0].length, [monthPart(month)], year));
    }
  }
};
var QUARTER_NUMERAL = "(?:iv|i{1,3}|[1-4])\\b";
var QUARTER = new RegExp(
  `quy ?(${QUARTER_NUMERAL}(?:(?: ?[,;&+] ?(?:va )?| ?- ?| va )(?:quy )?${QUARTER_NUMERAL})*)${YEAR_SUFFIX}`,
  "g"
);
var QUARTER_ITEM = /iv|i{1,3}|[1-4]/g;
var quarterParser = {
  name: "quarter",
  needs: HAS_QUY,
  parse(text, _ctx, out) {
    const re = QUARTER;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!startsWord(text, m.index)) continue;
      const year = m[2] !== void 0 ? Number(m[2]) : null;
      if (year !== null && !plausibleYear(year)) continue;
      const parts = [];
      const list = m[1];
      QUARTER_ITEM.lastIndex = 0;
      for (let q = QUARTER_ITEM.exec(list); q !== null; q = QUARTER_ITEM.exec(list)) {
        parts.push(quarterPart(romanOrArabic(q[0])));
      }
      out.push(point("quarter", m.index, m.index + m[0].length, parts, year));
    }
  }
};
var MONTHS_OF_YEAR = /(\d{1,2}) thang(?! \d{1,2}\b)(?: (dau|cuoi) nam)?(?:(?: nam| ?\/ ?|-| )(\d{4}))?(?!\d|\/\d)/g;
var NOT_A_PART_OF_YEAR = /(?:sau|moi|vong|ky|hang|cac|nhung) $/;
var monthsOfYearParser = {
  name: "monthsOfYear",
  needs: HAS_NUMBER_THANG,
  parse(text, _ctx, out) {
    const re = MONTHS_OF_YEAR;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!standsAlone(text, m.index)) continue;
      const months = Number(m[1]);
      const side = m[2];
      if (side === void 0 ? months !== 6 && months !== 9 && months !== 3 && months !== 12 : months < 1 || months > 12) {
        continue;
      }
      if (m.index > 0 && NOT_A_PART_OF_YEAR.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
      const year = m[3] !== void 0 ? Number(m[3]) : null;
      if (year !== null && !plausibleYear(year)) continue;
      const part = side === "cuoi" ? { m1: 13 - months, d1: 1, m2: 12, d2: 0 } : { m1: 1, d1: 1, m2: months, d2: 0 };
      out.push(point("monthsOfYear", m.index, m.index + m[0].length, [part], year));
    }
  }
};
var WHOLE_YEAR_WORDS = /(?:ca|het|cuoi|trong|suot) nam(?! ?[a-z])(?: (\d{4})(?!\d))?/g;
var wholeYearParser = {
  name: "wholeYear",
  needs: HAS_WHOLE_YEAR,
  parse(text, _ctx, out) {
    const re = WHOLE_YEAR_WORDS;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!startsWord(text, m.index)) continue;
      const year = m[1] !== void 0 ? Number(m[1]) : null;
      if (year !== null && !plausibleYear(year)) continue;
      out.push(point("wholeYear", m.index, m.index + m[0].length, [WHOLE_YEAR], year));
    }
  }
};
var YEAR = /((?:19|20)\d\d|2100)(?: ?(?:-|den|toi) ?(?:nam )?((?:19|20)\d\d|2100))?(?!\d|[/.-]\d)/g;
var yearParser = {
  name: "year",
  needs: HAS_NUMBER4,
  parse(text, _ctx, out) {
    const re = YEAR;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      let index = m.index;
      const year = Number(m[1]);
      if (text.startsWith("nam ", index - 4) && startsWord(text, index - 4)) {
        index -= 4;
      } else if (!standsAlone(text, index) || year < 2e3) {
        continue;
      }
      let yearTo = m[2] !== void 0 ? Number(m[2]) : null;
      let end = m.index + m[0].length;
      if (yearTo !== null && (yearTo < year || yearTo - year > 50)) {
        yearTo = null;
        end = m.index + 4;
      }
      out.push(point("year", index, end, [WHOLE_YEAR], year, yearTo));
    }
  }
};
var UNIT_RECURRENCE = {
  ngay: "monthly",
  tuan: "monthly",
  thang: "monthly",
  quy: "quarterly",
  nam: "yearly"
};
var EVERY = /(?:hang|moi) (ngay|tuan|thang|quy|nam)\b/g;
var DAY_OF_PERIOD = /(?:(?:truoc|vao|tu|den|cham nhat) )?ngay \d{1,2} (?:cua )?$/;
var everyParser = {
  name: "every",
  needs: HAS_EVERY,
  parse(text, _ctx, out) {
    const re = EVERY;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!startsWord(text, m.index)) continue;
      let index = m.index;
      if (index >= 7) {
        const before = DAY_OF_PERIOD.exec(text.slice(Math.max(0, index - 24), index));
        if (before !== null) index -= before[0].length;
      }
      out.push({
        type: "recurring",
        parser: "every",
        index,
        end: m.index + m[0].length,
        recurrence: UNIT_RECURRENCE[m[1]] ?? null
      });
    }
  }
};
var NEXT_YEARS = /(?:cac|nhung) nam (?:tiep theo|ke tiep|tiep|sau)\b/g;
var nextYearsParser = {
  name: "nextYears",
  needs: HAS_NEXT_YEARS,
  parse(text, _ctx, out) {
    const re = NEXT_YEARS;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push({ type: "recurring", parser: "nextYears", index: m.index, end: m.index + m[0].length, recurrence: "yearly" });
    }
  }
};
var PERIOD_WORD = "(?:(?:0?[369]|12) thang(?: (?:dau|cuoi) nam)?|nua nam|thang(?! ?\\d)|quy(?! ?(?:[1-4]|[iv]+)\\b)|nam(?! ?\\d))";
var LAST_PERIOD_WORD = `(?:${PERIOD_WORD}|nam(?= \\d{4}\\b))`;
var LIST_SEPARATOR = "(?: ?[,;/&+] ?(?:va )?| va | hoac )";
var PERIOD_ITEM = new RegExp(PERIOD_WORD, "g");
var PERIODIC = new RegExp(`dinh ky(?: (?:hang |moi )?(${PERIOD_WORD}(?:${LIST_SEPARATOR}${PERIOD_WORD})*))?`, "g");
var PERIOD_LIST_FULL = new RegExp(`${PERIOD_WORD}(?:${LIST_SEPARATOR}${PERIOD_WORD})*${LIST_SEPARATOR}${LAST_PERIOD_WORD}`, "g");
function listRecurrence(list) {
  let recurrence = null;
  PERIOD_ITEM.lastIndex = 0;
  for (let m = PERIOD_ITEM.exec(list); m !== null; m = PERIOD_ITEM.exec(list)) {
    const item = m[0];
    const c = item.charCodeAt(0);
    let r;
    if (c >= 48 && c <= 57) r = parseInt(item, 10) === 3 ? "quarterly" : "yearly";
    else if (item === "thang") r = "monthly";
    else if (item === "quy") r = "quarterly";
    else r = "yearly";
    recurrence = finer(recurrence, r);
  }
  return recurrence;
}
var periodicParser = {
  name: "periodic",
  needs: HAS_PERIODIC,
  parse(text, _ctx, out) {
    const re = PERIODIC;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const list = m[1];
      out.push({
        type: "recurring",
        parser: "periodic",
        index: m.index,
        end: m.index + m[0].length,
        recurrence: list === void 0 ? null : listRecurrence(list)
      });
    }
  }
};
var periodListParser = {
  name: "periodList",
  needs: HAS_PERIOD_LIST,
  parse(text, _ctx, out) {
    const re = PERIOD_LIST_FULL;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!standsAlone(text, m.index)) continue;
      const yearFollows = text.charCodeAt(m.index + m[0].length) === 32 && m[0].endsWith("nam");
      const end = m.index + m[0].length - (yearFollows ? 3 : 0);
      out.push({ type: "recurring", parser: "periodList", index: m.index, end, recurrence: listRecurrence(m[0]) });
    }
  }
};
var BARE_NUMBER = /^\d{1,4}$/;
var wholeCellParser = {
  name: "wholeCell",
  needs: 0,
  parse(text, _ctx, out) {
    if (text.length > 9) return;
    const word = core(text);
    const end = text.length;
    switch (word) {
      case "nam":
      case "nam nay":
        out.push(point("wholeCell", 0, end, [WHOLE_YEAR], null));
        return;
      case "quy":
        out.push({ type: "recurring", parser: "wholeCell", index: 0, end, recurrence: "quarterly" });
        return;
      case "thang":
        out.push({ type: "recurring", parser: "wholeCell", index: 0, end, recurrence: "monthly" });
        return;
    }
    if (BARE_NUMBER.test(word)) {
      const n = Number(word);
      if (n >= 2e3 && n <= MAX_YEAR) out.push(point("wholeCell", 0, end, [WHOLE_YEAR], n));
      else if (n >= 1 && n <= 12) out.push(point("wholeCell", 0, end, [monthPart(n)], null));
    }
  }
};
var CONTINUOUS = /(?:thuong xuyen|lien tuc)(?:,? (?:va )?(?:lien tuc|thuong xuyen))?(?: (?:trong|ca|suot) nam(?: nay| \d{4})?)?/g;
var continuousParser = {
  name: "continuous",
  needs: HAS_CONTINUOUS,
  parse(text, _ctx, out) {
    const re = CONTINUOUS;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push({ type: "continuous", parser: "continuous", index: m.index, end: m.index + m[0].length });
    }
  }
};
var EVENT = /(?:theo (?:yeu cau|de nghi|kh|ke hoach|quy dinh|chi dao|huong dan|lich|thong bao|van ban|tien do|chi thi|quyet dinh|cong van|thuc te|nhu cau|nhiem vu|chuong trinh|dot|phan cong|thoi gian|quy che)|khi (?:co|phat sinh|duoc|can|nao)|sau khi|phat sinh|dot xuat|tuy (?:theo|tinh hinh))\b/g;
var eventParser = {
  name: "event",
  needs: HAS_EVENT_WORD,
  parse(text, _ctx, out) {
    const re = EVENT;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!startsWord(text, m.index)) continue;
      out.push({ type: "event", parser: "event", index: m.index, end: m.index + m[0].length });
    }
  }
};
var RELATIVE = /(?:trong(?: vong| thoi han)?|sau|cham nhat(?: sau)?|truoc|khong qua) (?:\d{1,3} (?:ngay|tuan)(?: lam viec)?|\d{1,2} thang(?! (?:dau|cuoi)))\b/g;
var relativeParser = {
  name: "relative",
  needs: HAS_RELATIVE_WORD | HAS_NUMBER_UNIT,
  parse(text, _ctx, out) {
    const re = RELATIVE;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!startsWord(text, m.index)) continue;
      if (m[0].startsWith("trong ") && m[0].endsWith("thang")) continue;
      out.push({ type: "event", parser: "relative", index: m.index, end: m.index + m[0].length });
    }
  }
};
var DOCUMENT = /\d+\/(?:\d{4}\/)?[a-z][a-z0-9.&-]*[ ,;]*(?:ngay ?)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2} thang \d{1,2},? nam \d{4})/g;
var documentParser = {
  name: "document",
  needs: HAS_DOCUMENT_NUMBER,
  parse(text, _ctx, out) {
    const re = DOCUMENT;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push({ type: "document", parser: "document", index: m.index, end: m.index + m[0].length });
    }
  }
};
var TIME_PARSERS = [
  documentParser,
  numericDateParser,
  wordDateParser,
  monthParser,
  monthYearParser,
  quarterParser,
  monthsOfYearParser,
  wholeYearParser,
  yearParser,
  everyParser,
  nextYearsParser,
  periodicParser,
  periodListParser,
  continuousParser,
  eventParser,
  relativeParser,
  wholeCellParser
];
var DATE_PARSERS = [numericDateParser, wordDateParser];

// src/core/parse/time/refiners.ts
function byPosition(a, b) {
  return a.index - b.index || b.end - a.end;
}
var removeOverlaps = (components) => {
  const n = components.length;
  let clean = true;
  for (let i = 0; i < n && clean; i++) {
    const c = components[i];
    if (c.type === "document" || i > 0 && c.index < components[i - 1].end) clean = false;
  }
  if (clean) return components;
  components.sort(byPosition);
  const kept = [];
  let lastEnd = -1;
  for (const c of components) {
    if (c.index < lastEnd) continue;
    lastEnd = c.end;
    if (c.type !== "document") kept.push(c);
  }
  return kept;
};
var LIST_GAP = /^ ?(?:[,;&+-]|va|, va|den|toi|hoac|den het|cho den)? ?$/;
var RANGE_GAP = /^ ?(?:-|den|toi|cho den|den het) ?$/;
var FROM_BEFORE = /(?:^|[^a-z])(?:ke tu|bat dau(?: tu)?|tu|sau)(?: ngay)? ?$/;
function isPoint(c) {
  return c !== void 0 && c.type === "point";
}
var fillYearsFromNeighbours = (components, text) => {
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
var mergeRanges = (components, text) => {
  for (let i = 0; i + 1 < components.length; i++) {
    const a = components[i];
    const b = components[i + 1];
    if (!isPoint(a) || !isPoint(b) || a.role !== "deadline" || a.span) continue;
    const gap = b.index - a.end;
    if (gap < 1 || gap > 9 || !RANGE_GAP.test(text.slice(a.end, b.index))) continue;
    a.role = "rangeStart";
    b.role = "rangeEnd";
    const first = a.parts[0];
    const last = b.parts[b.parts.length - 1];
    if (a.yearFilled && a.year !== null && a.year === b.year && first.m1 * 32 + first.d1 > last.m2 * 32 + (last.d2 || 31)) {
      a.year -= 1;
    }
    i++;
  }
  return components;
};
function mayFollowFrom(text, index) {
  let c = text.charCodeAt(index - 1);
  if (c === 32) c = text.charCodeAt(index - 2);
  return c === 117 || c === 121;
}
var markStarts = (components, text) => {
  let previousEnd = 0;
  for (const c of components) {
    if (c.type === "point" && c.role === "deadline" && !c.span && c.index > 1 && mayFollowFrom(text, c.index)) {
      if (FROM_BEFORE.test(text.slice(previousEnd, c.index))) c.role = "start";
    }
    previousEnd = c.end;
  }
  return components;
};
var TIME_REFINERS = [removeOverlaps, fillYearsFromNeighbours, mergeRanges, markStarts];

// src/core/parse/time/pipeline.ts
function emptySchedule(kind) {
  return { kind, deadlines: [], recurrence: null, start: null, yearAssumed: false };
}
function readTimeText(raw, ctx) {
  const text = foldForMatch(raw);
  if (text.length === 0 || core(text).length === 0) return emptySchedule("empty");
  let components = [];
  runParsers(TIME_PARSERS, text, ctx, components);
  if (components.length === 0) return emptySchedule("unparsed");
  for (const refine of TIME_REFINERS) components = refine(components, text);
  return buildSchedule(components, ctx);
}
function readDates(raw, ctx) {
  const result = [];
  const text = foldForMatch(raw);
  let components = [];
  runParsers(DATE_PARSERS, text, ctx, components);
  components = removeOverlaps(components, text);
  for (const c of components) {
    if (c.type !== "point") continue;
    const year = c.year ?? (c.withDayWord ? ctx.planYear : null);
    if (year === null) continue;
    const part = c.parts[0];
    result.push(isoDate(year, part.m1, part.d1));
  }
  return result;
}

// src/core/parse/time.ts
var MAX_SERIAL = 2958465;
var CACHE_LIMIT = 8192;
var CACHE_MAX_TEXT = 160;
var cache = /* @__PURE__ */ new Map();
var cachePlanYear;
function copy(s) {
  return {
    kind: s.kind,
    deadlines: s.deadlines.length === 0 ? [] : s.deadlines.slice(),
    recurrence: s.recurrence,
    start: s.start,
    yearAssumed: s.yearAssumed
  };
}
function parseTime(value, ctx, isDate) {
  try {
    if (value === null || value === void 0) return emptySchedule("empty");
    if (typeof value === "number") return parseNumber(value, ctx, isDate === true);
    if (typeof value !== "string") return emptySchedule("unparsed");
    if (value.length > CACHE_MAX_TEXT) return readTimeText(value, ctx);
    const planYear = ctx.planYear;
    if (planYear !== cachePlanYear) {
      cache.clear();
      cachePlanYear = planYear;
    }
    let schedule = cache.get(value);
    if (schedule === void 0) {
      schedule = readTimeText(value, ctx);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(value, schedule);
    }
    return copy(schedule);
  } catch {
    return emptySchedule("unparsed");
  }
}
function parseNumber(value, ctx, isDate) {
  if (!Number.isFinite(value)) return emptySchedule("unparsed");
  if (isDate) {
    if (value < 1 || value > MAX_SERIAL) return emptySchedule("unparsed");
    return { kind: "deadline", deadlines: [serialToIso(value)], recurrence: null, start: null, yearAssumed: false };
  }
  if (!Number.isInteger(value)) return emptySchedule("unparsed");
  if (value >= 2e3 && value <= 2100) return buildSchedule([point("number", 0, 0, [WHOLE_YEAR], value)], ctx);
  if (value >= 1 && value <= 12) return buildSchedule([point("number", 0, 0, [monthPart(value)], null)], ctx);
  return emptySchedule("unparsed");
}
function findDates(text, ctx) {
  try {
    if (typeof text !== "string" || text.length === 0) return [];
    return readDates(text, ctx);
  } catch {
    return [];
  }
}

// src/core/text/normalize.ts
var SPACE_CODES = /* @__PURE__ */ new Set([32, 9, 10, 13, 11, 12, 160, 8199, 8239, 8203, 12288]);
var FOLD_TABLE = (() => {
  const table = [];
  for (let cp = 0; cp < 8192; cp++) {
    const ch = String.fromCharCode(cp);
    let f = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    if (cp === 272 || cp === 273) f = "d";
    if (cp >= 768 && cp <= 879) f = "";
    if (f !== ch) table[cp] = f;
  }
  return table;
})();
function fold(text) {
  let out = "";
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    if (SPACE_CODES.has(cp)) {
      pendingSpace = out.length > 0;
      continue;
    }
    let f;
    if (cp < 128) f = cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : text[i];
    else if (cp < 8192) f = FOLD_TABLE[cp] ?? text[i];
    else f = text[i];
    if (f === "") continue;
    if (pendingSpace) {
      out += " ";
      pendingSpace = false;
    }
    out += f;
  }
  return out;
}
var SPACES = /[ \t\u00a0\u2007\u202f\u200b\u3000]+/g;
function tidy(text) {
  return text.normalize("NFC").split(/\r\n|\r|\n/).map((line) => line.replace(SPACES, " ").trim()).filter((line, i, lines) => line !== "" || i > 0 && i < lines.length - 1 && lines[i - 1] !== "").join("\n").trim();
}
function isLowerLetter(ch) {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
function isUpperLetter(ch) {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

// src/core/parse/owners.ts
var UNIT_HEADS = [
  "phong",
  "van phong",
  "vp",
  "so",
  "ban",
  "trung tam",
  "tt",
  "ttr",
  "thanh tra",
  "ubnd",
  "uy ban",
  "hdnd",
  "cac",
  "tat ca",
  "chi cuc",
  "cuc",
  "bo",
  "hoi dong",
  "dang",
  "dang uy",
  "cong an",
  "kho bac",
  "doan",
  "hoi",
  "to",
  "bo phan",
  "don vi",
  "co quan",
  "lanh dao",
  "giam doc",
  "pho giam doc",
  "chu tich",
  "pho chu tich",
  "truong",
  "benh vien",
  "tram",
  "doi",
  "hat",
  "quy",
  "vien",
  "thuong truc",
  "mttq",
  "mat tran",
  "lien doan",
  "cong ty",
  "xa",
  "phuong",
  "thi tran",
  "huyen",
  "tinh",
  "thanh pho",
  "ub",
  "bcd",
  "cvp",
  "pcvp",
  "ttpvhcc",
  "bhxh",
  "bao hiem",
  "chi nhanh",
  "ngan hang",
  "toa an",
  "vien kiem sat",
  "ca",
  "ddbqh",
  "tinh uy",
  "huyen uy",
  "thi uy",
  "thanh uy",
  "cong doan",
  "chi bo",
  "ky thuat",
  "bqlda",
  "ban quan ly",
  "nha",
  "the",
  "nguoi",
  "can bo",
  "cong chuc",
  "vien chuc",
  "ccvc",
  "cbcc",
  "ke toan",
  "thu quy",
  "van thu",
  "may",
  "hoi nong dan"
];
var HEAD_RE = new RegExp(`^(${UNIT_HEADS.map((h) => h.replace(/ /g, "\\s")).join("|")})(\\b|$)`);
var ANNOTATION = /\s*\((b\/c|bc|bao cao|chu tri|phoi hop|tong hop|th|t\/h|thuc hien)\)\s*/gi;
function startsUnit(piece) {
  const f = fold(piece);
  if (/^xa hoi\b/.test(f)) return false;
  return HEAD_RE.test(f);
}
function stripAnnotations(piece) {
  return piece.replace(
    /\s*\(([^()]{1,14})\)\s*$/u,
    (all, inner) => new RegExp(ANNOTATION.source, "i").test(` (${fold(inner)}) `) ? "" : all
  );
}
function cleanPiece(piece) {
  return stripAnnotations(piece.replace(/^[\s'\-+•–—*·]+/, "").replace(/[\s.;,]+$/, "").trim()).trim();
}
function parseUnits(text) {
  if (!text) return [];
  const units = [];
  for (const line of splitBullets(text)) {
    const commaPieces = line.split(",");
    let current = "";
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
function splitBullets(text) {
  const out = [];
  for (const part of text.split(/[;\n\r]+/)) {
    const pieces = part.split(/\s[-+•–]\s*(?=\p{Lu})/u);
    let current = pieces[0];
    for (let i = 1; i < pieces.length; i++) {
      if (startsUnit(pieces[i])) {
        out.push(current);
        current = pieces[i];
      } else {
        current = `${current} - ${pieces[i]}`;
      }
    }
    out.push(current);
  }
  return out;
}
function joinsPrevious(previous, piece) {
  const f = fold(piece);
  if (/\b(cac|tat ca)\b/.test(fold(previous)) && !/^(cac|tat ca)\b/.test(f) && isLowerLetter(piece[0])) return true;
  return !startsUnit(cleanPiece(piece));
}
function splitOnVa(text) {
  const parts = text.split(/\s+(?:và|va)\s+/i);
  if (parts.length === 1) return [text];
  const out = [parts[0]];
  for (let i = 1; i < parts.length; i++) {
    const prev = out[out.length - 1];
    const piece = parts[i];
    const compound = /\bhdnd$/.test(fold(prev)) && /^ubnd\b/.test(fold(piece));
    if (!compound && startsUnit(piece)) out.push(piece);
    else out[out.length - 1] = `${prev} v\xE0 ${piece}`;
  }
  return out;
}
function isCollectiveUnit(unit) {
  return /^(cac|tat ca)\b/.test(fold(unit));
}

// src/core/memo.ts
function memoize(fn, max = 1e4) {
  const memo = /* @__PURE__ */ new Map();
  return (s) => {
    let v = memo.get(s);
    if (v === void 0 && !memo.has(s)) {
      v = fn(s);
      if (memo.size >= max) memo.clear();
      memo.set(s, v);
    }
    return v;
  };
}

// src/core/parse/products.ts
var TYPES = [
  ["ke hoach", "K\u1EBF ho\u1EA1ch"],
  ["bao cao", "B\xE1o c\xE1o"],
  ["bien ban", "Bi\xEAn b\u1EA3n"],
  ["cong van", "C\xF4ng v\u0103n"],
  ["to trinh", "T\u1EDD tr\xECnh"],
  ["quyet dinh", "Quy\u1EBFt \u0111\u1ECBnh"],
  ["thong bao", "Th\xF4ng b\xE1o"],
  ["chuong trinh", "Ch\u01B0\u01A1ng tr\xECnh"],
  ["huong dan", "H\u01B0\u1EDBng d\u1EABn"],
  ["de an", "\u0110\u1EC1 \xE1n"],
  ["phuong an", "Ph\u01B0\u01A1ng \xE1n"],
  ["quy che", "Quy ch\u1EBF"],
  ["quy dinh", "Quy \u0111\u1ECBnh"],
  ["giay moi", "Gi\u1EA5y m\u1EDDi"],
  ["van ban", "V\u0103n b\u1EA3n"],
  ["nghi quyet", "Ngh\u1ECB quy\u1EBFt"],
  ["chi thi", "Ch\u1EC9 th\u1ECB"],
  ["ket luan", "K\u1EBFt lu\u1EADn"],
  ["danh muc", "Danh m\u1EE5c"],
  ["so tay", "S\u1ED5 tay"],
  ["tai lieu", "T\xE0i li\u1EC7u"],
  ["ban tin", "B\u1EA3n tin"],
  ["tin bai", "Tin, b\xE0i"],
  ["tin, bai", "Tin, b\xE0i"],
  ["bai viet", "B\xE0i vi\u1EBFt"],
  ["ho so", "H\u1ED3 s\u01A1"],
  ["sang kien", "S\xE1ng ki\u1EBFn"],
  ["giai phap", "Gi\u1EA3i ph\xE1p"],
  ["quy trinh", "Quy tr\xECnh"],
  ["phan mem", "Ph\u1EA7n m\u1EC1m"],
  ["co so du lieu", "C\u01A1 s\u1EDF d\u1EEF li\u1EC7u"],
  ["trang thong tin", "Trang th\xF4ng tin"],
  ["hoi nghi", "H\u1ED9i ngh\u1ECB"],
  ["hoi thi", "H\u1ED9i thi"],
  ["tap huan", "T\u1EADp hu\u1EA5n"],
  ["lop tap huan", "T\u1EADp hu\u1EA5n"],
  ["phieu", "Phi\u1EBFu"],
  ["bieu mau", "Bi\u1EC3u m\u1EABu"],
  ["mo hinh", "M\xF4 h\xECnh"],
  ["cong dien", "C\xF4ng \u0111i\u1EC7n"],
  ["de cuong", "\u0110\u1EC1 c\u01B0\u01A1ng"],
  ["tong ket", "T\u1ED5ng k\u1EBFt"],
  ["so lieu", "S\u1ED1 li\u1EC7u"],
  ["bang", "B\u1EA3ng"],
  ["du thao", "D\u1EF1 th\u1EA3o"],
  ["ke hoach", "K\u1EBF ho\u1EA1ch"],
  ["bo thu tuc", "B\u1ED9 th\u1EE7 t\u1EE5c"],
  ["thu tuc", "Th\u1EE7 t\u1EE5c"],
  ["chuyen muc", "Chuy\xEAn m\u1EE5c"],
  ["pano", "Pano"],
  ["ap phich", "\xC1p ph\xEDch"],
  ["to roi", "T\u1EDD r\u01A1i"],
  ["video", "Video"],
  ["phong su", "Ph\xF3ng s\u1EF1"],
  ["cuoc thi", "Cu\u1ED9c thi"],
  ["buoi", "Bu\u1ED5i"],
  ["dot", "\u0110\u1EE3t"],
  ["kiem tra", "Ki\u1EC3m tra"],
  ["bang tong hop", "B\u1EA3ng t\u1ED5ng h\u1EE3p"],
  ["thu moi", "Th\u01B0 m\u1EDDi"],
  ["the le", "Th\u1EC3 l\u1EC7"],
  ["ket qua", "K\u1EBFt qu\u1EA3"],
  ["tlkc", "T\xE0i li\u1EC7u ki\u1EC3m ch\u1EE9ng"],
  ["thong cao", "Th\xF4ng c\xE1o"],
  ["an pham", "\u1EA4n ph\u1EA9m"],
  ["ky yeu", "K\u1EF7 y\u1EBFu"],
  ["infographic", "Infographic"],
  ["clip", "Clip"],
  ["cau hoi", "C\xE2u h\u1ECFi"],
  ["bo cau hoi", "B\u1ED9 c\xE2u h\u1ECFi"],
  ["hop dong", "H\u1EE3p \u0111\u1ED3ng"],
  ["du an", "D\u1EF1 \xE1n"],
  ["to gap", "T\u1EDD g\u1EA5p"],
  ["bao cao tham luan", "B\xE1o c\xE1o"],
  ["tham luan", "Tham lu\u1EADn"],
  ["bai giang", "B\xE0i gi\u1EA3ng"],
  ["chuyen de", "Chuy\xEAn \u0111\u1EC1"],
  ["hoi thao", "H\u1ED9i th\u1EA3o"],
  ["toa dam", "T\u1ECDa \u0111\xE0m"],
  ["phong su", "Ph\xF3ng s\u1EF1"],
  ["bao cao ket qua", "B\xE1o c\xE1o"],
  ["giay chung nhan", "Gi\u1EA5y ch\u1EE9ng nh\u1EADn"],
  ["bang khen", "B\u1EB1ng khen"],
  ["giay khen", "Gi\u1EA5y khen"],
  ["ket qua giai quyet", "K\u1EBFt qu\u1EA3"],
  ["dich vu cong", "D\u1ECBch v\u1EE5 c\xF4ng"],
  ["ho so dien tu", "H\u1ED3 s\u01A1"]
];
var TYPE_RE = new RegExp(`^(${TYPES.map(([p]) => p).sort((a, b) => b.length - a.length).join("|")})(\\b|$)`);
var TYPE_NAME = new Map(TYPES);
var ABBREVIATIONS = {
  KH: "K\u1EBF ho\u1EA1ch",
  BC: "B\xE1o c\xE1o",
  BB: "Bi\xEAn b\u1EA3n",
  CV: "C\xF4ng v\u0103n",
  TTr: "T\u1EDD tr\xECnh",
  "Q\u0110": "Quy\u1EBFt \u0111\u1ECBnh",
  QD: "Quy\u1EBFt \u0111\u1ECBnh",
  TB: "Th\xF4ng b\xE1o",
  CTr: "Ch\u01B0\u01A1ng tr\xECnh",
  HD: "H\u01B0\u1EDBng d\u1EABn",
  "\u0110A": "\u0110\u1EC1 \xE1n",
  PA: "Ph\u01B0\u01A1ng \xE1n",
  QC: "Quy ch\u1EBF",
  "Qy\u0110": "Quy \u0111\u1ECBnh",
  GM: "Gi\u1EA5y m\u1EDDi",
  NQ: "Ngh\u1ECB quy\u1EBFt",
  CT: "Ch\u1EC9 th\u1ECB",
  KL: "K\u1EBFt lu\u1EADn",
  TLKC: "T\xE0i li\u1EC7u ki\u1EC3m ch\u1EE9ng"
};
var ABBR_RE = new RegExp(`^(${Object.keys(ABBREVIATIONS).join("|")})(?![\\p{L}\\d])`, "u");
function isPlaceholder(text) {
  if (text.length > 8) return false;
  return /^['\s]*[-–—_.…x/]*\s*$/i.test(text);
}
var parseProducts = memoize(parseProductsUncached);
function parseProductsUncached(text) {
  const products = [];
  const unknown = [];
  if (!text || isPlaceholder(text)) return { products, unknown };
  const pieces = text.replace(/<[^>]*>/g, "").replace(/\b(tin|Tin|TIN),\s*(bài|Bài|BÀI)\b/gu, "$1 $2").split(/[;,\n\r]+|\s+(?:và|va|hoặc|hoac)\s+|\s*\+\s+|(?:^|\s)-\s*/i).map((p) => p.replace(/^[\s'"“”\-+•*.]+|[\s.;:"“”]+$/g, "")).filter((p) => p.length > 0);
  for (const piece of pieces) {
    const name = productName(piece);
    if (name) {
      if (!products.includes(name)) products.push(name);
    } else {
      unknown.push(piece);
    }
  }
  return { products, unknown };
}
function productName(piece) {
  const abbr = ABBR_RE.exec(piece);
  if (abbr) return ABBREVIATIONS[abbr[1]];
  const f = fold(piece).replace(/^(cac|nhung|mot|01|02|03|\d+)\s+/, "").replace(/^(ban|bo|so)\s+(?=(ke hoach|bao cao|quy|huong dan|van ban|thu tuc|danh muc))/, "");
  const m = TYPE_RE.exec(f);
  if (!m) return null;
  if (m[1] === "tin, bai") return "Tin, b\xE0i";
  return TYPE_NAME.get(m[1]) ?? null;
}

// src/core/parse/status.ts
var DONE = /^(da hoan thanh|hoan thanh|da thuc hien|da xong|xong|da trien khai|hoan tat|da ban hanh|dat)\b/;
var IN_PROGRESS = /^(dang thuc hien|dang trien khai|dang xay dung|dang hoan thien|dang tien hanh|dang)\b/;
var NOT_DONE = /^(chua thuc hien|chua hoan thanh|chua trien khai|chua xong|chua|khong hoan thanh|khong thuc hien|cham|tre han|qua han)\b/;
var parseStatus = memoize(parseStatusUncached);
function parseStatusUncached(text) {
  const f = fold(text.replace(/<[^>]*>/g, ""));
  if (!f || /^[-–.]+$/.test(f)) return null;
  if (NOT_DONE.test(f)) return "not-done";
  if (IN_PROGRESS.test(f)) return "in-progress";
  if (DONE.test(f)) return "done";
  return void 0;
}

// src/core/snapshot.ts
function isErrorValue(v) {
  return typeof v === "object" && v !== null && typeof v.error === "string";
}

// src/core/rules/cell-error.ts
var cellError = {
  id: "cell-error",
  title: { vi: "\xD4 b\xE1o l\u1ED7i c\xF4ng th\u1EE9c", en: "Formula error" },
  severity: "error",
  message: {
    vi: (d) => `\xD4 b\xE1o l\u1ED7i ${d.error}${d.formula ? ` (c\xF4ng th\u1EE9c ${d.formula})` : ""}.`,
    en: (d) => `The cell shows the error ${d.error}${d.formula ? ` (formula ${d.formula})` : ""}.`
  },
  help: {
    vi: "L\u1ED7i c\xF4ng th\u1EE9c (#REF!, #VALUE!, #N/A\u2026) lan sang t\u1ED5ng v\xE0 b\xE1o c\xE1o. S\u1EEDa c\xF4ng th\u1EE9c ho\u1EB7c nh\u1EADp l\u1EA1i gi\xE1 tr\u1ECB.",
    en: "Formula errors (#REF!, #VALUE!, #N/A\u2026) spread into totals and reports. Fix the formula or re-enter the value."
  },
  check(ctx) {
    const { grid, layout: layout2 } = ctx;
    for (let r = layout2.firstRow; r <= layout2.lastRow; r++) {
      for (let c = layout2.left; c <= layout2.right; c++) {
        const v = grid.raw(r, c);
        if (!isErrorValue(v)) continue;
        ctx.report({ row: r, col: c, data: { error: v.error, formula: grid.formula(r, c) } });
      }
    }
  }
};

// src/core/i18n/labels.ts
var ROLE_LABELS = {
  stt: ["STT", "No."],
  criterion: ["N\u1ED9i dung/Ti\xEAu ch\xED", "Content/Criterion"],
  cause: ["Nguy\xEAn nh\xE2n", "Cause"],
  solution: ["Gi\u1EA3i ph\xE1p", "Solution"],
  owner: ["\u0110\u01A1n v\u1ECB ch\u1EE7 tr\xEC", "Lead unit"],
  coordinator: ["\u0110\u01A1n v\u1ECB ph\u1ED1i h\u1EE3p", "Coordinating units"],
  product: ["S\u1EA3n ph\u1EA9m", "Product"],
  time: ["Th\u1EDDi gian", "Time"],
  status: ["T\xECnh tr\u1EA1ng", "Status"],
  maxScore: ["\u0110i\u1EC3m t\u1ED1i \u0111a", "Maximum score"],
  selfScore: ["\u0110i\u1EC3m t\u1EF1 ch\u1EA5m", "Self-assessed score"],
  appraisedScore: ["\u0110i\u1EC3m th\u1EA9m \u0111\u1ECBnh", "Appraised score"],
  lostScore: ["\u0110i\u1EC3m b\u1ECB tr\u1EEB", "Points lost"],
  note: ["Ghi ch\xFA", "Notes"]
};
function roleLabel(role, lang) {
  return ROLE_LABELS[role][lang === "vi" ? 0 : 1];
}
function displayDate(iso2) {
  if (!iso2) return "";
  const [y, m, d] = iso2.split("-");
  return `${d}/${m}/${y}`;
}
function excerpt(text, max = 60) {
  const t = text.replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}\u2026`;
}

// src/core/rules/column-duplicate.ts
var columnDuplicate = {
  id: "column-duplicate",
  title: { vi: "C\u1ED9t tr\xF9ng vai tr\xF2", en: "Duplicate column" },
  severity: "warning",
  message: {
    vi: (d) => `C\u1ED9t ${d.col} c\u0169ng l\xE0 c\u1ED9t ${d.label}; ch\u1EC9 c\u1ED9t ${d.first} \u0111\u01B0\u1EE3c d\xF9ng.`,
    en: (d) => `Column ${d.col} is another ${d.label} column; only column ${d.first} is used.`
  },
  help: {
    vi: "Hai c\u1ED9t c\xF9ng m\u1ED9t \xFD ngh\u0129a l\xE0m ng\u01B0\u1EDDi \u0111\u1ECDc kh\xF4ng bi\u1EBFt c\u1ED9t n\xE0o \u0111\xFAng. G\u1ED9p ho\u1EB7c \u0111\u1ED5i t\xEAn m\u1ED9t c\u1ED9t.",
    en: "Two columns with one meaning leave readers unsure which is right. Merge them or rename one."
  },
  check(ctx) {
    for (const d of ctx.layout.duplicates) {
      const first = ctx.layout.columns.get(d.role);
      ctx.report({
        row: ctx.layout.headerRow,
        col: d.col,
        role: d.role,
        data: { col: columnLetters(d.col), first: columnLetters(first), label: roleLabel(d.role, ctx.lang) }
      });
    }
  }
};

// src/core/rules/column-missing.ts
var STANDARD = ["stt", "criterion", "owner", "product", "time"];
var SCORE_ROLES = ["maxScore", "selfScore", "appraisedScore", "lostScore"];
var columnMissing = {
  id: "column-missing",
  title: { vi: "Thi\u1EBFu c\u1ED9t", en: "Missing column" },
  severity: "warning",
  message: {
    vi: (d) => `B\u1EA3ng kh\xF4ng c\xF3 c\u1ED9t ${d.label}.`,
    en: (d) => `The table has no ${d.label} column.`
  },
  help: {
    vi: "Ph\u1EE5 l\u1EE5c kh\u1EAFc ph\u1EE5c c\u1EA7n giao m\u1ED7i nhi\u1EC7m v\u1EE5 cho m\u1ED9t \u0111\u01A1n v\u1ECB, v\u1EDBi s\u1EA3n ph\u1EA9m v\xE0 th\u1EDDi h\u1EA1n. Thi\u1EBFu c\u1ED9t th\xEC kh\xF4ng theo d\xF5i \u0111\u01B0\u1EE3c.",
    en: "A remediation appendix assigns each task to a unit with a product and a deadline; without the column nothing can be tracked."
  },
  check(ctx) {
    const cols = ctx.layout.columns;
    const scoreTable = SCORE_ROLES.some((r) => cols.has(r)) && !cols.has("owner");
    for (const role of STANDARD) {
      if (cols.has(role)) continue;
      if (scoreTable && role !== "stt" && role !== "criterion") continue;
      ctx.report({ role, data: { label: roleLabel(role, ctx.lang) } });
    }
  }
};

// src/core/rules/owner-unknown.ts
function levenshtein(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
function indexUnits(units) {
  const known = /* @__PURE__ */ new Set();
  const names = [];
  for (const u of units) {
    for (const n of [u.name, ...u.aliases ?? []]) {
      const f = fold(n);
      if (!f) continue;
      known.add(f);
      names.push({ folded: f, name: u.name });
    }
  }
  return { known, names };
}
function suggestUnit(index, unit) {
  const f = fold(unit);
  let best = null;
  let bestScore = Infinity;
  for (const n of index.names) {
    const d = n.folded.includes(f) || f.includes(n.folded) ? Math.abs(n.folded.length - f.length) * 0.5 : levenshtein(f, n.folded);
    if (d < bestScore) {
      bestScore = d;
      best = n.name;
    }
  }
  return best !== null && bestScore <= Math.max(3, f.length * 0.4) ? best : null;
}
var ownerUnknown = {
  id: "owner-unknown",
  title: { vi: "\u0110\u01A1n v\u1ECB kh\xF4ng c\xF3 trong danh m\u1EE5c", en: "Unit not in the list" },
  severity: "warning",
  message: {
    vi: (d) => `\u0110\u01A1n v\u1ECB \u201C${d.unit}\u201D kh\xF4ng c\xF3 trong danh m\u1EE5c \u0111\u01A1n v\u1ECB${d.suggestion ? `; c\xF3 ph\u1EA3i \u201C${d.suggestion}\u201D?` : "."}`,
    en: (d) => `Unit \u201C${d.unit}\u201D is not in the workbook\u2019s unit list${d.suggestion ? `; did you mean \u201C${d.suggestion}\u201D?` : "."}`
  },
  help: {
    vi: "T\xEAn \u0111\u01A1n v\u1ECB vi\u1EBFt m\u1ED7i n\u01A1i m\u1ED9t ki\u1EC3u th\xEC kh\xF4ng t\u1ED5ng h\u1EE3p \u0111\u01B0\u1EE3c nhi\u1EC7m v\u1EE5 theo \u0111\u01A1n v\u1ECB. D\xF9ng \u0111\xFAng t\xEAn trong danh m\u1EE5c.",
    en: "Unit names spelt differently cannot be totalled per unit. Use the names in the unit list."
  },
  check(ctx) {
    if (!ctx.units?.length) return;
    const index = indexUnits(ctx.units);
    for (const role of ["owner", "coordinator"]) {
      const col = ctx.layout.columns.get(role);
      if (col === void 0) continue;
      for (const m of ctx.rows.rows) {
        if (!m.has[role] || ctx.grid.mergedFromAbove(m.row, col) || m.kind === "continuation") continue;
        for (const unit of parseUnits(ctx.rows.cellText(m.row, role))) {
          if (isCollectiveUnit(unit) || index.known.has(fold(unit))) continue;
          ctx.report({ row: m.row, col, role, data: { unit, suggestion: suggestUnit(index, unit) } });
        }
      }
    }
  }
};

// src/core/rules/plan-date-missing.ts
var planDateMissing = {
  id: "plan-date-missing",
  title: { vi: "Kh\xF4ng r\xF5 n\u0103m k\u1EBF ho\u1EA1ch", en: "Plan year not found" },
  severity: "info",
  message: {
    vi: (d) => `Kh\xF4ng th\u1EA5y ng\xE0y hay n\u0103m c\u1EE7a k\u1EBF ho\u1EA1ch \u1EDF c\xE1c d\xF2ng ti\xEAu \u0111\u1EC1; c\xE1c th\u1EDDi gian nh\u01B0 \u201CTh\xE1ng 6\u201D \u0111\u01B0\u1EE3c \u0111\u1ECDc theo n\u0103m ${d.year}.`,
    en: (d) => `No plan date or year found in the title lines; times such as \u201CTh\xE1ng 6\u201D are read in ${d.year}.`
  },
  help: {
    vi: "Th\xEAm d\xF2ng \u201C(K\xE8m theo K\u1EBF ho\u1EA1ch s\u1ED1 \u2026, ng\xE0y \u2026)\u201D tr\xEAn b\u1EA3ng, ho\u1EB7c nh\u1EADp ng\xE0y k\u1EBF ho\u1EA1ch, \u0111\u1EC3 \u0111\u1ECDc \u0111\xFAng n\u0103m c\u1EE7a c\xE1c th\u1EDDi h\u1EA1n.",
    en: "Add the line \u201C(K\xE8m theo K\u1EBF ho\u1EA1ch s\u1ED1 \u2026, ng\xE0y \u2026)\u201D above the table, or enter the plan date, so deadlines are read in the right year."
  },
  check(ctx) {
    if (!ctx.plan.yearAssumed) return;
    const needsYear = ctx.rows.rows.some((m) => m.has.time && ctx.ownSchedule(m)?.yearAssumed);
    if (needsYear) ctx.report({ data: { year: ctx.plan.year } });
  }
};

// src/core/rules/product-unknown.ts
var productUnknown = {
  id: "product-unknown",
  title: { vi: "S\u1EA3n ph\u1EA9m kh\xF4ng r\xF5 lo\u1EA1i", en: "Unrecognised product" },
  severity: "warning",
  message: {
    vi: (d) => `\u201C${d.piece}\u201D kh\xF4ng ph\u1EA3i l\xE0 m\u1ED9t lo\u1EA1i v\u0103n b\u1EA3n hay s\u1EA3n ph\u1EA9m quen thu\u1ED9c (K\u1EBF ho\u1EA1ch, B\xE1o c\xE1o, Bi\xEAn b\u1EA3n, C\xF4ng v\u0103n, Quy\u1EBFt \u0111\u1ECBnh\u2026).`,
    en: (d) => `\u201C${d.piece}\u201D is not a known kind of document or product (K\u1EBF ho\u1EA1ch, B\xE1o c\xE1o, Bi\xEAn b\u1EA3n, C\xF4ng v\u0103n, Quy\u1EBFt \u0111\u1ECBnh\u2026).`
  },
  help: {
    vi: "C\u1ED9t S\u1EA3n ph\u1EA9m n\xEAn ghi lo\u1EA1i v\u0103n b\u1EA3n \u0111\u1EA7u ra (theo Ngh\u1ECB \u0111\u1ECBnh 30/2020/N\u0110-CP) \u0111\u1EC3 ki\u1EC3m ch\u1EE9ng \u0111\u01B0\u1EE3c. M\xF4 t\u1EA3 k\u1EBFt qu\u1EA3 n\xEAn \u0111\u1EC3 \u1EDF c\u1ED9t kh\xE1c.",
    en: "The product column should name the output document (per Decree 30/2020/N\u0110-CP) so it can be evidenced; describe results elsewhere."
  },
  check(ctx) {
    const col = ctx.layout.columns.get("product");
    if (col === void 0) return;
    for (const m of ctx.rows.rows) {
      if (!m.has.product || ctx.grid.mergedFromAbove(m.row, col) || m.kind === "continuation" || m.kind === "total") continue;
      if (typeof ctx.grid.raw(m.row, col) !== "string") continue;
      const { unknown } = parseProducts(ctx.rows.cellText(m.row, "product"));
      if (unknown.length) ctx.report({ row: m.row, col, role: "product", data: { piece: excerpt(unknown.join(", "), 60) } });
    }
  }
};

// src/core/rules/row-blank.ts
var rowBlank = {
  id: "row-blank",
  title: { vi: "D\xF2ng tr\u1ED1ng", en: "Empty row" },
  severity: "info",
  message: {
    vi: () => "D\xF2ng tr\u1ED1ng gi\u1EEFa b\u1EA3ng.",
    en: () => "Empty row inside the table."
  },
  help: {
    vi: "D\xF2ng tr\u1ED1ng chia b\u1EA3ng l\xE0m hai khi l\u1ECDc, s\u1EAFp x\u1EBFp hay t\u1EA1o b\u1EA3ng Excel. Xo\xE1 d\xF2ng n\u1EBFu kh\xF4ng c\u1EA7n.",
    en: "An empty row splits the table for filters, sorting and Excel Tables. Delete it if it is not needed."
  },
  check(ctx) {
    for (const m of ctx.rows.rows) {
      if (m.kind === "blank") ctx.report({ row: m.row, col: ctx.layout.left });
    }
  }
};

// src/core/rules/row-continuation.ts
var rowContinuation = {
  id: "row-continuation",
  title: { vi: "D\xF2ng b\u1ECB ng\u1EAFt t\u1EEB d\xF2ng tr\xEAn", en: "Row split from the row above" },
  severity: "warning",
  message: {
    vi: (d) => `D\xF2ng ${d.row} ch\u1EC9 l\xE0 ph\u1EA7n ti\u1EBFp theo c\u1EE7a d\xF2ng ${d.main} (\u201C\u2026${d.tail}\u201D): b\u1EA3ng b\u1ECB ng\u1EAFt trang khi ch\xE9p t\u1EEB Word.`,
    en: (d) => `Row ${d.row} only continues row ${d.main} (\u201C\u2026${d.tail}\u201D): the table was split across pages when copied from Word.`
  },
  help: {
    vi: "M\u1ED9t nhi\u1EC7m v\u1EE5 b\u1ECB t\xE1ch l\xE0m hai d\xF2ng s\u1EBD b\u1ECB \u0111\u1EBFm, l\u1ECDc v\xE0 giao vi\u1EC7c sai. S\u1EEDa: g\u1ED9p ch\u1EEF v\xE0o d\xF2ng tr\xEAn (d\xF2ng n\xE0y \u0111\u1EC3 tr\u1ED1ng, c\xF3 th\u1EC3 xo\xE1).",
    en: "A task split over two rows is counted, filtered and assigned wrongly. Fix: merge the text into the row above (this row is left empty and can be deleted)."
  },
  fixLabel: { vi: "G\u1ED9p v\xE0o d\xF2ng tr\xEAn", en: "Merge into the row above" },
  check(ctx) {
    const { grid, layout: layout2 } = ctx;
    for (const m of ctx.rows.rows) {
      if (m.kind !== "continuation" || !m.continues) continue;
      const main = m.continues.row;
      const edits = [];
      let tail = "";
      let firstCol = null;
      for (let c = layout2.left; c <= layout2.right; c++) {
        const v = grid.raw(m.row, c);
        if (v === null || grid.formula(m.row, c) || grid.mergedFromAbove(m.row, c)) continue;
        const text = String(v).trim();
        if (!text) continue;
        tail ||= text;
        firstCol ??= c;
        const above = grid.raw(main, c);
        const aboveText = above === null ? "" : String(above);
        const joiner = aboveText === "" || /[-–(\s]$/.test(aboveText) ? "" : " ";
        edits.push({ row: main, col: c, value: aboveText + joiner + text, append: joiner + text });
        edits.push({ row: m.row, col: c, value: null });
      }
      const textCol = layout2.columns.get("criterion");
      const col = textCol !== void 0 && grid.raw(m.row, textCol) !== null ? textCol : firstCol ?? layout2.left;
      ctx.report({ row: m.row, col, data: { row: m.row, main, tail: excerpt(tail, 40) }, fix: edits });
    }
  }
};

// src/core/parse/stt.ts
var NONE = { kind: "none", text: "", segments: [] };
var ROMAN2 = /^(X{0,3})(IX|IV|V?I{0,3})$/;
var ROMAN_VALUES = { I: 1, V: 5, X: 10 };
function romanValue(s) {
  if (!s || !ROMAN2.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]];
    const next = ROMAN_VALUES[s[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total || null;
}
function numberSttText(n) {
  return String(Math.round(n * 1e6) / 1e6);
}
var DOTTED = /^(\d{1,3})((?:[.,]\d{1,3})*)[.)]?$/;
var LETTER = /^([a-zđ])[).]$/i;
var BULLET = /^[-+•–—*·●○▪]+$/;
var parseSttText = memoize((text) => parseSttUncached(text));
function parseStt(value) {
  if (value === null || value === void 0 || value === "") return NONE;
  return typeof value === "string" ? parseSttText(value) : parseSttUncached(value);
}
function parseSttUncached(value) {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) return { kind: "other", text: String(value), segments: [] };
    const text = numberSttText(value);
    return { kind: "number", text, segments: text.split(".").map(Number) };
  }
  if (typeof value !== "string") return { kind: "other", text: String(value), segments: [] };
  const t = value.replace(/^'+/, "").replace(/<[^>]*>/g, "").trim();
  if (!t) return NONE;
  const d = DOTTED.exec(t);
  if (d) {
    const segments = [Number(d[1]), ...d[2] ? d[2].slice(1).split(/[.,]/).map(Number) : []];
    return { kind: "number", text: segments.join("."), segments };
  }
  const upper = t.replace(/[.)]$/, "");
  const rv = romanValue(upper);
  if (rv !== null && upper === upper.toUpperCase()) return { kind: "roman", text: upper, segments: [rv] };
  const l = LETTER.exec(t);
  if (l) {
    const ch = l[1].toLowerCase();
    const idx = ch === "\u0111" ? 5 : ch.charCodeAt(0) - 96 + (ch > "d" ? 1 : 0);
    return { kind: "letter", text: l[1], segments: [idx] };
  }
  if (BULLET.test(t)) return { kind: "bullet", text: t[0], segments: [] };
  return { kind: "other", text: t, segments: [] };
}
function isPrefixOf(parent, child) {
  if (parent.length >= child.length) return false;
  for (let i = 0; i < parent.length; i++) if (parent[i] !== child[i]) return false;
  return true;
}
function inferCoercedStt(n, previous) {
  const stt = parseStt(n);
  if (!previous || previous.kind !== "number") return stt;
  const a = stt.segments;
  const b = previous.segments;
  if (a.length !== b.length || a.length < 2) return stt;
  for (let i = 0; i < a.length - 1; i++) if (a[i] !== b[i]) return stt;
  const last = a[a.length - 1];
  const prevLast = b[b.length - 1];
  if (last <= prevLast && last * 10 === prevLast + 1) {
    const segments = [...a.slice(0, -1), last * 10];
    return { kind: "number", text: a.slice(0, -1).join(".") + "." + String(last) + "0", segments };
  }
  return stt;
}

// src/core/rules/stt-outline.ts
var cache2 = /* @__PURE__ */ new WeakMap();
function isNumbered(m) {
  return m.stt.kind === "number" || m.stt.kind === "letter" || m.stt.kind === "roman";
}
function contradictsParent(m) {
  const p = m.parent;
  if (!p || m.stt.kind !== "number" || p.stt.kind !== "number" || m.stt.segments.length < 2) return false;
  return !isPrefixOf(p.stt.segments, m.stt.segments);
}
function siblingGroups(rows) {
  let groups = cache2.get(rows);
  if (groups) return groups;
  groups = /* @__PURE__ */ new Map();
  for (const m of rows.rows) {
    if (!isNumbered(m) || m.kind === "continuation" || contradictsParent(m)) continue;
    const key = m.stt.kind === "roman" ? null : m.parent;
    let list = groups.get(key);
    if (!list) groups.set(key, list = []);
    list.push(m);
  }
  cache2.set(rows, groups);
  return groups;
}
function lastSegment(m) {
  return m.stt.segments[m.stt.segments.length - 1] ?? 0;
}
function sameStyle(list) {
  const byKind = /* @__PURE__ */ new Map();
  for (const m of list) {
    const k = m.stt.kind + (m.stt.kind === "number" ? `:${m.stt.segments.length}` : "");
    let l = byKind.get(k);
    if (!l) byKind.set(k, l = []);
    l.push(m);
  }
  return [...byKind.values()];
}

// src/core/rules/stt-duplicate.ts
var sttDuplicate = {
  id: "stt-duplicate",
  title: { vi: "STT tr\xF9ng", en: "Duplicate STT" },
  severity: "error",
  message: {
    vi: (d) => `STT ${d.stt} tr\xF9ng v\u1EDBi d\xF2ng ${d.other}${d.parent ? ` (c\xF9ng thu\u1ED9c m\u1EE5c ${d.parent})` : ""}.`,
    en: (d) => `STT ${d.stt} repeats row ${d.other}${d.parent ? ` (both under ${d.parent})` : ""}.`
  },
  help: {
    vi: "Hai d\xF2ng c\xF9ng s\u1ED1 th\u1EE9 t\u1EF1 trong m\u1ED9t m\u1EE5c khi\u1EBFn b\xE1o c\xE1o v\xE0 tra c\u1EE9u nh\u1EA7m d\xF2ng. \u0110\xE1nh s\u1ED1 l\u1EA1i.",
    en: "Two rows with one number under the same heading make reports and lookups pick the wrong row. Renumber."
  },
  check(ctx) {
    const col = ctx.layout.columns.get("stt");
    for (const [parent, list] of siblingGroups(ctx.rows)) {
      const seen = /* @__PURE__ */ new Map();
      for (const m of list) {
        const first = seen.get(m.stt.text);
        if (first !== void 0) {
          ctx.report({ row: m.row, col, role: "stt", data: { stt: m.stt.text, other: first, parent: parent?.stt.text || null } });
        } else {
          seen.set(m.stt.text, m.row);
        }
      }
    }
  }
};

// src/core/rules/stt-gap.ts
var sttGap = {
  id: "stt-gap",
  title: { vi: "STT b\u1ECB nh\u1EA3y s\u1ED1", en: "Skipped STT numbers" },
  severity: "info",
  message: {
    vi: (d) => `STT nh\u1EA3y t\u1EEB ${d.previous} sang ${d.stt} (thi\u1EBFu ${d.missing}).`,
    en: (d) => `The numbering jumps from ${d.previous} to ${d.stt} (${d.missing} missing).`
  },
  help: {
    vi: "S\u1ED1 b\u1ECB b\u1ECF qua c\xF3 th\u1EC3 l\xE0 d\xF2ng \u0111\xE3 xo\xE1. N\u1EBFu b\u1EA3ng d\xF9ng m\xE3 ti\xEAu ch\xED l\xE0m STT (ch\u1EC9 li\u1EC7t k\xEA ti\xEAu ch\xED b\u1ECB tr\u1EEB \u0111i\u1EC3m) th\xEC kh\xF4ng c\u1EA7n s\u1EEDa.",
    en: "A skipped number may be a deleted row. If the table uses criterion codes as STT (listing only the criteria that lost points) nothing needs fixing."
  },
  check(ctx) {
    const groups = siblingGroups(ctx.rows);
    for (const [parent, list] of groups) {
      const first = list.find((m) => m.stt.kind === "number");
      if (parent && first && lastSegment(first) > 1) return;
    }
    const col = ctx.layout.columns.get("stt");
    for (const list of groups.values()) {
      for (const style of sameStyle(list)) {
        if (style[0].stt.kind === "letter") continue;
        for (let i = 1; i < style.length; i++) {
          const prev = style[i - 1];
          const m = style[i];
          const a = lastSegment(prev);
          const b = lastSegment(m);
          if (b <= a + 1) continue;
          const prefix = m.stt.segments.slice(0, -1).join(".");
          const name = (n) => m.stt.kind === "roman" ? toRoman(n) : prefix ? `${prefix}.${n}` : String(n);
          const missing = b - a === 2 ? name(a + 1) : `${name(a + 1)}\u2013${name(b - 1)}`;
          ctx.report({ row: m.row, col, role: "stt", data: { stt: m.stt.text, previous: prev.stt.text, missing } });
        }
      }
    }
  }
};
function toRoman(n) {
  const parts = [[10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let s = "";
  for (const [v, r] of parts) while (n >= v) {
    s += r;
    n -= v;
  }
  return s;
}

// src/core/rules/stt-number-coerced.ts
var sttNumberCoerced = {
  id: "stt-number-coerced",
  title: { vi: "STT b\u1ECB Excel \u0111\u1ED5i th\xE0nh s\u1ED1", en: "STT turned into a number" },
  severity: "error",
  message: {
    vi: (d) => `STT \u201C${d.shown}\u201D l\xE0 s\u1ED1 th\u1EADp ph\xE2n ch\u1EE9 kh\xF4ng ph\u1EA3i ch\u1EEF: Excel \u0111\xE3 \u0111\u1ED5i \u201C${d.text}\u201D th\xE0nh s\u1ED1. S\u1EAFp x\u1EBFp v\xE0 tra c\u1EE9u s\u1EBD sai (\u201C1.10\u201D v\xE0 \u201C1.1\u201D th\xE0nh m\u1ED9t).`,
    en: (d) => `STT \u201C${d.shown}\u201D is a decimal number, not text: Excel turned \u201C${d.text}\u201D into a number. Sorting and lookups break (\u201C1.10\u201D and \u201C1.1\u201D become one).`
  },
  help: {
    vi: "Khi g\xF5 \u201C1,1\u201D trong Excel ti\u1EBFng Vi\u1EC7t (ho\u1EB7c \u201C1.1\u201D trong Excel ti\u1EBFng Anh), Excel l\u01B0u th\xE0nh s\u1ED1 1,1. S\u1EEDa: ghi l\u1EA1i STT d\u01B0\u1EDBi d\u1EA1ng ch\u1EEF (\u0111\u1ECBnh d\u1EA1ng \xF4 Text).",
    en: "Typing \u201C1,1\u201D in a Vietnamese-locale Excel (or \u201C1.1\u201D in an English one) stores the number 1.1. Fix: write the STT back as text (cell format Text)."
  },
  fixLabel: { vi: "Ghi STT d\u01B0\u1EDBi d\u1EA1ng ch\u1EEF", en: "Write the STT as text" },
  check(ctx) {
    const col = ctx.layout.columns.get("stt");
    if (col === void 0) return;
    for (const m of ctx.rows.rows) {
      const v = ctx.grid.raw(m.row, col);
      if (typeof v !== "number" || Number.isInteger(v) || ctx.grid.mergedFromAbove(m.row, col)) continue;
      const sep = ctx.grid.snapshot.decimalSeparator ?? (ctx.lang === "vi" ? "," : ".");
      const shown = ctx.grid.snapshot.text ? ctx.grid.text(m.row, col) : String(v).replace(".", sep);
      ctx.report({
        row: m.row,
        col,
        role: "stt",
        data: { shown, text: m.stt.text, value: v },
        fix: [{ row: m.row, col, value: m.stt.text, numFmt: "@" }]
      });
    }
  }
};

// src/core/rules/stt-order.ts
var sttOrder = {
  id: "stt-order",
  title: { vi: "STT ng\u01B0\u1EE3c th\u1EE9 t\u1EF1", en: "STT out of order" },
  severity: "warning",
  message: {
    vi: (d) => `STT ${d.stt} \u0111\u1EE9ng sau ${d.previous} (d\xF2ng ${d.previousRow}): th\u1EE9 t\u1EF1 b\u1ECB ng\u01B0\u1EE3c.`,
    en: (d) => `STT ${d.stt} comes after ${d.previous} (row ${d.previousRow}): the numbering goes backwards.`
  },
  help: {
    vi: "S\u1ED1 th\u1EE9 t\u1EF1 \u0111i l\xF9i th\u01B0\u1EDDng l\xE0 d\xF2ng b\u1ECB ch\xE8n nh\u1EA7m ch\u1ED7 ho\u1EB7c g\xF5 sai s\u1ED1. Ki\u1EC3m tra v\u1ECB tr\xED d\xF2ng ho\u1EB7c \u0111\xE1nh s\u1ED1 l\u1EA1i.",
    en: "Numbering that goes backwards usually means a row in the wrong place or a typo. Move the row or renumber."
  },
  check(ctx) {
    const col = ctx.layout.columns.get("stt");
    for (const list of siblingGroups(ctx.rows).values()) {
      for (const style of sameStyle(list)) {
        for (let i = 1; i < style.length; i++) {
          const prev = style[i - 1];
          const m = style[i];
          if (m.stt.text === prev.stt.text || lastSegment(m) >= lastSegment(prev)) continue;
          ctx.report({ row: m.row, col, role: "stt", data: { stt: m.stt.text, previous: prev.stt.text, previousRow: prev.row } });
        }
      }
    }
  }
};

// src/core/rules/stt-parent-mismatch.ts
var sttParentMismatch = {
  id: "stt-parent-mismatch",
  title: { vi: "STT kh\xF4ng kh\u1EDBp m\u1EE5c cha", en: "STT does not match its parent" },
  severity: "warning",
  message: {
    vi: (d) => `STT ${d.stt} n\u1EB1m d\u01B0\u1EDBi m\u1EE5c ${d.parent} (d\xF2ng ${d.parentRow}): s\u1ED1 kh\xF4ng kh\u1EDBp v\u1EDBi m\u1EE5c cha.`,
    en: (d) => `STT ${d.stt} sits under ${d.parent} (row ${d.parentRow}): its number does not match its parent.`
  },
  help: {
    vi: "S\u1ED1 \u201C2.4.2\u201D ph\u1EA3i n\u1EB1m d\u01B0\u1EDBi 2.4 (ho\u1EB7c 2). Sai m\u1EE5c cha th\u01B0\u1EDDng do thi\u1EBFu d\xF2ng m\u1EE5c ho\u1EB7c g\xF5 nh\u1EA7m s\u1ED1.",
    en: "\u201C2.4.2\u201D belongs under 2.4 (or 2). A wrong parent usually means a missing heading row or a typo."
  },
  check(ctx) {
    const col = ctx.layout.columns.get("stt");
    for (const m of ctx.rows.rows) {
      if (!contradictsParent(m)) continue;
      ctx.report({ row: m.row, col, role: "stt", data: { stt: m.stt.text, parent: m.parent.stt.text, parentRow: m.parent.row } });
    }
  }
};

// src/core/rules/table-not-found.ts
var tableNotFound = {
  id: "table-not-found",
  title: { vi: "Kh\xF4ng t\xECm th\u1EA5y b\u1EA3ng", en: "Table not found" },
  severity: "error",
  scope: "sheet",
  message: {
    vi: (d) => `Kh\xF4ng t\xECm th\u1EA5y d\xF2ng ti\xEAu \u0111\u1EC1 c\u1EE7a b\u1EA3ng tr\xEAn trang \u201C${d.sheet}\u201D (c\u1EA7n \xEDt nh\u1EA5t hai c\u1ED9t nh\u01B0 STT, N\u1ED9i dung, \u0110\u01A1n v\u1ECB ch\u1EE7 tr\xEC, S\u1EA3n ph\u1EA9m, Th\u1EDDi gian).`,
    en: (d) => `No table header found on sheet \u201C${d.sheet}\u201D (at least two columns such as STT, N\u1ED9i dung, \u0110\u01A1n v\u1ECB ch\u1EE7 tr\xEC, S\u1EA3n ph\u1EA9m, Th\u1EDDi gian are needed).`
  },
  help: {
    vi: "Kh\xF4ng nh\u1EADn ra b\u1EA3ng th\xEC kh\xF4ng ki\u1EC3m tra \u0111\u01B0\u1EE3c. H\xE3y \u0111\u1EB7t t\xEAn c\u1ED9t theo m\u1EABu ph\u1EE5 l\u1EE5c (STT, N\u1ED9i dung, \u0110\u01A1n v\u1ECB ch\u1EE7 tr\xEC, S\u1EA3n ph\u1EA9m, Th\u1EDDi gian).",
    en: "Without a recognisable header the table cannot be checked. Name the columns as the appendix template does (STT, N\u1ED9i dung, \u0110\u01A1n v\u1ECB ch\u1EE7 tr\xEC, S\u1EA3n ph\u1EA9m, Th\u1EDDi gian)."
  },
  // Reported by the checker itself when detection fails; nothing to do on a found table.
  check() {
  }
};

// src/core/rules/task-fields.ts
function taskName(ctx, m) {
  const text = ctx.rows.cellText(m.row, "criterion") || ctx.rows.cellText(m.row, "solution");
  return excerpt(text || (ctx.lang === "vi" ? `d\xF2ng ${m.row}` : `row ${m.row}`), 60);
}
function missingRule(id, role, what, why) {
  return {
    id,
    title: { vi: `Thi\u1EBFu ${what[0]}`, en: `Missing ${what[1]}` },
    severity: "error",
    message: {
      vi: (d) => `Nhi\u1EC7m v\u1EE5 \u201C${d.task}\u201D ch\u01B0a c\xF3 ${what[0]}.`,
      en: (d) => `Task \u201C${d.task}\u201D has no ${what[1]}.`
    },
    help: { vi: why[0], en: why[1] },
    check(ctx) {
      const col = ctx.layout.columns.get(role);
      if (col === void 0) return;
      for (const m of ctx.rows.rows) {
        if (m.kind !== "item" || ctx.rows.hasEffective(m, role)) continue;
        ctx.report({ row: m.row, col, role, data: { task: taskName(ctx, m) } });
      }
    }
  };
}
var ownerMissing = missingRule(
  "owner-missing",
  "owner",
  ["\u0111\u01A1n v\u1ECB ch\u1EE7 tr\xEC", "lead unit"],
  [
    "Nhi\u1EC7m v\u1EE5 kh\xF4ng c\xF3 \u0111\u01A1n v\u1ECB ch\u1EE7 tr\xEC th\xEC kh\xF4ng ai ch\u1ECBu tr\xE1ch nhi\u1EC7m. Ghi \u0111\u01A1n v\u1ECB \u1EDF d\xF2ng n\xE0y ho\u1EB7c \u1EDF d\xF2ng m\u1EE5c cha.",
    "A task with no lead unit is nobody\u2019s job. Name the unit on this row or on its parent row."
  ]
);
var productMissing = missingRule(
  "product-missing",
  "product",
  ["s\u1EA3n ph\u1EA9m", "product"],
  [
    "Kh\xF4ng c\xF3 s\u1EA3n ph\u1EA9m (K\u1EBF ho\u1EA1ch, B\xE1o c\xE1o\u2026) th\xEC kh\xF4ng c\xF3 g\xEC \u0111\u1EC3 ki\u1EC3m ch\u1EE9ng khi ch\u1EA5m \u0111i\u1EC3m. Ghi lo\u1EA1i v\u0103n b\u1EA3n \u0111\u1EA7u ra.",
    "Without a product (plan, report\u2026) there is no evidence to show at scoring time. Name the output document."
  ]
);
var timeMissing = missingRule(
  "time-missing",
  "time",
  ["th\u1EDDi gian th\u1EF1c hi\u1EC7n", "time or deadline"],
  [
    "Kh\xF4ng c\xF3 th\u1EDDi h\u1EA1n th\xEC kh\xF4ng theo d\xF5i \u0111\u01B0\u1EE3c ti\u1EBFn \u0111\u1ED9 v\xE0 kh\xF4ng bi\u1EBFt khi n\xE0o qu\xE1 h\u1EA1n. Ghi th\xE1ng, qu\xFD ho\u1EB7c ng\xE0y c\u1EE5 th\u1EC3.",
    "Without a deadline progress cannot be tracked and nothing is ever overdue. Give a month, quarter or date."
  ]
);

// src/core/text/legacy.ts
var TCVN3_HIGH = "\xC0\u1EA2\xC3\xC1\u1EA0\u1EB6\u1EAC\xC8\u1EBA\u1EBC\xC9\u1EB8\u1EC6\xCC\u1EC8\u0128\xCD\u1ECA\xD2\u1ECE\xD5\xD3\u1ECC\u1ED8\u1EDC\u1EDE\u1EE0\u1EDA\u1EE2\xD9\u1EE6\u0168\xA0\u0102\xC2\xCA\xD4\u01A0\u01AF\u0110\u0103\xE2\xEA\xF4\u01A1\u01B0\u0111\u1EB0\u0300\u0309\u0303\u0301\u0323\xE0\u1EA3\xE3\xE1\u1EA1\u1EB2\u1EB1\u1EB3\u1EB5\u1EAF\u1EB4\u1EAE\u1EA6\u1EA8\u1EAA\u1EA4\u1EC0\u1EB7\u1EA7\u1EA9\u1EAB\u1EA5\u1EAD\xE8\u1EC2\u1EBB\u1EBD\xE9\u1EB9\u1EC1\u1EC3\u1EC5\u1EBF\u1EC7\xEC\u1EC9\u1EC4\u1EBE\u1ED2\u0129\xED\u1ECB\xF2\u1ED4\u1ECF\xF5\xF3\u1ECD\u1ED3\u1ED5\u1ED7\u1ED1\u1ED9\u1EDD\u1EDF\u1EE1\u1EDB\u1EE3\xF9\u1ED6\u1EE7\u0169\xFA\u1EE5\u1EEB\u1EED\u1EEF\u1EE9\u1EF1\u1EF3\u1EF7\u1EF9\xFD\u1EF5\u1ED0";
var TCVN3_C0 = [
  [1, "\xDA"],
  [2, "\u1EE4"],
  [4, "\u1EEA"],
  [5, "\u1EEC"],
  [6, "\u1EEE"],
  [17, "\u1EE8"],
  [18, "\u1EF0"],
  [19, "\u1EF2"],
  [20, "\u1EF6"],
  [21, "\u1EF8"],
  [22, "\xDD"],
  [23, "\u1EF4"]
];
var CP1252_80 = "\u20AC\x81\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\x8D\u017D\x8F\x90\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\x9D\u017E\u0178";
var SOFT_PUNCT = /* @__PURE__ */ new Set([8211, 8212, 8216, 8217, 8220, 8221, 8226, 8230]);
var TONE_ACUTE = "\u0301";
var TONE_GRAVE = "\u0300";
var TONE_HOOK = "\u0309";
var TONE_TILDE = "\u0303";
var TONE_DOT = "\u0323";
var CIRCUMFLEX = "\u0302";
var BREVE = "\u0306";
var MarkKind = {
  Tone: 1,
  // any vowel
  Hat: 2,
  // a, e, o
  Breve: 3
  // a
};
var VNI_MARKS_LOWER = [
  ["\xF9", MarkKind.Tone, TONE_ACUTE],
  ["\xF8", MarkKind.Tone, TONE_GRAVE],
  ["\xFB", MarkKind.Tone, TONE_HOOK],
  ["\xF5", MarkKind.Tone, TONE_TILDE],
  ["\xEF", MarkKind.Tone, TONE_DOT],
  ["\xE2", MarkKind.Hat, CIRCUMFLEX],
  ["\xE1", MarkKind.Hat, CIRCUMFLEX + TONE_ACUTE],
  ["\xE0", MarkKind.Hat, CIRCUMFLEX + TONE_GRAVE],
  ["\xE5", MarkKind.Hat, CIRCUMFLEX + TONE_HOOK],
  ["\xE3", MarkKind.Hat, CIRCUMFLEX + TONE_TILDE],
  ["\xE4", MarkKind.Hat, CIRCUMFLEX + TONE_DOT],
  ["\xEA", MarkKind.Breve, BREVE],
  ["\xE9", MarkKind.Breve, BREVE + TONE_ACUTE],
  ["\xE8", MarkKind.Breve, BREVE + TONE_GRAVE],
  ["\xFA", MarkKind.Breve, BREVE + TONE_HOOK],
  ["\xFC", MarkKind.Breve, BREVE + TONE_TILDE],
  ["\xEB", MarkKind.Breve, BREVE + TONE_DOT]
];
var VNI_SINGLE_LOWER = [
  ["\xF4", "\u01A1"],
  ["\xF6", "\u01B0"],
  ["\xF1", "\u0111"],
  ["\xED", "\xED"],
  ["\xEC", "\xEC"],
  ["\xE6", "\u1EC9"],
  ["\xF3", "\u0129"],
  ["\xF2", "\u1ECB"],
  ["\xEE", "\u1EF5"]
];
var TCVN3_BY_CODE = new Array(256).fill("");
var TCVN3_EXTRA = /* @__PURE__ */ new Map();
var TCVN3_UPPER = /* @__PURE__ */ new Set();
var VNI_MARK = /* @__PURE__ */ new Map();
var VNI_SINGLE = /* @__PURE__ */ new Map();
var VNI_CHARS = /* @__PURE__ */ new Set();
for (let b = 128; b <= 255; b++) {
  const u = TCVN3_HIGH.charAt(b - 128);
  if (b >= 176 && b <= 180) continue;
  TCVN3_BY_CODE[b] = u;
  const upper = u !== u.toLowerCase();
  if (upper) TCVN3_UPPER.add(b);
  if (b < 160) {
    const w = CP1252_80.charCodeAt(b - 128);
    if (w >= 256) {
      TCVN3_EXTRA.set(w, u);
      if (upper) TCVN3_UPPER.add(w);
    }
  }
}
for (const [b, u] of TCVN3_C0) {
  TCVN3_BY_CODE[b] = u;
  TCVN3_UPPER.add(b);
}
for (const [ch, kind, marks] of VNI_MARKS_LOWER) {
  VNI_MARK.set(ch.charCodeAt(0), { kind, marks, upper: false });
  VNI_MARK.set(ch.toUpperCase().charCodeAt(0), { kind, marks, upper: true });
}
for (const [ch, u] of VNI_SINGLE_LOWER) {
  VNI_SINGLE.set(ch.charCodeAt(0), u);
  VNI_SINGLE.set(ch.toUpperCase().charCodeAt(0), u.toUpperCase());
}
for (const c of [...VNI_MARK.keys(), ...VNI_SINGLE.keys()]) VNI_CHARS.add(c);
for (const ch of "\xC0\xC1\xC2\xC3\xC8\xC9\xCA\xCC\xCD\xD2\xD3\xD4\xD5\xD9\xDA\xDD\xE0\xE1\xE2\xE3\xE8\xE9\xEA\xEC\xED\xF2\xF3\xF4\xF5\xF9\xFA\xFD") VNI_CHARS.add(ch.charCodeAt(0));
var B_VOWEL = 1;
var B_AEO = 2;
var B_A = 4;
var B_LOWER = 8;
var B_LETTER = 16;
var B_NO_STOP = 32;
var B_NO_I = 64;
var BASE = new Uint8Array(256);
var REQ = new Uint8Array(256);
var EXT = new Uint8Array(8704);
var VIET_LATIN1 = "\xC0\xC1\xC2\xC3\xC8\xC9\xCA\xCC\xCD\xD2\xD3\xD4\xD5\xD9\xDA\xDD\xE0\xE1\xE2\xE3\xE8\xE9\xEA\xEC\xED\xF2\xF3\xF4\xF5\xF9\xFA\xFD";
(() => {
  for (let c = 65; c <= 90; c++) BASE[c] = B_LETTER;
  for (let c = 97; c <= 122; c++) BASE[c] = B_LETTER | B_LOWER;
  for (let c = 192; c <= 255; c++) if (c !== 215 && c !== 247) BASE[c] = B_LETTER;
  const add = (chars, bit) => {
    for (const ch of chars) {
      const c = ch.charCodeAt(0);
      BASE[c] = BASE[c] | bit;
    }
  };
  add("aeiouyAEIOUY\xF4\xD4", B_VOWEL);
  add("aeoAEO", B_AEO);
  add("aA", B_A);
  add("\xE0\xE8\xEC\xF2\xF9\xE3\xF5\xE2\xEA\xF4\xC0\xC8\xCC\xD2\xD9\xC3\xD5\xC2\xCA\xD4", B_NO_STOP);
  add("\xE9\xE8\xEA\xEC\xED\xFD", B_NO_I);
  for (const ch of "ptc") REQ[ch.charCodeAt(0)] = B_NO_STOP;
  REQ[105] = B_NO_I;
  for (const [b] of TCVN3_C0) REQ[b] = 255;
  for (let c = 128; c <= 255; c++) REQ[c] = 255;
  REQ[160] = 0;
  for (const ch of VIET_LATIN1) {
    const c = ch.charCodeAt(0);
    const mark = VNI_MARK.get(c);
    let r = 0;
    if (mark) r |= mark.kind === MarkKind.Tone ? B_VOWEL : mark.kind === MarkKind.Hat ? B_AEO : B_A;
    if (ch !== ch.toLowerCase()) r |= B_LOWER;
    REQ[c] = r;
  }
  for (const w of TCVN3_EXTRA.keys()) EXT[w] = SOFT_PUNCT.has(w) ? 2 : 1;
})();
function isAsciiLetter(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90;
}
function mayBeLegacy(text) {
  let prev = 0;
  let suspicious = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 256) {
      if (!suspicious) {
        const r = REQ[c];
        if (r !== 0 && (r === 255 || (BASE[prev] & r) !== 0)) suspicious = true;
      }
      prev = c;
      continue;
    }
    if (isUnicodeOnlyVietnamese(c)) return false;
    if (!suspicious && c < 8704) {
      const e = EXT[c];
      if (e === 1) suspicious = true;
      else if (e === 2 && (BASE[prev] & B_LETTER) !== 0 && i + 1 < n) {
        const next = text.charCodeAt(i + 1);
        if (isAsciiLetter(next) || next >= 128) suspicious = true;
      }
    }
    prev = 0;
  }
  return suspicious;
}
function isUnicodeOnlyVietnamese(c) {
  return c >= 7840 && c <= 7929 || c >= 768 && c <= 879 || c === 258 || c === 259 || c === 272 || c === 273 || c === 296 || c === 297 || c === 360 || c === 361 || c === 416 || c === 417 || c === 431 || c === 432;
}
function isTcvnC0(c) {
  return c === 1 || c === 2 || c >= 4 && c <= 6 || c >= 17 && c <= 23;
}
function charClass(c) {
  if (c < 128) return isAsciiLetter(c) || isTcvnC0(c) ? 2 : 0;
  if (c < 256) return c === 160 ? 0 : 2;
  if (c < 592) return 2;
  if (c >= 768 && c < 880) return 2;
  if (c >= 7680 && c < 7936) return 2;
  if (c < 8704 && EXT[c] === 1) return 2;
  if (SOFT_PUNCT.has(c)) return 1;
  return 0;
}
function tokenize(text) {
  const tokens = [];
  const n = text.length;
  let start = 0;
  let inWord = false;
  for (let i = 0; i < n; i++) {
    const k = charClass(text.charCodeAt(i));
    let isWord = k === 2;
    if (k === 1) isWord = inWord && i + 1 < n && charClass(text.charCodeAt(i + 1)) === 2;
    if (i === 0) {
      inWord = isWord;
      continue;
    }
    if (isWord !== inWord) {
      tokens.push({ text: text.slice(start, i), word: inWord });
      start = i;
      inWord = isWord;
    }
  }
  if (n > 0) tokens.push({ text: text.slice(start), word: inWord });
  return tokens;
}
var TONELESS_VOWELS = new Set("a\u0103\xE2e\xEAio\xF4\u01A1u\u01B0yA\u0102\xC2E\xCAIO\xD4\u01A0U\u01AFY");
var TCVN3_COMBINING = ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];
function decodeTcvn3Word(word) {
  let out = "";
  let last = "";
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let u;
    if (c >= 176 && c <= 180) {
      if (TONELESS_VOWELS.has(last)) {
        out += TCVN3_COMBINING[c - 176];
        last = "";
        continue;
      }
      u = word.charAt(i);
    } else if (c < 256) {
      u = TCVN3_BY_CODE[c] || word.charAt(i);
    } else {
      u = TCVN3_EXTRA.get(c) ?? word.charAt(i);
    }
    out += u;
    last = u;
  }
  return out;
}
var V_NONE = 0;
var V_A = 1;
var V_EO = 2;
var V_TONE = 3;
function vniBaseState(u) {
  switch (u) {
    case "a":
    case "A":
      return V_A;
    case "e":
    case "E":
    case "o":
    case "O":
      return V_EO;
    case "i":
    case "I":
    case "u":
    case "U":
    case "y":
    case "Y":
    case "\u01A1":
    case "\u01A0":
    case "\u01B0":
    case "\u01AF":
      return V_TONE;
    default:
      return V_NONE;
  }
}
function decodeVniText(text, strict = false, stats) {
  let out = "";
  let state = V_NONE;
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const mark = state !== V_NONE ? VNI_MARK.get(c) : void 0;
    if (mark && (!strict || mark.upper === upper)) {
      const fits = mark.kind === MarkKind.Tone || mark.kind === MarkKind.Hat && (state === V_A || state === V_EO) || mark.kind === MarkKind.Breve && state === V_A;
      if (fits) {
        if (stats) stats.marks++;
        out += mark.marks;
        state = mark.marks.length === 1 && mark.kind !== MarkKind.Tone ? V_TONE : V_NONE;
        continue;
      }
    }
    const u = VNI_SINGLE.get(c) ?? text.charAt(i);
    out += u;
    state = vniBaseState(u);
    upper = u !== u.toLowerCase();
  }
  return out;
}
var INITIALS = [
  "ngh",
  "ng",
  "nh",
  "ch",
  "gh",
  "gi",
  "kh",
  "ph",
  "th",
  "tr",
  "b",
  "c",
  "d",
  "\u0111",
  "g",
  "h",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "x",
  ""
];
var RHYMES = new Set(
  "a ac ach ai am an ang anh ao ap at au ay \u0103c \u0103m \u0103n \u0103ng \u0103p \u0103t \xE2c \xE2m \xE2n \xE2ng \xE2p \xE2t \xE2u \xE2y e ec em en eng eo ep et \xEA \xEAch \xEAm \xEAn \xEAnh \xEAp \xEAt \xEAu i ia ich i\xEAc i\xEAm i\xEAn i\xEAng i\xEAp i\xEAt i\xEAu im in inh ip it iu o oa oac oach oai oam oan oang oanh oao oap oat oay o\u0103c o\u0103m o\u0103n o\u0103ng o\u0103t oc oe oem oen oeo oet oi om on ong ooc oong op ot \xF4 \xF4c \xF4i \xF4m \xF4n \xF4ng \xF4p \xF4t \u01A1 \u01A1i \u01A1m \u01A1n \u01A1p \u01A1t u ua u\xE2n u\xE2ng u\xE2t u\xE2y uc u\xEA u\xEAch u\xEAnh ui um un ung u\xF4c u\xF4i u\xF4m u\xF4n u\xF4ng u\xF4t up ut u\u01A1 uy uya uych uy\xEAn uy\xEAt uynh uyt uyu \u01B0 \u01B0a \u01B0c \u01B0i \u01B0m \u01B0n \u01B0ng \u01B0t \u01B0u \u01B0\u01A1c \u01B0\u01A1i \u01B0\u01A1m \u01B0\u01A1n \u01B0\u01A1ng \u01B0\u01A1p \u01B0\u01A1t \u01B0\u01A1u y y\xEAm y\xEAn y\xEAt y\xEAu".split(" ")
);
var QU_RHYMES = /* @__PURE__ */ new Set(["ynh", "yt", "ych"]);
function isToneMark(c) {
  return c === 768 || c === 769 || c === 771 || c === 777 || c === 803;
}
var syllableCache = /* @__PURE__ */ new Map();
function isVietnameseSyllable(word) {
  let known = syllableCache.get(word);
  if (known === void 0) {
    if (syllableCache.size >= 2e4) syllableCache.clear();
    known = checkSyllable(word);
    syllableCache.set(word, known);
  }
  return known;
}
function checkSyllable(word) {
  const d = word.toLowerCase().normalize("NFD");
  let tone = 0;
  let toneAt = -1;
  const groups = [];
  for (let i = 0; i < d.length; i++) {
    const c = d.charCodeAt(i);
    if (isToneMark(c)) {
      if (tone !== 0 || groups.length === 0) return false;
      const p = d.charCodeAt(i - 1);
      const afterVowel = p === 97 || p === 101 || p === 105 || p === 111 || p === 117 || p === 121 || p === 770 || p === 774 || p === 795;
      if (!afterVowel) return false;
      tone = c;
      toneAt = groups.length - 1;
    } else if (c >= 768 && c < 880) {
      if (groups.length === 0) return false;
      groups[groups.length - 1] += d.charAt(i);
    } else {
      groups.push(d.charAt(i));
    }
  }
  if (groups.length === 0 || groups.length > 7) return false;
  let s = "";
  for (const g of groups) {
    const n = g.normalize("NFC");
    if (n.length !== 1) return false;
    s += n;
  }
  for (const initial of INITIALS) {
    if (s.startsWith(initial) && rhymeFits(s.slice(initial.length), tone, toneAt - initial.length)) {
      return true;
    }
  }
  if (s.startsWith("qu") && s.length > 2) {
    const rhyme = s.slice(2);
    const first = rhyme.charAt(0);
    if (first === "u" || first === "\u01B0" || first === "o") return false;
    if (QU_RHYMES.has(rhyme) || RHYMES.has(rhyme)) return toneFits(rhyme, tone, toneAt - 2);
  }
  return false;
}
function rhymeFits(rhyme, tone, toneAt) {
  return rhyme.length > 0 && RHYMES.has(rhyme) && toneFits(rhyme, tone, toneAt);
}
var VOWELS = "a\u0103\xE2e\xEAio\xF4\u01A1u\u01B0y";
var HATTED = "\u0103\xE2\xEA\xF4\u01A1\u01B0";
function toneFits(rhyme, tone, toneAt) {
  if (tone === 0) {
    const last = rhyme.charAt(rhyme.length - 1);
    return !(last === "p" || last === "t" || last === "c" || rhyme.endsWith("ch"));
  }
  let n = 0;
  while (n < rhyme.length && VOWELS.includes(rhyme.charAt(n))) n++;
  if (toneAt < 0 || toneAt >= n) return false;
  if (n < rhyme.length) {
    const last = rhyme.charAt(rhyme.length - 1);
    const stop = last === "p" || last === "t" || last === "c" || rhyme.endsWith("ch");
    if (stop && tone !== 769 && tone !== 803) return false;
    return toneAt === n - 1;
  }
  if (n === 1) return true;
  for (let i = n - 1; i >= 0; i--) if (HATTED.includes(rhyme.charAt(i))) return toneAt === i;
  if (n === 3) return toneAt === 1;
  const pair = rhyme.slice(0, 2);
  return toneAt === 0 || pair === "oa" || pair === "oe" || pair === "uy";
}
var ABBREVIATION = /^[A-ZĐ]+$/;
function tally(t, word, decoded, asIs, evidence) {
  if (decoded === word) return;
  if (isVietnameseSyllable(decoded)) {
    if (evidence && decoded.normalize("NFC").length >= 2 && !asIs()) t.good++;
    else t.both++;
  } else if (!ABBREVIATION.test(decoded)) {
    t.bad++;
  }
}
function accepted(t) {
  if (t.good === 0 || t.good <= t.bad) return false;
  return t.good >= 2 || t.good * 10 >= (t.good + t.bad + t.both) * 3;
}
function detectLegacyEncoding(text) {
  if (!mayBeLegacy(text)) return null;
  const tcvn = { good: 0, bad: 0, both: 0 };
  const vni = { good: 0, bad: 0, both: 0 };
  for (const token of tokenize(text)) {
    if (!token.word) continue;
    const w = token.text;
    let legacy = 0;
    let letterFirst = false;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (c >= 128 || isTcvnC0(c)) legacy++;
      else if (legacy === 0) letterFirst = true;
    }
    if (legacy === 0) continue;
    const evidence = letterFirst || legacy >= 2;
    let cached;
    const asIs = () => cached ??= isVietnameseSyllable(w);
    tally(tcvn, w, decodeTcvn3Word(w), asIs, evidence);
    tally(vni, w, decodeVniText(w, true), asIs, evidence);
  }
  const t = accepted(tcvn);
  const v = accepted(vni);
  if (t && v) {
    const dt = tcvn.good - tcvn.bad;
    const dv = vni.good - vni.bad;
    if (dv !== dt) return dv > dt ? "vni" : "tcvn3";
    if (usesNonVniChars(text)) return "tcvn3";
    const stats = { marks: 0 };
    decodeVniText(text, true, stats);
    return stats.marks > 0 || /[ôÔöÖñÑ]/.test(text) ? "vni" : "tcvn3";
  }
  if (t) return "tcvn3";
  if (v) return "vni";
  return null;
}
function usesNonVniChars(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 128 || isTcvnC0(c)) && !VNI_CHARS.has(c)) return true;
  }
  return false;
}
function wordCase(word) {
  let lowerAscii = 0;
  let upperAscii = 0;
  let upperCodeInside = false;
  let lowerCode = false;
  let legacy = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) lowerAscii++;
    else if (c >= 65 && c <= 90) upperAscii++;
    else {
      legacy = true;
      if (TCVN3_UPPER.has(c)) {
        if (i > 0) upperCodeInside = true;
      } else if (c < 256 && TCVN3_BY_CODE[c]) {
        lowerCode = true;
      }
    }
  }
  return { lowerAscii, upperAscii, upperCodeInside, lowerCode, legacy };
}
function decodeTcvn3(text) {
  const tokens = tokenize(text);
  const words = [];
  let lower = 0;
  let upper = 0;
  let lowerCodeWords = 0;
  tokens.forEach((token, index) => {
    if (!token.word) return;
    const info = wordCase(token.text);
    lower += info.lowerAscii;
    upper += info.upperAscii;
    if (info.lowerCode) lowerCodeWords++;
    const strong = info.lowerAscii === 0 && (info.upperAscii >= 2 || info.upperAscii >= 1 && info.upperCodeInside);
    words.push({ index, info, strong });
  });
  const allCaps = lower === 0 && upper >= 2 && lowerCodeWords >= 2;
  const out = tokens.map((t) => t.word ? decodeTcvn3Word(t.text) : t.text);
  words.forEach((w, k) => {
    if (w.info.lowerAscii !== 0) return;
    const prev = words[k - 1];
    const next = words[k + 1];
    const caps = allCaps || w.strong || prev !== void 0 && prev.strong && prev.info.legacy || next !== void 0 && next.strong && next.info.legacy;
    if (caps) out[w.index] = out[w.index].toUpperCase();
  });
  return out.join("").normalize("NFC");
}
function decodeLegacy(text, encoding) {
  if (encoding === "vni") return decodeVniText(text).normalize("NFC");
  return decodeTcvn3(text);
}
var detectMemo = memoize(detectLegacyEncoding, 2e4);
function detectLegacyCached(text) {
  return mayBeLegacy(text) ? detectMemo(text) : null;
}

// src/core/rules/text-legacy-encoding.ts
var NAMES = { tcvn3: "TCVN3 (ABC, ph\xF4ng .VnTime)", vni: "VNI-Windows (ph\xF4ng VNI-Times)" };
function convertLegacyText(text) {
  const enc = detectLegacyCached(text);
  return enc ? decodeLegacy(text, enc) : text;
}
var textLegacyEncoding = {
  id: "text-legacy-encoding",
  title: { vi: "Ch\u1EEF b\u1EA3ng m\xE3 c\u0169 (TCVN3/VNI)", en: "Legacy encoding (TCVN3/VNI)" },
  severity: "error",
  message: {
    vi: (d) => `Ch\u1EEF d\xF9ng b\u1EA3ng m\xE3 c\u0169 ${d.encoding}: \u201C${d.sample}\u201D \u0111\u1ECDc l\xE0 \u201C${d.converted}\u201D.`,
    en: (d) => `Text in the legacy ${d.encoding} encoding: \u201C${d.sample}\u201D reads \u201C${d.converted}\u201D.`
  },
  help: {
    vi: "Ch\u1EEF b\u1EA3ng m\xE3 c\u0169 ch\u1EC9 \u0111\u1ECDc \u0111\u01B0\u1EE3c v\u1EDBi ph\xF4ng .VnTime/VNI; m\xE1y kh\xE1c, t\xECm ki\u1EBFm v\xE0 s\u1EAFp x\u1EBFp \u0111\u1EC1u sai. S\u1EEDa: chuy\u1EC3n sang Unicode.",
    en: "Legacy-encoded text reads only with .VnTime/VNI fonts; elsewhere, search and sorting break. Fix: convert it to Unicode."
  },
  fixLabel: { vi: "Chuy\u1EC3n sang Unicode", en: "Convert to Unicode" },
  transformText: convertLegacyText,
  check(ctx) {
    const cells = ctx.textCells;
    for (let i = 0; i < cells.length; i++) {
      const text = cells.texts[i];
      const enc = detectLegacyCached(text);
      if (!enc) continue;
      const converted = decodeLegacy(text, enc);
      ctx.report({
        row: cells.rows[i],
        col: cells.cols[i],
        data: { encoding: NAMES[enc], sample: excerpt(text, 40), converted: excerpt(converted, 40) },
        fix: [{ row: cells.rows[i], col: cells.cols[i], value: converted }]
      });
    }
  }
};

// src/core/rules/text-markup.ts
var TAG = /<\/?(?:i|b|u|em|strong|br|p|span|div|sup|sub|font|strike|s|mark|a|img|script|iframe|table|tr|td|th|li|ul|ol|h[1-6])\b[^>]*>/i;
var TAGS = /<\/?(?:i|b|u|em|strong|br|p|span|div|sup|sub|font|strike|s|mark|a|img|script|iframe|table|tr|td|th|li|ul|ol|h[1-6])\b[^>]*>/gi;
var BOLD_MD = /\*\*([^*\n]+)\*\*|__([^_\n]+)__/;
var MAY_HAVE_MARKUP = /[<&]|\*\*|__/;
var ENTITY = /&(?:nbsp|amp|lt|gt|quot|#\d{2,5});/;
var ITALIC_WRAP = /^\s*<(i|em)\b[^>]*>([\s\S]*)<\/\1>\s*$/i;
var ENTITIES = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"' };
function stripMarkup(text) {
  return text.replace(/<br\s*\/?>|<\/p>/gi, "\n").replace(TAGS, "").replace(/\*\*([^*\n]+)\*\*/g, "$1").replace(/__([^_\n]+)__/g, "$1").replace(/&(nbsp|amp|lt|gt|quot|#\d{2,5});/g, (_, e) => e[0] === "#" ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e]).replace(/[ \t]+\n/g, "\n").trim();
}
var textMarkup = {
  id: "text-markup",
  title: { vi: "D\u1EA5u \u0111\u1ECBnh d\u1EA1ng s\xF3t l\u1EA1i", en: "Leftover formatting marks" },
  severity: "warning",
  message: {
    vi: (d) => `\xD4 c\xF2n d\u1EA5u \u0111\u1ECBnh d\u1EA1ng ${d.mark} s\xF3t l\u1EA1i khi sao ch\xE9p (\u201C${d.sample}\u201D).`,
    en: (d) => `The cell keeps the formatting mark ${d.mark} left over from copying (\u201C${d.sample}\u201D).`
  },
  help: {
    vi: "Th\u1EBB HTML (<i>, <b>) hay d\u1EA5u ** \u0111i theo v\u0103n b\u1EA3n khi ch\xE9p t\u1EEB web ho\u1EB7c c\xF4ng c\u1EE5 chuy\u1EC3n \u0111\u1ED5i, v\xE0 s\u1EBD in ra nguy\xEAn v\u0103n. S\u1EEDa: b\u1ECF d\u1EA5u, gi\u1EEF ch\u1EEF nghi\xEAng b\u1EB1ng \u0111\u1ECBnh d\u1EA1ng \xF4.",
    en: "HTML tags (<i>, <b>) or ** marks come along when text is copied from the web or a converter, and print as they are. Fix: remove them, keeping italics as cell formatting."
  },
  fixLabel: { vi: "B\u1ECF d\u1EA5u \u0111\u1ECBnh d\u1EA1ng", en: "Remove the marks" },
  transformText: stripMarkup,
  check(ctx) {
    const cells = ctx.textCells;
    for (let i = 0; i < cells.length; i++) {
      const t = cells.texts[i];
      if (!MAY_HAVE_MARKUP.test(t)) continue;
      const tag = TAG.exec(t);
      const md = tag ? null : BOLD_MD.exec(t);
      const ent = tag || md ? null : ENTITY.exec(t);
      const mark = tag?.[0] ?? (md ? md[0].startsWith("**") ? "**" : "__" : ent?.[0]);
      if (!mark) continue;
      const italic = ITALIC_WRAP.test(t) ? true : void 0;
      ctx.report({
        row: cells.rows[i],
        col: cells.cols[i],
        data: { mark, sample: excerpt(t, 50) },
        fix: [{ row: cells.rows[i], col: cells.cols[i], value: stripMarkup(t), ...italic ? { italic } : {} }]
      });
    }
  }
};

// src/core/rules/text-stray-apostrophe.ts
var LEADING = /^\s*['‘’`]+/;
function removeLeadingApostrophe(text) {
  return text.replace(LEADING, "");
}
var textStrayApostrophe = {
  id: "text-stray-apostrophe",
  title: { vi: "D\u1EA5u nh\xE1y th\u1EEBa", en: "Stray apostrophe" },
  severity: "warning",
  message: {
    vi: (d) => `\xD4 b\u1EAFt \u0111\u1EA7u b\u1EB1ng d\u1EA5u nh\xE1y ' th\u1EEBa (\u201C${d.sample}\u201D).`,
    en: (d) => `The cell starts with a stray apostrophe (\u201C${d.sample}\u201D).`
  },
  help: {
    vi: "D\u1EA5u ' \u1EDF \u0111\u1EA7u \xF4 \u0111\xE3 b\u1ECB l\u01B0u th\xE0nh ch\u1EEF (th\u01B0\u1EDDng do sao ch\xE9p) v\xE0 s\u1EBD in ra. S\u1EEDa: b\u1ECF d\u1EA5u nh\xE1y.",
    en: "The leading apostrophe was stored as text (usually by copying) and will print. Fix: remove it."
  },
  fixLabel: { vi: "B\u1ECF d\u1EA5u nh\xE1y", en: "Remove the apostrophe" },
  transformText: removeLeadingApostrophe,
  check(ctx) {
    const cells = ctx.textCells;
    for (let i = 0; i < cells.length; i++) {
      const text = cells.texts[i];
      if (!LEADING.test(text)) continue;
      ctx.report({
        row: cells.rows[i],
        col: cells.cols[i],
        data: { sample: excerpt(text, 40) },
        fix: [{ row: cells.rows[i], col: cells.cols[i], value: removeLeadingApostrophe(text) }]
      });
    }
  }
};

// src/core/rules/text-whitespace.ts
var NFD_MARK = /[\u0300-\u036f]/;
var ODD_SPACE = /[\u00a0\u2007\u202f\u200b\u3000\t]/;
var WHAT = {
  ends: ["kho\u1EA3ng tr\u1EAFng th\u1EEBa \u1EDF \u0111\u1EA7u ho\u1EB7c cu\u1ED1i", "leading or trailing spaces"],
  double: ["hai kho\u1EA3ng tr\u1EAFng li\u1EC1n nhau", "double spaces"],
  nbsp: ["kho\u1EA3ng tr\u1EAFng \u0111\u1EB7c bi\u1EC7t (kh\xF4ng ng\u1EAFt d\xF2ng, tab)", "special spaces (non-breaking, tab)"],
  nfd: ["ch\u1EEF c\xF3 d\u1EA5u \u1EDF d\u1EA1ng t\u1ED5 h\u1EE3p (NFD), t\xECm ki\u1EBFm s\u1EBD kh\xF4ng kh\u1EDBp", "decomposed (NFD) accents that break search"]
};
var ANY_INNER = /[\u00a0\u2007\u202f\u200b\u3000\t\n\u0300-\u036f]/;
function isSpaceCode(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 8199 || c === 8239 || c === 8203 || c === 12288;
}
function whitespaceProblems(text) {
  const edges = text.length > 0 && (isSpaceCode(text.charCodeAt(0)) || isSpaceCode(text.charCodeAt(text.length - 1)));
  if (!edges && text.indexOf("  ") < 0 && !ANY_INNER.test(text)) return NONE2;
  const out = [];
  if (ODD_SPACE.test(text)) out.push("nbsp");
  if (edges) out.push("ends");
  if (/ {2,}| \n|\n /.test(text)) out.push("double");
  if (NFD_MARK.test(text) && text !== text.normalize("NFC")) out.push("nfd");
  return out;
}
var NONE2 = [];
var textWhitespace = {
  id: "text-whitespace",
  title: { vi: "Kho\u1EA3ng tr\u1EAFng, Unicode ch\u01B0a chu\u1EA9n", en: "Spaces and Unicode form" },
  severity: "info",
  message: {
    vi: (d) => `\xD4 c\xF3 ${d.what}.`,
    en: (d) => `The cell has ${d.what}.`
  },
  help: {
    vi: "Kho\u1EA3ng tr\u1EAFng th\u1EEBa v\xE0 ch\u1EEF t\u1ED5 h\u1EE3p l\xE0m l\u1ECDc, t\xECm ki\u1EBFm v\xE0 so kh\u1EDBp \u0111\u01A1n v\u1ECB sai m\xE0 m\u1EAFt kh\xF4ng th\u1EA5y. S\u1EEDa: chu\u1EA9n ho\xE1 kho\u1EA3ng tr\u1EAFng v\xE0 Unicode (NFC).",
    en: "Extra spaces and decomposed letters make filters, search and unit matching fail invisibly. Fix: normalise spaces and Unicode (NFC)."
  },
  fixLabel: { vi: "Chu\u1EA9n ho\xE1 kho\u1EA3ng tr\u1EAFng", en: "Normalise spaces" },
  transformText: tidy,
  check(ctx) {
    const i = ctx.lang === "vi" ? 0 : 1;
    const cells = ctx.textCells;
    for (let i2 = 0; i2 < cells.length; i2++) {
      const text = cells.texts[i2];
      const problems = whitespaceProblems(text);
      if (!problems.length) continue;
      const fixed = tidy(text);
      if (fixed === text) continue;
      ctx.report({
        row: cells.rows[i2],
        col: cells.cols[i2],
        data: { what: problems.map((p) => WHAT[p][i2]).join(", "), problems: problems.join(",") },
        fix: [{ row: cells.rows[i2], col: cells.cols[i2], value: fixed }]
      });
    }
  }
};

// src/core/rules/time-rules.ts
var cache3 = /* @__PURE__ */ new WeakMap();
function ownTimeRows(ctx) {
  let list = cache3.get(ctx.rows);
  if (list) return list;
  const col = ctx.layout.columns.get("time");
  list = col === void 0 ? [] : ctx.rows.rows.filter((m) => m.has.time && m.kind !== "continuation" && m.kind !== "total" && !ctx.grid.mergedFromAbove(m.row, col));
  cache3.set(ctx.rows, list);
  return list;
}
var timeUnparsed = {
  id: "time-unparsed",
  title: { vi: "Th\u1EDDi gian kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c", en: "Unreadable time" },
  severity: "warning",
  message: {
    vi: (d) => `Kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c th\u1EDDi gian \u201C${d.text}\u201D.`,
    en: (d) => `The time \u201C${d.text}\u201D cannot be read.`
  },
  help: {
    vi: "Th\u1EDDi gian ph\u1EA3i \u0111\u1ECDc \u0111\u01B0\u1EE3c th\xEC m\u1EDBi theo d\xF5i v\xE0 c\u1EA3nh b\xE1o qu\xE1 h\u1EA1n \u0111\u01B0\u1EE3c. Ghi nh\u01B0 \u201CTh\xE1ng 6/2024\u201D, \u201CQu\xFD III\u201D, \u201CTr\u01B0\u1EDBc 30/11/2024\u201D, \u201CH\xE0ng th\xE1ng\u201D.",
    en: "A time must be readable to be tracked and flagged when overdue. Write e.g. \u201CTh\xE1ng 6/2024\u201D, \u201CQu\xFD III\u201D, \u201CTr\u01B0\u1EDBc 30/11/2024\u201D, \u201CH\xE0ng th\xE1ng\u201D."
  },
  check(ctx) {
    const col = ctx.layout.columns.get("time");
    for (const m of ownTimeRows(ctx)) {
      if (ctx.ownSchedule(m)?.kind !== "unparsed") continue;
      ctx.report({ row: m.row, col, role: "time", data: { text: excerpt(ctx.rows.cellText(m.row, "time"), 60) } });
    }
  }
};
var timeNoDeadline = {
  id: "time-no-deadline",
  title: { vi: "Kh\xF4ng c\xF3 th\u1EDDi h\u1EA1n c\u1EE5 th\u1EC3", en: "No fixed deadline" },
  severity: "info",
  message: {
    vi: (d) => d.kind === "start" ? `\u201C${d.text}\u201D ch\u1EC9 c\xF3 ng\xE0y b\u1EAFt \u0111\u1EA7u, kh\xF4ng c\xF3 th\u1EDDi h\u1EA1n ho\xE0n th\xE0nh \u0111\u1EC3 theo d\xF5i.` : `\u201C${d.text}\u201D l\xE0 ${d.kind === "event" ? "vi\u1EC7c l\xE0m khi c\xF3 y\xEAu c\u1EA7u" : "vi\u1EC7c th\u01B0\u1EDDng xuy\xEAn"}, kh\xF4ng c\xF3 th\u1EDDi h\u1EA1n c\u1EE5 th\u1EC3 \u0111\u1EC3 theo d\xF5i.`,
    en: (d) => d.kind === "start" ? `\u201C${d.text}\u201D gives only a start date, no deadline to track.` : `\u201C${d.text}\u201D is ${d.kind === "event" ? "done on request" : "ongoing"}, with no deadline to track.`
  },
  help: {
    vi: "Vi\u1EC7c th\u01B0\u1EDDng xuy\xEAn hay theo y\xEAu c\u1EA7u kh\xF4ng bao gi\u1EDD qu\xE1 h\u1EA1n, n\xEAn d\u1EC5 b\u1ECB b\u1ECF qu\xEAn. N\u1EBFu c\xF3 th\u1EC3, th\xEAm m\u1ED1c b\xE1o c\xE1o (v\xED d\u1EE5 \u201Cb\xE1o c\xE1o k\u1EBFt qu\u1EA3 tr\u01B0\u1EDBc 30/11\u201D).",
    en: "Ongoing or on-request work is never overdue, so it is easily forgotten. Where possible add a reporting date (e.g. \u201Cb\xE1o c\xE1o k\u1EBFt qu\u1EA3 tr\u01B0\u1EDBc 30/11\u201D)."
  },
  check(ctx) {
    const col = ctx.layout.columns.get("time");
    for (const m of ownTimeRows(ctx)) {
      const kind = ctx.ownSchedule(m)?.kind;
      if (kind !== "continuous" && kind !== "event" && kind !== "start") continue;
      ctx.report({ row: m.row, col, role: "time", data: { text: excerpt(ctx.rows.cellText(m.row, "time"), 60), kind } });
    }
  }
};
var timeOutsidePlan = {
  id: "time-outside-plan",
  title: { vi: "Th\u1EDDi h\u1EA1n ngo\xE0i k\u1EF3 k\u1EBF ho\u1EA1ch", en: "Deadline outside the plan" },
  severity: "warning",
  message: {
    vi: (d) => d.side === "before" ? `Th\u1EDDi h\u1EA1n ${d.deadline} (\u201C${d.text}\u201D) tr\u01B0\u1EDBc c\u1EA3 ng\xE0y ban h\xE0nh k\u1EBF ho\u1EA1ch ${d.bound}.` : `Th\u1EDDi h\u1EA1n ${d.deadline} (\u201C${d.text}\u201D) sau khi k\u1EF3 k\u1EBF ho\u1EA1ch k\u1EBFt th\xFAc (${d.bound}).`,
    en: (d) => d.side === "before" ? `The deadline ${d.deadline} (\u201C${d.text}\u201D) falls before the plan itself (${d.bound}).` : `The deadline ${d.deadline} (\u201C${d.text}\u201D) falls after the plan period ends (${d.bound}).`
  },
  help: {
    vi: "Th\u1EDDi h\u1EA1n tr\u01B0\u1EDBc ng\xE0y ban h\xE0nh k\u1EBF ho\u1EA1ch l\xE0 \u0111\xE3 qu\xE1 h\u1EA1n ngay khi giao (th\u01B0\u1EDDng do ch\xE9p t\u1EEB k\u1EBF ho\u1EA1ch n\u0103m tr\u01B0\u1EDBc); sau k\u1EF3 k\u1EBF ho\u1EA1ch th\xEC kh\xF4ng k\u1ECBp cho k\u1EF3 ch\u1EA5m \u0111i\u1EC3m. Ki\u1EC3m tra l\u1EA1i n\u0103m.",
    en: "A deadline before the plan was issued is overdue on day one (often copied from last year\u2019s plan); one after the plan period misses the scoring period. Check the year."
  },
  check(ctx) {
    const col = ctx.layout.columns.get("time");
    const { plan } = ctx;
    const lower = plan.date ?? (plan.yearAssumed || plan.year === null ? null : `${plan.year}-01-01`);
    const upper = plan.yearAssumed ? null : plan.periodEnd;
    for (const m of ownTimeRows(ctx)) {
      const s = ctx.ownSchedule(m);
      if (!s) continue;
      for (const d of s.deadlines) {
        const side = lower && d < lower ? "before" : upper && d > upper ? "after" : null;
        if (!side) continue;
        ctx.report({
          row: m.row,
          col,
          role: "time",
          data: { deadline: displayDate(d), text: excerpt(ctx.rows.cellText(m.row, "time"), 50), side, bound: displayDate(side === "before" ? lower : upper) }
        });
        break;
      }
    }
  }
};

// src/core/rules/index.ts
var RULES = [
  tableNotFound,
  columnMissing,
  columnDuplicate,
  cellError,
  sttNumberCoerced,
  sttDuplicate,
  sttOrder,
  sttParentMismatch,
  sttGap,
  textLegacyEncoding,
  textMarkup,
  textStrayApostrophe,
  textWhitespace,
  rowContinuation,
  rowBlank,
  ownerMissing,
  ownerUnknown,
  productMissing,
  productUnknown,
  timeMissing,
  timeUnparsed,
  timeOutsidePlan,
  timeNoDeadline,
  planDateMissing
];
var BY_ID = new Map(RULES.map((r) => [r.id, r]));
function ruleById(id) {
  return BY_ID.get(id);
}

// src/core/text/readable.ts
var MARKUP2 = /<\/?[a-z][^>]*>|\*\*|__/i;
var readableText = memoize(readableUncached, 5e4);
function readableUncached(text) {
  let t = text;
  const enc = detectLegacyCached(t);
  if (enc) t = decodeLegacy(t, enc);
  if (MARKUP2.test(t)) t = t.replace(/<\/?[a-z][^>]*>/gi, "").replace(/\*\*|__/g, "");
  const c = t.charCodeAt(0);
  if (c === 39 || c === 8216 || c === 8217) t = t.replace(/^['‘’]+/, "");
  return t;
}

// src/core/table/roles.ts
var PATTERNS = [
  ["stt", /^(stt|tt|so tt|so thu tu|thu tu|s\.tt|s tt)\.?$/],
  ["lostScore", /\b(diem bi tru|diem tru|so diem bi tru|bi tru|diem mat|diem bi mat)\b/],
  ["appraisedScore", /\b(diem tham dinh|ket qua tham dinh|tham dinh|diem dat|diem danh gia|ubnd tinh danh gia|hoi dong danh gia|diem cham)\b/],
  ["selfScore", /\b(tu cham|tu danh gia|tu xac dinh|diem tu cham|tu cham diem)\b/],
  ["maxScore", /\b(toi da|diem chuan|thang diem|diem toi da)\b/],
  ["product", /\b(san pham|hinh thuc van ban|ket qua dau ra|hinh thuc san pham)\b/],
  ["status", /^(tinh trang|trang thai|tien do thuc hien|ket qua thuc hien|ket qua trien khai|muc do hoan thanh|ket qua)\b/],
  ["owner", /\b(chu tri|don vi thuc hien|co quan thuc hien|don vi chiu trach nhiem|trach nhiem thuc hien|nguoi thuc hien|bo phan thuc hien|don vi trien khai|phan cong)\b/],
  ["coordinator", /\b(phoi hop)\b/],
  ["time", /\b(thoi gian|thoi han|tien do|han hoan thanh|moc thoi gian|thoi diem)\b/],
  // "Nội dung, nhiệm vụ, giải pháp" names the content column, whatever follows.
  ["criterion", /^(noi dung|ten nhiem vu|nhiem vu|cong viec|ten cong viec)\b/],
  ["cause", /\b(nguyen nhan|ton tai|han che)\b/],
  ["solution", /\b(giai phap|bien phap)\b/],
  ["note", /^(ghi chu|ghi chu khac)\b/],
  ["criterion", /\b(noi dung|tieu chi|linh vuc|nhiem vu|cong viec|chi tieu|chi so thanh phan)\b/]
];
var MAX_HEADER_LENGTH = 90;
function roleOfHeader(text) {
  if (!text || text.length > MAX_HEADER_LENGTH) return null;
  const f = fold(text).replace(/[()*:]/g, " ").replace(/\s+/g, " ").trim();
  if (!f) return null;
  for (const [role, re] of PATTERNS) if (re.test(f)) return role;
  return null;
}

// src/core/table/detect.ts
var HEADER_SEARCH_ROWS = 40;
var BLANK_RUN_ENDS_TABLE = 3;
function detectTable(grid) {
  for (const t of tablesBySelection(grid.snapshot.tables, grid.snapshot.selection)) {
    if (!t.showHeaders) continue;
    const c = headerAt(grid, t.range.top, t.range.left, t.range.right);
    if (c && c.score >= 2) return layout(grid, c, t);
  }
  let best = null;
  const last = Math.min(grid.bottom, grid.top + HEADER_SEARCH_ROWS);
  for (let r = grid.top; r <= last; r++) {
    const c = headerAt(grid, r, grid.left, grid.right);
    if (c && c.score >= 2 && (!best || c.score > best.score)) best = c;
  }
  return best ? layout(grid, best, null) : null;
}
function tablesBySelection(tables, selection) {
  if (!selection) return tables;
  const holds = (t) => selection.top >= t.range.top && selection.top <= t.range.bottom && selection.left >= t.range.left && selection.left <= t.range.right;
  return [...tables.filter(holds), ...tables.filter((t) => !holds(t))];
}
function rolesOfRow(grid, row, left, right) {
  const roles = /* @__PURE__ */ new Map();
  for (let c = left; c <= right; c++) {
    const v = grid.raw(row, c);
    if (typeof v !== "string") continue;
    const role = roleOfHeader(v);
    if (role) roles.set(c, role);
  }
  return roles;
}
function headerAt(grid, row, left, right) {
  const top = rolesOfRow(grid, row, left, right);
  const distinct = (m) => new Set(m.values()).size;
  if (top.size === 0 && !hasGroupCell(grid, row, left, right)) return null;
  const below = row < grid.bottom ? rolesOfRow(grid, row + 1, left, right) : /* @__PURE__ */ new Map();
  if (below.size > 0 && spansIntoNextRow(grid, row, left, right)) {
    const roles = /* @__PURE__ */ new Map();
    for (let c = left; c <= right; c++) {
      const sub = grid.raw(row + 1, c);
      const group = grid.value(row, c);
      let role = null;
      if (typeof sub === "string" && !grid.mergedFromAbove(row + 1, c)) {
        role = roleOfHeader(sub);
        if (!role && typeof group === "string") role = roleOfHeader(`${group} ${sub}`);
        if (role === "criterion" && typeof group === "string") role = roleOfHeader(`${group} ${sub}`) ?? role;
      } else if (typeof group === "string") {
        role = roleOfHeader(group);
      }
      if (role) roles.set(c, role);
    }
    if (distinct(roles) >= distinct(top)) return { top: row, bottom: row + 1, roles, score: distinct(roles) };
  }
  return { top: row, bottom: row, roles: top, score: distinct(top) };
}
function hasGroupCell(grid, row, left, right) {
  for (let c = left; c <= right; c++) {
    const m = grid.merge(row, c);
    if (m && m.top === row && m.right > m.left && m.bottom === row) return true;
  }
  return false;
}
function spansIntoNextRow(grid, row, left, right) {
  let ownLabels = 0;
  let firstBelow = Infinity;
  let lastBelow = 0;
  for (let c = left; c <= right; c++) {
    if (grid.raw(row + 1, c) !== null) {
      firstBelow = Math.min(firstBelow, c);
      lastBelow = Math.max(lastBelow, c);
    }
    const m = grid.merge(row, c);
    if (m && m.top === row && m.left === c && m.bottom > row) return true;
    if (grid.raw(row, c) !== null) ownLabels++;
  }
  for (let c = left; c <= right; c++) {
    const m = grid.merge(row, c);
    if (m && m.top === row && m.left === c && m.right > m.left && (m.left > firstBelow || m.right < lastBelow)) return true;
  }
  if (ownLabels < 2) return false;
  for (let c = left; c <= right; c++) {
    const below = grid.raw(row + 1, c);
    if (grid.raw(row, c) === null && typeof below === "string" && roleOfHeader(below)) return true;
  }
  return false;
}
function layout(grid, header, table) {
  const columns = /* @__PURE__ */ new Map();
  const duplicates = [];
  const cols = [...header.roles.keys()].sort((a, b) => a - b);
  for (const c of cols) {
    const role = header.roles.get(c);
    if (columns.has(role)) duplicates.push({ role, col: c });
    else columns.set(role, c);
  }
  let left = table ? table.range.left : Math.min(...cols);
  let right = table ? table.range.right : Math.max(...cols);
  if (!table) {
    while (left > grid.left && grid.value(header.bottom, left - 1) !== null) left--;
    while (right < grid.right && grid.value(header.bottom, right + 1) !== null) right++;
  }
  let firstRow = header.bottom + 1;
  if (firstRow <= grid.bottom && isColumnNumberRow(grid, firstRow, left, right)) firstRow++;
  const lastRow = table ? table.range.bottom : findLastRow(grid, firstRow, left, right);
  const titleLines = [];
  for (let r = grid.top; r < header.top; r++) {
    const parts = [];
    for (let c = grid.left; c <= grid.right; c++) {
      const v = grid.raw(r, c);
      if (typeof v === "string" && v.trim()) parts.push(v.trim());
    }
    if (parts.length) titleLines.push(parts.join(" "));
  }
  return {
    headerTop: header.top,
    headerRow: header.bottom,
    firstRow,
    lastRow: Math.max(lastRow, firstRow - 1),
    left,
    right,
    columns,
    duplicates,
    titleLines,
    tableObject: table
  };
}
function isColumnNumberRow(grid, row, left, right) {
  let expected = 0;
  let count = 0;
  for (let c = left; c <= right; c++) {
    const v = grid.raw(row, c);
    if (v === null) continue;
    const m = /^\(?(\d{1,2})\)?$/.exec(String(v).trim());
    if (!m) return false;
    const n = Number(m[1]);
    if (count > 0 && n !== expected + 1) return false;
    expected = n;
    count++;
  }
  return count >= 3;
}
function isBlankRow(grid, row, left, right) {
  for (let c = left; c <= right; c++) {
    const v = grid.raw(row, c);
    if (v === null) continue;
    if (typeof v === "string" && v.trim() === "") continue;
    return false;
  }
  return true;
}
var NOTE_START = /^(\(?\*+\)?|ghi chu|luu y|nguoi lap|noi nhan|xac nhan|thu truong|giam doc|chu tich|tm\.|kt\.|tl\.)/;
function findLastRow(grid, firstRow, left, right) {
  let last = firstRow - 1;
  let blanks = 0;
  for (let r = firstRow; r <= grid.bottom; r++) {
    if (isBlankRow(grid, r, left, right)) {
      if (++blanks >= BLANK_RUN_ENDS_TABLE) break;
      continue;
    }
    blanks = 0;
    last = r;
  }
  while (last >= firstRow && isNoteRow(grid, last, left, right)) {
    last--;
    while (last >= firstRow && isBlankRow(grid, last, left, right)) last--;
  }
  return last;
}
function isNoteRow(grid, row, left, right) {
  let text = "";
  let cells = 0;
  for (let c = left; c <= right; c++) {
    const v = grid.raw(row, c);
    if (v === null) continue;
    cells++;
    text = String(v);
  }
  return cells === 1 && NOTE_START.test(fold(text));
}

// src/core/table/grid.ts
var Grid = class {
  constructor(snapshot) {
    this.snapshot = snapshot;
    this.top = snapshot.top;
    this.left = snapshot.left;
    this.bottom = snapshot.top + snapshot.values.length - 1;
    let width = 0;
    for (const row of snapshot.values) if (row.length > width) width = row.length;
    this.right = snapshot.left + width - 1;
    this.hidden = new Set(snapshot.hiddenRows ?? []);
    for (const m of snapshot.merges) {
      if (m.top === m.bottom && m.left === m.right) continue;
      for (let r = Math.max(m.top, this.top); r <= m.bottom; r++) (this.mergesByRow[r - this.top] ??= []).push(m);
    }
  }
  snapshot;
  top;
  left;
  bottom;
  right;
  /** Merged areas by row (index row − top): most rows have none, and an array index is cheap. */
  mergesByRow = [];
  hidden;
  get name() {
    return this.snapshot.name;
  }
  /** The cell's own value (no merge spreading). */
  raw(row, col) {
    const r = this.snapshot.values[row - this.top];
    if (!r) return null;
    const v = r[col - this.left];
    return v === void 0 || v === "" ? null : v;
  }
  /** The merged area a cell belongs to, if any. */
  merge(row, col) {
    const list = this.mergesByRow[row - this.top];
    if (list === void 0) return void 0;
    for (const m of list) if (col >= m.left && col <= m.right) return m;
    return void 0;
  }
  /**
   * The value that applies to the cell: its own, or — for a cell under the top-left of a merge — the
   * merge's value (a value merged down belongs to every row). A merge across columns leaves the other
   * columns empty: "Tổng" merged over A:E is not also the owner.
   */
  value(row, col) {
    const m = this.merge(row, col);
    if (!m) return this.raw(row, col);
    return m.left === col ? this.raw(m.top, m.left) : null;
  }
  /** True when the cell's value comes from a merge that starts above this row (in the same column). */
  mergedFromAbove(row, col) {
    const m = this.merge(row, col);
    return m !== void 0 && m.top < row && m.left === col;
  }
  /** Displayed text if the host gave it, else the value's string form. */
  text(row, col) {
    const m = this.merge(row, col);
    const r0 = m ? m.top : row;
    const c0 = m ? m.left : col;
    const t = this.snapshot.text?.[r0 - this.top]?.[c0 - this.left];
    if (t !== void 0 && t !== null) return t;
    const v = this.raw(r0, c0);
    if (v === null) return "";
    if (isErrorValue(v)) return v.error;
    return String(v);
  }
  numFmt(row, col) {
    return this.snapshot.numFmt?.[row - this.top]?.[col - this.left] ?? "General";
  }
  formula(row, col) {
    return this.snapshot.formulas?.[row - this.top]?.[col - this.left] ?? null;
  }
  italic(row, col) {
    return this.snapshot.italic?.[row - this.top]?.[col - this.left] ?? false;
  }
  /** Hidden by the user or a filter: still checked (it is still in the table), but not visible when jumped to. */
  isHidden(row) {
    return this.hidden.has(row);
  }
};
function isDateFormat(fmt) {
  if (!fmt || fmt === "General" || fmt === "@") return false;
  const bare = fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dmy]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

// src/core/table/plan.ts
function readPlan(titleLines, override, asOf) {
  let date = override ?? null;
  const text = titleLines.join("\n");
  if (!date) {
    for (const line of titleLines) {
      const f = fold(line);
      if (!/(ke hoach|kem theo|ngay|ban hanh)/.test(f)) continue;
      const dates = findDates(line, { planYear: null });
      if (dates.length) {
        date = dates[dates.length - 1];
        break;
      }
    }
  }
  const folded = fold(text);
  if (!date) {
    const m = /ngay\s*(?:\.{2,}|…)?\s*thang (\d{1,2}) nam (\d{4})/.exec(folded);
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) date = `${m[2]}-${m[1].padStart(2, "0")}-01`;
  }
  const years = [...folded.matchAll(/\bnam (\d{4})\b/g)].map((m) => Number(m[1]));
  const range = /giai doan (\d{4})\s*[-–]\s*(\d{4})/.exec(folded);
  let year = date ? Number(date.slice(0, 4)) : null;
  if (year !== null) {
    if (years.includes(year + 1)) year += 1;
  } else if (years.length) {
    const inYear = /trong nam (\d{4})/.exec(folded);
    year = inYear ? Number(inYear[1]) : /khac phuc/.test(folded) && years.length === 1 ? years[0] + 1 : Math.max(...years);
  }
  const yearAssumed = year === null;
  if (year === null) year = Number(asOf.slice(0, 4));
  const endYear = range ? Math.max(year, Number(range[2])) : year;
  return { date, year, periodEnd: `${endYear}-12-31`, yearAssumed };
}

// src/core/table/rows.ts
var TASK_ROLES = ["owner", "product", "time"];
var TableRows = class {
  constructor(grid, layout2) {
    this.grid = grid;
    this.layout = layout2;
    for (const [role, col] of layout2.columns) this.colOf[role] = col;
    this.classify();
  }
  grid;
  layout;
  rows = [];
  /** Models by row (index row − firstRow). */
  byRow = [];
  /** Column of each role, or undefined. */
  colOf = {};
  get(row) {
    return this.byRow[row - this.layout.firstRow];
  }
  col(role) {
    return this.colOf[role];
  }
  /** The value that applies to a row's cell for a role: own (or merged down), else none. */
  cellValue(row, role) {
    const c = this.col(role);
    return c === void 0 ? null : this.grid.value(row, c);
  }
  /** The cell's text as a reader sees it (legacy encodings decoded, markup dropped). */
  cellText(row, role) {
    const v = this.cellValue(row, role);
    if (v === null) return "";
    if (isErrorValue(v)) return v.error;
    return typeof v === "string" ? readableText(v) : String(v);
  }
  /** True when the row has the role's value: own, merged down, or from an outline ancestor. */
  hasEffective(model, role) {
    if (this.col(role) === void 0) return false;
    for (let m = model; m; m = m.parent) if (m.has[role]) return true;
    return false;
  }
  /** The text of the row's effective value for a role ("" when none): effective(…).text without the object. */
  effectiveText(model, role) {
    if (this.col(role) === void 0) return "";
    for (let m = model; m; m = m.parent) if (m.has[role]) return this.cellText(m.row, role);
    return "";
  }
  /** Own, merged, or inherited from the nearest outline ancestor that states it. */
  effective(model, role) {
    const c = this.col(role);
    if (c === void 0) return null;
    for (let m = model; m; m = m.parent) {
      if (!m.has[role]) continue;
      const merged = this.grid.mergedFromAbove(m.row, c);
      const mergeTop = this.grid.merge(m.row, c)?.top ?? m.row;
      return {
        value: this.grid.value(m.row, c),
        text: this.cellText(m.row, role),
        source: m === model ? merged ? "merged" : "own" : "inherited",
        fromRow: merged ? mergeTop : m.row
      };
    }
    return null;
  }
  hasValue(row, role) {
    const v = this.cellValue(row, role);
    if (v === null) return false;
    if (typeof v === "string") return v.trim() !== "" && !isPlaceholder(v);
    return true;
  }
  classify() {
    const { grid, layout: layout2 } = this;
    const sttCol = this.col("stt");
    const roles = [...layout2.columns.keys()];
    let lastNumber = null;
    for (let r = layout2.firstRow; r <= layout2.lastRow; r++) {
      const has = {};
      for (const role of roles) if (this.hasValue(r, role)) has[role] = true;
      const raw = sttCol === void 0 || grid.mergedFromAbove(r, sttCol) ? null : grid.raw(r, sttCol);
      const stt = typeof raw === "number" && !Number.isInteger(raw) ? inferCoercedStt(raw, lastNumber) : parseStt(raw);
      if (stt.kind === "number") lastNumber = stt;
      const model = { row: r, kind: "detail", stt, depth: 0, parent: null, has };
      if (isBlankRow(grid, r, layout2.left, layout2.right)) model.kind = "blank";
      else if (this.isTotal(r, stt)) model.kind = "total";
      this.rows.push(model);
      this.byRow.push(model);
    }
    const stack = [];
    let previous = null;
    const valueChildren = /* @__PURE__ */ new Set();
    const outlineChildren = /* @__PURE__ */ new Set();
    for (const m of this.rows) {
      if (m.kind === "blank") continue;
      if (m.kind === "total") {
        previous = m;
        continue;
      }
      const s = m.stt;
      if (s.kind === "roman" || s.kind === "letter" && isUpperLetter(s.text) || s.kind === "none" && this.isCapsHeading(m)) {
        m.kind = "section";
        m.depth = 0;
        stack.length = 0;
        stack.push(m);
      } else if (s.kind === "number" || s.kind === "letter") {
        const depth = s.kind === "number" ? s.segments.length : this.letterDepth(stack);
        while (stack.length && stack[stack.length - 1].depth >= depth && stack[stack.length - 1].kind !== "section") stack.pop();
        m.depth = depth;
        m.parent = stack[stack.length - 1] ?? null;
        if (m.parent) outlineChildren.add(m.parent);
        m.kind = "item";
        stack.push(m);
      } else if (s.kind !== "bullet" && previous && this.isContinuation(m, previous)) {
        m.kind = "continuation";
        m.continues = previous;
        m.parent = previous.parent;
        m.depth = previous.depth;
        continue;
      } else {
        const parent = stack[stack.length - 1] ?? null;
        m.parent = parent;
        m.depth = (parent?.depth ?? 0) + 0.5;
        const carries = TASK_ROLES.some((role) => m.has[role] && !grid.mergedFromAbove(m.row, this.col(role)));
        m.kind = carries ? "item" : "detail";
        if (carries && parent) valueChildren.add(parent);
      }
      previous = m;
    }
    for (const m of this.rows) {
      if (m.kind !== "item" || m.stt.kind !== "number" && m.stt.kind !== "letter") continue;
      if ((outlineChildren.has(m) || valueChildren.has(m)) && !m.has.product && !m.has.time) m.kind = "group";
    }
  }
  letterDepth(stack) {
    const top = stack[stack.length - 1];
    if (!top) return 1;
    if (top.stt.kind === "letter") return top.depth;
    return top.depth + 1;
  }
  isTotal(row, stt) {
    if (stt.kind === "other" && looksLikeTotal(stt.text)) return true;
    const v = this.cellValue(row, "criterion");
    return typeof v === "string" && looksLikeTotal(v);
  }
  isCapsHeading(m) {
    if (TASK_ROLES.some((role) => m.has[role])) return false;
    const raw = this.cellText(m.row, "criterion");
    if (raw.length < 6 || raw !== raw.toUpperCase()) return false;
    const t = raw.replace(/<[^>]*>/g, "").trim();
    const letters = t.replace(/[^\p{L}]/gu, "");
    return letters.length >= 6 && t.includes(" ") && letters !== letters.toLowerCase();
  }
  /**
   * A row that only continues the one above (a table split across pages in Word, pasted into Excel):
   * its text starts in lower case where the row above stops mid-phrase.
   */
  isContinuation(m, prev) {
    if (prev.kind === "blank" || prev.row !== m.row - 1) return false;
    const { grid, layout: layout2 } = this;
    const sttCol = this.col("stt");
    for (let c = layout2.left; c <= layout2.right; c++) {
      if (c === sttCol) continue;
      const v = grid.raw(m.row, c);
      if (v === null) continue;
      if (typeof v !== "string") return false;
      const ch = v.trimStart()[0];
      if (ch !== void 0 && ch !== "<" && !isLowerLetter(ch)) return false;
    }
    let lowerStarts = 0;
    let otherStarts = 0;
    let openEnds = 0;
    let joinedAfterConnector = false;
    for (let c = layout2.left; c <= layout2.right; c++) {
      if (c === sttCol || grid.mergedFromAbove(m.row, c)) continue;
      const v = grid.raw(m.row, c);
      if (v === null) continue;
      const text = typeof v === "string" ? v.replace(/<[^>]*>/g, "").trim() : "";
      if (!text) {
        otherStarts++;
        continue;
      }
      if (isLowerLetter(text[0])) lowerStarts++;
      else otherStarts++;
      const above = grid.raw(prev.row, c);
      const aboveText = typeof above === "string" ? above.replace(/<[^>]*>/g, "").trim() : "";
      if (!aboveText || /[.!?:;)\]”"…]$/.test(aboveText)) continue;
      openEnds++;
      if (isLowerLetter(text[0]) && endsWithConnector(aboveText)) joinedAfterConnector = true;
    }
    if (lowerStarts === 0 || otherStarts > 0 || openEnds === 0) return false;
    return joinedAfterConnector || lowerStarts >= 2 && openEnds >= 2;
  }
};
function looksLikeTotal(raw) {
  if (!raw || raw.length > 60) return false;
  const text = readableText(raw).trim();
  const c = text[0];
  return (c === "T" || c === "t" || c === "C" || c === "c") && TOTAL_RE.test(fold(text));
}
var TOTAL_RE = /^(tong cong|tong chi so|tong so diem|tong diem|tong so|tong|cong)(\s*(\(.*\)|diem|chi so|cong))?\s*[:.]?$/;
var CONNECTORS = new Set(
  "ve cua va cac cho trong voi theo tai de tu den duoc nhung co la thuoc hoac hay nhu vao o bang tren duoi sau truoc khi ma thi vi do boi nham so cung nay cac moi mot hai ba tung tren".split(
    " "
  )
);
function endsWithConnector(text) {
  if (/[,\-–(]$/.test(text)) return true;
  const words = fold(text).split(" ");
  return CONNECTORS.has(words[words.length - 1] ?? "");
}

// src/core/check.ts
function checkSheet(snapshot, options = {}) {
  return analyzeSheet(snapshot, options).report;
}
function analyzeSheet(snapshot, options = {}) {
  const lang = options.lang ?? "vi";
  const asOf = options.asOf ?? isoToday();
  const grid = new Grid(snapshot);
  const findings = [];
  const layout2 = detectTable(grid);
  if (!layout2) {
    const rule = ruleById("table-not-found");
    findings.push(makeFinding(rule, { data: { sheet: snapshot.name } }, grid, null, lang));
    return { grid, layout: layout2, rows: null, plan: null, asOf, report: { sheet: snapshot.name, planDate: null, table: null, findings, rows: [] } };
  }
  const plan = readPlan(layout2.titleLines, options.planDate, asOf);
  const rows = new TableRows(grid, layout2);
  const ctx = makeContext(grid, layout2, rows, plan, asOf, lang, options.units);
  for (const rule of RULES) {
    if (rule.scope === "sheet") continue;
    const ruleCtx = Object.create(ctx, {
      report: { value: (d) => findings.push(makeFinding(rule, d, grid, ctx.roleByCol, lang)) }
    });
    rule.check(ruleCtx);
  }
  findings.sort(compareFindings);
  const report = {
    sheet: snapshot.name,
    planDate: plan.date,
    planYear: plan.year,
    table: tableReport(layout2),
    findings,
    rows: rows.rows.map((m) => rowReport(ctx, m, asOf))
  };
  return { grid, layout: layout2, rows, plan, asOf, report };
}
function makeContext(grid, layout2, rows, plan, asOf, lang, units) {
  const roleByCol = /* @__PURE__ */ new Map();
  for (const [role, col] of layout2.columns) roleByCol.set(col, role);
  const own = [];
  const timeCol = layout2.columns.get("time");
  const ownSchedule = (m) => {
    if (timeCol === void 0 || !m.has.time) return null;
    const i = m.row - layout2.firstRow;
    let s = own[i];
    if (s === void 0) {
      const v = grid.value(m.row, timeCol);
      const cell = grid.merge(m.row, timeCol);
      const fmt = grid.numFmt(cell?.top ?? m.row, cell?.left ?? timeCol);
      const input = typeof v === "string" ? readableText(v) : v;
      s = typeof input === "number" || typeof input === "string" ? parseTime(input, { planYear: plan.year }, typeof input === "number" && isDateFormat(fmt)) : null;
      own[i] = s;
    }
    return s;
  };
  let textCells = null;
  return {
    grid,
    lang,
    layout: layout2,
    rows,
    plan,
    asOf,
    units,
    get textCells() {
      return textCells ??= collectTextCells(grid, layout2);
    },
    ownSchedule,
    effectiveSchedule(m) {
      for (let p = m; p; p = p.parent) if (p.has.time) return ownSchedule(p);
      return null;
    },
    roleOfColumn: (col) => roleByCol.get(col) ?? null,
    roleByCol,
    report() {
      throw new Error("report() is bound per rule");
    }
  };
}
function collectTextCells(grid, layout2) {
  const rows = [];
  const cols = [];
  const texts = [];
  const hasFormulas = grid.snapshot.formulas !== void 0;
  for (let r = layout2.firstRow; r <= layout2.lastRow; r++) {
    for (let c = layout2.left; c <= layout2.right; c++) {
      const v = grid.raw(r, c);
      if (typeof v !== "string" || hasFormulas && grid.formula(r, c)) continue;
      rows.push(r);
      cols.push(c);
      texts.push(v);
    }
  }
  return { length: texts.length, rows: Int32Array.from(rows), cols: Int32Array.from(cols), texts };
}
function makeFinding(rule, d, grid, roleByCol, lang) {
  const row = d.row ?? null;
  const col = d.col ?? null;
  const data = d.data ?? {};
  const finding = {
    code: rule.id,
    severity: rule.severity,
    cell: row !== null && col !== null ? a1(row, col) : null,
    row,
    column: d.role ?? (col !== null ? roleByCol?.get(col) ?? null : null),
    message: rule.message[lang](data),
    fix: d.fix && d.fix.length && rule.fixLabel ? { label: rule.fixLabel[lang], edits: d.fix.map((e) => toCellEdit(e, grid)) } : null
  };
  if (d.data) finding.data = d.data;
  if (row !== null && grid.isHidden(row)) finding.data = { ...finding.data, hiddenRow: true };
  return finding;
}
function toCellEdit(e, grid) {
  const edit = { cell: a1(e.row, e.col), row: e.row, col: e.col, value: e.value === "" ? null : e.value, before: grid.raw(e.row, e.col) };
  if (e.numFmt !== void 0) {
    edit.numFmt = e.numFmt;
    edit.beforeNumFmt = grid.numFmt(e.row, e.col);
  }
  if (e.italic !== void 0) {
    edit.italic = e.italic;
    edit.beforeItalic = grid.italic(e.row, e.col);
  }
  if (e.append !== void 0) edit.append = e.append;
  return edit;
}
function compareFindings(a, b) {
  return (a.row ?? 0) - (b.row ?? 0) || cellCol(a) - cellCol(b) || RULE_ORDER.get(a.code) - RULE_ORDER.get(b.code);
}
var RULE_ORDER = new Map(RULES.map((r, i) => [r.id, i]));
function cellCol(f) {
  const m = f.cell ? /^[A-Z]+/.exec(f.cell)[0] : "";
  return m.length * 100 + (m.charCodeAt(0) || 0) + (m.charCodeAt(1) || 0) / 100;
}
function tableReport(layout2) {
  const columns = {};
  for (const role of ROLES) {
    const c = layout2.columns.get(role);
    columns[role] = c === void 0 ? null : a1(1, c).replace(/\d+$/, "");
  }
  return { headerRow: layout2.headerRow, firstRow: layout2.firstRow, lastRow: layout2.lastRow, columns };
}
var TRACKED = /* @__PURE__ */ new Set(["item", "detail"]);
var unitsOf = memoize(parseUnits);
var productsOf = (s) => parseProducts(s).products;
function rowReport(ctx, m, asOf) {
  const tracked = TRACKED.has(m.kind);
  const pick = (role) => tracked ? ctx.rows.effectiveText(m, role) : m.has[role] ? ctx.rows.cellText(m.row, role) : "";
  const schedule = m.kind === "blank" || m.kind === "continuation" || m.kind === "total" ? null : tracked ? ctx.effectiveSchedule(m) : ctx.ownSchedule(m);
  const statusText = ctx.rows.cellText(m.row, "status");
  const status = statusText ? parseStatus(statusText) ?? null : null;
  const deadline = schedule?.deadlines[0] ?? null;
  return {
    row: m.row,
    kind: m.kind,
    stt: m.stt.kind === "none" ? null : m.stt.text,
    owners: unitsOf(pick("owner")),
    products: productsOf(pick("product")),
    deadline,
    recurrence: schedule?.recurrence ?? null,
    status,
    overdue: m.kind === "item" ? isOverdue(schedule, status, asOf) : null
  };
}
function isOverdue(schedule, status, asOf) {
  if (!schedule || schedule.kind === "empty" || schedule.kind === "unparsed") return null;
  const first = schedule.deadlines[0];
  if (!first || schedule.recurrence) return false;
  return status !== "done" && first < asOf;
}

// test/x/p.ts
(async () => {
  const w = await loadWorkbook((0, import_node_fs.readFileSync)("/tmp/s20k.xlsx"));
  const snap = worksheetSnapshot(w.worksheets[0]);
  for (let k = 0; k < 30; k++) checkSheet(snap, { asOf: "2024-08-01" });
  const t = performance.now();
  for (let k = 0; k < 10; k++) checkSheet(snap, { asOf: "2024-08-01" });
  console.log("warm ms", ((performance.now() - t) / 10).toFixed(1));
})();
