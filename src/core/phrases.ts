/**
 * Reads a target or result written in Vietnamese into a `Reading`: its numbers, what they are compared
 * with, and the status words around them. Matching runs on folded text (lower case, no diacritics), so
 * every pattern below is written without diacritics; positions map back to the text as written.
 */
import { deadlineOf } from "./dates";
import { parseNumberToken, VIETNAMESE_NUMBERS } from "./numbers";
import { foldNormalized, foldText, hasLetter, normalizeText } from "./text";
import type {
  Cell,
  CellInput,
  Comparator,
  EngineOptions,
  Fraction,
  NumberStyle,
  Quantity,
  Reading,
  Status,
} from "./types";

// ---------------------------------------------------------------------------------------------------------
// Vocabulary. Longer alternatives come first wherever one is a prefix of another.

/** Things that should not happen; "không có … quá hạn" states a zero, and lower rates of these are better. */
const BAD_THINGS =
  "qua han|tre han|cham tra|cham muon|cham tien do|sai sot|sai pham|vi pham|khieu nai|to cao|phan anh|ton dong|bi tra lai|tra lai|xin loi|phien ha|su co|mat an toan|ky luat|bo sung ho so nhieu lan|ho can ngheo|ho ngheo|that nghiep|suy dinh duong|tai nan|toi pham|o nhiem";
const BAD_THING = new RegExp(`(?:^|[^a-z])(${BAD_THINGS})(?![a-z])`);

const ZERO_LEAD =
  "khong de xay ra|khong de phat sinh|khong phat sinh|khong xay ra|khong co|khong de|khong con|khong bi|chua de xay ra|chua xay ra|chua co|khong|0";
const ZERO_STATEMENT = new RegExp(
  `(?:^|[^a-z0-9])(?:${ZERO_LEAD})\\s+(?:(?!khong |nhung |tuy )[a-z0-9]+[\\s,]+){0,10}?(${BAD_THINGS})(?![a-z])`,
);

const NO_DATA = new RegExp(
  [
    "chua (?:thong ke|tong hop|co so lieu|co du lieu|co ket qua|co bao cao|co thong tin|co danh gia|danh gia duoc|xac dinh duoc|xac dinh|cong bo|cap nhat so lieu|cap nhat ket qua)",
    "khong co (?:so lieu|du lieu|thong tin)",
    "dang (?:thong ke|tong hop|cap nhat so lieu)",
    "khong (?:thong ke|xac dinh|tong hop) duoc",
    "chua (?:khao sat|do luong|dieu tra)",
    "chua ro",
    "khong ro",
    "^(?:n/a|k/c|\\?+)$",
  ].join("|"),
);

const NO_DATA_ALL = new RegExp(NO_DATA.source, "g");

const NOT_ARISING = /(?:khong|chua) (?:phat sinh|co phat sinh)/;

const IN_PROGRESS =
  /dang (?:thuc hien|trien khai|de nghi|cho|xay dung|hoan thien|tien hanh|xu ly|trinh|to chuc|lam|chuan bi|hoan tat|ra soat|kiem tra|thu tuc|phoi hop|giai quyet)|cho (?:phe duyet|cong nhan|ket qua|huyen|tinh|cap tren|thẩm dinh|tham dinh)|chua xong|tiep tuc (?:thuc hien|trien khai)|(?:du kien|se|phan dau|ke hoach) (?:hoan thanh|xong|thuc hien xong)/g;

// "chưa" negates almost any action; "không" only the words of achievement ("không ban hành … nào" is a fact).
const NEGATED = new RegExp(
  [
    "(?:van chua|con chua|chua duoc|chua)\\s+(?:dat|hoan thanh|thuc hien|trien khai|dam bao|bao dam|dap ung|ban hanh|to chuc|xay dung|cong khai|cap nhat|ap dung|su dung|ung dung|kien toan|bo tri|duoc cong nhan|cong nhan|thanh lap|co sang kien|ky so|ket noi|hoat dong|thuong xuyen|duy tri|dung (?:quy dinh|thoi gian|thoi han|han|ke hoach))",
    "(?:khong duoc|khong)\\s+(?:dat|hoan thanh|dam bao|bao dam|dap ung|thuc hien|trien khai|dung (?:thoi gian|thoi han|han|quy dinh|ke hoach)|kip thoi|day du|duy tri|thuong xuyen|ap dung|hieu qua)",
    "^(?:khong|chua|khong co|chua co)$",
    "^(?:khong|chua) (?:dat|hoan thanh)",
  ].join("|"),
  "g",
);

const CAVEAT = new RegExp(
  [
    `(?:tuy nhien|nhung|song)[^.;]{0,120}?(?:chua|khong|han che|thieu|cham|ton tai|vuong mac|kho khan|${BAD_THINGS})`,
    `(?:con|van con)\\s+\\d+\\s+(?:[a-z]+\\s+){0,4}?(?:${BAD_THINGS})`,
    "(?:con|van con|van)\\s+(?:mot so|nhieu|han che|ton tai|thieu|cham|vuong mac|kho khan)",
    "mot so [a-z ]{0,40}?(?:chua|khong dat)",
    "chua (?:day du|kip thoi|dong bo|hieu qua|cao|tot|sat)",
    "(?:gui|nop|bao cao|trien khai|thuc hien|ban hanh|cap nhat|giai quyet) cham",
    "cham (?:\\d+ ngay|tre|so voi|tien do)",
    "han che",
  ].join("|"),
  "g",
);

/** "Đã thực hiện", "được ký": the clearest evidence of work done, preferred as the reason's quote. */
const DONE_ACTION =
  /(?:da|duoc|deu)\s+(?:duoc\s+)?(?:thuc hien|hoan thanh|ban hanh|to chuc|trien khai|cong khai|cap nhat|ky|xay dung|kien toan|ra soat|kiem tra|danh gia|tuyen truyen|phe duyet|cong nhan|giai quyet|tiep nhan|ap dung|su dung|ung dung|bo tri|dua vao|thanh lap|niem yet|dang tai|ket noi|van hanh|chi dao|xu ly)/;

const DONE = new RegExp(
  [
    "hoan thanh",
    "xong",
    "(?:thuc hien|trien khai|hoat dong|duy tri|van hanh)[a-z ,]{0,20}? (?:tot|hieu qua|nghiem tuc|dung quy dinh|day du)",
    "dam bao",
    "bao dam",
    "dung (?:theo )?quy dinh",
    "dung ke hoach",
    "theo (?:dung )?(?:quy dinh|ke hoach|huong dan)",
    "day du",
    "kip thoi",
    "thuong xuyen",
    "hieu qua",
    "nghiem tuc",
    "vuot (?:chi tieu|ke hoach|muc)",
    "^(?:dat|co|ok|xong|tot|vuot)$",
    "^dat(?: yeu cau)?\\b",
  ].join("|"),
);

const REPORTED =
  /(?:^|[^a-z])(?:ban hanh|to chuc|trien khai|thuc hien|cong khai|cap nhat|ra soat|kiem tra|tuyen truyen|danh gia|ky so|tiep nhan|giai quyet|niem yet|xay dung|cung cap|su dung|ung dung|duy tri|phat sinh|ap dung|bo tri|kien toan|tham muu|phoi hop|lap|gui|dang tai|chi dao)(?![a-z])/;

/** Words without which CAVEAT cannot match. */
const CAVEAT_HINT = /tuy nhien|nhung|\bsong\b|\bcon\b|\bvan\b|mot so|chua|han che/;

/** Placeholders officers type into an empty cell. */
const PLACEHOLDER = /^(?:[-–—_./\\…]+|\.{2,})$/;

// Numbers that are not quantities: dates, document numbers, years, article references.
/** Words before a number that make it a date, a year or a document's number ("ngày 5/6", "Điều 5"). */
const REFERENCE_WORDS = [
  "ngay",
  "thang",
  "nam",
  "giai doan",
  "so",
  "dieu",
  "khoan",
  "diem",
  "chuong",
  "phu luc",
  "mau so",
  "lan thu",
  "quy",
  "nghi dinh",
  "thong tu",
  "quyet dinh",
  "ke hoach",
  "cong van",
  "bao cao",
  "chi thi",
  "iso",
  "tcvn",
  "truoc",
  "cham nhat",
  "han chot",
  "thu",
  "hang",
];

function isReference(folded: string, start: number): boolean {
  const before = folded.charCodeAt(start - 1);
  // Only a space can separate a reference word from its number; "/" joins the parts of a code.
  if (before === 47) return true;
  if (before !== 32) return false;
  let end = start - 1;
  while (end > 0 && folded.charCodeAt(end - 1) === 32) end--;
  for (const word of REFERENCE_WORDS) {
    const at = end - word.length;
    if (at >= 0 && folded.startsWith(word, at) && !isFoldedLetter(folded.charCodeAt(at - 1))) return true;
  }
  return false;
}

/** Nouns that make a number a duration or an age, not a count. */
const NOT_COUNTED = new Set([
  "tuoi",
  "gio",
  "phut",
  "giay",
  "ngay",
  "tuan",
  "thang",
  "nam",
  "quy",
  "lan thu",
  "thu",
]);
const NOUN_STOP = new Set([
  "cua",
  "tren",
  "trong",
  "va",
  "dat",
  "duoc",
  "tai",
  "theo",
  "voi",
  "cho",
  "la",
  "thi",
  "ve",
  "den",
  "tu",
  "o",
  "nhu",
  "tro",
  "cap",
  "linh",
  "cac",
  "nhung",
  "moi",
  "do",
  "tong",
  "tren",
  "di",
  "dang",
  "con",
  "chua",
  "khong",
]);

interface ComparatorRule {
  /** Words that, right before a number, say how it compares. */
  readonly words: readonly string[];
  readonly comparator: Comparator;
  readonly negated?: boolean;
}

// Comparator words keep their diacritics: folded, "từ" (from) and "tử" (as in "điện tử") collide.
// Order matters: "không thấp hơn" must be tried before "thấp hơn", "không dưới" before "dưới".
const FILLERS = [
  "ở mức",
  "tổng số",
  "tỷ lệ",
  "tỉ lệ",
  "đạt",
  "được",
  "mức",
  "là",
  "có",
  "tới",
  "lên",
  "bằng",
  "số",
];
const BEFORE_RULES: readonly ComparatorRule[] = [
  {
    words: ["vẫn chưa", "còn chưa", "chưa", "không"].flatMap((not) =>
      ["hoàn thành", "đạt", "đủ", "bằng", "tới"].map((verb) => `${not} ${verb}`),
    ),
    comparator: "lt",
    negated: true,
  },
  { words: [">=", "≥", "=>"], comparator: "gte" },
  { words: ["<=", "≤", "=<"], comparator: "lte" },
  { words: [">"], comparator: "gt" },
  { words: ["<"], comparator: "lt" },
  { words: ["không thấp hơn", "không ít hơn", "không nhỏ hơn", "không dưới"], comparator: "gte" },
  {
    words: [
      "không vượt quá",
      "không lớn hơn",
      "không cao hơn",
      "không nhiều hơn",
      "không vượt",
      "không quá",
    ].concat(["tối đa", "thấp hơn", "ít hơn", "nhỏ hơn"]),
    comparator: "lte",
  },
  { words: ["tối thiểu", "ít nhất", "từ"], comparator: "gte" },
  { words: ["cao hơn", "lớn hơn", "nhiều hơn", "trên", "hơn", "vượt"], comparator: "gt" },
  { words: ["dưới"], comparator: "lt" },
  { words: ["khoảng", "xấp xỉ", "chừng", "gần", "ước"], comparator: "approx" },
];
interface Candidate {
  /** The word folded, as matched against folded text. */
  readonly folded: string;
  /** The word as written, to tell "từ" from "tử" once the folded form matches. */
  readonly exact: string;
  readonly rule: ComparatorRule | undefined;
}

/** Words by the last character of their folded form, in rule order, so each number checks only a few. */
function byLastChar(
  entries: readonly (readonly [string, ComparatorRule | undefined])[],
): Map<string, Candidate[]> {
  const map = new Map<string, Candidate[]>();
  for (const [exact, rule] of entries) {
    const folded = foldText(exact);
    const last = folded[folded.length - 1] ?? "";
    const list = map.get(last) ?? [];
    list.push({ folded, exact, rule });
    map.set(last, list);
  }
  return map;
}

const COMPARATOR_WORDS = byLastChar(
  BEFORE_RULES.flatMap((rule) => rule.words.map((w) => [w, rule] as const)),
);
const FILLER_WORDS = byLastChar(FILLERS.map((w) => [w, undefined] as const));

function isLetter(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  return /\p{L}/u.test(char);
}

// ---------------------------------------------------------------------------------------------------------

/** A phrase in two forms: as written (normalised) and folded, with the same length where possible. */
interface Phrase {
  readonly text: string;
  readonly folded: string;
  readonly aligned: boolean;
}

function makePhrase(text: string): Phrase {
  return makeNormalizedPhrase(normalizeText(text));
}

function makeNormalizedPhrase(normalized: string): Phrase {
  const folded = foldNormalized(normalized);
  return { text: normalized, folded, aligned: folded.length === normalized.length };
}

function sourceOf(phrase: Phrase, start: number, end: number): string {
  return (phrase.aligned ? phrase.text : phrase.folded).slice(start, end).trim();
}

interface ComparatorFound {
  readonly comparator: Comparator;
  readonly negated: boolean;
  /** Where the comparator words start, for the quantity's source. */
  readonly from: number;
}

function comparatorAround(phrase: Phrase, start: number, end: number): ComparatorFound {
  const { folded } = phrase;
  const limit = Math.max(0, start - 40);
  // Walk back from the number: try comparator words, else peel one filler ("đạt", "mức") and try again,
  // so "chưa đạt 100%" reads as a shortfall before "đạt" could be taken for a filler.
  for (let pos = start; ;) {
    while (pos > limit && folded.charCodeAt(pos - 1) === 32) pos--;
    if (pos <= limit) break;
    const last = folded[pos - 1] ?? "";
    const word = wordEndingAt(phrase, pos, COMPARATOR_WORDS.get(last));
    if (word?.rule)
      return {
        comparator: word.rule.comparator,
        negated: word.rule.negated === true,
        from: pos - word.folded.length,
      };
    const filler = wordEndingAt(phrase, pos, FILLER_WORDS.get(last));
    if (!filler) break;
    pos -= filler.folded.length;
  }
  const after = skipSpaces(folded, end);
  if (folded.startsWith("tro len", after)) return { comparator: "gte", negated: false, from: start };
  if (folded.startsWith("tro xuong", after) || folded.startsWith("tro lai", after)) {
    return { comparator: "lte", negated: false, from: start };
  }
  return { comparator: "eq", negated: false, from: start };
}

/** The first candidate that ends at `pos` as a whole word, checked against the text as written. */
function wordEndingAt(
  phrase: Phrase,
  pos: number,
  candidates: readonly Candidate[] | undefined,
): Candidate | undefined {
  if (!candidates) return undefined;
  const { folded } = phrase;
  for (const candidate of candidates) {
    const from = pos - candidate.folded.length;
    if (from < 0 || !folded.startsWith(candidate.folded, from)) continue;
    if (isLetter(candidate.folded[0]) && isLetter(folded[from - 1])) continue;
    if (phrase.aligned && phrase.text.slice(from, pos).toLowerCase() !== candidate.exact) continue;
    return candidate;
  }
  return undefined;
}

/** Words that count other nouns ("cuộc kiểm tra", "lượt truy cập"): the noun after them is kept too. */
const CLASSIFIERS = new Set(["cuoc", "lan", "buoi", "dot", "ban", "chiec", "luot", "tin", "bai", "lop"]);

interface Noun {
  /** As written, in lower case ("sáng kiến"). */
  readonly text: string;
  readonly folded: string;
  /** Where the noun ends in the phrase. */
  readonly end: number;
}

function isFoldedLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** The noun after a number: one or two words, three after a classifier, up to a stop word. */
function nounAfter(phrase: Phrase, end: number): Noun | undefined {
  const f = phrase.folded;
  let i = end;
  while (f.charCodeAt(i) === 32) i++;
  const start = i;
  let words = 0;
  let nounEnd = start;
  let limit = 2;
  while (words < limit) {
    let j = i;
    while (isFoldedLetter(f.charCodeAt(j))) j++;
    if (j === i) break;
    const word = f.slice(i, j);
    if (NOUN_STOP.has(word)) break;
    if (words === 0 && CLASSIFIERS.has(word)) limit = 3;
    words++;
    nounEnd = j;
    if (f.charCodeAt(j) !== 32) break;
    i = j + 1;
  }
  if (words === 0) return undefined;
  const folded = f.slice(start, nounEnd);
  return {
    text: phrase.aligned ? phrase.text.slice(start, nounEnd).toLowerCase() : folded,
    folded,
    end: nounEnd,
  };
}

function isNotCounted(noun: Noun | undefined): boolean {
  if (noun === undefined) return false;
  const space = noun.folded.indexOf(" ");
  return (
    NOT_COUNTED.has(noun.folded) || NOT_COUNTED.has(space < 0 ? noun.folded : noun.folded.slice(0, space))
  );
}

// ---------------------------------------------------------------------------------------------------------

interface Scan {
  percents: Quantity[];
  fraction?: Fraction;
  range?: Quantity;
  counts: Quantity[];
  bare: Quantity[];
}

const NO_QUANTITIES: Quantity[] = [];

interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Numbers as written ("83,3", "1.240.000"), found by scanning characters rather than a regex. */
const NO_TOKENS: Token[] = [];
/** A phrase without figures; shared, so never written to. */
const NO_NUMBERS: Scan = Object.freeze({
  percents: NO_QUANTITIES,
  counts: NO_QUANTITIES,
  bare: NO_QUANTITIES,
}) as Scan;

function tokenize(folded: string): Token[] {
  let first = 0;
  while (first < folded.length && !isDigit(folded.charCodeAt(first))) first++;
  if (first === folded.length) return NO_TOKENS;
  const tokens: Token[] = [];
  const length = folded.length;
  for (let i = first; i < length; i++) {
    if (!isDigit(folded.charCodeAt(i))) continue;
    const start = i;
    while (i < length) {
      while (i < length && isDigit(folded.charCodeAt(i))) i++;
      const mark = folded.charCodeAt(i);
      // A "." or "," joins digits only when a digit follows ("83,3"), not at a sentence's end ("100%.").
      if ((mark === 44 || mark === 46) && isDigit(folded.charCodeAt(i + 1))) i++;
      else break;
    }
    tokens.push({ start, end: i, text: folded.slice(start, i) });
  }
  return tokens;
}

const YEAR = /^(?:19|20)\d{2}$/;
const DATE_PART = /^\d{1,2}$/;
const UNIT_AFTER = /^\s*(%|[a-z])/;

/**
 * One pass over the numbers of a phrase. Each is, in this order: part of a date, a span of years or a
 * document's number (ignored), a fraction, a range, a percentage, or a count or bare figure.
 */
function scanNumbers(phrase: Phrase, style: NumberStyle): Scan {
  const { folded } = phrase;
  const tokens = tokenize(folded);
  if (tokens.length === 0) return NO_NUMBERS;
  // The lists start shared and empty; the first figure of each kind gives it its own.
  const scan: Scan = { percents: NO_QUANTITIES, counts: NO_QUANTITIES, bare: NO_QUANTITIES };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const { start, end, text } = token;
    const prev = folded.charCodeAt(start - 1);
    // Glued to letters ("TT-VPCP1") or continuing a code ("/2018"), or after "ngày", "số", "Điều".
    if (isFoldedLetter(prev) || prev === SLASH || isReference(folded, start)) continue;

    if (next && DATE_PART.test(text) && DATE_PART.test(next.text) && gapIs(folded, end, next.start, "/.-")) {
      const third = tokens[i + 2];
      if (third && /^\d{2,4}$/.test(third.text) && gapIs(folded, next.end, third.start, "/.-")) {
        i += 2;
        continue;
      }
    }
    if (next && YEAR.test(text) && YEAR.test(next.text) && gapIs(folded, end, next.start, "-–—")) {
      i += 1;
      continue;
    }
    const mark = skipSpaces(folded, end);
    if (folded.charCodeAt(mark) === SLASH) {
      // "45/KH-UBND", "61/2018/NĐ-CP": a document's number, whatever its parts.
      const afterSlash = folded.charCodeAt(skipSpaces(folded, mark + 1));
      if (isFoldedLetter(afterSlash) || (next && folded.charCodeAt(skipSpaces(folded, next.end)) === SLASH)) {
        while (tokens[i + 1] && gapIs(folded, tokens[i]!.end, tokens[i + 1]!.start, "/")) i++;
        continue;
      }
      if (next && gapIs(folded, end, next.start, "/")) {
        // "5/6", and "1.238/1.240" with thousands dots: whole numbers on both sides.
        const done = parseNumberToken(text, style);
        const total = parseNumberToken(next.text, style);
        if (done && total && done.decimals === 0 && total.decimals === 0) {
          readFraction(phrase, scan, done.value, total.value, start, next.end);
          i += 1;
          continue;
        }
      }
    }
    const parsed = parseNumberToken(text, style);
    const rangeGap = next ? rangeSeparator(folded, end, next.start) : null;
    if (next && rangeGap !== null && parsed) {
      const high = parseNumberToken(next.text, style);
      if (high && parsed.value < high.value) {
        readRange(phrase, scan, parsed, high, start, next.end, rangeGap === "%");
        i += 1;
        continue;
      }
    }
    if (!parsed) continue;
    const percentEnd =
      folded.charCodeAt(mark) === PERCENT ? mark + 1 : folded.startsWith("phan tram", mark) ? mark + 9 : -1;
    if (percentEnd > 0) {
      const { comparator, negated, from } = comparatorAround(phrase, start, percentEnd);
      // "-2%" written as a figure (growth below zero), not a bullet "- 2%".
      const minus = prev === 45 && (start === 1 || folded.charCodeAt(start - 2) === 32);
      const value = minus ? -parsed.value : parsed.value;
      const percent = makeQuantity(
        value,
        comparator,
        "%",
        parsed.decimals,
        sourceOf(phrase, from, percentEnd),
      );
      if (negated) percent.negated = true;
      if (isRelative(folded, start, percentEnd)) percent.relative = true;
      (scan.percents === NO_QUANTITIES ? (scan.percents = []) : scan.percents).push(percent);
      continue;
    }
    if (isFoldedLetter(folded.charCodeAt(end))) continue;
    const noun = nounAfter(phrase, end);
    if (isNotCounted(noun)) continue;
    if (noun === undefined && YEAR.test(text)) continue;
    const { comparator, from } = comparatorAround(phrase, start, end);
    const source = sourceOf(phrase, from, noun === undefined ? end : noun.end);
    const unit = noun === undefined ? "number" : "count";
    const quantity = makeQuantity(parsed.value, comparator, unit, parsed.decimals, source, noun?.text);
    const per = noun ? perPeriodAfter(folded, noun.end) : undefined;
    if (per) quantity.per = per;
    if (noun === undefined) (scan.bare === NO_QUANTITIES ? (scan.bare = []) : scan.bare).push(quantity);
    else (scan.counts === NO_QUANTITIES ? (scan.counts = []) : scan.counts).push(quantity);
  }
  return scan;
}

const SLASH = 47;

/** The period of a count per period, read after its noun. */
function perPeriodAfter(folded: string, at: number): string | undefined {
  const next = folded.charCodeAt(skipSpaces(folded, at));
  // Only "/", "mỗi", "hằng", "trong" can start one: check before slicing.
  if (next !== SLASH && next !== 109 && next !== 104 && next !== 116) return undefined;
  return PER_PERIOD.exec(folded.slice(at, at + 16))?.[1];
}

/** "02 cuộc/năm", "01 lần/quý", "01 lần mỗi quý". */
const PER_PERIOD = /^\s*(?:\/|moi |hang |trong (?:1|mot|01) )\s*(quy|thang|tuan|nam)(?![a-z])/;

/** Words before a figure that make it a change ("tăng", "giảm") rather than a level; "tăng trưởng" is a level. */
const CHANGE_BEFORE =
  /(?:^|[^a-z])(?:tang(?! truong| cuong)|giam|rut ngan|cat giam|tiet kiem)(?: [a-z]+){0,6} $/;
const DOWN_TO_BEFORE = /(?:con|xuong|xuong con|duoi|o muc|dat) $/;

function isRelative(folded: string, start: number, end: number): boolean {
  if (folded.startsWith("so voi", skipSpaces(folded, end))) return true;
  if (!/tang|giam|rut ngan|tiet kiem/.test(folded)) return false;
  const clauseStart = Math.max(
    folded.lastIndexOf(",", start),
    folded.lastIndexOf(";", start),
    folded.lastIndexOf(". ", start),
    start - 48,
    0,
  );
  const before = folded.slice(clauseStart, start);
  return CHANGE_BEFORE.test(before) && !DOWN_TO_BEFORE.test(before);
}
const PERCENT = 37;

function skipSpaces(text: string, at: number): number {
  while (text.charCodeAt(at) === 32) at++;
  return at;
}

/** Whether text[from, to) is spaces around exactly one of `marks`. */
function gapIs(text: string, from: number, to: number, marks: string): boolean {
  let seen = false;
  for (let i = from; i < to; i++) {
    const char = text[i]!;
    if (char === " ") continue;
    if (seen || !marks.includes(char)) return false;
    seen = true;
  }
  return seen;
}

/** The gap of a range ("6,6-6,8", "5% - 7%", "5 đến 7"): "%" when the low end carries it, "" otherwise, null if none. */
function rangeSeparator(text: string, from: number, to: number): "%" | "" | null {
  if (to - from > 9) return null;
  let gap = text.slice(from, to).trim();
  let percent: "%" | "" = "";
  if (gap.startsWith("%")) {
    percent = "%";
    gap = gap.slice(1).trimStart();
  }
  return gap === "-" || gap === "–" || gap === "—" || gap === "den" || gap === "toi" ? percent : null;
}

/** "5/6": the first fraction counts; "3/2024" (a month) and "20/3" (a date) are not fractions. */
function readFraction(
  phrase: Phrase,
  scan: Scan,
  done: number,
  total: number,
  start: number,
  end: number,
): void {
  if (scan.fraction || !(total > 0) || done > total) return;
  if (total >= 1900 && total <= 2100 && done <= 12) return;
  scan.fraction = { done, total, source: sourceOf(phrase, start, end) };
}

/** "6,6-6,8%", "từ 5 đến 7 cuộc": the first range counts. */
function readRange(
  phrase: Phrase,
  scan: Scan,
  low: { value: number; decimals: number },
  high: { value: number; decimals: number },
  start: number,
  end: number,
  percentOnLow: boolean,
): void {
  if (scan.range) return;
  const unit = UNIT_AFTER.exec(phrase.folded.slice(end, end + 4));
  const isPercent = percentOnLow || unit?.[1] === "%";
  const noun = !isPercent && unit ? nounAfter(phrase, end) : undefined;
  const lead = /(?:^|\s)tu\s*$/.test(phrase.folded.slice(Math.max(0, start - 4), start)) ? 3 : 0;
  const stop = unit?.[1] === "%" ? end + unit[0].length : (noun?.end ?? end);
  const source = sourceOf(phrase, start - lead, stop);
  const kind = isPercent ? "%" : noun ? "count" : "number";
  scan.range = makeQuantity(
    low.value,
    "gte",
    kind,
    Math.max(low.decimals, high.decimals),
    source,
    noun?.text,
    high.value,
  );
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Builds a quantity without object spreads, which cost dearly on this hot path. */
function makeQuantity(
  value: number,
  comparator: Comparator,
  unit: Quantity["unit"],
  decimals: number,
  source: string,
  noun?: string,
  high?: number,
): Mutable<Quantity> {
  const quantity: Mutable<Quantity> = { value, comparator, unit, decimals, source };
  if (noun !== undefined) quantity.noun = noun;
  if (high !== undefined) quantity.high = high;
  return quantity;
}

/** "có kiến nghị", "Trong năm có phát sinh hồ sơ": at least one, of a noun. */
const EXISTENCE =
  /(?:^|[,;.:]\s*|\s(?:va|da|deu|nam|quy|thang)\s+)(?:phai |da |deu )?co (?:phat sinh |it nhat )?(?!mot so|the |tinh |nhieu |hieu |y nghia|phan anh)([a-z]+ [a-z]+)/;

function existenceOf(phrase: Phrase): Quantity | undefined {
  if (!phrase.folded.includes("co ")) return undefined;
  const match = EXISTENCE.exec(phrase.folded);
  if (!match?.[1]) return undefined;
  const nounStart = match.index + match[0].length - match[1].length;
  const noun = (
    phrase.aligned ? phrase.text.slice(nounStart, nounStart + match[1].length) : match[1]
  ).toLowerCase();
  if (BAD_THING.test(match[1])) return undefined;
  const from = match.index + match[0].search(/(?:phai |da |deu )?co /);
  const coAt = match.index + match[0].search(/co /);
  // Folded, "cơ" (as in "cơ bản", "cơ sở") looks like "có".
  if (phrase.aligned && phrase.text.slice(coAt, coAt + 2).toLowerCase() !== "có") return undefined;
  return {
    value: 1,
    comparator: "gte",
    unit: "count",
    noun,
    decimals: 0,
    source: sourceOf(phrase, from, nounStart + match[1].length),
  };
}

function blank(folded: string, regex: RegExp): string {
  regex.lastIndex = 0;
  return folded.replace(regex, (m) => " ".repeat(m.length));
}

function firstMatch(regex: RegExp, folded: string): { index: number; text: string } | undefined {
  regex.lastIndex = 0;
  const m = regex.exec(folded);
  regex.lastIndex = 0;
  return m ? { index: m.index, text: m[0] } : undefined;
}

/** The clause around a match, as written: "Thực hiện đảm bảo theo quy định" rather than "đảm bảo". */
function evidenceText(phrase: Phrase, match: { index: number; text: string }): string {
  const { folded } = phrase;
  let start = match.index;
  while (start > 0 && !endsClause(folded, start - 1)) start--;
  let end = match.index + match.text.length;
  while (end < folded.length && !endsClause(folded, end)) end++;
  return sourceOf(phrase, start, end);
}

/** ";" anywhere, or ".", "!", "?" before a space or the end: not the dot inside "83.3" or "1.240". */
function endsClause(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code === 59) return true;
  if (code !== 46 && code !== 33 && code !== 63) return false;
  const next = text.charCodeAt(at + 1);
  return Number.isNaN(next) || next === 32;
}

/** "Cơ bản hoàn thành" (largely done) is a hedge; folded, "cơ bản" collides with "có bản" (has a copy). */
const HEDGE = /(?:^|[^\p{L}])cơ bản (?:hoàn thành|đáp ứng|đạt|đảm bảo|thực hiện)/u;

function hedgeOf(phrase: Phrase): { index: number; text: string } | undefined {
  if (!phrase.folded.includes("co ban")) return undefined;
  const match = HEDGE.exec(phrase.text.toLowerCase());
  if (!match) return undefined;
  const lead = match[0].length - match[0].trimStart().replace(/^[^\p{L}]/u, "").length;
  return { index: match.index + lead, text: match[0].slice(lead) };
}

/** A target's zero statement ("Không có hồ sơ quá hạn"), without its other status words. */
function readZero(phrase: Phrase): {
  statuses: Status[];
  evidence: Partial<Record<Status, string>>;
  zeroOf?: string;
} {
  const { folded } = phrase;
  const zero =
    folded.includes("khong") || folded.includes("chua") || folded.startsWith("0 ") || folded.includes(" 0 ")
      ? ZERO_STATEMENT.exec(folded)
      : null;
  const statuses = NO_STATUSES as Status[];
  if (!zero?.[1]) return { statuses, evidence: NO_EVIDENCE };
  const at = zero.index + zero[0].lastIndexOf(zero[1]);
  return { statuses, evidence: NO_EVIDENCE, zeroOf: sourceOf(phrase, at, at + zero[1].length) };
}

const NO_STATUSES: readonly Status[] = Object.freeze([]);
const NO_EVIDENCE: Partial<Record<Status, string>> = Object.freeze({});

function readStatuses(phrase: Phrase): {
  statuses: Status[];
  evidence: Partial<Record<Status, string>>;
  zeroOf?: string;
} {
  // Most phrases carry no status word: they share one empty list and record instead of allocating.
  let statuses: Status[] = NO_STATUSES as Status[];
  let evidence: Partial<Record<Status, string>> = NO_EVIDENCE;
  const add = (status: Status, match: { index: number; text: string } | undefined): void => {
    if (!match || statuses.includes(status)) return;
    if (statuses === NO_STATUSES) {
      statuses = [];
      evidence = {};
    }
    statuses.push(status);
    // Short status words read best quoted alone; judgements read best with their clause.
    const short = status === "in-progress" || status === "negated" || status === "not-arising";
    evidence[status] = short
      ? sourceOf(phrase, match.index, match.index + match.text.length)
      : evidenceText(phrase, match);
  };
  let rest = phrase.folded;

  // Cheap substring checks first: most patterns need one of a few words to match at all.
  const chua = rest.includes("chua");
  const khong = rest.includes("khong");
  const denial = chua || khong;
  const zero = denial || rest.startsWith("0 ") || rest.includes(" 0 ") ? ZERO_STATEMENT.exec(rest) : null;
  const zeroAt = zero?.[1] ? zero.index + zero[0].lastIndexOf(zero[1]) : -1;
  const zeroOf = zero?.[1] ? sourceOf(phrase, zeroAt, zeroAt + zero[1].length) : undefined;
  if (zero)
    rest = rest.slice(0, zero.index) + " ".repeat(zero[0].length) + rest.slice(zero.index + zero[0].length);

  const noData =
    denial || rest.includes("dang") || rest.includes("/") || rest.includes("?")
      ? firstMatch(NO_DATA, rest)
      : undefined;
  add("no-data", noData);
  if (noData) rest = blank(rest, NO_DATA_ALL);
  if (denial) add("not-arising", firstMatch(NOT_ARISING, rest));

  // Words of a shortfall are blanked out, so "chưa hoàn thành" is not also read as "hoàn thành".
  const caveat = (CAVEAT_HINT.test(rest) ? firstMatch(CAVEAT, rest) : undefined) ?? hedgeOf(phrase);
  add("caveat", caveat);
  if (caveat) rest = blank(rest, CAVEAT);
  const negated = denial ? firstMatch(NEGATED, rest) : undefined;
  add("negated", negated);
  if (negated) rest = blank(rest, NEGATED);
  const pending =
    rest.includes("dang") ||
    rest.includes("cho ") ||
    chua ||
    rest.includes("tiep tuc") ||
    rest.includes("du kien") ||
    rest.includes("se ") ||
    rest.includes("phan dau") ||
    rest.includes("ke hoach")
      ? firstMatch(IN_PROGRESS, rest)
      : undefined;
  add("in-progress", pending);
  // "dự kiến hoàn thành" is not "hoàn thành".
  if (pending) rest = blank(rest, IN_PROGRESS);

  const action = rest.includes("da ") || rest.includes("duoc ") || rest.includes("deu ");
  add("done", (action ? firstMatch(DONE_ACTION, rest) : undefined) ?? firstMatch(DONE, rest));
  if (!statuses.includes("done")) add("reported", firstMatch(REPORTED, rest));
  return zeroOf ? { statuses, evidence, zeroOf } : { statuses, evidence };
}

// ---------------------------------------------------------------------------------------------------------

function asCell(input: CellInput): Cell | null {
  if (input === undefined || input === null) return null;
  if (typeof input === "object") return input;
  return { value: input };
}

const EXCEL_ERROR = /^#(?:REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

const EMPTY: Reading = { kind: "none", text: "", percents: [], statuses: [], evidence: {}, ceiling: false };

function numberCellReading(cell: Cell, value: number): Reading {
  const shownAsPercent = /%/.test(cell.numberFormat ?? "") || /%\s*$/.test(cell.text ?? "");
  const text = normalizeText(cell.text ?? String(value));
  const formatDecimals = /\.(0+)/.exec(cell.numberFormat ?? "")?.[1]?.length;
  const textDecimals = /[.,](\d+)\s*%?\s*$/.exec(cell.text ?? "")?.[1]?.length;
  const decimals = textDecimals ?? formatDecimals ?? 0;
  if (shownAsPercent) {
    const percent: Quantity = {
      value: Number((value * 100).toPrecision(12)),
      comparator: "eq",
      unit: "%",
      decimals,
      source: text,
    };
    return {
      kind: "percent",
      text,
      quantity: percent,
      percents: [percent],
      statuses: [],
      evidence: {},
      ceiling: false,
    };
  }
  const bare: Quantity = { value, comparator: "eq", unit: "number", decimals, source: text };
  return { kind: "count", text, quantity: bare, percents: [], statuses: [], evidence: {}, ceiling: false };
}

/** Reads one target or result cell. Never throws on content: what it cannot read is `unparsed`. */
export function readPhrase(input: CellInput, options: EngineOptions = {}): Reading {
  const cell = asCell(input);
  if (cell === null) return EMPTY;
  const { value } = cell;
  if (typeof value === "number" && Number.isFinite(value)) return numberCellReading(cell, value);
  if (
    typeof value === "boolean" ||
    (typeof value === "string" && value.includes("#") && EXCEL_ERROR.test(value.trim()))
  ) {
    return { ...EMPTY, kind: "unparsed", text: String(value) };
  }
  const raw = typeof value === "string" ? value : (cell.text ?? (value === null ? "" : String(value)));
  return readText(raw, options.numberStyle ?? VIETNAMESE_NUMBERS);
}

/** `readPhrase` for text already passed through `normalizeText` (the engine's own path). */
export function readNormalizedText(
  normalized: string,
  options: EngineOptions = {},
  role: PhraseRole = "any",
): Reading {
  return readPhraseOf(makeNormalizedPhrase(normalized), options.numberStyle ?? VIETNAMESE_NUMBERS, role);
}

/**
 * What a phrase is read for. A target is judged on what it asks for (figures, zeros, existence), so
 * its status words ("hoàn thành", "đảm bảo") are not read; a result is read whole.
 */
export type PhraseRole = "target" | "any";

function readText(raw: string, style: NumberStyle): Reading {
  return readPhraseOf(makePhrase(raw), style);
}

function readPhraseOf(phrase: Phrase, style: NumberStyle, role: PhraseRole = "any"): Reading {
  const { text } = phrase;
  if (text === "" || PLACEHOLDER.test(text)) {
    return { kind: "none", text, percents: [], statuses: [], evidence: {}, ceiling: false };
  }
  const scan = scanNumbers(phrase, style);
  const { statuses, evidence, zeroOf } = role === "target" ? readZero(phrase) : readStatuses(phrase);
  // Only a figure can be a ceiling; most phrases have none.
  const figures =
    scan.percents.length > 0 || scan.counts.length > 0 || scan.bare.length > 0 || scan.range !== undefined;
  const ceiling = figures && isCeiling(phrase.folded);
  const out: Mutable<Reading> = {
    kind: "qualitative",
    text,
    percents: scan.percents,
    statuses,
    evidence,
    ceiling,
  };
  if (zeroOf) out.zeroOf = zeroOf;

  if (scan.fraction) {
    const { done, total, source } = scan.fraction;
    out.kind = "fraction";
    out.quantity = { value: (done / total) * 100, comparator: "eq", unit: "%", decimals: 2, source };
    out.fraction = scan.fraction;
    return out;
  }
  const percent = scan.range ? undefined : primaryPercent(scan.percents);
  const count =
    scan.range || percent || zeroOf ? undefined : (scan.counts[0] ?? existenceOf(phrase) ?? scan.bare[0]);
  const quantity = scan.range ?? percent ?? count;
  if (quantity) out.quantity = quantity;
  out.kind = scan.range
    ? "range"
    : percent
      ? percent.comparator === "eq"
        ? "percent"
        : "threshold"
      : zeroOf
        ? "zero"
        : count
          ? "count"
          : /[a-z]{2,}/.test(phrase.folded) && hasLetter(text)
            ? "qualitative"
            : "unparsed";
  // A deadline ("trước ngày 15/12/2024", "Quý I/2024") is what a target without a figure asks for.
  if (
    out.kind === "qualitative" &&
    (phrase.folded.includes("/") || phrase.folded.includes("quy") || phrase.folded.includes("thang"))
  ) {
    const deadline = deadlineOf(phrase.folded, phrase.aligned ? text : phrase.folded);
    if (deadline) out.deadline = deadline;
  }
  return out;
}

/** The percentage a phrase is about: a stated value ("đạt 83,3%") before a bound ("chưa đạt 100%"). */
function primaryPercent(percents: readonly Quantity[]): Quantity | undefined {
  return percents.find((p) => p.comparator === "eq") ?? percents[0];
}

/** Whether a phrase speaks of something that should stay low ("tỷ lệ hồ sơ trễ hạn"). */
export function mentionsBadThing(text: string): boolean {
  return BAD_THING.test(foldText(text));
}

/** "Giảm tỷ lệ hộ nghèo 1,5%" is a cut to reach, so more is better; "giảm … còn 3,5%" is a level to stay under. */
const REDUCE_BY = /(?:giam|ha)\s+(?:[a-z]+\s+){0,6}?(?!con |xuong |duoi )(?:[a-z]+\s+)?\d/;
const DOWN_TO = /(?:con|xuong|duoi|khong qua|toi da)\s+(?:muc\s+)?\d/;

/** A bad thing being handled: "100% hồ sơ trễ hạn được xin lỗi", "Trả lời 100% phản ánh" measure the handling. */
const HANDLED = new RegExp(
  `(?:${BAD_THINGS})(?: [a-z]+){0,3}? (?:(?:da )?duoc |phai )?(?:xin loi|xu ly|giai quyet|tra loi|phan hoi|khac phuc)|(?:xin loi|xu ly|tra loi|phan hoi|khac phuc|giai quyet) (?:dut diem |kip thoi )?\\d`,
);

/**
 * Whether a target's figure is a ceiling: a level of something bad ("hộ nghèo còn 3,5%"), not a cut in
 * it ("giảm 1,5%") nor the share of it that gets handled.
 */
function isCeiling(folded: string): boolean {
  return BAD_THING.test(folded) && !HANDLED.test(folded) && (DOWN_TO.test(folded) || !REDUCE_BY.test(folded));
}

/** Stems of BAD_THINGS as written (task wording is lower case but for its first word), to rule most texts out cheaply. */
const BAD_STEMS =
  /hạn|HẠN|chậm|sai|phạm|khiếu|tố cáo|phản ánh|tồn|trả lại|lỗi|phiền|sự cố|an toàn|kỷ luật|nghèo|NGHÈO|thất nghiệp|dinh dưỡng|tai nạn|ô nhiễm/;

/**
 * Whether a task's wording names something that should stay low ("Tỷ lệ hồ sơ trễ hạn"), rather than
 * a duty towards it ("Xin lỗi người dân khi trễ hạn").
 */
export function namesCeiling(text: string): boolean {
  // Most tasks name nothing bad: a look at the text as written spares folding it.
  if (!BAD_STEMS.test(text)) return false;
  const folded = foldText(text);
  return (
    !/^(?:xin loi|xu ly|giai quyet|tra loi|phan hoi|khac phuc|tiep nhan|kiem tra)/.test(folded) &&
    isCeiling(folded)
  );
}

/** Whether a result denies a thing exists ("Không có kiến nghị", "chưa phát sinh hồ sơ"). */
export function deniesExistence(text: string, noun: string): boolean {
  const folded = foldText(text);
  const thing = foldText(noun);
  if (thing === "") return false;
  const at = folded.indexOf(thing);
  if (at < 0) return false;
  return /(?:khong|chua)\s+(?:co\s+|phat sinh\s+|duoc\s+)?(?:[a-z]+\s+){0,2}$/.test(
    folded.slice(Math.max(0, at - 40), at),
  );
}
