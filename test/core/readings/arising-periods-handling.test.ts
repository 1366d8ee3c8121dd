/**
 * Readings the test appendices showed wrong: "Có phát sinh" with no noun (the verb is not what is
 * counted), a count per period whose source keeps its period, rates of bad things handled (a level to
 * reach, not a ceiling) against rates of bad things (a ceiling), and which counted nouns count the same
 * occurrences. Each reading row is the whole reading.
 */
import { readResult, readTarget, type PhraseRole, type Reading } from "../../../src/core";
import { namesCeiling, occurrencesAlike } from "../../../src/core/readings/read";
import { counted, figure, pct, qualitative, rate, TARGET, zero } from "./fixtures";

type Row = readonly [role: PhraseRole, text: string, expected: Reading];

function read(role: PhraseRole, text: string): Reading {
  return role === "target" ? readTarget(text) : readResult(text);
}

describe("“có phát sinh”: the verb says something arises, and is never the noun counted", () => {
  it.each<Row>([
    [
      "target",
      "Có phát sinh",
      figure("count", "Có phát sinh", counted(1, "gte", "Có phát sinh"), [], TARGET),
    ],
    [
      "target",
      "Có phát sinh.",
      figure("count", "Có phát sinh.", counted(1, "gte", "Có phát sinh"), [], TARGET),
    ],
    [
      "target",
      "Có phát sinh (nếu có)",
      figure("count", "Có phát sinh (nếu có)", counted(1, "gte", "Có phát sinh"), [], TARGET),
    ],
    [
      "result",
      "Có phát sinh",
      figure("count", "Có phát sinh", counted(1, "gte", "Có phát sinh"), [], {
        statuses: ["reported"],
        evidence: { reported: "Có phát sinh" },
      }),
    ],
    [
      "target",
      "Trong năm có phát sinh hồ sơ liên thông",
      figure(
        "count",
        "Trong năm có phát sinh hồ sơ liên thông",
        counted(1, "gte", "có phát sinh hồ sơ", { noun: "hồ sơ" }),
        [],
        TARGET,
      ),
    ],
    ["target", "Không phát sinh", qualitative("Không phát sinh", TARGET)],
  ])("%s %j", (role, text, expected) => {
    expect(read(role, text)).toEqual(expected);
  });
});

describe("a count per period keeps its period in its source", () => {
  it.each<Row>([
    [
      "target",
      "01 lần/tuần",
      figure(
        "count",
        "01 lần/tuần",
        counted(1, "eq", "01 lần/tuần", { noun: "lần", per: "tuan" }),
        [],
        TARGET,
      ),
    ],
    [
      "result",
      "Duy trì 01 lần/tuần",
      figure(
        "count",
        "Duy trì 01 lần/tuần",
        counted(1, "eq", "01 lần/tuần", { noun: "lần", per: "tuan" }),
        [],
        {
          statuses: ["reported"],
          evidence: { reported: "Duy trì 01 lần/tuần" },
        },
      ),
    ],
    [
      "target",
      "01 buổi mỗi tuần",
      figure(
        "count",
        "01 buổi mỗi tuần",
        counted(1, "eq", "01 buổi mỗi tuần", { noun: "buổi", per: "tuan" }),
        [],
        TARGET,
      ),
    ],
  ])("%s %j", (role, text, expected) => {
    expect(read(role, text)).toEqual(expected);
  });
});

describe("a rate of bad things handled is a level to reach; a rate of bad things is a ceiling", () => {
  it.each<Row>([
    [
      "target",
      "Tỷ lệ phản ánh, kiến nghị về TTHC được xử lý đạt 100%",
      rate(
        "percent",
        "Tỷ lệ phản ánh, kiến nghị về TTHC được xử lý đạt 100%",
        pct(100, "eq", "100%"),
        TARGET,
      ),
    ],
    [
      "target",
      "Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn đạt 100%",
      rate("percent", "Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn đạt 100%", pct(100, "eq", "100%"), TARGET),
    ],
    [
      "target",
      "Tỷ lệ phản ánh, kiến nghị dưới 5%",
      rate("threshold", "Tỷ lệ phản ánh, kiến nghị dưới 5%", pct(5, "lt", "dưới 5%"), TARGET, {
        ceiling: true,
      }),
    ],
    [
      "target",
      "Tỷ lệ hồ sơ quá hạn trong giải quyết TTHC dưới 2%",
      rate(
        "threshold",
        "Tỷ lệ hồ sơ quá hạn trong giải quyết TTHC dưới 2%",
        pct(2, "lt", "dưới 2%"),
        TARGET,
        {
          ceiling: true,
        },
      ),
    ],
    [
      "target",
      "Tỷ lệ hồ sơ giải quyết trễ hạn dưới 2%",
      rate("threshold", "Tỷ lệ hồ sơ giải quyết trễ hạn dưới 2%", pct(2, "lt", "dưới 2%"), TARGET, {
        ceiling: true,
      }),
    ],
    [
      "result",
      "Trong năm không phát sinh phản ánh, kiến nghị",
      zero("Trong năm không phát sinh phản ánh, kiến nghị", "phản ánh", { statuses: [], evidence: {} }),
    ],
  ])("%s %j", (role, text, expected) => {
    expect(read(role, text)).toEqual(expected);
  });

  it.each([
    ["Phản ánh, kiến nghị về TTHC được xử lý đúng hạn", false],
    ["Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn", false],
    ["Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn", false],
    ["Tỷ lệ phản ánh, kiến nghị của người dân được trả lời", false],
    ["Tỷ lệ đơn thư khiếu nại, tố cáo được giải quyết dứt điểm", false],
    ["Hồ sơ trễ hạn được xin lỗi người dân", false],
    ["Tỷ lệ phản ánh, kiến nghị về quy định hành chính", true],
    ["Tỷ lệ hồ sơ quá hạn trong giải quyết TTHC", true],
    ["Tỷ lệ hồ sơ giải quyết trễ hạn", true],
    ["Có 03 hồ sơ quá hạn, đã thực hiện xin lỗi công dân", true],
  ])("the task wording %j names a ceiling: %s", (content, expected) => {
    expect(namesCeiling(content)).toBe(expected);
  });
});

describe("counted nouns of different words that count the same occurrences", () => {
  it.each([
    ["lần", "lượt tuyên truyền", true],
    ["lượt tuyên truyền", "lần", true],
    ["lần", "cuộc kiểm tra", true],
    ["lần", "đợt", true],
    ["lần", "buổi đối thoại", true],
    ["lần", "lần", true],
    ["cuộc kiểm tra", "đợt kiểm tra", false],
    ["lượt", "cuộc", false],
    ["lần", "lượt cán bộ", false],
    ["lần", "lượt người", false],
    ["lần", "hồ sơ", false],
    ["sáng kiến", "hồ sơ", false],
  ])("%j and %j: %s", (a, b, expected) => {
    expect(occurrencesAlike(a, b)).toBe(expected);
  });
});
