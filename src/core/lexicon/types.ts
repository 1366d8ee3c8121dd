/**
 * The shape of the engine's vocabulary: plain entries, each a phrase in the lexicon's small pattern
 * grammar (see `pattern.ts`) with real-style examples. One compiler (`compile.ts`) turns them into matchers.
 */
import type { ColumnRole, Comparator } from "../types";

/** How a phrase is read: as a target (what is asked for) or as a result (what was done). */
export type ExampleRole = "target" | "result";

/** A phrase as an officer writes it. Every example is a test and a row of the generated phrase table. */
export interface Example {
  readonly text: string;
  /** Defaults to the role the entry's area reads (statuses are results, comparators targets…). */
  readonly role?: ExampleRole;
  /** What a careful reviewer reads, where that is not obvious. */
  readonly note?: string;
}

export type Examples = readonly [Example | string, ...(Example | string)[]];

export interface Entry {
  /** A pattern, written with diacritics as officers write it; folded for matching unless `exact`. */
  readonly pattern: string;
  readonly examples: Examples;
  /** Match the diacritics too, where folding makes two words collide ("chậm" is not "chăm"). */
  readonly exact?: boolean;
  readonly note?: string;
}

/**
 * What a status word tells. `hedge` sets `caveat` but is looked for after the caveat words; `done-action`
 * sets `done` and is quoted in preference to other done words ("Đã ban hành" over "đúng quy định").
 */
export type StatusWord =
  | "no-data"
  | "not-arising"
  | "caveat"
  | "hedge"
  | "negated"
  | "in-progress"
  | "done-action"
  | "done"
  | "reported";

export interface StatusEntry extends Entry {
  readonly word: StatusWord;
}

/** A word right before a number that says how the number compares ("tối thiểu 80%"). */
export interface ComparatorEntry extends Entry {
  readonly comparator: Comparator;
  /** Written as a shortfall: "chưa đạt 100%" means below 100. */
  readonly negated?: true;
}

/** What a header label says its column holds: a column's part, or one of two the row must settle. */
export type LabelRole =
  | ColumnRole
  /** "Chỉ tiêu": the task column beside "Kế hoạch", the target column beside "Nội dung". */
  | "ambiguous"
  /** A known label of a column the engine does not use ("Thời gian", "Kinh phí"). */
  | "other";

export interface HeaderEntry extends Entry {
  readonly role: LabelRole;
  /** The label must be these words and nothing more ("Chỉ tiêu", "KH 2024"); otherwise they start it. */
  readonly whole?: true;
}

/** A period a count can be given per ("01 lần/quý"). */
export interface PeriodEntry extends Entry {
  /** The folded key the engine uses ("quy"). */
  readonly key: string;
  readonly perYear: number;
}

/** A table's own verdict word in an "Đánh giá" column. */
export interface ClaimEntry extends Entry {
  readonly claim: "met" | "unmet";
}

/** A kind of administrative unit a title row names ("xã", "thị trấn"); level 0 is the commune level. */
export interface UnitKindEntry extends Entry {
  readonly level: 0 | 1;
}

/** A named list of phrases that patterns refer to as `{name}`. */
export type WordClass = readonly Entry[];

/**
 * The word classes of a lexicon, by the part they play. The stages combine them with numbers and with each
 * other in patterns of the same grammar ("{zero-lead} ~10 @({ceiling})"); entries are the words themselves.
 */
export interface Classes {
  // ---- statuses (the words inside status entries) ----
  /** The two words of denial, "không" and "chưa" (not yet): the patterns that take either name this class. */
  readonly negation: WordClass;
  /** Words a word gap does not cross: they turn the clause ("không", "nhưng"). */
  readonly turn: WordClass;
  /** What "chưa" denies ("chưa ban hành"). */
  readonly unfinished: WordClass;
  /** What "không" denies: only words of achievement ("không đạt"); "không ban hành … nào" is a fact. */
  readonly unachieved: WordClass;
  /** What "đang" leaves unfinished ("đang triển khai"). */
  readonly ongoing: WordClass;
  /** What "đã", "được" report as done ("đã ban hành"). */
  readonly action: WordClass;

  // ---- zeros and ceilings ----
  /** Things that should not happen: a rate of them is a ceiling, and "không có" of them is a zero. */
  readonly ceiling: WordClass;
  /** Leads of a zero statement ("không để xảy ra", "0"). */
  readonly "zero-lead": WordClass;
  /** A whole cell that says nothing happened ("Không", "Không phát sinh"). */
  readonly "bare-denial": WordClass;
  /** Words that, before a bad thing, measure its handling ("được xin lỗi"). */
  readonly handling: WordClass;
  /** After a handling word, how well it was done ("xử lý đúng hạn"): the rate is of the handling. */
  readonly "handling-manner": WordClass;
  /** Task wording that starts with a duty towards a bad thing ("Xin lỗi …", "Tiếp nhận …"). */
  readonly duty: WordClass;
  /** A cut to make ("giảm tỷ lệ hộ nghèo 1,5%"): more is better. */
  readonly reduction: WordClass;
  /** A level to stay under, right before a figure ("còn 3,5%", "không quá 2%"). */
  readonly "level-under": WordClass;

  // ---- numbers ----
  /** Words right before a number that make it a date, a document's number or a rank. */
  readonly "number-reference": WordClass;
  /** Nouns after a number that make it a duration or an age, not a count. */
  readonly "not-counted": WordClass;
  /** Words where a counted noun ends ("02 cuộc của …"). */
  readonly "noun-stop": WordClass;
  /** Words that count other nouns ("cuộc kiểm tra"): the noun after them is kept too. */
  readonly classifier: WordClass;
  /** Counted nouns of times of anything ("lần"): they pair with any count of occurrences. */
  readonly times: WordClass;
  /** Counted nouns of occurrences of a kind ("cuộc", "đợt"): each pairs with itself and with times. */
  readonly occurrence: WordClass;
  /** Words between a comparator and its number ("tối thiểu đạt 85%"). */
  readonly filler: WordClass;
  /** Words after a number that make it a percentage ("100 phần trăm"). */
  readonly "percent-word": WordClass;
  /** Words between two numbers that make a range ("5 đến 7"). */
  readonly "range-joiner": WordClass;
  /** Characters that alone mean an empty cell ("-", "…"). */
  readonly placeholder: WordClass;
  /** What "có" is not followed by when it states that something exists ("có thể", "có một số"). */
  readonly "not-existence": WordClass;
  /** Verbs after "có" that say a thing arises ("có phát sinh hồ sơ"); alone they name no thing. */
  readonly arising: WordClass;
  /** Words before a figure that make it a change ("tăng", "giảm") rather than a level. */
  readonly change: WordClass;
  /** Words right before a figure that make it a level even after a change ("giảm xuống còn 3%"). */
  readonly level: WordClass;
  /** Words after a figure that make it relative ("so với"). */
  readonly "relative-after": WordClass;
  /** What a result can be measured against: the plan ("chỉ tiêu", "kế hoạch", "NQ"). */
  readonly plan: WordClass;
  /** Before the plan's words, these say the result went beyond it ("vượt kế hoạch 5%"). */
  readonly exceed: WordClass;
  /** Right before a figure, the level a change starts from ("giảm từ 4,12% xuống còn 2,3%"). */
  readonly "change-start": WordClass;
  /** Words between a count and its period ("/", "mỗi", "hằng"). */
  readonly "per-period": WordClass;
  /** Words before a noun that deny it exists ("không có", "chưa phát sinh"). */
  readonly denial: WordClass;

  // ---- dates ----
  /** Words before a date that make it a deadline ("trước ngày", "chậm nhất"). */
  readonly deadline: WordClass;
  /** Words before a day and month that make them a date ("ngày 5/6"). */
  readonly "day-word": WordClass;
  readonly "quarter-word": WordClass;
  readonly "month-word": WordClass;
  /** Words between a quarter or month and its year ("quý I năm 2024"). */
  readonly "year-joiner": WordClass;

  // ---- rows ----
  /** Words before a Roman numeral that name a section ("Phần I"). */
  readonly "section-word": WordClass;
  /** A row that sums the tasks above ("Tổng cộng"). */
  readonly total: WordClass;
  /** Text under a table that belongs to the report around it: notes, signatures. */
  readonly footer: WordClass;
  /** Leads of a sub-item written in the task column ("- Trong đó:", "a)"). */
  readonly "subitem-lead": WordClass;
  /** Words a sentence cut by a page break ends on or carries on with ("của", "và"). */
  readonly connector: WordClass;

  // ---- columns without a header ----
  /** How a target cell begins ("Tối thiểu…", "Trước ngày…"). */
  readonly "target-shape": WordClass;
  /** How a result cell begins ("Đã…", "Đạt 83,3%"). */
  readonly "result-shape": WordClass;
  /** Nouns that make a fraction a count of the plan's own tasks ("24/27 nhiệm vụ"). */
  readonly "plan-task": WordClass;

  // ---- title rows ----
  /** Words that end a unit's name in a title ("XÃ PHÚ ĐÌNH NĂM 2024") or start another. */
  readonly "unit-stop": WordClass;
  /** Words before a unit kind that make it a common noun ("cấp xã"). */
  readonly "unit-not-before": WordClass;
  /** Words after "xã" that make it another word ("xã hội"). */
  readonly "unit-not-after": WordClass;
}

export type ClassName = keyof Classes;

/** The whole vocabulary of one language. */
export interface Lexicon {
  readonly classes: Classes;
  readonly statuses: readonly StatusEntry[];
  /** Before a number ("tối thiểu 80%"). */
  readonly comparators: readonly ComparatorEntry[];
  /** After a number ("80% trở lên"). */
  readonly comparatorsAfter: readonly ComparatorEntry[];
  readonly headers: readonly HeaderEntry[];
  readonly periods: readonly PeriodEntry[];
  readonly claims: readonly ClaimEntry[];
  readonly unitKinds: readonly UnitKindEntry[];
}
