/**
 * Properties that hold for any input: the engine never throws on what a sheet can hold, every verdict is
 * one of VERDICTS, completion stays within 0–100, summaries add up, and text normalisation is stable.
 */
import fc from "fast-check";
import {
  analyzeSheet,
  foldText,
  judgeTask,
  normalizeText,
  readResult,
  VERDICTS,
  type Cell,
  type CellInput,
  type EngineOptions,
  type MergedArea,
  type ReadingKind,
  type SheetInput,
  type Status,
  type TableResult,
  type VerdictCounts,
} from "../../src/core";

const SEED = 20241128;
/** Fixed seed; `examples` run first on every run: inputs that once broke a property. */
function params<T>(numRuns: number, examples: T[] = []): fc.Parameters<T> {
  return { seed: SEED, numRuns, examples };
}

// Records, not arrays: the compiler fails here when a kind or status is added to the engine's types.
const READING_KINDS: Readonly<Record<ReadingKind, true>> = {
  percent: true,
  fraction: true,
  count: true,
  threshold: true,
  range: true,
  zero: true,
  qualitative: true,
  none: true,
  unparsed: true,
};
const STATUSES: Readonly<Record<Status, true>> = {
  negated: true,
  "no-data": true,
  "in-progress": true,
  "not-arising": true,
  caveat: true,
  done: true,
  reported: true,
};
const isKnown = (known: Readonly<Record<string, true>>, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(known, key);

// ---- arbitraries ----------------------------------------------------------------------------------

/** Real tokens of appendix tables: headers, ordinals, section numerals, targets, results, numbers. */
const TOKENS = [
  "Số TT",
  "STT",
  "TT",
  "Nội dung công việc",
  "Nội dung",
  "Nhiệm vụ",
  "Yêu cầu năm 2024",
  "Yêu cầu",
  "Chỉ tiêu",
  "Kế hoạch",
  "Kết quả thực hiện",
  "Kết quả",
  "Thực hiện",
  "Ghi chú",
  "Đánh giá",
  "Tự đánh giá",
  "Đơn vị tính",
  "(1)",
  "(2)",
  "(3)",
  "(4)",
  "I",
  "II",
  "IV",
  "IX",
  "X",
  "XIV",
  "A",
  "B",
  "1",
  "2",
  "3",
  "27",
  "1.1",
  "1.2",
  "a)",
  "b)",
  "-",
  "+",
  "*",
  "100%",
  "83,3%",
  "98,42 %",
  "0%",
  "5/6",
  "24/27",
  "0/0",
  "6,6-6,8",
  "1.240",
  "1.240,5",
  "99.5",
  "Chưa đạt",
  "Chưa đạt 100%",
  "Đạt",
  "Không đạt",
  "Hoàn thành",
  "Chưa hoàn thành",
  "Đang thực hiện",
  "Chưa thống kê được",
  "Không phát sinh",
  "Không có hồ sơ quá hạn",
  "Tối thiểu có 01 sáng kiến",
  "đạt từ 70%",
  "từ 50 % trở lên",
  "Dưới 2%",
  "Không quá 2%",
  "Khoảng 4",
  "Hoàn thành 5/6 nhiệm vụ, đạt 83,3%",
  "Tuy nhiên",
  "còn hạn chế",
  "Nghị định số 61/2018/NĐ-CP",
  "ngày 02/10/2024",
  "CẢI CÁCH THỂ CHẾ",
  "x",
  "%",
  "/",
  "",
  " ",
  "\n",
  "\u00a0",
] as const;

const token = fc.constantFrom(...TOKENS);
const nfd = (s: string): string => s.normalize("NFD");

/** Strings a cell can hold: tokens, token phrases, NFD text, random Unicode and very long text. */
const cellString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: token, weight: 6 },
  { arbitrary: fc.array(token, { maxLength: 6 }).map((ts) => ts.join(" ")), weight: 4 },
  { arbitrary: token.map(nfd), weight: 2 },
  { arbitrary: fc.string({ maxLength: 20 }), weight: 1 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }), weight: 1 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 20 }), weight: 1 },
  {
    arbitrary: fc.tuple(token, fc.integer({ min: 200, max: 2000 })).map(([t, n]) => `${t} `.repeat(n)),
    weight: 1,
  },
);

const cellNumber = fc.oneof(
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ noDefaultInfinity: false }),
  fc.constantFrom(0, 1, 0.8333, 0.9842, 100, 1e21, -0, Number.NaN, Number.POSITIVE_INFINITY),
);

const cellValue = fc.oneof(
  { arbitrary: cellString, weight: 8 },
  { arbitrary: cellNumber, weight: 2 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constant(null), weight: 1 },
);

const fullCell: fc.Arbitrary<Cell> = fc
  .record(
    {
      value: cellValue,
      text: cellString,
      numberFormat: fc.constantFrom("General", "0%", "0.00%", "@", "#,##0", "0.0", ""),
    },
    { requiredKeys: ["value"] },
  )
  .map((cell) => cell as Cell);

const cellInput: fc.Arbitrary<CellInput> = fc.oneof(
  { arbitrary: cellValue, weight: 10 },
  { arbitrary: fullCell, weight: 2 },
  { arbitrary: fc.constant(undefined), weight: 1 },
);

const row = fc.array(cellInput, { maxLength: 8 });

const HEADERS: readonly (readonly string[])[] = [
  ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"],
  ["STT", "Nhiệm vụ", "Chỉ tiêu", "Kết quả", "Ghi chú"],
  ["TT", "Nội dung", "Kế hoạch", "Thực hiện", "Tự đánh giá"],
];

/** A numbered task row, so random grids also hold real tables. */
const taskRow: fc.Arbitrary<CellInput[]> = fc
  .tuple(
    fc.oneof(fc.nat(40).map(String), fc.nat(40), token),
    cellString,
    cellInput,
    cellInput,
    fc.array(cellInput, { maxLength: 2 }),
  )
  .map(([ordinal, content, target, result, extra]) => [ordinal, content, target, result, ...extra]);

const merge: fc.Arbitrary<MergedArea> = fc.record({
  top: fc.integer({ min: -3, max: 60 }),
  left: fc.integer({ min: -3, max: 12 }),
  bottom: fc.integer({ min: -3, max: 60 }),
  right: fc.integer({ min: -3, max: 12 }),
});

/** Grids: random rows before and after an optional header, task rows, merges that may be out of bounds or overlap. */
const sheet: fc.Arbitrary<SheetInput> = fc
  .record({
    before: fc.array(row, { maxLength: 5 }),
    header: fc.option(fc.constantFrom(...HEADERS), { nil: undefined }),
    headerNfd: fc.boolean(),
    body: fc.array(fc.oneof({ arbitrary: taskRow, weight: 3 }, { arbitrary: row, weight: 1 }), {
      maxLength: 30,
    }),
    merges: fc.array(merge, { maxLength: 6 }),
    origin: fc.option(fc.record({ row: fc.nat(2000), column: fc.nat(60) }), { nil: undefined }),
    sheetName: fc.option(cellString, { nil: undefined }),
  })
  .map(({ before, header, headerNfd, body, merges, origin, sheetName }) => {
    const headerRow = header ? [header.map((h) => (headerNfd ? nfd(h) : h))] : [];
    const input: { -readonly [K in keyof SheetInput]: SheetInput[K] } = {
      cells: [...before, ...headerRow, ...body],
      merges,
    };
    if (origin) input.origin = origin;
    if (sheetName !== undefined) input.sheetName = sheetName;
    return input;
  });

const options: fc.Arbitrary<EngineOptions | undefined> = fc.constantFrom(
  undefined,
  {},
  { numberStyle: { decimal: ",", thousands: "." } },
  { numberStyle: { decimal: ".", thousands: "," } },
  { numberStyle: { decimal: ",", thousands: " " } },
);

// ---- checks ---------------------------------------------------------------------------------------

function isCompletion(value: number | null): boolean {
  return value === null || (Number.isFinite(value) && value >= 0 && value <= 100);
}

function checkCounts(counts: VerdictCounts, tasks: number, where: string): void {
  if (counts.tasks !== tasks) throw new Error(`${where}: summary.tasks ${counts.tasks} ≠ ${tasks} tasks.`);
  const sum = counts.met + counts.unmet + counts.noData + counts.review;
  if (sum !== tasks) throw new Error(`${where}: met+unmet+noData+review = ${sum} ≠ ${tasks} tasks.`);
  if (!isCompletion(counts.percentMet)) throw new Error(`${where}: percentMet ${counts.percentMet}.`);
  if (!isCompletion(counts.meanCompletion)) {
    throw new Error(`${where}: meanCompletion ${counts.meanCompletion}.`);
  }
}

function checkTable(table: TableResult): void {
  for (const task of table.tasks) {
    if (!VERDICTS.includes(task.verdict)) {
      throw new Error(`Task ${task.ordinal}: verdict ${String(task.verdict)}.`);
    }
    if (!isCompletion(task.completion)) {
      throw new Error(`Task ${task.ordinal}: completion ${task.completion}.`);
    }
    for (const sub of task.subitems) {
      if (!VERDICTS.includes(sub.verdict)) {
        throw new Error(`Subitem row ${sub.row}: verdict ${String(sub.verdict)}.`);
      }
      if (!isCompletion(sub.completion)) {
        throw new Error(`Subitem row ${sub.row}: completion ${sub.completion}.`);
      }
    }
  }
  checkCounts(table.summary, table.tasks.length, `Table at row ${table.headerRow}`);
}

// ---- properties -----------------------------------------------------------------------------------

describe("analyzeSheet on random grids", () => {
  it("never throws, gives every task a verdict and a completion within 0–100, and summaries add up", () => {
    fc.assert(
      fc.property(sheet, options, (input, opts) => {
        const result = analyzeSheet(input, opts);
        for (const table of result.tables) checkTable(table);
      }),
      params(1000),
    );
  });

  it("finds every task of a well-formed table, whatever its cells say", () => {
    const wellFormed = fc.record({
      before: fc.array(fc.array(cellString, { maxLength: 1 }), { maxLength: 3 }),
      tasks: fc.array(fc.tuple(cellString, cellString, cellString), { minLength: 1, maxLength: 20 }),
    });
    fc.assert(
      fc.property(wellFormed, ({ before, tasks }) => {
        const cells: CellInput[][] = [
          ...before,
          ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"],
          ...tasks.map(([content, target, result], i) => [
            String(i + 1),
            `Nhiệm vụ ${content}`,
            target,
            result,
          ]),
        ];
        const result = analyzeSheet({ cells });
        for (const table of result.tables) checkTable(table);
        const found = result.tables.map((t) => t.tasks.length);
        if (found.length !== 1 || found[0] !== tasks.length) {
          throw new Error(
            `Expected one table of ${tasks.length} tasks, found tables of [${found.join(", ")}].`,
          );
        }
      }),
      params(500),
    );
  });
});

const anyInput: fc.Arbitrary<CellInput> = fc.oneof(
  { arbitrary: cellString, weight: 6 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 200 }), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 200 }), weight: 2 },
  { arbitrary: cellNumber, weight: 2 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constant(null), weight: 1 },
  { arbitrary: fc.constant(undefined), weight: 1 },
  { arbitrary: fullCell, weight: 2 },
);

describe("readPhrase and judgeTask on arbitrary input", () => {
  it("readPhrase never throws and answers with a known kind and known statuses", () => {
    fc.assert(
      fc.property(anyInput, options, (input, opts) => {
        const reading = readResult(input, opts);
        if (!isKnown(READING_KINDS, reading.kind)) throw new Error(`kind ${String(reading.kind)}`);
        for (const status of reading.statuses) {
          if (!isKnown(STATUSES, status)) throw new Error(`status ${String(status)}`);
        }
        for (const q of ["quantity" in reading ? reading.quantity : undefined, ...reading.percents]) {
          if (q && Number.isNaN(q.value)) throw new Error(`NaN quantity from ${q.source}`);
        }
      }),
      params(3000),
    );
  });

  it("judgeTask never throws and gives a verdict from VERDICTS and a completion within 0–100", () => {
    fc.assert(
      fc.property(anyInput, anyInput, options, (target, result, opts) => {
        const judgement = judgeTask(target, result, opts);
        if (!VERDICTS.includes(judgement.verdict)) throw new Error(`verdict ${String(judgement.verdict)}`);
        if (!isCompletion(judgement.completion)) throw new Error(`completion ${judgement.completion}`);
      }),
      params<[CellInput, CellInput, EngineOptions | undefined]>(3000, [
        // Negative numbers once gave negative completions.
        [5e-324, -5e-324, undefined],
        [10, -5, undefined],
        ["100%", -0.5, undefined],
        ["Đạt từ 70%", "-5%", undefined],
        [1, 1e308, undefined],
      ]),
    );
  });
});

describe("text normalisation", () => {
  const text = fc.oneof(
    cellString,
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc
      .array(
        fc.oneof(token, fc.constantFrom(" ", "\t", "\n", "\u00a0", "\u200b", "\u3000", "\u0301", "\u0323")),
        {
          maxLength: 12,
        },
      )
      .map((parts) => parts.join("")),
  );

  it("normalizeText is idempotent", () => {
    fc.assert(
      fc.property(text, (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
      params(2000),
    );
  });

  it("foldText is idempotent", () => {
    fc.assert(
      fc.property(text, (s) => {
        const once = foldText(s);
        expect(foldText(once)).toBe(once);
      }),
      // A stray mark after a zero-width space once folded to a trailing space.
      params(2000, [["a\u200b\u0301"], ["\u0301 x"], ["x \u0323"]]),
    );
  });

  it("normalizeText reads NFD text as its NFC form", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(normalizeText(s.normalize("NFD"))).toBe(normalizeText(s.normalize("NFC")));
      }),
      params(2000),
    );
  });

  it("foldText reads NFD text as its NFC form", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(foldText(s.normalize("NFD"))).toBe(foldText(s.normalize("NFC")));
      }),
      params(2000),
    );
  });
});
