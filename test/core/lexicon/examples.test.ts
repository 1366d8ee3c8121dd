/**
 * Every example in the lexicon is a test: its own entry matches it, and reading it has the effect the
 * entry's area promises (a negation makes a result negated, a comparator sets the bound, a ceiling word
 * makes a figure a ceiling…). The generated phrase table shows the same examples read whole.
 */
import { roleOfLabel, ShapeReader } from "../../../src/core/header";
import { statedClaim } from "../../../src/core/findings/claims";
import {
  compileLexicon,
  VIETNAMESE,
  type ClassName,
  type Entry,
  type Example,
} from "../../../src/core/lexicon";
import { latestDateOf } from "../../../src/core/readings/dates";
import {
  isBareDenial,
  mentionsBadThing,
  namesCeiling,
  readResult,
  readTarget,
} from "../../../src/core/readings/read";
import {
  classifyOrdinal,
  isFooter,
  isTotalRow,
  rowGrammarOf,
  startsSubitem,
} from "../../../src/core/rows/ordinals";
import { foldText, normalizeText } from "../../../src/core/text";
import { judgeTask } from "../../../src/core/verdicts/judge";
import type { Reading, Status } from "../../../src/core/types";

const lexicon = compileLexicon(VIETNAMESE);
const grammar = rowGrammarOf(lexicon);
const options = { lexicon };

function textOf(example: Example | string): string {
  return typeof example === "string" ? example : example.text;
}

function roleOf(example: Example | string): "target" | "result" {
  return typeof example === "string" ? "result" : (example.role ?? "result");
}

function read(example: Example | string): Reading {
  return roleOf(example) === "target"
    ? readTarget(textOf(example), options)
    : readResult(textOf(example), options);
}

function quantityOf(reading: Reading) {
  return "quantity" in reading ? reading.quantity : undefined;
}

function rows(area: string, entries: readonly Entry[]): [string, Entry, Example | string][] {
  return entries.flatMap((entry) =>
    entry.examples.map((ex): [string, Entry, Example | string] => [area, entry, ex]),
  );
}

const allEntries: [string, Entry, Example | string][] = [
  ...rows("status", VIETNAMESE.statuses),
  ...rows("comparator", VIETNAMESE.comparators),
  ...rows("comparator after", VIETNAMESE.comparatorsAfter),
  ...rows("period", VIETNAMESE.periods),
  ...rows("claim", VIETNAMESE.claims),
  ...rows("unit kind", VIETNAMESE.unitKinds),
  ...(Object.entries(VIETNAMESE.classes) as [ClassName, readonly Entry[]][]).flatMap(([name, list]) =>
    rows(`{${name}}`, list),
  ),
];

describe("every lexicon example is matched by its own entry", () => {
  it.each(allEntries.map(([area, entry, ex]) => [area, entry.pattern, textOf(ex), entry] as const))(
    "%s %s: %j",
    (_area, _pattern, text, entry) => {
      const folded = foldText(text);
      const written = { text: normalizeText(text), aligned: folded.length === normalizeText(text).length };
      expect(lexicon.matcher(entry.pattern, { exact: entry.exact === true }).test(folded, written)).toBe(
        true,
      );
    },
  );
});

const STATUS_OF: Readonly<Record<string, Status>> = {
  "no-data": "no-data",
  "not-arising": "not-arising",
  caveat: "caveat",
  hedge: "caveat",
  negated: "negated",
  "in-progress": "in-progress",
  "done-action": "done",
  done: "done",
  reported: "reported",
};

describe("status words set their status", () => {
  it.each(VIETNAMESE.statuses.flatMap((e) => e.examples.map((ex) => [e.word, textOf(ex)] as const)))(
    "%s: %j",
    (word, text) => {
      expect(readResult(text, options).statuses).toContain(STATUS_OF[word]);
    },
  );
});

describe("comparators set the bound of the figure after them", () => {
  it.each(
    [...VIETNAMESE.comparators, ...VIETNAMESE.comparatorsAfter].flatMap((e) =>
      e.examples.map((ex) => [e.comparator, e.negated === true, ex] as const),
    ),
  )("%s (negated %s): %j", (comparator, negated, ex) => {
    const q = quantityOf(read(ex));
    expect(q === undefined ? undefined : { comparator: q.comparator, negated: q.negated === true }).toEqual({
      comparator,
      negated,
    });
  });
});

describe("periods make a count per period", () => {
  it.each(VIETNAMESE.periods.flatMap((e) => e.examples.map((ex) => [e.key, ex] as const)))(
    "%s: %j",
    (key, ex) => {
      expect(quantityOf(read(ex))?.per).toBe(key);
    },
  );
});

describe("claims are the table's own verdict", () => {
  it.each(VIETNAMESE.claims.flatMap((e) => e.examples.map((ex) => [e.claim, textOf(ex)] as const)))(
    "%s: %j",
    (claim, text) => {
      expect(statedClaim(text, lexicon)).toBe(claim);
    },
  );
});

describe("header labels give their column's role", () => {
  it.each(VIETNAMESE.headers.flatMap((e) => e.examples.map((ex) => [e.role, textOf(ex)] as const)))(
    "%s: %j",
    (role, text) => {
      expect(roleOfLabel(text, lexicon)).toBe(role);
    },
  );
});

const shapes = new ShapeReader(lexicon);

/** A count in the example pairs with the counterpart's: read as a target against a result, or the reverse. */
function pairsWith(target: string, result: string): (ex: Example | string) => boolean {
  return (ex) => {
    const j =
      roleOf(ex) === "target"
        ? judgeTask(textOf(ex), result, options)
        : judgeTask(target, textOf(ex), options);
    return j.verdict === "met" && j.reasons.every((r) => r.code !== "units-differ");
  };
}

const arisingWord = lexicon.matcher("^{arising}");

/** What each word class does to the phrases of its examples. */
const EFFECTS: Partial<Record<ClassName, (ex: Example | string) => unknown>> = {
  unfinished: (ex) => read(ex).statuses.includes("negated"),
  unachieved: (ex) => read(ex).statuses.includes("negated"),
  ongoing: (ex) => read(ex).statuses.includes("in-progress"),
  action: (ex) => read(ex).statuses.includes("done"),
  ceiling: (ex) => mentionsBadThing(textOf(ex), lexicon),
  "zero-lead": (ex) => read(ex).zeroOf !== undefined,
  "bare-denial": (ex) => isBareDenial(textOf(ex), lexicon),
  handling: (ex) => read(ex).ceiling === false,
  "handling-manner": (ex) => read(ex).ceiling === false,
  duty: (ex) => !namesCeiling(textOf(ex), lexicon),
  reduction: (ex) => read(ex).ceiling === false,
  "level-under": (ex) => read(ex).ceiling,
  "number-reference": (ex) => !["percent", "threshold", "count", "range", "fraction"].includes(read(ex).kind),
  "not-counted": (ex) => read(ex).kind !== "count",
  // "01 lần/tháng" is met by twelve "cuộc"; "14 lượt tuyên truyền" meets "Tối thiểu 02 lần".
  times: pairsWith("Tối thiểu 02 cuộc", "Tổ chức 12 cuộc tuyên truyền"),
  occurrence: pairsWith("Tối thiểu 02 lần", "Tổ chức 12 lần"),
  // At least one, of the noun after the verb or of nothing named; never of the verb itself.
  arising: (ex) => {
    const q = quantityOf(read(ex));
    return q?.comparator === "gte" && (q.noun === undefined || !arisingWord.test(foldText(q.noun)));
  },
  filler: (ex) => quantityOf(read(ex))?.comparator !== "eq",
  "percent-word": (ex) => read(ex).kind === "percent",
  "range-joiner": (ex) => read(ex).kind === "range",
  placeholder: (ex) => read(ex).kind === "none",
  "not-existence": (ex) => read(ex).kind !== "count",
  change: (ex) => quantityOf(read(ex))?.relative === true,
  level: (ex) => quantityOf(read(ex))?.relative !== true,
  "relative-after": (ex) => quantityOf(read(ex))?.relative === true,
  plan: (ex) => quantityOf(read(ex))?.basis === "plan",
  exceed: (ex) => quantityOf(read(ex))?.basis === "plan",
  "change-start": (ex) => read(ex).percents.some((p) => p.start === true),
  "per-period": (ex) => quantityOf(read(ex))?.per !== undefined,
  deadline: (ex) => read(ex).kind === "qualitative" && "deadline" in read(ex),
  "day-word": (ex) => latestDateOf(foldText(textOf(ex)), textOf(ex), lexicon) !== undefined,
  "quarter-word": (ex) => "deadline" in read(ex),
  "month-word": (ex) => "deadline" in read(ex),
  "year-joiner": (ex) => "deadline" in read(ex),
  "section-word": (ex) => classifyOrdinal(textOf(ex), grammar).kind === "section",
  total: (ex) => isTotalRow(textOf(ex), grammar),
  footer: (ex) => isFooter(textOf(ex), grammar),
  "subitem-lead": (ex) => startsSubitem(textOf(ex), grammar),
  "target-shape": (ex) => shapes.shapeOf(normalizeText(textOf(ex))) === "target",
  "result-shape": (ex) => shapes.shapeOf(normalizeText(textOf(ex))) === "result",
};

describe("word classes have their effect on their examples", () => {
  const cases = (Object.entries(EFFECTS) as [ClassName, (ex: Example | string) => unknown][]).flatMap(
    ([name, effect]) =>
      VIETNAMESE.classes[name].flatMap((e) => e.examples.map((ex) => [name, ex, effect] as const)),
  );
  it.each(cases)("{%s}: %j", (_name, ex, effect) => {
    expect(effect(ex)).toBe(true);
  });
});
