import { judgeTask, readTarget, reason, type CellInput, type Reason, type Verdict } from "../../../src/core";
import { describe as describeIssue } from "../../../src/i18n";

/** A judgement as a reviewer sees it: the verdict, the completion (null where none) and every reason. */
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

describe("judgeTask: figures against targets", () => {
  it.each<Row>([
    [
      "Hoàn thành 100% nhiệm vụ đề ra trong kế hoạch",
      "Hoàn thành 5/6 nhiệm vụ, đạt 83,3%",
      {
        verdict: "unmet",
        completion: 83.33,
        reasons: [
          { code: "fraction-below", params: { op: "", tv: 100, tu: "%", done: 5, total: 6, percent: 83.33 } },
        ],
      },
    ],
    [
      "Hoàn thành 100% nhiệm vụ",
      "Hoàn thành 24/27 nhiệm vụ, đạt 88,89%",
      {
        verdict: "unmet",
        completion: 88.89,
        reasons: [
          {
            code: "fraction-below",
            params: { op: "", tv: 100, tu: "%", done: 24, total: 27, percent: 88.89 },
          },
        ],
      },
    ],
    [
      "Hoàn thành 100% nhiệm vụ",
      "Hoàn thành 12/12 nhiệm vụ",
      {
        verdict: "met",
        completion: 100,
        reasons: [
          { code: "fraction-meets", params: { op: "", tv: 100, tu: "%", done: 12, total: 12, percent: 100 } },
        ],
      },
    ],
    [
      "Hoàn thành 100% nhiệm vụ",
      "5/6, đạt 85%",
      {
        verdict: "unmet",
        completion: 83.33,
        reasons: [
          { code: "fraction-below", params: { op: "", tv: 100, tu: "%", done: 5, total: 6, percent: 83.33 } },
          { code: "fraction-percent-mismatch", params: { done: 5, total: 6, stated: 85, computed: 83.33 } },
        ],
      },
    ],
    [
      "đạt từ 80%",
      "Hoàn thành 5/6 nhiệm vụ",
      {
        verdict: "met",
        completion: 100,
        reasons: [
          { code: "fraction-meets", params: { op: "≥", tv: 80, tu: "%", done: 5, total: 6, percent: 83.33 } },
        ],
      },
    ],
    [
      "Tính tỷ lệ … đạt từ 70%",
      "Tỷ lệ … đạt 22,32%",
      {
        verdict: "unmet",
        completion: 31.89,
        reasons: [{ code: "rate-below", params: { op: "≥", tv: 70, tu: "%", actual: 22.32, noun: "" } }],
      },
    ],
    [
      "đạt từ 50 % trở lên",
      "Tỷ lệ hồ sơ trực tuyến đạt 98,42%",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "rate-meets", params: { op: "≥", tv: 50, tu: "%", actual: 98.42, noun: "" } }],
      },
    ],
    [
      "Công khai 100% số TTHC",
      "Công khai 100% số TTHC, đảm bảo đúng quy định",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "rate-meets", params: { op: "", tv: 100, tu: "%", actual: 100, noun: "" } }],
      },
    ],
    [
      "Trên 90%",
      "90%",
      {
        verdict: "unmet",
        completion: 99.99,
        reasons: [{ code: "rate-below", params: { op: ">", tv: 90, tu: "%", actual: 90, noun: "" } }],
      },
    ],
    [
      "Trên 90%",
      "Trên 95%",
      {
        verdict: "met",
        completion: 100,
        reasons: [
          {
            code: "rate-meets",
            params: { op: ">", tv: 90, tu: "%", actual: "Trên 95%", noun: "", phrase: "Trên 95%" },
          },
        ],
      },
    ],
    [
      "Trên 90%",
      "Chưa đạt 90%",
      {
        verdict: "unmet",
        completion: null,
        reasons: [
          { code: "bound-below-target", params: { op: ">", tv: 90, tu: "%", phrase: "Chưa đạt 90%" } },
        ],
      },
    ],
    [
      "100% cán bộ sử dụng thư điện tử",
      "Chưa đạt 100%",
      {
        verdict: "unmet",
        completion: null,
        reasons: [
          { code: "bound-below-target", params: { op: "", tv: 100, tu: "%", phrase: "Chưa đạt 100%" } },
        ],
      },
    ],
    [
      "Đạt từ 70%",
      "Chưa đạt 100%",
      {
        verdict: "review",
        completion: null,
        reasons: [{ code: "bound-undecided", params: { op: "≥", tv: 70, tu: "%", phrase: "Chưa đạt 100%" } }],
      },
    ],
    [
      "Dưới 2%",
      "1,5%",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "limit-meets", params: { op: "<", tv: 2, tu: "%", actual: 1.5, noun: "" } }],
      },
    ],
    [
      "Dưới 2%",
      "3%",
      {
        verdict: "unmet",
        completion: 66.67,
        reasons: [{ code: "limit-exceeded", params: { op: "<", tv: 2, tu: "%", actual: 3, noun: "" } }],
      },
    ],
    [
      "Không quá 2%",
      "2%",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "limit-meets", params: { op: "≤", tv: 2, tu: "%", actual: 2, noun: "" } }],
      },
    ],
    [
      "Tỷ lệ hồ sơ trễ hạn 2%",
      "Tỷ lệ hồ sơ trễ hạn 2,5%",
      {
        verdict: "unmet",
        completion: 80,
        reasons: [{ code: "limit-exceeded", params: { op: "", tv: 2, tu: "%", actual: 2.5, noun: "" } }],
      },
    ],
    [
      "Giảm tỷ lệ hộ nghèo còn 3,5%",
      "Tỷ lệ hộ nghèo còn 3,2%",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "limit-meets", params: { op: "", tv: 3.5, tu: "%", actual: 3.2, noun: "" } }],
      },
    ],
    [
      "Giảm tỷ lệ hộ nghèo 1,5%",
      "Giảm được 1,2%",
      {
        verdict: "unmet",
        completion: 80,
        reasons: [{ code: "rate-below", params: { op: "", tv: 1.5, tu: "%", actual: 1.2, noun: "" } }],
      },
    ],
    [
      "Tăng trưởng 6,6-6,8%",
      "6,9%",
      {
        verdict: "met",
        completion: 100,
        reasons: [
          { code: "range-meets", params: { op: "", tv: 6.6, tu: "%", th: 6.8, actual: 6.9, noun: "" } },
        ],
      },
    ],
    [
      "Tăng trưởng 6,6-6,8%",
      "Đạt 6,2%",
      {
        verdict: "unmet",
        completion: 93.94,
        reasons: [
          { code: "range-below", params: { op: "", tv: 6.6, tu: "%", th: 6.8, actual: 6.2, noun: "" } },
        ],
      },
    ],
    [
      "Khoảng 4",
      "3,9",
      {
        verdict: "met",
        completion: 97.5,
        reasons: [{ code: "approx-meets", params: { op: "≈", tv: 4, tu: "", actual: 3.9, noun: "" } }],
      },
    ],
    [
      "Khoảng 4",
      "3",
      {
        verdict: "unmet",
        completion: 75,
        reasons: [{ code: "approx-below", params: { op: "≈", tv: 4, tu: "", actual: 3, noun: "" } }],
      },
    ],
    [
      "Tối thiểu có 01 sáng kiến",
      "Có 02 sáng kiến được công nhận",
      {
        verdict: "met",
        completion: 100,
        reasons: [
          { code: "count-meets", params: { op: "≥", tv: 1, tu: "sáng kiến", actual: 2, noun: "sáng kiến" } },
        ],
      },
    ],
    [
      "Tối thiểu có 01 sáng kiến",
      "Có 01 sáng kiến đang đề nghị huyện công nhận",
      {
        verdict: "met",
        completion: 100,
        reasons: [
          { code: "count-meets", params: { op: "≥", tv: 1, tu: "sáng kiến", actual: 1, noun: "sáng kiến" } },
          { code: "pending-note", params: { phrase: "đang đề nghị" } },
        ],
      },
    ],
    [
      "Tối thiểu có 01 sáng kiến",
      "Chưa có sáng kiến",
      {
        verdict: "unmet",
        completion: null,
        reasons: [{ code: "existence-unmet", params: { noun: "sáng kiến" } }],
      },
    ],
    [
      "02 cuộc/năm",
      "Tổ chức 01 cuộc",
      {
        verdict: "unmet",
        completion: 50,
        reasons: [{ code: "count-below", params: { op: "", tv: 2, tu: "cuộc", actual: 1, noun: "cuộc" } }],
      },
    ],
    [
      "Ít nhất 04 cuộc kiểm tra",
      "Đã tổ chức 4 cuộc kiểm tra",
      {
        verdict: "met",
        completion: 100,
        reasons: [
          {
            code: "count-meets",
            params: { op: "≥", tv: 4, tu: "cuộc kiểm tra", actual: 4, noun: "cuộc kiểm tra" },
          },
        ],
      },
    ],
    [
      "Thu ngân sách đạt 1.240 triệu đồng",
      "Thu được 1.300 triệu đồng",
      {
        verdict: "met",
        completion: 100,
        reasons: [
          {
            code: "count-meets",
            params: { op: "", tv: 1240, tu: "triệu đồng", actual: 1300, noun: "triệu đồng" },
          },
        ],
      },
    ],
    [
      "Trong năm có phát sinh hồ sơ liên thông",
      "Đã phát sinh 24 hồ sơ liên thông",
      {
        verdict: "met",
        completion: 100,
        reasons: [
          { code: "count-meets", params: { op: "≥", tv: 1, tu: "hồ sơ", actual: 24, noun: "hồ sơ" } },
        ],
      },
    ],
    [
      "Trong năm có phát sinh hồ sơ liên thông",
      "Không phát sinh",
      {
        verdict: "unmet",
        completion: null,
        reasons: [{ code: "not-arising-existence", params: { phrase: "Không phát sinh" } }],
      },
    ],
    [
      "Có kiến nghị đề xuất",
      "Rà soát, có kiến nghị đề xuất",
      {
        verdict: "met",
        completion: 100,
        reasons: [
          {
            code: "existence-met",
            params: {
              op: "≥",
              tv: 1,
              tu: "kiến nghị",
              actual: "có kiến nghị",
              noun: "kiến nghị",
              phrase: "có kiến nghị",
            },
          },
        ],
      },
    ],
    [
      "Có kiến nghị đề xuất",
      "Không có kiến nghị",
      {
        verdict: "unmet",
        completion: null,
        reasons: [{ code: "existence-unmet", params: { noun: "kiến nghị" } }],
      },
    ],
    [
      "Tối thiểu có 01 sáng kiến",
      "Đạt 100%",
      {
        verdict: "review",
        completion: null,
        reasons: [{ code: "units-differ", params: { op: "≥", tv: 1, tu: "sáng kiến", actual: "100%" } }],
      },
    ],
    [
      "Đạt 100%",
      "Đạt 100%. Tuy nhiên còn một số hạn chế",
      {
        verdict: "review",
        completion: 100,
        reasons: [
          { code: "rate-meets", params: { op: "", tv: 100, tu: "%", actual: 100, noun: "" } },
          { code: "caveat-with-numbers", params: { phrase: "Tuy nhiên còn một số hạn chế" } },
        ],
      },
    ],
  ])("%j vs %j", (target, result, expected) => {
    expect(outcome(target, result)).toEqual(expected);
  });
});

describe("judgeTask: wording", () => {
  it.each<Row>([
    [
      "Hoàn thành kế hoạch giao",
      "Đã thực hiện xong",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "qualitative-done", params: { phrase: "Đã thực hiện xong" } }],
      },
    ],
    [
      "Hoàn thành kế hoạch giao",
      "chưa hoàn thành",
      {
        verdict: "unmet",
        completion: null,
        reasons: [{ code: "negated-result", params: { phrase: "chưa hoàn thành" } }],
      },
    ],
    [
      "Hoàn thành kế hoạch giao",
      "đang thực hiện",
      {
        verdict: "review",
        completion: null,
        reasons: [{ code: "in-progress-result", params: { phrase: "đang thực hiện" } }],
      },
    ],
    [
      "Hoàn thành kế hoạch giao",
      "Không phát sinh",
      {
        verdict: "no-data",
        completion: null,
        reasons: [{ code: "not-arising", params: { phrase: "Không phát sinh" } }],
      },
    ],
    [
      "Hoàn thành kế hoạch giao",
      "Thực hiện tốt; tuy nhiên còn hạn chế trong tuyên truyền",
      {
        verdict: "review",
        completion: null,
        reasons: [{ code: "caveat-result", params: { phrase: "tuy nhiên còn hạn chế trong tuyên truyền" } }],
      },
    ],
    [
      "Hoàn thành kế hoạch giao",
      "Tốt",
      { verdict: "met", completion: 100, reasons: [{ code: "qualitative-done", params: { phrase: "Tốt" } }] },
    ],
    [
      "Hoàn thành kế hoạch giao",
      "Ý kiến khác",
      {
        verdict: "review",
        completion: null,
        reasons: [{ code: "qualitative-unclear", params: { phrase: "Ý kiến khác" } }],
      },
    ],
    [
      "Đảm bảo theo quy định của tỉnh",
      "Thực hiện đảm bảo theo quy định",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "qualitative-done", params: { phrase: "Thực hiện đảm bảo theo quy định" } }],
      },
    ],
    [
      "Tăng cường công tác kiểm tra công vụ",
      "Ban hành Kế hoạch số 45/KH-UBND ngày 20/3/2024",
      {
        verdict: "met",
        completion: 100,
        reasons: [
          { code: "qualitative-done", params: { phrase: "Ban hành Kế hoạch số 45/KH-UBND ngày 20/3/2024" } },
        ],
      },
    ],
    [
      "Rút ngắn thời gian giải quyết TTHC",
      "Thực hiện tốt. Hồ sơ giải quyết trước hạn đạt 54,92%",
      {
        verdict: "met",
        completion: 100,
        reasons: [
          { code: "qualitative-done", params: { phrase: "Thực hiện tốt" } },
          { code: "number-without-target", params: { value: "54,92%" } },
        ],
      },
    ],
    [
      "Hoàn thành 100% nhiệm vụ của kế hoạch",
      "Đã thực hiện rà soát theo kế hoạch",
      {
        verdict: "met",
        completion: 100,
        reasons: [
          {
            code: "qualitative-for-rate",
            params: { op: "", tv: 100, tu: "%", phrase: "Đã thực hiện rà soát theo kế hoạch" },
          },
        ],
      },
    ],
    [
      "Đạt từ 70%",
      "Đã thực hiện",
      {
        verdict: "review",
        completion: null,
        reasons: [{ code: "no-number-in-result", params: { op: "≥", tv: 70, tu: "%" } }],
      },
    ],
    [
      "Hoàn thành 100% chỉ tiêu đề ra",
      "Thực hiện tốt. Tuy nhiên, có một số chỉ tiêu chưa đạt 100% KH đề ra.",
      {
        verdict: "unmet",
        completion: null,
        reasons: [
          { code: "bound-below-target", params: { op: "", tv: 100, tu: "%", phrase: "chưa đạt 100%" } },
        ],
      },
    ],
    [
      "Không có hồ sơ trả kết quả quá hạn",
      "Thực hiện tốt. Không có hồ sơ quá hạn.",
      { verdict: "met", completion: 100, reasons: [{ code: "zero-met", params: { thing: "quá hạn" } }] },
    ],
    [
      "Không có hồ sơ quá hạn",
      "Có 3 hồ sơ quá hạn",
      {
        verdict: "unmet",
        completion: null,
        reasons: [{ code: "zero-unmet", params: { actual: "3 hồ sơ", thing: "quá hạn" } }],
      },
    ],
    [
      "Không có hồ sơ quá hạn",
      "100% hồ sơ giải quyết đúng hạn",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "rate-meets", params: { op: "", tv: 100, tu: "%", actual: 100 } }],
      },
    ],
    [
      "Không có hồ sơ quá hạn",
      "Không phát sinh hồ sơ quá hạn",
      { verdict: "met", completion: 100, reasons: [{ code: "zero-met", params: { thing: "quá hạn" } }] },
    ],
  ])("%j vs %j", (target, result, expected) => {
    expect(outcome(target, result)).toEqual(expected);
  });
});

describe("judgeTask: changes, periods, ceilings and hedges", () => {
  it.each<Row>([
    [
      "Tăng tối thiểu 10% so với năm 2023",
      "Đạt 95%",
      {
        verdict: "review",
        completion: null,
        reasons: [{ code: "relative-target", params: { op: "≥", tv: 10, tu: "%", actual: "95%" } }],
      },
    ],
    [
      "Tăng tối thiểu 10% so với năm 2023",
      "Tăng 12% so với năm 2023",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "rate-meets", params: { op: "≥", tv: 10, tu: "%", actual: 12, noun: "" } }],
      },
    ],
    [
      "01 lần/quý",
      "Tổ chức 02 lần",
      {
        verdict: "review",
        completion: 50,
        reasons: [
          {
            code: "per-period-review",
            params: { op: "", tv: 1, tu: "lần/quý", actual: "02 lần", period: "quý", annual: 4 },
          },
        ],
      },
    ],
    [
      "01 lần/quý",
      "Tổ chức 04 lần",
      {
        verdict: "met",
        completion: 100,
        reasons: [
          {
            code: "per-period-meets",
            params: { op: "", tv: 1, tu: "lần/quý", actual: "04 lần", period: "quý", annual: 4 },
          },
        ],
      },
    ],
    [
      "02 cuộc/năm",
      "Tổ chức 02 cuộc",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "count-meets", params: { op: "", tv: 2, tu: "cuộc", actual: 2, noun: "cuộc" } }],
      },
    ],
    [
      "Dưới 1% hồ sơ trễ hạn",
      "Không có hồ sơ trễ hạn",
      { verdict: "met", completion: 100, reasons: [{ code: "zero-met", params: { thing: "trễ hạn" } }] },
    ],
    [
      "Không để xảy ra sai sót",
      "Không có",
      { verdict: "met", completion: 100, reasons: [{ code: "zero-met", params: { thing: "sai sót" } }] },
    ],
    [
      "Không có hồ sơ quá hạn",
      "0 hồ sơ",
      { verdict: "met", completion: 100, reasons: [{ code: "zero-met", params: { thing: "quá hạn" } }] },
    ],
    [
      "Không có cán bộ bị kỷ luật",
      "Không có cán bộ, công chức bị xử lý kỷ luật",
      { verdict: "met", completion: 100, reasons: [{ code: "zero-met", params: { thing: "kỷ luật" } }] },
    ],
    [
      "Hoàn thành kế hoạch",
      "Cơ bản hoàn thành",
      {
        verdict: "review",
        completion: null,
        reasons: [{ code: "caveat-result", params: { phrase: "Cơ bản hoàn thành" } }],
      },
    ],
    [
      "Hoàn thành kế hoạch",
      "Đã triển khai, dự kiến hoàn thành trong quý IV",
      {
        verdict: "review",
        completion: null,
        reasons: [{ code: "in-progress-result", params: { phrase: "dự kiến hoàn thành" } }],
      },
    ],
    [
      "Giải quyết đúng thời gian quy định",
      "Không đúng thời gian quy định",
      {
        verdict: "unmet",
        completion: null,
        reasons: [{ code: "negated-result", params: { phrase: "Không đúng thời gian" } }],
      },
    ],
    [
      "Đạt từ 95%",
      "Đạt 96,5%; tuy nhiên còn 02 hồ sơ trễ hạn",
      {
        verdict: "review",
        completion: 100,
        reasons: [
          { code: "rate-meets", params: { op: "≥", tv: 95, tu: "%", actual: 96.5, noun: "" } },
          { code: "caveat-with-numbers", params: { phrase: "tuy nhiên còn 02 hồ sơ trễ hạn" } },
        ],
      },
    ],
    [
      "Thu ngân sách 1.200 triệu đồng",
      "Thu được 1,3 tỷ đồng",
      {
        verdict: "review",
        completion: null,
        reasons: [
          { code: "units-differ", params: { op: "", tv: 1200, tu: "triệu đồng", actual: "1,3 tỷ đồng" } },
        ],
      },
    ],
    [
      "6,6-6,8",
      "Đạt 6,7%",
      {
        verdict: "met",
        completion: 100,
        reasons: [
          { code: "range-meets", params: { op: "", tv: 6.6, tu: "", th: 6.8, actual: 6.7, noun: "" } },
        ],
      },
    ],
    [
      "Công khai đầy đủ, đúng quy định",
      "Công khai đầy đủ, đúng quy định",
      { verdict: "met", completion: 100, reasons: [{ code: "qualitative-restates", params: {} }] },
    ],
    [
      "100%",
      1,
      {
        verdict: "met",
        completion: 100,
        reasons: [
          { code: "rate-meets", params: { op: "", tv: 100, tu: "%", actual: 100, noun: "" } },
          { code: "number-read-as-share", params: { percent: 100, raw: "1" } },
        ],
      },
    ],
    [
      "Dưới 2%",
      1,
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "limit-meets", params: { op: "<", tv: 2, tu: "%", actual: 1, noun: "" } }],
      },
    ],
    [
      "Có sáng kiến",
      "Cơ bản hoàn thành",
      {
        verdict: "review",
        completion: null,
        reasons: [{ code: "caveat-result", params: { phrase: "Cơ bản hoàn thành" } }],
      },
    ],
  ])("%j vs %j", (target, result, expected) => {
    expect(outcome(target, result)).toEqual(expected);
  });
});

describe("judgeTask: empty, missing and unreadable cells", () => {
  it.each<Row>([
    ["100%", "", { verdict: "no-data", completion: null, reasons: [{ code: "empty-result", params: {} }] }],
    ["100%", null, { verdict: "no-data", completion: null, reasons: [{ code: "empty-result", params: {} }] }],
    [
      "",
      "",
      {
        verdict: "no-data",
        completion: null,
        reasons: [
          { code: "target-missing", params: {} },
          { code: "empty-result", params: {} },
        ],
      },
    ],
    [
      "",
      "Thực hiện đảm bảo theo quy định",
      {
        verdict: "met",
        completion: 100,
        reasons: [
          { code: "target-missing", params: {} },
          { code: "qualitative-done", params: { phrase: "Thực hiện đảm bảo theo quy định" } },
        ],
      },
    ],
    [
      "",
      "Chưa thực hiện",
      {
        verdict: "unmet",
        completion: null,
        reasons: [
          { code: "target-missing", params: {} },
          { code: "negated-result", params: { phrase: "Chưa thực hiện" } },
        ],
      },
    ],
    [
      "Hoàn thành 100% nhiệm vụ huyện giao",
      "Chưa thống kê được số nhiệm vụ hoàn thành, nhiệm vụ chưa hoàn thành",
      {
        verdict: "no-data",
        completion: null,
        reasons: [
          {
            code: "no-data-result",
            params: { phrase: "Chưa thống kê được số nhiệm vụ hoàn thành, nhiệm vụ chưa hoàn thành" },
          },
        ],
      },
    ],
    [
      "100%",
      "x",
      {
        verdict: "review",
        completion: null,
        reasons: [{ code: "qualitative-unclear", params: { phrase: "x" } }],
      },
    ],
    [
      "100%",
      true,
      {
        verdict: "review",
        completion: null,
        reasons: [{ code: "qualitative-unclear", params: { phrase: "true" } }],
      },
    ],
    [
      "x",
      "Đã thực hiện",
      { verdict: "review", completion: null, reasons: [{ code: "target-unclear", params: { phrase: "x" } }] },
    ],
    [
      "x",
      "Chưa thực hiện",
      {
        verdict: "unmet",
        completion: null,
        reasons: [{ code: "negated-result", params: { phrase: "Chưa thực hiện" } }],
      },
    ],
  ])("%j vs %j", (target, result, expected) => {
    expect(outcome(target, result)).toEqual(expected);
  });
});

describe("judgeTask: numbers as Excel stores them", () => {
  it.each<Row>([
    [
      "đạt từ 70%",
      { value: 0.8333, text: "83,33%", numberFormat: "0.00%" },
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "rate-meets", params: { op: "≥", tv: 70, tu: "%", actual: 83.33, noun: "" } }],
      },
    ],
    [
      "100%",
      { value: 0.8333, numberFormat: "0.00%" },
      {
        verdict: "unmet",
        completion: 83.33,
        reasons: [{ code: "rate-below", params: { op: "", tv: 100, tu: "%", actual: 83.33, noun: "" } }],
      },
    ],
    [
      "100%",
      0.95,
      {
        verdict: "unmet",
        completion: 95,
        reasons: [
          { code: "rate-below", params: { op: "", tv: 100, tu: "%", actual: 95, noun: "" } },
          { code: "number-read-as-share", params: { percent: 95, raw: "0.95" } },
        ],
      },
    ],
    [
      "đạt từ 90%",
      95,
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "rate-meets", params: { op: "≥", tv: 90, tu: "%", actual: 95, noun: "" } }],
      },
    ],
    [
      { value: 1, numberFormat: "0%" },
      { value: 1, numberFormat: "0%" },
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "rate-meets", params: { op: "", tv: 100, tu: "%", actual: 100, noun: "" } }],
      },
    ],
  ])("%j vs %j", (target, result, expected) => {
    expect(outcome(target, result)).toEqual(expected);
  });
});

describe("judgeTask: whole judgements", () => {
  it("gives the reviewer the figures behind an unmet rate", () => {
    const j = judgeTask(
      "Tính tỷ lệ % … đạt từ 70%",
      "Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 22,32%",
    );
    expect({ verdict: j.verdict, completion: j.completion, reasons: j.reasons }).toEqual({
      verdict: "unmet",
      completion: 31.89,
      reasons: [{ code: "rate-below", params: { op: "≥", tv: 70, tu: "%", actual: 22.32, noun: "" } }],
    });
    expect(j.reasons.map((r) => describeIssue(r))).toEqual(["Kết quả 22,32% thấp hơn chỉ tiêu ≥ 70%."]);
    expect(j.reasons.map((r) => describeIssue(r, "en"))).toEqual([
      "Result 22.32% is below the target ≥ 70%.",
    ]);
  });

  it("reports a stated percentage that contradicts its own fraction", () => {
    expect(outcome("Hoàn thành 100% nhiệm vụ", "Hoàn thành 5/6 nhiệm vụ, đạt 85%")).toEqual({
      verdict: "unmet",
      completion: 83.33,
      reasons: [
        { code: "fraction-below", params: { op: "", tv: 100, tu: "%", done: 5, total: 6, percent: 83.33 } },
        { code: "fraction-percent-mismatch", params: { stated: 85, done: 5, total: 6, computed: 83.33 } },
      ],
    });
  });

  // A stated percentage that rounds its fraction adds no fraction-percent-mismatch.
  it.each<Row>([
    [
      "100%",
      "5/6, đạt 83,3%",
      {
        verdict: "unmet",
        completion: 83.33,
        reasons: [
          { code: "fraction-below", params: { op: "", tv: 100, tu: "%", done: 5, total: 6, percent: 83.33 } },
        ],
      },
    ],
    [
      "100%",
      "5/6, đạt 83%",
      {
        verdict: "unmet",
        completion: 83.33,
        reasons: [
          { code: "fraction-below", params: { op: "", tv: 100, tu: "%", done: 5, total: 6, percent: 83.33 } },
        ],
      },
    ],
    [
      "100%",
      "5/6, đạt 83,33%",
      {
        verdict: "unmet",
        completion: 83.33,
        reasons: [
          { code: "fraction-below", params: { op: "", tv: 100, tu: "%", done: 5, total: 6, percent: 83.33 } },
        ],
      },
    ],
    [
      "100%",
      "2/3, đạt 66,7%",
      {
        verdict: "unmet",
        completion: 66.67,
        reasons: [
          { code: "fraction-below", params: { op: "", tv: 100, tu: "%", done: 2, total: 3, percent: 66.67 } },
        ],
      },
    ],
  ])("accepts %j vs %j as a rounding of its fraction", (target, result, expected) => {
    expect(outcome(target, result)).toEqual(expected);
  });

  it.each<Row>([
    [
      "Đạt 5%",
      "-2%",
      {
        verdict: "unmet",
        completion: 0,
        reasons: [{ code: "rate-below", params: { op: "", tv: 5, tu: "%", actual: -2, noun: "" } }],
      },
    ],
    [
      "0%",
      "5%",
      {
        verdict: "unmet",
        completion: 0,
        reasons: [{ code: "limit-exceeded", params: { op: "", tv: 0, tu: "%", actual: 5, noun: "" } }],
      },
    ],
  ])("never throws and keeps completion within 0–100 for %j vs %j", (target, result, expected) => {
    expect(outcome(target, result)).toEqual(expected);
  });
});

describe("judgeTask: deadlines", () => {
  it.each<Row>([
    [
      "Hoàn thành trước ngày 15/12/2024",
      "Hoàn thành ngày 20/12/2024",
      {
        verdict: "unmet",
        completion: null,
        reasons: [{ code: "deadline-missed", params: { date: "20/12/2024", deadline: "15/12/2024" } }],
      },
    ],
    [
      "Trước 31/12/2024",
      "Đã ban hành Kế hoạch số 45/KH-UBND ngày 20/3/2024",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "deadline-met", params: { date: "20/3/2024", deadline: "31/12/2024" } }],
      },
    ],
    [
      "Quý I/2024",
      "Đã ban hành ngày 15/4/2024",
      {
        verdict: "unmet",
        completion: null,
        reasons: [{ code: "deadline-missed", params: { date: "15/4/2024", deadline: "Quý I/2024" } }],
      },
    ],
    [
      "Trong tháng 6/2024",
      "Ban hành ngày 28/6/2024",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "deadline-met", params: { date: "28/6/2024", deadline: "tháng 6/2024" } }],
      },
    ],
    [
      "Chậm nhất 30/6",
      "Đã hoàn thành",
      {
        verdict: "met",
        completion: 100,
        reasons: [
          { code: "qualitative-done", params: { phrase: "Đã hoàn thành" } },
          { code: "deadline-no-date", params: { deadline: "30/6" } },
        ],
      },
    ],
    [
      "Trước 5/6",
      "Hoàn thành ngày 3/6/2024",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "deadline-met", params: { date: "3/6/2024", deadline: "5/6" } }],
      },
    ],
    [
      "Trước 31/12/2024",
      "Chưa thực hiện",
      {
        verdict: "unmet",
        completion: null,
        reasons: [{ code: "negated-result", params: { phrase: "Chưa thực hiện" } }],
      },
    ],
  ])("%j vs %j", (target, result, expected) => {
    expect(outcome(target, result)).toEqual(expected);
  });

  it("reads the deadline and compares the day of completion", () => {
    const j = judgeTask("Hoàn thành trước ngày 15/12/2024", "Hoàn thành ngày 20/12/2024");
    expect(j.targetReading).toEqual({
      kind: "qualitative",
      text: "Hoàn thành trước ngày 15/12/2024",
      percents: [],
      statuses: [],
      evidence: {},
      ceiling: false,
      deadline: { day: 15, month: 12, year: 2024, source: "15/12/2024" },
    });
    const deadline = j.targetReading.kind === "qualitative" ? j.targetReading.deadline : undefined;
    expect(deadline).toEqual({ day: 15, month: 12, year: 2024, source: "15/12/2024" });
    expect(j.reasons.map((r) => describeIssue(r))).toEqual(["Hoàn thành 20/12/2024, sau hạn “15/12/2024”."]);
  });
});

describe("judgeTask: results stated against the plan (vượt)", () => {
  // "Vượt 5% so với chỉ tiêu" is 105% of the plan, whatever the plan's unit: every word order agrees.
  it.each<Row>([
    [
      "Hoàn thành 100% kế hoạch",
      "Vượt 5% so với chỉ tiêu",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "plan-share-meets", params: { phrase: "Vượt 5% so với chỉ tiêu", share: 105 } }],
      },
    ],
    [
      "Hoàn thành 100% kế hoạch",
      "Vượt chỉ tiêu 5%",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "plan-share-meets", params: { phrase: "Vượt chỉ tiêu 5%", share: 105 } }],
      },
    ],
    [
      "Hoàn thành 100% kế hoạch",
      "Vượt kế hoạch 5%",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "plan-share-meets", params: { phrase: "Vượt kế hoạch 5%", share: 105 } }],
      },
    ],
    [
      "Thu ngân sách 1.240 triệu đồng",
      "Vượt 5% so với chỉ tiêu",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "plan-share-meets", params: { phrase: "Vượt 5% so với chỉ tiêu", share: 105 } }],
      },
    ],
    [
      "Thu ngân sách 1.240 triệu đồng",
      "Vượt chỉ tiêu 5%",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "plan-share-meets", params: { phrase: "Vượt chỉ tiêu 5%", share: 105 } }],
      },
    ],
    [
      "Thu ngân sách 1.240 triệu đồng",
      "Vượt kế hoạch 5%",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "plan-share-meets", params: { phrase: "Vượt kế hoạch 5%", share: 105 } }],
      },
    ],
  ])("%j vs %j", (target, result, expected) => {
    expect(outcome(target, result)).toEqual(expected);
  });

  it.each(["Vượt 5% so với chỉ tiêu", "Vượt chỉ tiêu 5%", "Vượt kế hoạch 5%"])(
    "reads %j as 105%% of the plan",
    (result) => {
      const reading = judgeTask("Hoàn thành 100% kế hoạch", result).resultReading;
      expect(reading.kind).toBe("percent");
      expect("quantity" in reading ? reading.quantity : undefined).toEqual({
        value: 105,
        comparator: "eq",
        unit: "%",
        decimals: 0,
        source: result,
        basis: "plan",
      });
    },
  );

  it("still reads a plain “Vượt 90%” target as a threshold above 90%, not a share of the plan", () => {
    const asked = { value: 90, comparator: "gt", unit: "%", decimals: 0, source: "Vượt 90%" } as const;
    expect(readTarget("Vượt 90%")).toEqual({
      kind: "threshold",
      text: "Vượt 90%",
      quantity: asked,
      percents: [asked],
      statuses: [],
      evidence: {},
      ceiling: false,
    });
    expect(outcome("Vượt 90%", "Đạt 95%")).toEqual({
      verdict: "met",
      completion: 100,
      reasons: [{ code: "rate-meets", params: { op: ">", tv: 90, tu: "%", actual: 95, noun: "" } }],
    });
    expect(outcome("Vượt 90%", "Đạt 90%")).toEqual({
      verdict: "unmet",
      completion: 99.99,
      reasons: [{ code: "rate-below", params: { op: ">", tv: 90, tu: "%", actual: 90, noun: "" } }],
    });
  });
});

describe("judgeTask: late results go to review (chậm)", () => {
  it.each<Row>([
    [
      "Gửi báo cáo đúng thời gian quy định",
      "Gửi báo cáo chậm 5 ngày",
      {
        verdict: "review",
        completion: null,
        reasons: [{ code: "caveat-result", params: { phrase: "Gửi báo cáo chậm 5 ngày" } }],
      },
    ],
    [
      "Gửi báo cáo đúng thời gian quy định",
      "Nộp hồ sơ chậm 3 ngày so với quy định",
      {
        verdict: "review",
        completion: null,
        reasons: [{ code: "caveat-result", params: { phrase: "Nộp hồ sơ chậm 3 ngày so với quy định" } }],
      },
    ],
    [
      "Gửi báo cáo đúng thời gian quy định",
      "Cập nhật chậm",
      {
        verdict: "review",
        completion: null,
        reasons: [{ code: "caveat-result", params: { phrase: "Cập nhật chậm" } }],
      },
    ],
    [
      "Gửi báo cáo đúng thời gian quy định",
      "Chậm tiến độ",
      {
        verdict: "review",
        completion: null,
        reasons: [{ code: "caveat-result", params: { phrase: "Chậm tiến độ" } }],
      },
    ],
    [
      "Cập nhật thường xuyên",
      "Gửi báo cáo chậm 5 ngày",
      {
        verdict: "review",
        completion: null,
        reasons: [{ code: "caveat-result", params: { phrase: "Gửi báo cáo chậm 5 ngày" } }],
      },
    ],
    [
      "Cập nhật thường xuyên",
      "Nộp hồ sơ chậm 3 ngày so với quy định",
      {
        verdict: "review",
        completion: null,
        reasons: [{ code: "caveat-result", params: { phrase: "Nộp hồ sơ chậm 3 ngày so với quy định" } }],
      },
    ],
    [
      "Cập nhật thường xuyên",
      "Cập nhật chậm",
      {
        verdict: "review",
        completion: null,
        reasons: [{ code: "caveat-result", params: { phrase: "Cập nhật chậm" } }],
      },
    ],
    [
      "Cập nhật thường xuyên",
      "Chậm tiến độ",
      {
        verdict: "review",
        completion: null,
        reasons: [{ code: "caveat-result", params: { phrase: "Chậm tiến độ" } }],
      },
    ],
    // "chăm" (care) folds like "chậm" (late) but is no delay: met, not a caveat.
    [
      "Thực hiện chăm lo đời sống người có công",
      "Hoàn thành kế hoạch giao",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "qualitative-done", params: { phrase: "Hoàn thành kế hoạch giao" } }],
      },
    ],
    [
      "Hoàn thành kế hoạch giao",
      "Thực hiện chăm lo đời sống người có công",
      {
        verdict: "met",
        completion: 100,
        reasons: [
          { code: "qualitative-done", params: { phrase: "Thực hiện chăm lo đời sống người có công" } },
        ],
      },
    ],
  ])("%j vs %j", (target, result, expected) => {
    expect(outcome(target, result)).toEqual(expected);
  });
});

/** Met, at 100, for the one reason given. */
const met = (why: Reason): Expected => ({ verdict: "met", completion: 100, reasons: [why] });

describe("judgeTask: “Có phát sinh” asks that something arise, naming nothing", () => {
  it.each<Row>([
    [
      "Có phát sinh",
      "Tiếp nhận 126 hồ sơ qua dịch vụ bưu chính công ích",
      met(reason("count-meets", { op: "≥", tv: 1, tu: "", actual: 126, noun: "hồ sơ" })),
    ],
    [
      "Có phát sinh",
      "Đã tiếp nhận hồ sơ qua dịch vụ bưu chính",
      met(reason("qualitative-done", { phrase: "Đã tiếp nhận hồ sơ qua dịch vụ bưu chính" })),
    ],
    [
      "Có phát sinh",
      "Không phát sinh",
      {
        verdict: "unmet",
        completion: null,
        reasons: [{ code: "not-arising-existence", params: { phrase: "Không phát sinh" } }],
      },
    ],
    [
      "Có phát sinh",
      "Chưa triển khai",
      {
        verdict: "unmet",
        completion: null,
        reasons: [{ code: "negated-result", params: { phrase: "Chưa triển khai" } }],
      },
    ],
    [
      "Có phát sinh",
      "Đang triển khai",
      {
        verdict: "review",
        completion: null,
        reasons: [{ code: "in-progress-result", params: { phrase: "Đang triển khai" } }],
      },
    ],
    // With a noun after the verb, the noun is what must arise (the seed's task 14).
    [
      "Trong năm có phát sinh hồ sơ liên thông",
      "24 + 37 hồ sơ",
      met(reason("count-meets", { op: "≥", tv: 1, tu: "hồ sơ", actual: 37, noun: "hồ sơ" })),
    ],
  ])("%j vs %j", (target, result, expected) => {
    expect(outcome(target, result)).toEqual(expected);
  });
});

describe("judgeTask: a rate of bad things handled is a level to reach, a rate of bad things a ceiling", () => {
  it.each<Row>([
    [
      "Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn đạt 100%",
      "80% (04/05 PAKN)",
      {
        verdict: "unmet",
        completion: 80,
        reasons: [
          { code: "fraction-below", params: { op: "", tv: 100, tu: "%", done: 4, total: 5, percent: 80 } },
        ],
      },
    ],
    [
      "Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn đạt 100%",
      "100%",
      met(reason("rate-meets", { op: "", tv: 100, tu: "%", actual: 100, noun: "" })),
    ],
    [
      "Tỷ lệ phản ánh, kiến nghị dưới 5%",
      "3%",
      met(reason("limit-meets", { op: "<", tv: 5, tu: "%", actual: 3, noun: "" })),
    ],
    [
      "Tỷ lệ hồ sơ quá hạn trong giải quyết TTHC dưới 2%",
      "2,5%",
      {
        verdict: "unmet",
        completion: 80,
        reasons: [{ code: "limit-exceeded", params: { op: "<", tv: 2, tu: "%", actual: 2.5, noun: "" } }],
      },
    ],
  ])("%j vs %j", (target, result, expected) => {
    expect(outcome(target, result)).toEqual(expected);
  });
});

describe("judgeTask: a result per period is compared with the target per period", () => {
  const weekly = { op: "", tv: 1, tu: "lần/tuần", period: "tuần", annual: 52 };
  it.each<Row>([
    ["01 lần/tuần", "01 lần/tuần", met(reason("per-period-meets", { ...weekly, actual: "01 lần/tuần" }))],
    [
      "01 lần/tuần",
      "Duy trì 01 lần/tuần",
      met(reason("per-period-meets", { ...weekly, actual: "01 lần/tuần" })),
    ],
    [
      "01 lần/tuần",
      "02 lần/tháng",
      {
        verdict: "unmet",
        completion: 46.15,
        reasons: [
          { code: "per-period-unmet", params: { ...weekly, actual: "02 lần/tháng", actualAnnual: 24 } },
        ],
      },
    ],
    // A target with no period is a year's worth.
    [
      "Tối thiểu 04 cuộc",
      "01 cuộc/quý",
      met(
        reason("per-period-meets", {
          op: "≥",
          tv: 4,
          tu: "cuộc",
          period: "năm",
          annual: 4,
          actual: "01 cuộc/quý",
        }),
      ),
    ],
    [
      "Tối đa 02 lần/năm",
      "01 lần/quý",
      {
        verdict: "unmet",
        completion: 50,
        reasons: [
          {
            code: "per-period-unmet",
            params: {
              op: "≤",
              tv: 2,
              tu: "lần",
              period: "năm",
              annual: 2,
              actual: "01 lần/quý",
              actualAnnual: 4,
            },
          },
        ],
      },
    ],
    [
      "01 lần/tuần",
      "Trên 02 lần/tháng",
      {
        verdict: "review",
        completion: null,
        reasons: [
          { code: "bound-undecided", params: { op: "", tv: 1, tu: "lần/tuần", phrase: "Trên 02 lần/tháng" } },
        ],
      },
    ],
    // A total so far against a target per period: a person checks the reporting period, as before.
    [
      "01 lần/quý",
      "Tổ chức 02 lần",
      {
        verdict: "review",
        completion: 50,
        reasons: [
          {
            code: "per-period-review",
            params: { op: "", tv: 1, tu: "lần/quý", actual: "02 lần", period: "quý", annual: 4 },
          },
        ],
      },
    ],
  ])("%j vs %j", (target, result, expected) => {
    expect(outcome(target, result)).toEqual(expected);
  });
});

describe("judgeTask: times pair with occurrences of any kind, kinds not with one another", () => {
  it.each<Row>([
    [
      "01 lần/tháng",
      "Đã thực hiện 14 lượt tuyên truyền",
      met(
        reason("per-period-meets", {
          op: "",
          tv: 1,
          tu: "lần/tháng",
          period: "tháng",
          annual: 12,
          actual: "14 lượt tuyên truyền",
        }),
      ),
    ],
    [
      "Tối thiểu 02 cuộc kiểm tra",
      "Kiểm tra 03 lần",
      met(reason("count-meets", { op: "≥", tv: 2, tu: "cuộc kiểm tra", actual: 3, noun: "lần" })),
    ],
    [
      "Tổ chức 02 lần đối thoại",
      "Tổ chức 02 buổi đối thoại",
      met(reason("count-meets", { op: "", tv: 2, tu: "lần đối thoại", actual: 2, noun: "buổi đối thoại" })),
    ],
    [
      "Tối thiểu 04 cuộc kiểm tra",
      "Tổ chức 02 đợt kiểm tra",
      {
        verdict: "review",
        completion: null,
        reasons: [
          {
            code: "units-differ",
            params: { op: "≥", tv: 4, tu: "cuộc kiểm tra", actual: "02 đợt kiểm tra" },
          },
        ],
      },
    ],
    [
      "01 lần/quý",
      "Tập huấn cho 85 lượt cán bộ",
      {
        verdict: "review",
        completion: null,
        reasons: [
          { code: "units-differ", params: { op: "", tv: 1, tu: "lần/quý", actual: "85 lượt cán bộ" } },
        ],
      },
    ],
  ])("%j vs %j", (target, result, expected) => {
    expect(outcome(target, result)).toEqual(expected);
  });
});

describe("judgeTask: a rate of handling bad things, when none arose", () => {
  const none = (phrase: string): Expected => ({
    verdict: "no-data",
    completion: null,
    reasons: [{ code: "not-arising", params: { phrase } }],
  });
  it.each<Row>([
    [
      "Xử lý 100% phản ánh, kiến nghị đúng thời hạn",
      "Trong năm không phát sinh phản ánh, kiến nghị",
      none("Trong năm không phát sinh phản ánh, kiến nghị"),
    ],
    [
      "Xử lý 100% phản ánh, kiến nghị đúng thời hạn",
      "Không có phản ánh, kiến nghị",
      none("Không có phản ánh, kiến nghị"),
    ],
    ["100% hồ sơ trễ hạn được xin lỗi người dân", "Không có hồ sơ trễ hạn", none("Không có hồ sơ trễ hạn")],
    // Some arose and were handled: the figures decide.
    [
      "Xử lý 100% phản ánh, kiến nghị đúng thời hạn",
      "Đã xử lý 05/05 phản ánh, kiến nghị",
      met(reason("fraction-meets", { op: "", tv: 100, tu: "%", done: 5, total: 5, percent: 100 })),
    ],
    // What did not arise (late files) is not what the rate measures (files handled on time).
    [
      "Giải quyết 100% hồ sơ đúng hạn, không để hồ sơ trễ hạn",
      "Không phát sinh hồ sơ trễ hạn",
      {
        verdict: "review",
        completion: null,
        reasons: [{ code: "no-number-in-result", params: { op: "", tv: 100, tu: "%" } }],
      },
    ],
    // A ceiling of the bad thing itself is met by none.
    [
      "Tỷ lệ hồ sơ trễ hạn dưới 2%",
      "Không phát sinh hồ sơ trễ hạn",
      met(reason("zero-met", { thing: "trễ hạn" })),
    ],
  ])("%j vs %j", (target, result, expected) => {
    expect(outcome(target, result)).toEqual(expected);
  });
});
