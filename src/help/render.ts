/**
 * The help page ("Hướng dẫn"): a static, offline HTML page, rendered at build time by webpack.config.js
 * (HelpPagePlugin → dist/help.html in Vietnamese, dist/help.en.html in English; help.html?lang=en goes to
 * the English page). The manifest's SupportUrl and LearnMoreUrl point at it.
 *
 * One source: every finding is rendered from the rules themselves (src/core/rules: title, severity, help,
 * fix label) and the pane's own strings (src/taskpane/i18n.ts: button names, severity labels), so the page
 * never says something the add-in does not. No script but the one-line ?lang=en redirect; no network.
 * Screenshots of the pane (src/help/screenshots.ts, `npm run screenshots`) are inlined as data: URIs.
 */
import type { Lang, Severity } from '../core/report';
import { RULES, SAFE_FIX_CODES } from '../core/rules';
import type { Rule } from '../core/rules/types';
import { STRINGS } from '../taskpane/i18n';
import { screenshotImages } from './screenshots';

/** The emitted file of each language, beside taskpane.html. */
export { HELP_FILES } from './files';
import { HELP_FILES } from './files';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Tagged template that escapes every interpolated value unless it is already markup (`raw`). */
class Raw {
  constructor(readonly html: string) {}
}
const raw = (html: string) => new Raw(html);
function h(strings: TemplateStringsArray, ...values: unknown[]): Raw {
  let out = strings[0]!;
  values.forEach((v, i) => {
    const piece = Array.isArray(v)
      ? v.map((x) => (x instanceof Raw ? x.html : escapeHtml(String(x)))).join('')
      : v instanceof Raw
        ? v.html
        : escapeHtml(String(v ?? ''));
    out += piece + strings[i + 1]!;
  });
  return raw(out);
}

interface PageText {
  htmlTitle: string;
  h1: string;
  intro: string;
  otherLang: { label: string; lang: Lang; text: string };
  toc: string;
  skip: string;
  install: {
    h2: string;
    desktopH: string;
    desktop: Raw;
    webH: string;
    web: Raw;
    orgH: string;
    org: Raw;
  };
  features: { h2: string; items: [string, string][]; shotsH: string };
  findings: {
    h2: string;
    intro: string;
    severityH: Record<Severity, string>;
    code: string;
    severity: string;
    safe: string;
    manual: string;
  };
  footer: string;
}

function text(lang: Lang): PageText {
  const t = STRINGS[lang];
  if (lang === 'en') {
    return {
      htmlTitle: 'Help — CCHC Appendix',
      h1: 'CCHC Appendix: help',
      intro:
        'CCHC Appendix is an Excel add-in that checks the appendix tables of remediation plans after the PAR Index (Chỉ số CCHC): numbering, lead units, products, deadlines, legacy encodings and leftover marks. Each finding points at its cell and says how to fix it; the safe ones are fixed in one click.',
      otherLang: { label: 'Tiếng Việt', lang: 'vi', text: 'Đọc bằng tiếng Việt' },
      toc: 'Contents',
      skip: 'Skip to the content',
      install: {
        h2: 'Installing the add-in',
        desktopH: 'Excel on one computer (sideloading)',
        desktop: h`<ol>
<li>Get <code>manifest.xml</code> from whoever hosts the add-in for your office (it names the HTTPS address of the add-in's files).</li>
<li>Put it in a shared folder, then in Excel: <em>File → Options → Trust Center → Trust Center Settings → Trusted Add-in Catalogs</em>, add the folder's network path (<code>\\\\server\\share</code>), tick <em>Show in Menu</em>, OK, and restart Excel.</li>
<li><em>Home → Add-ins → More add-ins → Shared Folder</em>: choose <strong>CCHC Appendix</strong>. The <strong>${t.check}</strong> button appears in the <strong>PAR Index</strong> group of the Home tab.</li>
</ol>`,
        webH: 'Excel on the web',
        web: h`<p><em>Home → Add-ins → More add-ins → Upload my add-in</em>, choose <code>manifest.xml</code>, then <strong>Upload</strong>. The add-in stays for your account until you remove it.</p>`,
        orgH: 'For a whole office (administrators)',
        org: h`<ul>
<li><strong>Hosting:</strong> copy the built <code>dist/</code> folder to the office's HTTPS web server (build it with <code>CCHC_PUBLIC_URL</code> set to that address, so that the <code>manifest.xml</code> in <code>dist/</code> points there). The pages work offline: nothing else is fetched except Office.js.</li>
<li><strong>Microsoft 365 centralized deployment:</strong> Microsoft 365 admin center → <em>Settings → Integrated apps → Upload custom apps</em> → upload <code>manifest.xml</code>, choose the users or groups. The add-in appears in their Excel within a day.</li>
<li><strong>Shared-folder catalog:</strong> put <code>manifest.xml</code> in a read-only network share and add its path under <em>Trusted Add-in Catalogs</em> on each computer (or by Group Policy), as above.</li>
</ul>`,
      },
      features: {
        h2: 'What the pane does',
        items: [
          [t.check, 'reads the table on the active sheet (wherever it starts, with merged title rows) and lists the findings by severity and kind, each with its cell.'],
          ['Jump to a cell', 'click a finding (or press Enter on it) to select its cell in the sheet, even on a hidden row.'],
          [`${t.fix} / ${t.fixAll(2).replace(/\s*\(2\)$/, '')}`, 'the safe fixes (text STT, Unicode, marks, apostrophes, spaces) change only the cells they name; a cell edited since the check is left alone and the table is checked again.'],
          [t.undo, 'undoes the last fix, exactly: every cell, format, list and sheet it changed comes back.'],
          [`${t.mark} / ${t.unmark}`, 'colours the cells with findings in the sheet, and removes the colours again.'],
          [t.unitsTitle, `the unit list (a “Danh mục” sheet or the name DanhMucDonVi): unit names that differ from it are reported with the right name. “${t.unitsCreate}” makes the list from the table's own units, for you to review.`],
          [t.dropdownsAdd, 'adds drop-down lists to the lead-unit column (from the unit list) and the product column (document types); cells that already have a data-validation rule keep it.'],
          [t.live, 'checks again by itself after you edit the table.'],
          [t.exportReport, 'saves the findings as a file.'],
          [
            `${t.tracking.insert} / ${t.tracking.remove}`,
            'writes beside the table a deadline column (real dates read from the time text; recurring tasks get their next due date), a flag column (“Quá hạn”, “Sắp đến hạn”, “Hoàn thành”) computed by formulas from the status, the deadline, the as-of date NgayDanhGia and the window SoNgaySapDenHan, and a “Tổng hợp tiến độ” sheet with the counts per unit. It keeps working without the add-in; running it again updates it, and removing it takes away exactly what it added.',
          ],
          [t.tracking.copy, 'copies the counts a 6-month or 9-month report asks for, as text; late and due-soon tasks are listed by unit, each one jumps to its row.'],
          [t.score.title, 'on a score table: the unit’s result (self-assessed, appraised, maximum, rate, points lost), the five criteria that cost the most and a chart of points lost per area.'],
          [
            `${t.score.insert} / ${t.score.remove}`,
            'writes beside the table “Điểm bị trừ” (unless the table types it), “Chênh lệch tự chấm” and “Tỷ lệ đạt” as formulas over each row’s own scores, and a “Tổng hợp điểm” sheet with each area’s figures and the criteria ranked by points lost; they follow edits without the add-in.',
          ],
          [t.plan.title, 'the plan’s details (agencies, number and symbol, place and date, the decision that published the index, rank, signer, recipients) are asked once, pre-filled from the table’s title line, and kept in the workbook on the “Thông tin kế hoạch” sheet.'],
          [
            t.plan.insert,
            'writes the standard parts of the Kế hoạch khắc phục (Decree 30/2020/NĐ-CP) into a “Kế hoạch” sheet laid out for A4 printing in Times New Roman: header, title, the unit’s result, I. MỤC ĐÍCH, YÊU CẦU, II. NỘI DUNG VÀ GIẢI PHÁP (each area and each criterion that lost points, with its score, cause, solution, unit and time from the table), III. TỔ CHỨC THỰC HIỆN, Nơi nhận and signature. What is missing shows as “…” or “[…: cần bổ sung]”. Running it again updates the sheet (after asking); a sheet of your own with that name is never touched.',
          ],
          [t.plan.appendixInsert, 'adds the standard appendix table (STT | Nội dung, tiêu chí | Giải pháp | Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm | Thời gian hoàn thành | Tình trạng) on A4 landscape with drop-down lists, optionally pre-filled with the criteria that lost points.'],
          [t.plan.download, 'saves the plan and its appendix as a Word document (A4, the plan portrait and the appendix landscape), with the same text.'],
        ],
        shotsH: 'The pane at work',
      },
      findings: {
        h2: 'Findings and how to fix them',
        intro: 'Every kind of finding the check reports, by severity: its code (as in the report of the cchc command), what it means and how to fix it.',
        severityH: { error: 'Errors', warning: 'Warnings', info: 'Suggestions' },
        code: 'Code',
        severity: 'Severity',
        safe: 'Fixed in one click (also by cchc fix):',
        manual: 'Fixed in one click from the pane:',
      },
      footer: 'CCHC Appendix — this page is part of the add-in and works without the Internet.',
    };
  }
  return {
    htmlTitle: 'Hướng dẫn — CCHC Phụ lục',
    h1: 'Hướng dẫn sử dụng CCHC Phụ lục',
    intro:
      'CCHC Phụ lục là add-in Excel kiểm tra bảng phụ lục của kế hoạch khắc phục sau khi công bố Chỉ số cải cách hành chính (Chỉ số CCHC): số thứ tự, đơn vị chủ trì, sản phẩm, thời gian, chữ bảng mã cũ và dấu định dạng sót lại. Mỗi vấn đề chỉ đúng ô và nói cách sửa; vấn đề sửa an toàn được thì sửa bằng một lần bấm.',
    otherLang: { label: 'English', lang: 'en', text: 'Read in English' },
    toc: 'Mục lục',
    skip: 'Bỏ qua, tới nội dung',
    install: {
      h2: 'Cài đặt add-in',
      desktopH: 'Excel trên một máy tính (nạp thủ công)',
      desktop: h`<ol>
<li>Xin tệp <code>manifest.xml</code> từ bộ phận quản trị đặt add-in cho cơ quan (tệp ghi địa chỉ HTTPS của add-in).</li>
<li>Đặt tệp vào một thư mục dùng chung, rồi trong Excel: <em>Tệp → Tùy chọn → Trung tâm Tin cậy → Thiết đặt Trung tâm Tin cậy → Danh mục Phần bổ trợ Tin cậy</em> (<em>File → Options → Trust Center → Trusted Add-in Catalogs</em>), thêm đường dẫn mạng của thư mục (<code>\\\\máy-chủ\\thư-mục</code>), đánh dấu <em>Hiện trong Menu</em>, bấm OK và mở lại Excel.</li>
<li><em>Trang đầu → Phần bổ trợ → Thêm phần bổ trợ → Thư mục dùng chung</em> (<em>Home → Add-ins → More add-ins → Shared Folder</em>): chọn <strong>CCHC Phụ lục</strong>. Nút <strong>${t.check}</strong> xuất hiện trong nhóm <strong>CCHC</strong> của tab Trang đầu.</li>
</ol>`,
      webH: 'Excel trên web',
      web: h`<p><em>Trang đầu → Phần bổ trợ → Thêm phần bổ trợ → Tải lên phần bổ trợ của tôi</em> (<em>Home → Add-ins → More add-ins → Upload my add-in</em>), chọn <code>manifest.xml</code> rồi bấm <strong>Tải lên</strong>. Add-in được giữ cho tài khoản của bạn tới khi gỡ.</p>`,
      orgH: 'Triển khai cho cả cơ quan (dành cho quản trị)',
      org: h`<ul>
<li><strong>Đặt add-in trên máy chủ:</strong> chép thư mục <code>dist/</code> đã dựng lên máy chủ web HTTPS của cơ quan (dựng với biến <code>CCHC_PUBLIC_URL</code> là địa chỉ đó, để <code>manifest.xml</code> trong <code>dist/</code> trỏ về đúng chỗ). Các trang chạy không cần Internet, chỉ trừ Office.js.</li>
<li><strong>Triển khai tập trung Microsoft 365:</strong> Trung tâm quản trị Microsoft 365 → <em>Thiết đặt → Ứng dụng tích hợp → Tải lên ứng dụng tùy chỉnh</em> (<em>Settings → Integrated apps → Upload custom apps</em>) → tải lên <code>manifest.xml</code>, chọn người dùng hoặc nhóm. Add-in hiện trong Excel của họ trong vòng một ngày.</li>
<li><strong>Danh mục thư mục dùng chung:</strong> đặt <code>manifest.xml</code> trong một thư mục mạng chỉ đọc và thêm đường dẫn vào <em>Danh mục Phần bổ trợ Tin cậy</em> trên từng máy (hoặc bằng Group Policy), như trên.</li>
</ul>`,
    },
    features: {
      h2: 'Các chức năng trong bảng tính',
      items: [
        [t.check, 'đọc bảng trên trang tính đang mở (bảng bắt đầu ở đâu cũng được, có dòng tiêu đề gộp ô) và liệt kê các vấn đề theo mức độ và loại, mỗi vấn đề kèm ô của nó.'],
        ['Chuyển tới ô', 'bấm vào một vấn đề (hoặc nhấn Enter) để chọn đúng ô đó trên bảng, kể cả ô ở dòng đang ẩn.'],
        [`${t.fix} / ${t.fixAll(2).replace(/\s*\(2\)$/, '')}`, 'các cách sửa an toàn (STT dạng chữ, Unicode, bỏ dấu định dạng, dấu nháy, khoảng trắng) chỉ đổi đúng những ô được nêu; ô đã bị sửa tay sau lần kiểm tra thì được giữ nguyên và bảng được kiểm tra lại.'],
        [t.undo, 'hoàn tác đúng lần sửa vừa rồi: mọi ô, định dạng, danh sách chọn và trang tính nó đã đổi đều trở lại như cũ.'],
        [`${t.mark} / ${t.unmark}`, 'tô màu các ô có vấn đề trên bảng, và bỏ màu đó đi.'],
        [t.unitsTitle, `danh mục đơn vị (trang “Danh mục” hoặc tên DanhMucDonVi): tên đơn vị viết khác danh mục được chỉ ra kèm tên đúng. “${t.unitsCreate}” tạo danh mục từ chính các đơn vị trong bảng để bạn rà soát.`],
        [t.dropdownsAdd, 'thêm danh sách chọn vào cột Đơn vị chủ trì (theo danh mục) và cột Sản phẩm (theo loại văn bản); ô đã có quy tắc nhập liệu thì giữ nguyên.'],
        [t.live, 'tự kiểm tra lại sau khi bạn sửa bảng.'],
        [t.exportReport, 'lưu danh sách vấn đề ra tệp.'],
        [
          `${t.tracking.insert} / ${t.tracking.remove}`,
          'ghi bên phải bảng cột Hạn hoàn thành (ngày thật đọc từ cột thời gian; việc định kỳ có hạn kế tiếp), cột Cảnh báo (“Quá hạn”, “Sắp đến hạn”, “Hoàn thành”) tính bằng công thức từ tình trạng, hạn, ngày đánh giá NgayDanhGia và số ngày SoNgaySapDenHan, và trang “Tổng hợp tiến độ” đếm theo từng đơn vị. Tệp vẫn tự tính khi mở không có add-in; chạy lại thì cập nhật, gỡ thì bỏ đúng những gì đã thêm.',
        ],
        [t.tracking.copy, 'chép số liệu cho báo cáo 6 tháng, 9 tháng dưới dạng chữ; nhiệm vụ quá hạn và sắp đến hạn được liệt kê theo đơn vị, bấm vào là tới đúng dòng.'],
        [t.score.title, 'với bảng điểm: kết quả của đơn vị (tự chấm, thẩm định, điểm tối đa, tỷ lệ, điểm bị trừ), năm tiêu chí bị trừ nhiều điểm nhất và biểu đồ điểm bị trừ theo lĩnh vực.'],
        [
          `${t.score.insert} / ${t.score.remove}`,
          'ghi bên phải bảng cột “Điểm bị trừ” (nếu bảng chưa có), “Chênh lệch tự chấm” và “Tỷ lệ đạt” bằng công thức trên chính các ô điểm của từng dòng, và trang “Tổng hợp điểm” với số liệu từng lĩnh vực và các tiêu chí xếp theo điểm bị trừ; tệp vẫn tự tính khi không có add-in.',
        ],
        [t.plan.title, 'thông tin của kế hoạch (cơ quan, số và ký hiệu, địa danh và ngày, quyết định công bố Chỉ số, xếp hạng, người ký, nơi nhận) chỉ hỏi một lần, điền sẵn từ dòng tiêu đề của bảng, và được lưu ngay trong tệp, ở trang “Thông tin kế hoạch”.'],
        [
          t.plan.insert,
          'ghi các phần chuẩn của Kế hoạch khắc phục (theo Nghị định 30/2020/NĐ-CP) vào trang “Kế hoạch”, dàn trang để in A4, phông Times New Roman: phần đầu, tên kế hoạch, kết quả chấm điểm, I. MỤC ĐÍCH, YÊU CẦU, II. NỘI DUNG VÀ GIẢI PHÁP (từng lĩnh vực và từng tiêu chí bị trừ điểm, kèm điểm, nguyên nhân, giải pháp, đơn vị và thời gian lấy từ bảng), III. TỔ CHỨC THỰC HIỆN, nơi nhận và chữ ký. Chỗ còn thiếu ghi “…” hoặc “[…: cần bổ sung]”. Chèn lại thì cập nhật trang đó (có hỏi trước); trang của bạn trùng tên thì không bao giờ bị đụng tới.',
        ],
        [t.plan.appendixInsert, 'thêm bảng phụ lục mẫu (STT | Nội dung, tiêu chí | Giải pháp | Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm | Thời gian hoàn thành | Tình trạng), khổ A4 ngang, có danh sách chọn, có thể điền sẵn các tiêu chí bị trừ điểm.'],
        [t.plan.download, 'lưu kế hoạch và phụ lục thành tệp Word (A4, kế hoạch khổ dọc, phụ lục khổ ngang), cùng nội dung với trang tính.'],
      ],
      shotsH: 'Hình ảnh ngăn add-in',
    },
    findings: {
      h2: 'Các vấn đề và cách sửa',
      intro: 'Mọi loại vấn đề mà add-in báo, theo mức độ: mã (như trong báo cáo của lệnh cchc), ý nghĩa và cách sửa.',
      severityH: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Gợi ý' },
      code: 'Mã',
      severity: 'Mức độ',
      safe: 'Sửa bằng một lần bấm (cả bằng lệnh cchc fix):',
      manual: 'Sửa bằng một lần bấm trong ngăn add-in:',
    },
    footer: 'CCHC Phụ lục — trang này nằm trong add-in và dùng được khi không có Internet.',
  };
}

const STYLE = `
:root { color-scheme: light; }
body { margin: 0; font: 16px/1.5 "Segoe UI", system-ui, -apple-system, Arial, sans-serif; color: #1b1b1b; background: #fff; }
.skip { position: absolute; left: -10000px; }
.skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px 8px; }
header, main, footer, nav { max-width: 50rem; margin: 0 auto; padding: 0 1rem; }
header { border-bottom: 1px solid #d1d1d1; padding-bottom: .5rem; }
h1 { font-size: 1.6rem; margin: 1rem 0 .25rem; }
h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid #e0e0e0; }
h3 { font-size: 1.1rem; margin-top: 1.5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 .25rem; }
a { color: #0f548c; }
code { font-family: Consolas, "Courier New", monospace; background: #f3f3f3; padding: 0 .2em; }
.meta { margin: 0; color: #424242; font-size: .9rem; }
.sev-error { color: #a4262c; font-weight: 600; }
.sev-warning { color: #6b4a00; font-weight: 600; }
.sev-info { color: #0f548c; font-weight: 600; }
dt { font-weight: 600; margin-top: .5rem; }
dd { margin-left: 1rem; }
figure { margin: 1rem 0 1.5rem; }
figure img { display: block; max-width: 100%; height: auto; border: 1px solid #d1d1d1; }
figcaption { margin-top: .25rem; color: #424242; font-size: .9rem; }
footer { border-top: 1px solid #d1d1d1; margin-top: 2rem; padding: .75rem 1rem 2rem; color: #424242; font-size: .9rem; }
`;

/** The id of a rule's section: its code, prefixed so that a code never clashes with a page id. */
export const ruleAnchor = (code: string) => `rule-${code}`;

function ruleSection(rule: Rule, lang: Lang, p: PageText): Raw {
  const t = STRINGS[lang];
  const fix = rule.fixLabel
    ? h`<p>${SAFE_FIX_CODES.includes(rule.id) ? p.findings.safe : p.findings.manual} <strong>${rule.fixLabel[lang]}</strong>.</p>`
    : raw('');
  return h`<section class="rule" id="${ruleAnchor(rule.id)}" aria-labelledby="${ruleAnchor(rule.id)}-h">
<h4 id="${ruleAnchor(rule.id)}-h">${rule.title[lang]}</h4>
<p class="meta">${p.findings.code}: <code>${rule.id}</code> · ${p.findings.severity}: <span class="sev-${rule.severity}">${t.severityOne[rule.severity]}</span></p>
<p>${rule.help[lang]}</p>
${fix}</section>
`;
}

/** The whole page in one language, as a complete HTML document. */
export function renderHelpPage(lang: Lang): string {
  const p = text(lang);
  const other = p.otherLang;
  const groups = SEVERITIES.map((sev) => ({ sev, rules: RULES.filter((r) => r.severity === sev) })).filter((g) => g.rules.length);
  // help.html?lang=en → the English page (the manifest's en-US overrides link there directly).
  const redirect =
    lang === 'vi'
      ? raw(`<script>if (/(?:^|[?&])lang=en(?:&|$)/.test(location.search.slice(1))) location.replace(${JSON.stringify(HELP_FILES.en)} + location.hash);</script>\n`)
      : raw('');
  const toc: [string, string][] = [
    ['install', p.install.h2],
    ['features', p.features.h2],
    ['findings', p.findings.h2],
  ];
  const body = h`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.htmlTitle}</title>
${redirect}<style>${raw(STYLE)}</style>
</head>
<body>
<a class="skip" href="#main">${p.skip}</a>
<header>
<h1>${p.h1}</h1>
<p><a href="${HELP_FILES[other.lang]}" hreflang="${other.lang}" lang="${other.lang}">${other.text}</a></p>
</header>
<nav aria-label="${p.toc}">
<ul>
${toc.map(([id, label]) => h`<li><a href="#${id}">${label}</a></li>\n`)}</ul>
</nav>
<main id="main">
<p>${p.intro}</p>
<section id="install" aria-labelledby="install-h">
<h2 id="install-h">${p.install.h2}</h2>
<h3>${p.install.desktopH}</h3>
${p.install.desktop}
<h3>${p.install.webH}</h3>
${p.install.web}
<h3>${p.install.orgH}</h3>
${p.install.org}
</section>
<section id="features" aria-labelledby="features-h">
<h2 id="features-h">${p.features.h2}</h2>
<dl>
${p.features.items.map(([term, desc]) => h`<dt>${term}</dt><dd>${desc}</dd>\n`)}</dl>
<h3>${p.features.shotsH}</h3>
${screenshotImages(lang).map(
  (s) => h`<figure id="shot-${s.name}">
<img src="${s.src}" width="${s.width}" height="${s.height}" alt="${s.alt}" decoding="async">
<figcaption>${s.caption}</figcaption>
</figure>
`,
)}</section>
<section id="findings" aria-labelledby="findings-h">
<h2 id="findings-h">${p.findings.h2}</h2>
<p>${p.findings.intro}</p>
${groups.map(
  (g) => h`<section aria-labelledby="sev-${g.sev}-h">
<h3 id="sev-${g.sev}-h">${p.findings.severityH[g.sev]} (${g.rules.length})</h3>
${g.rules.map((r) => ruleSection(r, lang, p))}</section>
`,
)}</section>
</main>
<footer>
<p>${p.footer}</p>
</footer>
</body>
</html>
`;
  return body.html;
}
