/**
 * Reads a target or result written in Vietnamese into a `Reading`: its numbers, what they are compared
 * with, and the status words around them. Matching runs on folded text (lower case, no diacritics), so
 * every pattern below is written without diacritics; positions map back to the text as written.
 */
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
  ReadingKind,
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
  `(?:^|[^a-z0-9])(?:${ZERO_LEAD})\\s+(?:(?!khong |nhung |tuy )[a-z0-9]+[\\s,]+){0,6}?(${BAD_THINGS})(?![a-z])`,
);

const NO_DATA = new RegExp(
  [
    "chua (?:thong ke|tong hop|co so lieu|co du lieu|co ket qua|co bao cao|co thong tin|co danh gia|danh gia duoc|xac dinh duoc|xac dinh|cong bo|cap nhat so lieu|cap nhat ket qua)",
    "khong co (?:so lieu|du lieu|thong tin)",
    "dang (?:thong ke|tong hop|cap nhat so lieu)",
    "khong (?:thong ke|xac dinh|tong hop) duoc",
    "chua ro",
    "khong ro",
    "^(?:n/a|k/c|\\?+)$",
  ].join("|"),
);

const NO_DATA_ALL = new RegExp(NO_DATA.source, "g");

const NOT_ARISING = /(?:khong|chua) (?:phat sinh|co phat sinh)/;

const IN_PROGRESS =
  /dang (?:thuc hien|trien khai|de nghi|cho|xay dung|hoan thien|tien hanh|xu ly|trinh|to chuc|lam|chuan bi|hoan tat|ra soat|kiem tra|thu tuc|phoi hop|giai quyet)|cho (?:phe duyet|cong nhan|ket qua|huyen|tinh|cap tren|thẩm dinh|tham dinh)|chua xong|tiep tuc (?:thuc hien|trien khai)/;

// "chưa" negates almost any action; "không" only the words of achievement ("không ban hành … nào" is a fact).
const NEGATED = new RegExp(
  [
    "(?:van chua|con chua|chua duoc|chua)\\s+(?:dat|hoan thanh|thuc hien|trien khai|dam bao|bao dam|dap ung|ban hanh|to chuc|xay dung|cong khai|cap nhat|ap dung|su dung|ung dung|kien toan|bo tri|duoc cong nhan|cong nhan|thanh lap|co sang kien|ky so|ket noi|hoat dong)",
    "(?:khong duoc|khong)\\s+(?:dat|hoan thanh|dam bao|bao dam|dap ung|thuc hien|trien khai)",
    "^(?:khong|chua|khong co|chua co)$",
    "^(?:khong|chua) (?:dat|hoan thanh)",
  ].join("|"),
  "g",
);

const CAVEAT = new RegExp(
  [
    "(?:tuy nhien|nhung|song)[^.;]{0,120}?(?:chua|khong|han che|thieu|cham|ton tai|vuong mac|kho khan)",
    "(?:con|van con|van)\\s+(?:mot so|nhieu|han che|ton tai|thieu|cham|vuong mac|kho khan)",
    "mot so [a-z ]{0,40}?(?:chua|khong dat)",
    "chua (?:day du|kip thoi|dong bo|thuong xuyen|hieu qua|cao|tot|sat|dung)",
    "han che",
  ].join("|"),
  "g",
);

/** "Đã thực hiện", "được ký": the clearest evidence of work done, preferred as the reason's quote. */
const DONE_ACTION =
  /(?:da|duoc|deu)\s+(?:duoc\s+)?(?:thuc hien|hoan thanh|ban hanh|to chuc|trien khai|cong khai|cap nhat|ky|xay dung|kien toan|ra soat|kiem tra|danh gia|tuyen truyen|phe duyet|cong nhan|giai quyet|tiep nhan|ap dung|su dung|ung dung|bo tri|dua vao|thanh lap|niem yet|dang tai|ket noi|van hanh|chi dao|xu ly)/;

/** Words without which CAVEAT cannot match. */
const CAVEAT_HINT = /tuy nhien|nhung|song|con|van|mot so|chua|han che/;

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
    "vuot",
    "^(?:dat|co|ok|xong|tot)$",
    "^dat(?: yeu cau)?\\b",
  ].join("|"),
);

const REPORTED =
  /(?:^|[^a-z])(?:ban hanh|to chuc|trien khai|thuc hien|cong khai|cap nhat|ra soat|kiem tra|tuyen truyen|danh gia|ky so|tiep nhan|giai quyet|niem yet|xay dung|cung cap|su dung|ung dung|duy tri|phat sinh|ap dung|bo tri|kien toan|tham muu|phoi hop|lap|gui|dang tai|chi dao)(?![a-z])/;

/** Placeholders officers type into an empty cell. */
const PLACEHOLDER = /^(?:[-–—_./\\…]+|\.{2,})$/;

// Numbers that are not quantities: dates, document numbers, years, article references.
const DATE = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}/g;
const DOC_NUMBER = /\d+(?:\s*\/\s*\d+)*\s*\/\s*[a-z][a-z0-9]*(?:\s*[-/]\s*[a-z0-9]+)*/g;
/** Words before a number that make it a date, a year or a document's number ("ngày 5/6", "Điều 5"). */
const REFERENCE_BEFORE =
  /(?:^|[^a-z])(?:ngay|thang|nam|giai doan|so|dieu|khoan|diem|chuong|phu luc|mau so|lan thu|quy|nghi dinh|thong tu|quyet dinh|ke hoach|cong van|bao cao|chi thi)\s+$/;

function isReference(folded: string, start: number): boolean {
  const before = folded.charCodeAt(start - 1);
  // Only a space can separate a reference word from its number; "/" joins the parts of a code.
  if (before === 47) return true;
  return before === 32 && REFERENCE_BEFORE.test(folded.slice(Math.max(0, start - 16), start));
}
const YEAR_RANGE = /(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}/g;

const NUMBER_SOURCE = "\\d+(?:[.,]\\d+)*";
const PERCENT = new RegExp(`(${NUMBER_SOURCE})\\s*(?:%|phan tram)`, "g");
const FRACTION = /(\d+)\s*\/\s*(\d+)(?![\d/])/g;
const RANGE = new RegExp(
  `(${NUMBER_SOURCE})\\s*(%?)\\s*(?:-|–|—|den|toi)\\s*(${NUMBER_SOURCE})\\s*(%|[a-z][a-z ]{0,20})?`,
  "g",
);
const NUMBER = new RegExp(NUMBER_SOURCE, "g");

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
  readonly word: string;
  readonly rule: ComparatorRule;
}

/** Comparator words by their last character, in rule order, so each number checks only a few. */
function byLastChar(
  rules: readonly ComparatorRule[],
  fold: (word: string) => string,
): Map<string, Candidate[]> {
  const map = new Map<string, Candidate[]>();
  for (const rule of rules) {
    for (const raw of rule.words) {
      const word = fold(raw);
      const last = word[word.length - 1] ?? "";
      const list = map.get(last) ?? [];
      list.push({ word, rule });
      map.set(last, list);
    }
  }
  return map;
}

const EXACT_CANDIDATES = byLastChar(BEFORE_RULES, (w) => w);
const FOLDED_CANDIDATES = byLastChar(BEFORE_RULES, foldText);
const FOLDED_FILLERS = FILLERS.map(foldText);
const AFTER_GTE = /^\s*(?:trở lên|tro len)/;
const AFTER_LTE = /^\s*(?:trở xuống|tro xuong|trở lại|tro lai)/;

function isLetter(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  return /\p{L}/u.test(char);
}

/** Whether `text` ends with `word` as a whole word (symbols need no boundary). */
function endsWithWord(text: string, word: string): boolean {
  if (!text.endsWith(word)) return false;
  return !isLetter(word[0]) || !isLetter(text[text.length - word.length - 1]);
}

/** Strips one filler word ("đạt", "mức", "tỷ lệ") off the end of the text before a number, if there is one. */
function stripFiller(tail: string, fillers: readonly string[]): string | undefined {
  for (const filler of fillers) {
    if (endsWithWord(tail, filler)) return tail.slice(0, tail.length - filler.length).trimEnd();
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------

interface Span {
  readonly start: number;
  readonly end: number;
}

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

function overlaps(spans: readonly Span[], start: number, end: number, count = spans.length): boolean {
  for (let i = 0; i < count; i++) {
    const span = spans[i]!;
    if (start < span.end && end > span.start) return true;
  }
  return false;
}

function collect(regex: RegExp, folded: string, into: Span[]): void {
  regex.lastIndex = 0;
  for (let m = regex.exec(folded); m !== null; m = regex.exec(folded)) {
    into.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) regex.lastIndex++;
  }
}

interface ComparatorFound {
  readonly comparator: Comparator;
  readonly negated: boolean;
  /** Where the comparator words start, for the quantity's source. */
  readonly from: number;
}

function comparatorAround(phrase: Phrase, start: number, end: number): ComparatorFound {
  const exact = phrase.aligned;
  const windowStart = Math.max(0, start - 40);
  const source = exact ? phrase.text : phrase.folded;
  const candidates = exact ? EXACT_CANDIDATES : FOLDED_CANDIDATES;
  const fillers = exact ? FILLERS : FOLDED_FILLERS;
  // "chưa đạt 100%" is a comparator before "đạt" is a filler: try the words, then peel one filler, again.
  const before = source.slice(windowStart, start);
  for (
    let tail: string | undefined = (exact ? before.toLowerCase() : before).trimEnd();
    tail !== undefined;
  ) {
    for (const { word, rule } of candidates.get(tail[tail.length - 1] ?? "") ?? []) {
      if (endsWithWord(tail, word)) {
        return {
          comparator: rule.comparator,
          negated: rule.negated === true,
          from: windowStart + tail.length - word.length,
        };
      }
    }
    tail = stripFiller(tail, fillers);
  }
  const after = exact ? source.slice(end, end + 16).toLowerCase() : source.slice(end, end + 16);
  if (AFTER_GTE.test(after)) return { comparator: "gte", negated: false, from: start };
  if (AFTER_LTE.test(after)) return { comparator: "lte", negated: false, from: start };
  return { comparator: "eq", negated: false, from: start };
}

/** Words that count other nouns ("cuộc kiểm tra", "lượt truy cập"): the noun after them is kept too. */
const CLASSIFIER = /^\s*(?:cuoc|lan|buoi|dot|ban|chiec|luot|tin|bai|van) /;
const NOUN = /^\s*([a-z]+(?: [a-z]+)?)/;
const CLASSIFIED_NOUN = /^\s*([a-z]+(?: [a-z]+){0,2})/;

function nounAfter(phrase: Phrase, end: number): string | undefined {
  const rest = phrase.folded.slice(end, end + 40);
  const match = (CLASSIFIER.test(rest) ? CLASSIFIED_NOUN : NOUN).exec(rest);
  if (!match?.[1]) return undefined;
  const words = match[1].split(" ").filter((w) => !NOUN_STOP.has(w));
  const kept: string[] = [];
  for (const word of match[1].split(" ")) {
    if (NOUN_STOP.has(word)) break;
    kept.push(word);
  }
  if (kept.length === 0 || words.length === 0) return undefined;
  const offset = end + (rest.length - rest.trimStart().length);
  const length = kept.join(" ").length;
  return (phrase.aligned ? phrase.text.slice(offset, offset + length) : kept.join(" ")).toLowerCase();
}

function isNotCounted(noun: string | undefined): boolean {
  if (noun === undefined) return false;
  const folded = foldText(noun);
  return NOT_COUNTED.has(folded) || NOT_COUNTED.has(folded.split(" ")[0] ?? "");
}

// ---------------------------------------------------------------------------------------------------------

interface Scan {
  readonly percents: Quantity[];
  fraction?: Fraction;
  range?: Quantity;
  readonly counts: Quantity[];
  readonly bare: Quantity[];
}

function scanNumbers(phrase: Phrase, style: NumberStyle): Scan {
  const { folded } = phrase;
  const percents: Quantity[] = [];
  const counts: Quantity[] = [];
  const bare: Quantity[] = [];
  if (!/\d/.test(folded)) return { percents, counts, bare };
  // Each pattern runs only where its separator occurs: most phrases have none.
  const slash = folded.includes("/");
  const dash = /[-–—]/.test(folded);
  const used: Span[] = [];
  if (slash || dash || folded.includes(".")) collect(DATE, folded, used);
  if (dash) collect(YEAR_RANGE, folded, used);
  if (slash) collect(DOC_NUMBER, folded, used);
  const excludedCount = used.length;
  let fraction: Fraction | undefined;
  let range: Quantity | undefined;

  FRACTION.lastIndex = slash ? 0 : folded.length;
  for (let m = FRACTION.exec(folded); m !== null; m = FRACTION.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(used, start, end, excludedCount) || isReference(folded, start)) continue;
    if (start > 0 && /[\d/.,]/.test(folded[start - 1] ?? "")) continue;
    const done = Number(m[1]);
    const total = Number(m[2]);
    if (!(total > 0) || done > total) continue;
    // "3/2024" is a month.
    if (total >= 1900 && total <= 2100 && done <= 12) continue;
    used.push({ start, end });
    fraction ??= { done, total, source: sourceOf(phrase, start, end) };
  }

  RANGE.lastIndex = dash || / (?:den|toi) /.test(folded) ? 0 : folded.length;
  for (let m = RANGE.exec(folded); m !== null; m = RANGE.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(used, start, end)) continue;
    const low = parseNumberToken(m[1] ?? "", style);
    const high = parseNumberToken(m[3] ?? "", style);
    if (!low || !high || !(low.value < high.value)) continue;
    const unitText = (m[4] ?? "").trim();
    const isPercent = m[2] === "%" || unitText === "%";
    const tail = isPercent
      ? undefined
      : unitText.length > 0
        ? nounAfter(phrase, start + m[0].length - m[4]!.length)
        : undefined;
    used.push({ start, end });
    const lead = /(?:^|\s)tu\s*$/.test(folded.slice(0, start)) ? 3 : 0;
    const source = sourceOf(
      phrase,
      start - lead,
      isPercent || !tail ? end : start + m[0].length - m[4]!.length + tail.length,
    );
    const unit = isPercent ? "%" : tail ? "count" : "number";
    range ??= makeQuantity(
      low.value,
      "gte",
      unit,
      Math.max(low.decimals, high.decimals),
      source,
      tail,
      high.value,
    );
  }

  PERCENT.lastIndex = 0;
  for (let m = PERCENT.exec(folded); m !== null; m = PERCENT.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(used, start, end)) continue;
    const parsed = parseNumberToken(m[1] ?? "", style);
    if (!parsed) continue;
    used.push({ start, end });
    const { comparator, negated, from } = comparatorAround(phrase, start, end);
    // "-2%" written as a figure (growth below zero), not a bullet "- 2%".
    const minus = folded[start - 1] === "-" && (start === 1 || /\s/.test(folded[start - 2] ?? ""));
    const value = minus ? -parsed.value : parsed.value;
    const percent = makeQuantity(value, comparator, "%", parsed.decimals, sourceOf(phrase, from, end));
    if (negated) percent.negated = true;
    percents.push(percent);
  }

  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(folded); m !== null; m = NUMBER.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(used, start, end)) continue;
    if (start > 0 && /[a-z]/.test(folded[start - 1] ?? "")) continue;
    if (/^[a-z]/.test(folded.slice(end, end + 1))) continue;
    if (isReference(folded, start)) continue;
    const parsed = parseNumberToken(m[0], style);
    if (!parsed) continue;
    const noun = nounAfter(phrase, end);
    if (isNotCounted(noun)) continue;
    if (noun === undefined && /^(?:19|20)\d{2}$/.test(m[0])) continue;
    const { comparator, from } = comparatorAround(phrase, start, end);
    const source = sourceOf(phrase, from, noun === undefined ? end : end + 1 + noun.length);
    const quantity = makeQuantity(
      parsed.value,
      comparator,
      noun === undefined ? "number" : "count",
      parsed.decimals,
      source,
      noun,
    );
    (noun === undefined ? bare : counts).push(quantity);
  }
  const scan: Scan = { percents, counts, bare };
  if (fraction) scan.fraction = fraction;
  if (range) scan.range = range;
  return scan;
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
  const matchEnd = match.index + match.text.length;
  let start = 0;
  for (const mark of [". ", "; ", ";", "! ", "? "]) {
    const at = folded.lastIndexOf(mark, match.index - 1);
    if (at >= start) start = at + 1;
  }
  let end = folded.length;
  for (const mark of [". ", ";", "! ", "? "]) {
    const at = folded.indexOf(mark, matchEnd);
    if (at !== -1 && at < end) end = at;
  }
  if (end === folded.length && folded.endsWith(".")) end--;
  return sourceOf(phrase, start, end);
}

function readStatuses(phrase: Phrase): {
  statuses: Status[];
  evidence: Partial<Record<Status, string>>;
  zeroOf?: string;
} {
  const statuses: Status[] = [];
  const evidence: Partial<Record<Status, string>> = {};
  const add = (status: Status, match: { index: number; text: string } | undefined): void => {
    if (!match || statuses.includes(status)) return;
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
  const zero = denial || rest.includes("0") ? ZERO_STATEMENT.exec(rest) : null;
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
  const caveat = CAVEAT_HINT.test(rest) ? firstMatch(CAVEAT, rest) : undefined;
  add("caveat", caveat);
  if (caveat) rest = blank(rest, CAVEAT);
  const negated = denial ? firstMatch(NEGATED, rest) : undefined;
  add("negated", negated);
  if (negated) rest = blank(rest, NEGATED);
  if (rest.includes("dang") || rest.includes("cho ") || chua || rest.includes("tiep tuc")) {
    add("in-progress", firstMatch(IN_PROGRESS, rest));
  }

  add("done", firstMatch(DONE_ACTION, rest) ?? firstMatch(DONE, rest));
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

const EMPTY: Reading = { kind: "none", text: "", percents: [], statuses: [], evidence: {} };

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
    return { kind: "percent", text, quantity: percent, percents: [percent], statuses: [], evidence: {} };
  }
  const bare: Quantity = { value, comparator: "eq", unit: "number", decimals, source: text };
  return { kind: "count", text, quantity: bare, percents: [], statuses: [], evidence: {} };
}

/** Reads one target or result cell. Never throws on content: what it cannot read is `unparsed`. */
export function readPhrase(input: CellInput, options: EngineOptions = {}): Reading {
  const cell = asCell(input);
  if (cell === null) return EMPTY;
  const { value } = cell;
  if (typeof value === "number" && Number.isFinite(value)) return numberCellReading(cell, value);
  if (typeof value === "boolean" || (typeof value === "string" && EXCEL_ERROR.test(value.trim()))) {
    return { ...EMPTY, kind: "unparsed", text: String(value) };
  }
  const raw = typeof value === "string" ? value : (cell.text ?? (value === null ? "" : String(value)));
  return readText(raw, options.numberStyle ?? VIETNAMESE_NUMBERS);
}

/** `readPhrase` for text already passed through `normalizeText` (the engine's own path). */
export function readNormalizedText(normalized: string, options: EngineOptions = {}): Reading {
  return readPhraseOf(makeNormalizedPhrase(normalized), options.numberStyle ?? VIETNAMESE_NUMBERS);
}

function readText(raw: string, style: NumberStyle): Reading {
  return readPhraseOf(makePhrase(raw), style);
}

function readPhraseOf(phrase: Phrase, style: NumberStyle): Reading {
  const { text } = phrase;
  if (text === "" || PLACEHOLDER.test(text))
    return { kind: "none", text, percents: [], statuses: [], evidence: {} };

  const scan = scanNumbers(phrase, style);
  const { statuses, evidence, zeroOf } = readStatuses(phrase);
  const reading = (kind: ReadingKind, quantity?: Quantity, fraction?: Fraction): Reading => {
    const out: Mutable<Reading> = { kind, text, percents: scan.percents, statuses, evidence };
    if (quantity) out.quantity = quantity;
    if (fraction) out.fraction = fraction;
    if (zeroOf) out.zeroOf = zeroOf;
    return out;
  };

  if (scan.fraction) {
    const { done, total, source } = scan.fraction;
    const quantity: Quantity = {
      value: (done / total) * 100,
      comparator: "eq",
      unit: "%",
      decimals: 2,
      source,
    };
    return reading("fraction", quantity, scan.fraction);
  }
  if (scan.range) return reading("range", scan.range);
  const percent = primaryPercent(scan.percents);
  if (percent) return reading(percent.comparator === "eq" ? "percent" : "threshold", percent);
  if (zeroOf) return reading("zero");
  const count = scan.counts[0] ?? existenceOf(phrase) ?? scan.bare[0];
  if (count) return reading("count", count);
  return reading(/[a-z]{2,}/.test(phrase.folded) && hasLetter(text) ? "qualitative" : "unparsed");
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

/** Whether a target's figure is a ceiling: a level of something bad ("hộ nghèo còn 3,5%"), not a cut in it. */
export function isCeiling(text: string): boolean {
  const folded = foldText(text);
  return BAD_THING.test(folded) && (DOWN_TO.test(folded) || !REDUCE_BY.test(folded));
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
