import { describe, it, expect } from 'vitest';
import {
  decodeLegacy,
  detectLegacyEncoding,
  isVietnameseSyllable,
  type LegacyEncoding,
} from '../src/core/text/legacy';

// ---------------------------------------------------------------------------------------------
// Reference tables, written independently of the module (rows from xvnkb tcvn.h / vni.h, checked
// against GNU libiconv tcvn.h). Tone order: none, sắc, huyền, hỏi, ngã, nặng.
// ---------------------------------------------------------------------------------------------

const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

/** TCVN3 (ABC) lowercase, and Ă Â Ê Ô Ơ Ư Đ. */
const TCVN3_LOWER: Record<string, string> = {
  a: 'a¸µ¶·¹', ă: '¨¾»¼½Æ', â: '©ÊÇÈÉË', e: 'eÐÌÎÏÑ', ê: 'ªÕÒÓÔÖ', i: 'iÝ×ØÜÞ',
  o: 'oãßáâä', ô: '«èåæçé', ơ: '¬íêëìî', u: 'uóïñòô', ư: '\u00adøõö÷ù', y: 'yýúûüþ',
};
/** TCVN 5712 capitals (C1 and C0 positions as raw control characters). */
const TCVN3_UPPER: Record<string, string> = {
  A: 'A\u0083\u0080\u0081\u0082\u0084', Ă: '¡À¯º¿\u0085', Â: '¢ÄÁÂÃ\u0086',
  E: 'E\u008a\u0087\u0088\u0089\u008b', Ê: '£ÚÅÍÙ\u008c', I: 'I\u0090\u008d\u008e\u008f\u0091',
  O: 'O\u0095\u0092\u0093\u0094\u0096', Ô: '¤ÿÛàð\u0097', Ơ: '¥\u009b\u0098\u0099\u009a\u009c',
  U: 'U\u0001\u009d\u009e\u009f\u0002', Ư: '¦\u0011\u0004\u0005\u0006\u0012',
  Y: 'Y\u0016\u0013\u0014\u0015\u0017',
};
/** VNI-Windows lowercase; uppercase is the same with every character upper-cased. */
const VNI_LOWER: Record<string, string[]> = {
  a: ['a', 'aù', 'aø', 'aû', 'aõ', 'aï'], â: ['aâ', 'aá', 'aà', 'aå', 'aã', 'aä'],
  ă: ['aê', 'aé', 'aè', 'aú', 'aü', 'aë'], e: ['e', 'eù', 'eø', 'eû', 'eõ', 'eï'],
  ê: ['eâ', 'eá', 'eà', 'eå', 'eã', 'eä'], i: ['i', 'í', 'ì', 'æ', 'ó', 'ò'],
  o: ['o', 'où', 'oø', 'oû', 'oõ', 'oï'], ô: ['oâ', 'oá', 'oà', 'oå', 'oã', 'oä'],
  ơ: ['ô', 'ôù', 'ôø', 'ôû', 'ôõ', 'ôï'], u: ['u', 'uù', 'uø', 'uû', 'uõ', 'uï'],
  ư: ['ö', 'öù', 'öø', 'öû', 'öõ', 'öï'], y: ['y', 'yù', 'yø', 'yû', 'yõ', 'î'],
};
/** Windows-1252 characters for C1 bytes (the rest of 0x80–0x9F is undefined there). */
const CP1252: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ',
  0x89: '‰', 0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“',
  0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›',
  0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

interface Letter {
  lower: string;
  upper: string;
  tcvnLower: string;
  tcvnUpper: string;
  vniLower: string;
  vniUpper: string;
}

/** Every Vietnamese letter with a diacritic (67 lowercase + 67 uppercase) and its encodings. */
const LETTERS: Letter[] = [
  { lower: 'đ', upper: 'Đ', tcvnLower: '®', tcvnUpper: '§', vniLower: 'ñ', vniUpper: 'Ñ' },
];
for (const [vowel, tcvnRow] of Object.entries(TCVN3_LOWER)) {
  const upperRow = TCVN3_UPPER[vowel.toUpperCase()]!;
  TONES.forEach((tone, t) => {
    const lower = (vowel + tone).normalize('NFC');
    if (/^[a-z]$/.test(lower)) return;
    LETTERS.push({
      lower,
      upper: lower.toUpperCase(),
      tcvnLower: tcvnRow.charAt(t),
      tcvnUpper: upperRow.charAt(t),
      vniLower: VNI_LOWER[vowel]![t]!,
      vniUpper: VNI_LOWER[vowel]![t]!.toUpperCase(),
    });
  });
}

const cp1252 = (s: string): string =>
  [...s].map((c) => CP1252[c.charCodeAt(0)] ?? c).join('');

// ---------------------------------------------------------------------------------------------
// Hand-checked cases
// ---------------------------------------------------------------------------------------------

const POSITIVE: Array<[string, LegacyEncoding, string]> = [
  // TCVN3, lowercase and mixed case
  ['V¨n phßng Së', 'tcvn3', 'Văn phòng Sở'],
  ['Së C«ng Th\u00ad¬ng', 'tcvn3', 'Sở Công Thương'],
  ['B¸o c¸o', 'tcvn3', 'Báo cáo'],
  ['KÕ ho¹ch', 'tcvn3', 'Kế hoạch'],
  ['Th¸ng 6', 'tcvn3', 'Tháng 6'],
  ['Phßng Tµi chÝnh', 'tcvn3', 'Phòng Tài chính'],
  ['Thùc hiÖn kÕ ho¹ch c¶i c¸ch hµnh chÝnh', 'tcvn3', 'Thực hiện kế hoạch cải cách hành chính'],
  ['§¬n vÞ chñ tr×, thùc hiÖn', 'tcvn3', 'Đơn vị chủ trì, thực hiện'],
  ['KÕ ho¹ch sè 19/KH-SCT ngµy 05/01/2024', 'tcvn3', 'Kế hoạch số 19/KH-SCT ngày 05/01/2024'],
  ['Th¸ng 6, th¸ng 11', 'tcvn3', 'Tháng 6, tháng 11'],
  ['UBND tØnh L¹ng S¬n', 'tcvn3', 'UBND tỉnh Lạng Sơn'],
  ['Së KH&§T', 'tcvn3', 'Sở KH&ĐT'],
  ['§iÒu 5', 'tcvn3', 'Điều 5'],
  ['Tù chÊm 83,3/89,5 ®iÓm (~93,1%)', 'tcvn3', 'Tự chấm 83,3/89,5 điểm (~93,1%)'],
  ['Nguyªn nh©n: ch\u00ada bè trÝ kinh phÝ.', 'tcvn3', 'Nguyên nhân: chưa bố trí kinh phí.'],
  ['Gi¶i ph¸p kh¾c phôc', 'tcvn3', 'Giải pháp khắc phục'],
  ['§éc lËp - Tù do - H¹nh phóc', 'tcvn3', 'Độc lập - Tự do - Hạnh phúc'],
  ['Tr\u00adêng hîp ng\u00adêi d©n', 'tcvn3', 'Trường hợp người dân'],
  ['Hµ Néi', 'tcvn3', 'Hà Nội'],
  ['TP. Hå ChÝ Minh', 'tcvn3', 'TP. Hồ Chí Minh'],
  ['¦u tiªn', 'tcvn3', 'Ưu tiên'],
  ['Thùc', 'tcvn3', 'Thực'],
  ['B¸o c¸o – th¸ng 6', 'tcvn3', 'Báo cáo – tháng 6'],
  ['Tha³ng 6', 'tcvn3', 'Tháng 6'], // 0xB3: combining acute
  // TCVN3 uppercase: .VnTimeH style (lowercase bytes, capital ASCII letters)
  ['V¡N PHßNG', 'tcvn3', 'VĂN PHÒNG'],
  ['Së Y TÕ', 'tcvn3', 'SỞ Y TẾ'],
  ['§¥N VÞ CHñ TR×', 'tcvn3', 'ĐƠN VỊ CHỦ TRÌ'],
  ['KÕ HO¹CH C¶I C¸CH HµNH CHÝNH N¡M 2024', 'tcvn3', 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024'],
  ['CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM', 'tcvn3', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ['V¡N PHßNG ë Hµ NéI', 'tcvn3', 'VĂN PHÒNG Ở HÀ NỘI'],
  // TCVN3 capitals of TCVN 5712, as C1 controls or as Windows-1252
  ['B\u0083O C\u0083O', 'tcvn3', 'BÁO CÁO'],
  ['BƒO CƒO', 'tcvn3', 'BÁO CÁO'],
  ['HO€N TH€NH', 'tcvn3', 'HOÀN THÀNH'],
  ['M—T N¡M', 'tcvn3', 'MỘT NĂM'],
  // VNI, lowercase and mixed case
  ['Baùo caùo', 'vni', 'Báo cáo'],
  ['Keá hoaïch', 'vni', 'Kế hoạch'],
  ['Vaên phoøng Sôû', 'vni', 'Văn phòng Sở'],
  ['Thaùng 6', 'vni', 'Tháng 6'],
  ['Ñôn vò', 'vni', 'Đơn vị'],
  ['Ñôn vò chuû trì, thöïc hieän', 'vni', 'Đơn vị chủ trì, thực hiện'],
  ['Sôû Coâng Thöông', 'vni', 'Sở Công Thương'],
  ['Thöïc hieän keá hoaïch caûi caùch haønh chính', 'vni', 'Thực hiện kế hoạch cải cách hành chính'],
  ['Keá hoaïch soá 19/KH-SCT ngaøy 05/01/2024', 'vni', 'Kế hoạch số 19/KH-SCT ngày 05/01/2024'],
  ['Chöa ñaït (6,5/10 ñieåm)', 'vni', 'Chưa đạt (6,5/10 điểm)'],
  ['Quyeát ñònh soá 102/QÑ-UBND', 'vni', 'Quyết định số 102/QĐ-UBND'],
  ['Ñoäc laäp - Töï do - Haïnh phuùc', 'vni', 'Độc lập - Tự do - Hạnh phúc'],
  ['Ñaëc bieät, ñaáu thaàu, khaéc phuïc', 'vni', 'Đặc biệt, đấu thầu, khắc phục'],
  ['Tyû leä 86,49%', 'vni', 'Tỷ lệ 86,49%'],
  ['Ñi hoïc', 'vni', 'Đi học'],
  ['chuû trì', 'vni', 'chủ trì'], // also a TCVN3 reading ("chuỷ trì"): VNI wins on letter+mark
  ['Thö ngoû', 'vni', 'Thư ngỏ'],
  // VNI uppercase
  ['BAÙO CAÙO', 'vni', 'BÁO CÁO'],
  ['KEÁ HOAÏCH', 'vni', 'KẾ HOẠCH'],
  ['ÑÔN VÒ CHUÛ TRÌ', 'vni', 'ĐƠN VỊ CHỦ TRÌ'],
  ['COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM', 'vni', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
];

const NEGATIVE: string[] = [
  // Unicode Vietnamese from real documents
  'Văn phòng Sở Công Thương',
  'Đơn vị chủ trì, thực hiện',
  'Tháng 6, tháng 11',
  'Báo cáo, biên bản',
  'Kế hoạch số 19/KH-SCT',
  'Phòng Tài chính',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Lạng Sơn, ngày 05 tháng 01 năm 2024',
  'tự chấm 83,3/89,5 điểm ~93,1%; thẩm định đạt 77,4/89,5 điểm ~86,49%; xếp thứ 13/20',
  'Hoàn thành – năm 2024',
  '“Báo cáo” tháng 6…',
  'Hoà Bình, Khoá học, Thuỷ lợi, xoá bỏ',
  'Hồ sơ',
  'Nguyễn Văn A',
  // NFD
  'Văn phòng Sở Công Thương'.normalize('NFD'),
  'Đơn vị chủ trì, thực hiện'.normalize('NFD'),
  'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH'.normalize('NFD'),
  // ASCII, English, numbers
  '',
  'STT',
  '1.2.3',
  'ISO 9001:2015',
  'Annual report for Q3',
  '83,3/89,5',
  // Latin-1 and Windows-1252 characters in ordinary text
  'Café',
  'naïve',
  'Crème brûlée',
  'Straße',
  'São Paulo',
  'Señor',
  'Où est la gare',
  '25°C',
  '§ 3',
  '½',
  '×',
  '©',
  '© 2024 Sở Công Thương',
  '5 µm',
  '100 €',
  '±5%',
  'Nº 5',
  'Ðà Nẵng', // Icelandic eth for Đ, a common slip
];

describe('detectLegacyEncoding / decodeLegacy: legacy text', () => {
  it.each(POSITIVE)('%j is %s → %j', (input, encoding, expected) => {
    expect(detectLegacyEncoding(input)).toBe(encoding);
    expect(decodeLegacy(input, encoding)).toBe(expected);
  });

  it('has enough cases', () => {
    expect(POSITIVE.length).toBeGreaterThanOrEqual(25);
    expect(NEGATIVE.length).toBeGreaterThanOrEqual(15);
  });
});

describe('detectLegacyEncoding: ordinary text', () => {
  it.each(NEGATIVE)('%j → null', (input) => {
    expect(detectLegacyEncoding(input)).toBeNull();
  });

  it('the Unicode forms of the positive cases are not legacy, in NFC or NFD, any case', () => {
    for (const [, , unicode] of POSITIVE) {
      for (const form of [unicode, unicode.normalize('NFD'), unicode.toUpperCase(), unicode.toLowerCase()]) {
        expect(detectLegacyEncoding(form), form).toBeNull();
      }
    }
  });
});

describe('decodeLegacy output', () => {
  it('is NFC', () => {
    for (const [input, encoding] of POSITIVE) {
      const out = decodeLegacy(input, encoding);
      expect(out).toBe(out.normalize('NFC'));
    }
    // VNI and TCVN3 combining marks are composed
    expect(decodeLegacy('Tha³ng', 'tcvn3')).toBe('Tháng');
    expect(decodeLegacy('Tha³ng', 'tcvn3')).toHaveLength(5);
    expect(decodeLegacy('Nguyeãn', 'vni')).toBe('Nguyễn');
    expect(decodeLegacy('Nguyeãn', 'vni')).toHaveLength(6);
  });

  it('leaves ASCII, digits and punctuation alone', () => {
    const plain = 'STT 1.2 (KH-SCT) 19/01/2024: 50% - "ok"';
    expect(decodeLegacy(plain, 'tcvn3')).toBe(plain);
    expect(decodeLegacy(plain, 'vni')).toBe(plain);
  });

  it('keeps quotes and dashes that stand between words (TCVN3)', () => {
    expect(decodeLegacy('“B¸o c¸o” – th¸ng 6…', 'tcvn3')).toBe('“Báo cáo” – tháng 6…');
  });

  it('reads Windows-1252 punctuation between capitals as TCVN3 capitals', () => {
    expect(decodeLegacy('H–C M—T', 'tcvn3')).toBe('HỌC MỘT');
  });
});

// ---------------------------------------------------------------------------------------------
// Round trip over every Vietnamese letter
// ---------------------------------------------------------------------------------------------

describe('round trip over all Vietnamese letters', () => {
  it('covers 67 lowercase and 67 uppercase letters', () => {
    expect(LETTERS).toHaveLength(67);
    expect(new Set(LETTERS.map((l) => l.lower)).size).toBe(67);
    for (const l of LETTERS) {
      expect(l.lower).toHaveLength(1);
      expect(l.upper).toHaveLength(1);
      expect(l.upper).not.toBe(l.lower);
    }
  });

  it('TCVN3 lowercase: each byte alone and inside a word', () => {
    for (const l of LETTERS) {
      expect(decodeLegacy(l.tcvnLower, 'tcvn3'), l.lower).toBe(l.lower);
      expect(decodeLegacy(`b${l.tcvnLower}n`, 'tcvn3'), l.lower).toBe(`b${l.lower}n`);
    }
  });

  it('TCVN3 capitals (TCVN 5712): as C1/C0 controls and as Windows-1252', () => {
    for (const l of LETTERS) {
      expect(decodeLegacy(l.tcvnUpper, 'tcvn3'), l.upper).toBe(l.upper);
      expect(decodeLegacy(`B${l.tcvnUpper}N`, 'tcvn3'), l.upper).toBe(`B${l.upper}N`);
      expect(decodeLegacy(`B${cp1252(l.tcvnUpper)}N`, 'tcvn3'), l.upper).toBe(`B${l.upper}N`);
    }
  });

  it('TCVN3 capitals in the .VnTimeH style (lowercase byte inside a capital word)', () => {
    for (const l of LETTERS) {
      expect(decodeLegacy(`B${l.tcvnLower}N`, 'tcvn3'), l.upper).toBe(`B${l.upper}N`);
    }
  });

  it('VNI lowercase and uppercase: alone and inside a word', () => {
    for (const l of LETTERS) {
      expect(decodeLegacy(l.vniLower, 'vni'), l.lower).toBe(l.lower);
      expect(decodeLegacy(l.vniUpper, 'vni'), l.upper).toBe(l.upper);
      expect(decodeLegacy(`b${l.vniLower}n`, 'vni'), l.lower).toBe(`b${l.lower}n`);
      expect(decodeLegacy(`B${l.vniUpper}N`, 'vni'), l.upper).toBe(`B${l.upper}N`);
    }
  });

  it('whole sentences encoded with the reference tables decode back and are detected', () => {
    const encodeTcvn3 = (s: string, capitals: 'vn1' | 'vntimeh'): string =>
      [...s].map((c) => {
        const l = LETTERS.find((x) => x.lower === c || x.upper === c);
        if (!l) return c;
        if (c === l.lower) return l.tcvnLower;
        // Ă Â Ê Ô Ơ Ư Đ have their own bytes in the ABC fonts too
        return capitals === 'vn1' || /^[¡-§]$/.test(l.tcvnUpper) ? l.tcvnUpper : l.tcvnLower;
      }).join('');
    const encodeVni = (s: string): string =>
      [...s].map((c) => {
        const l = LETTERS.find((x) => x.lower === c || x.upper === c);
        return !l ? c : c === l.lower ? l.vniLower : l.vniUpper;
      }).join('');
    const sentences = [
      'Công tác chỉ đạo, điều hành cải cách hành chính (6,5/10 điểm)',
      'Giải pháp khắc phục: tăng cường tuyên truyền, kiểm tra việc thực hiện',
      'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn',
      'Ban chỉ đạo của UBND tỉnh Lạng Sơn',
      'Nơi nhận: Lưu VT',
      'TỔ CHỨC THỰC HIỆN',
      'MỤC ĐÍCH, YÊU CẦU',
      'PHỤ LỤC KẾ HOẠCH KHẮC PHỤC',
    ];
    for (const s of sentences) {
      const variants: Array<[string, LegacyEncoding]> = [
        [encodeTcvn3(s, 'vn1'), 'tcvn3'],
        [encodeTcvn3(s, 'vntimeh'), 'tcvn3'],
        [cp1252(encodeTcvn3(s, 'vn1')), 'tcvn3'],
        [encodeVni(s), 'vni'],
      ];
      for (const [legacy, encoding] of variants) {
        expect(detectLegacyEncoding(legacy), legacy).toBe(encoding);
        expect(decodeLegacy(legacy, encoding), legacy).toBe(s);
      }
      expect(detectLegacyEncoding(s)).toBeNull();
    }
  });
});

describe('known limits', () => {
  it('TCVN3 ABC bytes cannot tell a lone capital with a tone mark from lowercase in mixed text', () => {
    // "Ủy ban" typed with the ABC lowercase byte for Ủ: read as lowercase (the TCVN 5712 byte works)
    expect(decodeLegacy('Ban chØ ®¹o cña ñy ban', 'tcvn3')).toBe('Ban chỉ đạo của ủy ban');
    expect(decodeLegacy('Ban chØ ®¹o cña \u009ey ban', 'tcvn3')).toBe('Ban chỉ đạo của Ủy ban');
  });

  it('single words that are also valid Unicode syllables stay undetected', () => {
    // "Cét" is TCVN3 for "Cột" but is also a well-formed Unicode syllable
    expect(detectLegacyEncoding('Cét')).toBeNull();
  });
});

describe('isVietnameseSyllable', () => {
  it.each([
    'văn', 'PHÒNG', 'người', 'quyết', 'giữa', 'gì', 'khuỷu', 'hoà', 'hòa', 'thuở', 'Nguyễn',
    'pho\u0300ng',
  ])('%j is a syllable', (w) => {
    expect(isVietnameseSyllable(w)).toBe(true);
  });

  it.each(['cheỏ', 'hóan', 'thùc', 'tôt', 'café', 'đ', 'ă', 'vaên', 'where'])(
    '%j is not',
    (w) => {
      expect(isVietnameseSyllable(w)).toBe(false);
    },
  );
});
