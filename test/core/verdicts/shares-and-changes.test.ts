/**
 * Results measured against the plan, indicators that must fall or stay under a ceiling, and results that
 * give an amount and a share: each row the whole judgement (verdict, completion, every reason).
 */
import { judgeTask, type CellInput, type Reason, type Verdict } from "../../../src/core";
import { describe as describeIssue } from "../../../src/i18n";

interface Expected {
  readonly verdict: Verdict;
  readonly completion: number | null;
  readonly reasons: readonly Reason[];
}

type Row = readonly [target: CellInput, result: CellInput, expected: Expected];

function outcome(target: CellInput, result: CellInput): Expected {
  const j = judgeTask(target, result);
  return { verdict: j.verdict, completion: j.completion, reasons: j.reasons };
}

const missing: Reason = { code: "target-missing", params: {} };
const share = (code: "plan-share-meets" | "plan-share-below", value: number, phrase: string): Reason => ({
  code,
  params: { share: value, phrase },
});

describe("a result stated as a share of the plan", () => {
  it.each<Row>([
    // No target at all: the share of the plan is the judgement, the empty target still said.
    [
      "",
      "Đạt 103% kế hoạch",
      {
        verdict: "met",
        completion: 100,
        reasons: [missing, share("plan-share-meets", 103, "Đạt 103% kế hoạch")],
      },
    ],
    [
      "",
      "Bằng 95% KH",
      { verdict: "unmet", completion: 95, reasons: [missing, share("plan-share-below", 95, "Bằng 95% KH")] },
    ],
    [
      "",
      "Đạt 91,7% NQ",
      {
        verdict: "unmet",
        completion: 91.7,
        reasons: [missing, share("plan-share-below", 91.7, "Đạt 91,7% NQ")],
      },
    ],
    [
      "",
      "Đạt 101% chỉ tiêu",
      {
        verdict: "met",
        completion: 100,
        reasons: [missing, share("plan-share-meets", 101, "Đạt 101% chỉ tiêu")],
      },
    ],
    [
      "",
      "Vượt 5% so với chỉ tiêu",
      {
        verdict: "met",
        completion: 100,
        reasons: [missing, share("plan-share-meets", 105, "Vượt 5% so với chỉ tiêu")],
      },
    ],
    [
      "",
      "Bằng 98,5% so với kế hoạch năm",
      {
        verdict: "unmet",
        completion: 98.5,
        reasons: [missing, share("plan-share-below", 98.5, "Bằng 98,5% so với kế hoạch")],
      },
    ],
    [
      null,
      "Ước đạt 415 tỷ đồng, bằng 95% KH",
      { verdict: "unmet", completion: 95, reasons: [missing, share("plan-share-below", 95, "bằng 95% KH")] },
    ],
    [
      "",
      "9/9 thôn, đạt 100% kế hoạch",
      {
        verdict: "met",
        completion: 100,
        reasons: [missing, share("plan-share-meets", 100, "đạt 100% kế hoạch")],
      },
    ],
    [
      "",
      "94,1%, đạt 99,05% chỉ tiêu",
      {
        verdict: "unmet",
        completion: 99.05,
        reasons: [missing, share("plan-share-below", 99.05, "đạt 99,05% chỉ tiêu")],
      },
    ],
    // Words, or the whole plan, as the target: the share answers it, and "đạt" is not "done".
    [
      "Hoàn thành kế hoạch giao",
      "Đạt 91% NQ",
      { verdict: "unmet", completion: 91, reasons: [share("plan-share-below", 91, "Đạt 91% NQ")] },
    ],
    [
      "Hoàn thành 100% kế hoạch",
      "Bằng 95% KH",
      { verdict: "unmet", completion: 95, reasons: [share("plan-share-below", 95, "Bằng 95% KH")] },
    ],
    [
      "Đạt 100% dự toán giao",
      "Đạt 96,2% dự toán",
      { verdict: "unmet", completion: 96.2, reasons: [share("plan-share-below", 96.2, "Đạt 96,2% dự toán")] },
    ],
    [
      "Đạt 100% dự toán huyện giao",
      "Đạt 112,5% dự toán",
      { verdict: "met", completion: 100, reasons: [share("plan-share-meets", 112.5, "Đạt 112,5% dự toán")] },
    ],
    // A share of the plan other than the whole is compared with the result's share.
    [
      "Đạt từ 95% kế hoạch vốn trở lên",
      "Giải ngân 278,6 tỷ đồng, đạt 92,4% kế hoạch vốn",
      {
        verdict: "unmet",
        completion: 97.26,
        reasons: [{ code: "rate-below", params: { op: "≥", tv: 95, tu: "%", actual: 92.4, noun: "" } }],
      },
    ],
    [
      "Đạt từ 95% kế hoạch vốn trở lên",
      "Đạt 97% kế hoạch vốn",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "rate-meets", params: { op: "≥", tv: 95, tu: "%", actual: 97, noun: "" } }],
      },
    ],
    // A rate to stay under says nothing of a share of the plan.
    [
      "Dưới 2%",
      "Đạt 95% KH",
      {
        verdict: "review",
        completion: null,
        reasons: [{ code: "units-differ", params: { op: "<", tv: 2, tu: "%", actual: "Đạt 95% KH" } }],
      },
    ],
  ])("%j vs %j", (target, result, expected) => {
    expect(outcome(target, result)).toEqual(expected);
  });

  it.each([
    ["", "Đạt 91,7% NQ"],
    ["Hoàn thành kế hoạch giao", "Đạt 101% chỉ tiêu"],
    ["", "Bằng 95% KH"],
  ])("does not read the share's verb in %j / %j as a status", (target, result) => {
    expect(judgeTask(target, result).resultReading.statuses).toEqual([]);
  });

  it.each<Row>([
    // Comparisons with the past are changes, not shares of the plan.
    [
      "",
      "Tăng 5% so với năm trước",
      {
        verdict: "review",
        completion: null,
        reasons: [missing, { code: "relative-only", params: { phrase: "Tăng 5% so với năm trước" } }],
      },
    ],
    [
      "",
      "Đạt 95% so với cùng kỳ",
      {
        verdict: "review",
        completion: null,
        reasons: [missing, { code: "relative-only", params: { phrase: "Đạt 95% so với cùng kỳ" } }],
      },
    ],
    [
      "Tăng cường công tác thu ngân sách",
      "128 triệu đồng/ha, tăng 6,7% so với năm 2023",
      {
        verdict: "review",
        completion: null,
        reasons: [
          { code: "relative-only", params: { phrase: "128 triệu đồng/ha, tăng 6,7% so với năm 2023" } },
        ],
      },
    ],
    // A result that admits a shortfall of the plan bounds it: unmet against the whole plan.
    [
      "Hoàn thành 100% kế hoạch",
      "Chưa đạt 100% KH",
      {
        verdict: "unmet",
        completion: null,
        reasons: [
          { code: "bound-below-target", params: { op: "", tv: 100, tu: "%", phrase: "Chưa đạt 100%" } },
        ],
      },
    ],
  ])("%j vs %j is no share of the plan", (target, result, expected) => {
    expect(outcome(target, result)).toEqual(expected);
  });
});

describe("which way an indicator must go", () => {
  it.each<Row>([
    // A cut to make: more of it is better.
    [
      "Giảm tỷ lệ hộ nghèo 1,5%",
      "Giảm 1,8%",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "rate-meets", params: { op: "", tv: 1.5, tu: "%", actual: 1.8, noun: "" } }],
      },
    ],
    [
      "Giảm tỷ lệ hộ nghèo 1,5%",
      "Giảm 1,2%",
      {
        verdict: "unmet",
        completion: 80,
        reasons: [{ code: "rate-below", params: { op: "", tv: 1.5, tu: "%", actual: 1.2, noun: "" } }],
      },
    ],
    [
      "Tỷ lệ hộ nghèo giảm 1,5%",
      "Giảm 1,82% (từ 4,12% xuống còn 2,30%)",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "rate-meets", params: { op: "", tv: 1.5, tu: "%", actual: 1.82, noun: "" } }],
      },
    ],
    [
      "Giảm 250 hộ",
      "Giảm 263 hộ",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "count-meets", params: { op: "", tv: 250, tu: "hộ", actual: 263, noun: "hộ" } }],
      },
    ],
    // The other way: no progress toward the cut.
    [
      "Giảm 0,2% so với năm 2023",
      "Tăng 0,15% so với năm 2023",
      {
        verdict: "unmet",
        completion: 0,
        reasons: [
          {
            code: "change-opposite",
            params: { op: "", tv: 0.2, tu: "%", actual: "0,15%", direction: "fall" },
          },
        ],
      },
    ],
    [
      "Tăng tối thiểu 10% so với năm 2023",
      "Giảm 2% so với năm 2023",
      {
        verdict: "unmet",
        completion: 0,
        reasons: [
          { code: "change-opposite", params: { op: "≥", tv: 10, tu: "%", actual: "2%", direction: "rise" } },
        ],
      },
    ],
    // A level answers a cut only from a starting level, the target's or the result's own.
    [
      "Giảm tỷ lệ hộ nghèo 1,5%",
      "Tỷ lệ hộ nghèo còn 2,1%",
      {
        verdict: "review",
        completion: null,
        reasons: [{ code: "relative-target", params: { op: "", tv: 1.5, tu: "%", actual: "2,1%" } }],
      },
    ],
    [
      "Giảm tỷ lệ hộ nghèo 1,5% (từ 4,12%)",
      "Còn 2,1%",
      {
        verdict: "met",
        completion: 100,
        reasons: [
          { code: "rate-meets", params: { op: "", tv: 1.5, tu: "%", actual: 2.02, noun: "" } },
          {
            code: "derived-from-start",
            params: { start: 4.12, level: 2.1, change: 2.02, direction: "fall" },
          },
        ],
      },
    ],
    [
      "Giảm tỷ lệ hộ nghèo 1,5% (từ 4,12%)",
      "Còn 3,2%",
      {
        verdict: "unmet",
        completion: 61.33,
        reasons: [
          { code: "rate-below", params: { op: "", tv: 1.5, tu: "%", actual: 0.92, noun: "" } },
          {
            code: "derived-from-start",
            params: { start: 4.12, level: 3.2, change: 0.92, direction: "fall" },
          },
        ],
      },
    ],
    [
      "Giảm 1,5%",
      "Từ 4,12% xuống còn 2,30%",
      {
        verdict: "met",
        completion: 100,
        reasons: [
          { code: "rate-meets", params: { op: "", tv: 1.5, tu: "%", actual: 1.82, noun: "" } },
          {
            code: "derived-from-start",
            params: { start: 4.12, level: 2.3, change: 1.82, direction: "fall" },
          },
        ],
      },
    ],
    // A ceiling: the level reached must stay under it.
    [
      "Hộ nghèo còn dưới 3%",
      "2,3%",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "limit-meets", params: { op: "<", tv: 3, tu: "%", actual: 2.3, noun: "" } }],
      },
    ],
    [
      "Tỷ lệ hồ sơ trễ hạn không quá 2%",
      "2,4%",
      {
        verdict: "unmet",
        completion: 83.33,
        reasons: [{ code: "limit-exceeded", params: { op: "≤", tv: 2, tu: "%", actual: 2.4, noun: "" } }],
      },
    ],
    [
      "Hộ nghèo còn dưới 3%",
      "Giảm 1,82% (từ 4,12% xuống còn 2,30%)",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "limit-meets", params: { op: "<", tv: 3, tu: "%", actual: 2.3, noun: "" } }],
      },
    ],
    // A cut answers a ceiling only from a starting level.
    [
      "Hộ nghèo còn dưới 3%",
      "Giảm 0,5%",
      {
        verdict: "review",
        completion: null,
        reasons: [{ code: "relative-result", params: { op: "<", tv: 3, tu: "%", actual: "0,5%" } }],
      },
    ],
    [
      "Giảm tỷ lệ hộ nghèo từ 4,12% xuống còn 2,62%",
      "Giảm 1,8%",
      {
        verdict: "met",
        completion: 100,
        reasons: [
          { code: "limit-meets", params: { op: "", tv: 2.62, tu: "%", actual: 2.32, noun: "" } },
          {
            code: "derived-from-start",
            params: { start: 4.12, level: 2.32, change: 1.8, direction: "fall" },
          },
        ],
      },
    ],
    [
      "Giảm tỷ lệ hộ nghèo từ 4,12% xuống còn 2,62%",
      "Giảm 1,2%",
      {
        verdict: "unmet",
        completion: 89.73,
        reasons: [
          { code: "limit-exceeded", params: { op: "", tv: 2.62, tu: "%", actual: 2.92, noun: "" } },
          {
            code: "derived-from-start",
            params: { start: 4.12, level: 2.92, change: 1.2, direction: "fall" },
          },
        ],
      },
    ],
  ])("%j vs %j", (target, result, expected) => {
    expect(outcome(target, result)).toEqual(expected);
  });
});

describe("a result giving both an amount and a share", () => {
  it.each<Row>([
    // The amount answers an amount.
    [
      "Thu ngân sách 1.920 tỷ đồng",
      "1.763 tỷ đồng, đạt 91,72%",
      {
        verdict: "unmet",
        completion: 91.82,
        reasons: [
          { code: "count-below", params: { op: "", tv: 1920, tu: "tỷ đồng", actual: 1763, noun: "tỷ đồng" } },
        ],
      },
    ],
    [
      "12.500 tỷ đồng",
      "13.125 tỷ đồng, đạt 105%",
      {
        verdict: "met",
        completion: 100,
        reasons: [
          {
            code: "count-meets",
            params: { op: "", tv: 12500, tu: "tỷ đồng", actual: 13125, noun: "tỷ đồng" },
          },
        ],
      },
    ],
    [
      "Tối thiểu 04 cuộc kiểm tra",
      "Đạt 100%, đã tổ chức 05 cuộc kiểm tra",
      {
        verdict: "met",
        completion: 100,
        reasons: [
          {
            code: "count-meets",
            params: { op: "≥", tv: 4, tu: "cuộc kiểm tra", actual: 5, noun: "cuộc kiểm tra" },
          },
        ],
      },
    ],
    // The share answers a share.
    [
      "Đạt 100% dự toán",
      "Thu 1.763 triệu đồng, bằng 103% dự toán",
      { verdict: "met", completion: 100, reasons: [share("plan-share-meets", 103, "bằng 103% dự toán")] },
    ],
    [
      "100%",
      "1.763 tỷ đồng, đạt 91,72%",
      {
        verdict: "unmet",
        completion: 91.72,
        reasons: [{ code: "rate-below", params: { op: "", tv: 100, tu: "%", actual: 91.72, noun: "" } }],
      },
    ],
    // A rate is answered by the level, not by the level's share of the plan.
    [
      "95%",
      "94,1%, đạt 99,05% chỉ tiêu",
      {
        verdict: "unmet",
        completion: 99.05,
        reasons: [{ code: "rate-below", params: { op: "", tv: 95, tu: "%", actual: 94.1, noun: "" } }],
      },
    ],
    // An amount in another unit: the share of the plan answers the plan.
    [
      "Thu ngân sách 1.920 tỷ đồng",
      "Thu 1.763 triệu đồng, bằng 103% dự toán",
      { verdict: "met", completion: 100, reasons: [share("plan-share-meets", 103, "bằng 103% dự toán")] },
    ],
    // Neither pairs: units differ, quoting the amount.
    [
      "Thu ngân sách 1.920 tỷ đồng",
      "1.763 triệu đồng, đạt 91,72%",
      {
        verdict: "review",
        completion: null,
        reasons: [
          { code: "units-differ", params: { op: "", tv: 1920, tu: "tỷ đồng", actual: "1.763 triệu đồng" } },
        ],
      },
    ],
  ])("%j vs %j", (target, result, expected) => {
    expect(outcome(target, result)).toEqual(expected);
  });
});

describe("the new reasons in words", () => {
  it.each<[Reason, string, string]>([
    [
      { code: "change-opposite", params: { op: "", tv: 0.2, tu: "%", actual: "0,15%", direction: "fall" } },
      "Chỉ tiêu là giảm 0,2%, nhưng kết quả 0,15% lại tăng.",
      "The target is a fall of 0.2%, but the result 0,15% went the other way.",
    ],
    [
      { code: "derived-from-start", params: { start: 4.12, level: 2.1, change: 2.02, direction: "fall" } },
      "Tính từ mức ban đầu 4,12%: giảm 2,02%, còn 2,1%.",
      "From the starting level 4.12%: down 2.02%, to 2.1%.",
    ],
    [
      { code: "relative-result", params: { op: "<", tv: 3, tu: "%", actual: "0,5%" } },
      "Chỉ tiêu là mức cần đạt (< 3%), còn kết quả ghi mức tăng/giảm (0,5%) mà không nêu mức ban đầu; cần người kiểm tra.",
      "The target is a level (< 3%) but the result states a change (0,5%) without the level it started from; needs a person's review.",
    ],
    [
      { code: "relative-only", params: { phrase: "Tăng 5% so với năm trước" } },
      "Kết quả “Tăng 5% so với năm trước” chỉ ghi mức tăng/giảm hoặc so sánh với kỳ khác, không so với chỉ tiêu, kế hoạch; cần người kiểm tra.",
      "The result “Tăng 5% so với năm trước” states only a change or a comparison with another period, not a share of the target or plan; needs a person's review.",
    ],
  ])("%j", (issue, vi, en) => {
    expect([describeIssue(issue, "vi"), describeIssue(issue, "en")]).toEqual([vi, en]);
  });
});
