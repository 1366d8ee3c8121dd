/**
 * Figures measured against something other than zero: a share of the plan ("đạt 103% kế hoạch", "bằng 95%
 * KH", "đạt 91,7% NQ"), a change and which way it goes ("giảm 1,5%", "tăng 0,15% so với năm 2023"), the
 * level a change starts from ("từ 4,12% xuống còn 2,30%"), and amounts written beside a share
 * ("1.763 tỷ đồng, đạt 91,72%"). Each row is the whole reading.
 */
import { readResult, readTarget, type PhraseRole, type Reading } from "../../../src/core";
import { bare, counted, figure, pct, PLAIN, rate, TARGET } from "./fixtures";

type Row = readonly [role: PhraseRole, text: string, expected: Reading];

function read(role: PhraseRole, text: string): Reading {
  return role === "target" ? readTarget(text) : readResult(text);
}

const plan = { basis: "plan" } as const;

describe("a figure followed by the plan's words is a share of the plan", () => {
  it.each<Row>([
    [
      "result",
      "Đạt 103% kế hoạch",
      rate("percent", "Đạt 103% kế hoạch", pct(103, "eq", "Đạt 103% kế hoạch", plan), PLAIN),
    ],
    ["result", "Bằng 95% KH", rate("percent", "Bằng 95% KH", pct(95, "eq", "Bằng 95% KH", plan), PLAIN)],
    [
      "result",
      "Đạt 91,7% NQ",
      rate("percent", "Đạt 91,7% NQ", pct(91.7, "eq", "Đạt 91,7% NQ", { ...plan, decimals: 1 }), PLAIN),
    ],
    [
      "result",
      "Đạt 101% chỉ tiêu",
      rate("percent", "Đạt 101% chỉ tiêu", pct(101, "eq", "Đạt 101% chỉ tiêu", plan), PLAIN),
    ],
    [
      "result",
      "Bằng 98,5% so với kế hoạch năm",
      rate(
        "percent",
        "Bằng 98,5% so với kế hoạch năm",
        pct(98.5, "eq", "Bằng 98,5% so với kế hoạch", { ...plan, decimals: 1 }),
        PLAIN,
      ),
    ],
    [
      "result",
      "Đạt 96,2% dự toán",
      rate(
        "percent",
        "Đạt 96,2% dự toán",
        pct(96.2, "eq", "Đạt 96,2% dự toán", { ...plan, decimals: 1 }),
        PLAIN,
      ),
    ],
    [
      "result",
      "Vượt 5% so với chỉ tiêu",
      rate("percent", "Vượt 5% so với chỉ tiêu", pct(105, "eq", "Vượt 5% so với chỉ tiêu", plan), PLAIN),
    ],
    [
      "result",
      "Tăng 3% so với kế hoạch",
      rate("percent", "Tăng 3% so với kế hoạch", pct(103, "eq", "Tăng 3% so với kế hoạch", plan), PLAIN),
    ],
    [
      "target",
      "Đạt từ 95% kế hoạch vốn trở lên",
      rate(
        "threshold",
        "Đạt từ 95% kế hoạch vốn trở lên",
        pct(95, "gte", "Đạt từ 95% kế hoạch", plan),
        TARGET,
      ),
    ],
    [
      "target",
      "Đạt 100% dự toán huyện giao",
      rate("percent", "Đạt 100% dự toán huyện giao", pct(100, "eq", "Đạt 100% dự toán", plan), TARGET),
    ],
  ])("%s %j", (role, text, expected) => {
    expect(read(role, text)).toEqual(expected);
  });
});

describe("what is not a share of the plan", () => {
  it.each<Row>([
    // A shortfall bounds the share; it does not state one.
    [
      "result",
      "Chưa đạt 100% KH",
      rate("threshold", "Chưa đạt 100% KH", pct(100, "lt", "Chưa đạt 100%", { negated: true }), {
        statuses: ["negated"],
        evidence: { negated: "Chưa đạt" },
      }),
    ],
    // Compared with last year: a change, and its "đạt" is no word of completion.
    [
      "result",
      "Đạt 95% so với cùng kỳ",
      rate("percent", "Đạt 95% so với cùng kỳ", pct(95, "eq", "95%", { relative: true }), PLAIN),
    ],
    [
      "result",
      "Tăng 5% so với năm trước",
      rate(
        "percent",
        "Tăng 5% so với năm trước",
        pct(5, "eq", "5%", { relative: true, change: "rise" }),
        PLAIN,
      ),
    ],
    // A rise against the plan is asked, not stated: no share.
    [
      "target",
      "Tăng tối thiểu 10% so với kế hoạch",
      rate(
        "threshold",
        "Tăng tối thiểu 10% so với kế hoạch",
        pct(10, "gte", "tối thiểu 10%", { relative: true, change: "rise" }),
        TARGET,
      ),
    ],
    // Without the plan's words, "đạt 83,3%" keeps its "đạt".
    [
      "result",
      "Đạt 83,3%",
      rate("percent", "Đạt 83,3%", pct(83.3, "eq", "83,3%", { decimals: 1 }), {
        statuses: ["done"],
        evidence: { done: "Đạt 83,3%" },
      }),
    ],
  ])("%s %j", (role, text, expected) => {
    expect(read(role, text)).toEqual(expected);
  });
});

describe("changes say which way they go, and where they start", () => {
  const cut = (value: number, source: string, decimals: number) =>
    pct(value, "eq", source, { relative: true, change: "fall", decimals });
  it.each<Row>([
    [
      "target",
      "Giảm tỷ lệ hộ nghèo 1,5%",
      rate("percent", "Giảm tỷ lệ hộ nghèo 1,5%", cut(1.5, "1,5%", 1), TARGET),
    ],
    [
      "target",
      "Tỷ lệ hộ nghèo giảm 1,5%",
      rate("percent", "Tỷ lệ hộ nghèo giảm 1,5%", cut(1.5, "1,5%", 1), TARGET),
    ],
    [
      "target",
      "Rút ngắn 30% thời gian giải quyết TTHC",
      rate("percent", "Rút ngắn 30% thời gian giải quyết TTHC", cut(30, "30%", 0), TARGET),
    ],
    [
      "result",
      "Tăng 0,15% so với năm 2023",
      rate(
        "percent",
        "Tăng 0,15% so với năm 2023",
        pct(0.15, "eq", "0,15%", { relative: true, change: "rise", decimals: 2 }),
        PLAIN,
      ),
    ],
    [
      "result",
      "Giảm 263 hộ",
      figure(
        "count",
        "Giảm 263 hộ",
        counted(263, "eq", "263 hộ", { noun: "hộ", relative: true, change: "fall" }),
        [],
        PLAIN,
      ),
    ],
    [
      "result",
      "Giảm 1,82% (từ 4,12% xuống còn 2,30%)",
      figure(
        "percent",
        "Giảm 1,82% (từ 4,12% xuống còn 2,30%)",
        cut(1.82, "1,82%", 2),
        [
          cut(1.82, "1,82%", 2),
          pct(4.12, "gte", "từ 4,12%", { start: true, decimals: 2 }),
          pct(2.3, "eq", "2,30%", { decimals: 2 }),
        ],
        PLAIN,
      ),
    ],
    [
      "target",
      "Giảm tỷ lệ hộ nghèo từ 4,12% xuống còn 2,62%",
      figure(
        "percent",
        "Giảm tỷ lệ hộ nghèo từ 4,12% xuống còn 2,62%",
        pct(2.62, "eq", "2,62%", { decimals: 2 }),
        [
          pct(4.12, "gte", "từ 4,12%", { start: true, decimals: 2 }),
          pct(2.62, "eq", "2,62%", { decimals: 2 }),
        ],
        TARGET,
        { ceiling: true },
      ),
    ],
    // A level to stay under is a ceiling, not a change.
    [
      "target",
      "Hộ nghèo còn dưới 3%",
      rate("threshold", "Hộ nghèo còn dưới 3%", pct(3, "lt", "dưới 3%"), TARGET, { ceiling: true }),
    ],
    [
      "target",
      "Tỷ lệ hồ sơ trễ hạn không quá 2%",
      rate("threshold", "Tỷ lệ hồ sơ trễ hạn không quá 2%", pct(2, "lte", "không quá 2%"), TARGET, {
        ceiling: true,
      }),
    ],
    // "từ" of a floor, and "tử" of "điện tử", start nothing.
    [
      "target",
      "Đạt từ 70% trở lên",
      rate("threshold", "Đạt từ 70% trở lên", pct(70, "gte", "từ 70%"), TARGET),
    ],
    [
      "target",
      "Giảm tỷ lệ hồ sơ lỗi trên hệ thống điện tử 5%",
      rate("percent", "Giảm tỷ lệ hồ sơ lỗi trên hệ thống điện tử 5%", pct(5, "eq", "5%"), TARGET),
    ],
  ])("%s %j", (role, text, expected) => {
    expect(read(role, text)).toEqual(expected);
  });
});

describe("amounts beside a share", () => {
  it.each<Row>([
    [
      "result",
      "1.763 tỷ đồng, đạt 91,72%",
      rate("percent", "1.763 tỷ đồng, đạt 91,72%", pct(91.72, "eq", "91,72%", { decimals: 2 }), PLAIN, {
        amounts: [counted(1763, "eq", "1.763 tỷ đồng", { noun: "tỷ đồng" })],
      }),
    ],
    [
      "result",
      "Thu 1.763 triệu đồng, bằng 103% dự toán",
      rate(
        "percent",
        "Thu 1.763 triệu đồng, bằng 103% dự toán",
        pct(103, "eq", "bằng 103% dự toán", plan),
        PLAIN,
        { amounts: [counted(1763, "eq", "1.763 triệu đồng", { noun: "triệu đồng" })] },
      ),
    ],
    [
      "result",
      "6,83 tỷ đồng, đạt 91,7% NQ",
      rate(
        "percent",
        "6,83 tỷ đồng, đạt 91,7% NQ",
        pct(91.7, "eq", "đạt 91,7% NQ", { ...plan, decimals: 1 }),
        PLAIN,
        {
          amounts: [counted(6.83, "eq", "6,83 tỷ đồng", { noun: "tỷ đồng", decimals: 2 })],
        },
      ),
    ],
    [
      "result",
      "94,1%, đạt 99,05% chỉ tiêu",
      figure(
        "percent",
        "94,1%, đạt 99,05% chỉ tiêu",
        pct(94.1, "eq", "94,1%", { decimals: 1 }),
        [
          pct(94.1, "eq", "94,1%", { decimals: 1 }),
          pct(99.05, "eq", "đạt 99,05% chỉ tiêu", { ...plan, decimals: 2 }),
        ],
        PLAIN,
      ),
    ],
    // An amount alone is the quantity itself; "Thu" (revenue) is no "thứ" (rank) before it.
    [
      "result",
      "Thu ngân sách 1.250 triệu đồng",
      figure(
        "count",
        "Thu ngân sách 1.250 triệu đồng",
        counted(1250, "eq", "1.250 triệu đồng", { noun: "triệu đồng" }),
        [],
        PLAIN,
      ),
    ],
    ["result", "1.250", figure("count", "1.250", bare(1250, "eq", "1.250"), [], PLAIN)],
  ])("%s %j", (role, text, expected) => {
    expect(read(role, text)).toEqual(expected);
  });
});
