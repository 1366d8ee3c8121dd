import { describe as describeIssue, judgeTask, type CellInput } from "../../src/core";

type Row = readonly [
  target: CellInput,
  result: CellInput,
  verdict: string,
  completion: number | null,
  codes: string,
];

function outcome(target: CellInput, result: CellInput): [string, number | null, string] {
  const j = judgeTask(target, result);
  return [j.verdict, j.completion, j.reasons.map((r) => r.code).join(" ")];
}

describe("judgeTask: figures against targets", () => {
  it.each<Row>([
    [
      "Hoàn thành 100% nhiệm vụ đề ra trong kế hoạch",
      "Hoàn thành 5/6 nhiệm vụ, đạt 83,3%",
      "unmet",
      83.33,
      "fraction-below",
    ],
    ["Hoàn thành 100% nhiệm vụ", "Hoàn thành 24/27 nhiệm vụ, đạt 88,89%", "unmet", 88.89, "fraction-below"],
    ["Hoàn thành 100% nhiệm vụ", "Hoàn thành 12/12 nhiệm vụ", "met", 100, "fraction-meets"],
    ["Hoàn thành 100% nhiệm vụ", "5/6, đạt 85%", "unmet", 83.33, "fraction-below fraction-percent-mismatch"],
    ["đạt từ 80%", "Hoàn thành 5/6 nhiệm vụ", "met", 100, "fraction-meets"],
    ["Tính tỷ lệ … đạt từ 70%", "Tỷ lệ … đạt 22,32%", "unmet", 31.89, "rate-below"],
    ["đạt từ 50 % trở lên", "Tỷ lệ hồ sơ trực tuyến đạt 98,42%", "met", 100, "rate-meets"],
    ["Công khai 100% số TTHC", "Công khai 100% số TTHC, đảm bảo đúng quy định", "met", 100, "rate-meets"],
    ["Trên 90%", "90%", "unmet", 99.99, "rate-below"],
    ["Trên 90%", "Trên 95%", "met", 100, "rate-meets"],
    ["Trên 90%", "Chưa đạt 90%", "unmet", null, "bound-below-target"],
    ["100% cán bộ sử dụng thư điện tử", "Chưa đạt 100%", "unmet", null, "bound-below-target"],
    ["Đạt từ 70%", "Chưa đạt 100%", "review", null, "bound-undecided"],
    ["Dưới 2%", "1,5%", "met", 100, "limit-meets"],
    ["Dưới 2%", "3%", "unmet", 66.67, "limit-exceeded"],
    ["Không quá 2%", "2%", "met", 100, "limit-meets"],
    ["Tỷ lệ hồ sơ trễ hạn 2%", "Tỷ lệ hồ sơ trễ hạn 2,5%", "unmet", 80, "limit-exceeded"],
    ["Giảm tỷ lệ hộ nghèo còn 3,5%", "Tỷ lệ hộ nghèo còn 3,2%", "met", 100, "limit-meets"],
    ["Giảm tỷ lệ hộ nghèo 1,5%", "Giảm được 1,2%", "unmet", 80, "rate-below"],
    ["Tăng trưởng 6,6-6,8%", "6,9%", "met", 100, "range-meets"],
    ["Tăng trưởng 6,6-6,8%", "Đạt 6,2%", "unmet", 93.94, "range-below"],
    ["Khoảng 4", "3,9", "met", 97.5, "approx-meets"],
    ["Khoảng 4", "3", "unmet", 75, "approx-below"],
    ["Tối thiểu có 01 sáng kiến", "Có 02 sáng kiến được công nhận", "met", 100, "count-meets"],
    [
      "Tối thiểu có 01 sáng kiến",
      "Có 01 sáng kiến đang đề nghị huyện công nhận",
      "met",
      100,
      "count-meets pending-note",
    ],
    ["Tối thiểu có 01 sáng kiến", "Chưa có sáng kiến", "unmet", null, "existence-unmet"],
    ["02 cuộc/năm", "Tổ chức 01 cuộc", "unmet", 50, "count-below"],
    ["Ít nhất 04 cuộc kiểm tra", "Đã tổ chức 4 cuộc kiểm tra", "met", 100, "count-meets"],
    ["Thu ngân sách đạt 1.240 triệu đồng", "Thu được 1.300 triệu đồng", "met", 100, "count-meets"],
    [
      "Trong năm có phát sinh hồ sơ liên thông",
      "Đã phát sinh 24 hồ sơ liên thông",
      "met",
      100,
      "count-meets",
    ],
    ["Trong năm có phát sinh hồ sơ liên thông", "Không phát sinh", "unmet", null, "not-arising-existence"],
    ["Có kiến nghị đề xuất", "Rà soát, có kiến nghị đề xuất", "met", 100, "existence-met"],
    ["Có kiến nghị đề xuất", "Không có kiến nghị", "unmet", null, "existence-unmet"],
    ["Tối thiểu có 01 sáng kiến", "Đạt 100%", "review", null, "units-differ"],
    ["Đạt 100%", "Đạt 100%. Tuy nhiên còn một số hạn chế", "review", 100, "rate-meets caveat-with-numbers"],
  ])("%j vs %j → %s", (target, result, verdict, completion, codes) => {
    expect(outcome(target, result)).toEqual([verdict, completion, codes]);
  });
});

describe("judgeTask: wording", () => {
  it.each<Row>([
    ["Hoàn thành kế hoạch giao", "Đã thực hiện xong", "met", 100, "qualitative-done"],
    ["Hoàn thành kế hoạch giao", "chưa hoàn thành", "unmet", null, "negated-result"],
    ["Hoàn thành kế hoạch giao", "đang thực hiện", "review", null, "in-progress-result"],
    ["Hoàn thành kế hoạch giao", "Không phát sinh", "no-data", null, "not-arising"],
    [
      "Hoàn thành kế hoạch giao",
      "Thực hiện tốt; tuy nhiên còn hạn chế trong tuyên truyền",
      "review",
      null,
      "caveat-result",
    ],
    ["Hoàn thành kế hoạch giao", "Tốt", "met", 100, "qualitative-done"],
    ["Hoàn thành kế hoạch giao", "Ý kiến khác", "review", null, "qualitative-unclear"],
    ["Đảm bảo theo quy định của tỉnh", "Thực hiện đảm bảo theo quy định", "met", 100, "qualitative-done"],
    [
      "Tăng cường công tác kiểm tra công vụ",
      "Ban hành Kế hoạch số 45/KH-UBND ngày 20/3/2024",
      "met",
      100,
      "qualitative-done",
    ],
    [
      "Rút ngắn thời gian giải quyết TTHC",
      "Thực hiện tốt. Hồ sơ giải quyết trước hạn đạt 54,92%",
      "met",
      100,
      "qualitative-done number-without-target",
    ],
    [
      "Hoàn thành 100% nhiệm vụ của kế hoạch",
      "Đã thực hiện rà soát theo kế hoạch",
      "met",
      100,
      "qualitative-for-rate",
    ],
    ["Đạt từ 70%", "Đã thực hiện", "review", null, "no-number-in-result"],
    [
      "Hoàn thành 100% chỉ tiêu đề ra",
      "Thực hiện tốt. Tuy nhiên, có một số chỉ tiêu chưa đạt 100% KH đề ra.",
      "unmet",
      null,
      "bound-below-target",
    ],
    ["Không có hồ sơ trả kết quả quá hạn", "Thực hiện tốt. Không có hồ sơ quá hạn.", "met", 100, "zero-met"],
    ["Không có hồ sơ quá hạn", "Có 3 hồ sơ quá hạn", "unmet", null, "zero-unmet"],
    ["Không có hồ sơ quá hạn", "100% hồ sơ giải quyết đúng hạn", "met", 100, "rate-meets"],
    ["Không có hồ sơ quá hạn", "Không phát sinh hồ sơ quá hạn", "met", 100, "zero-met"],
  ])("%j vs %j → %s", (target, result, verdict, completion, codes) => {
    expect(outcome(target, result)).toEqual([verdict, completion, codes]);
  });
});

describe("judgeTask: changes, periods, ceilings and hedges", () => {
  it.each<Row>([
    ["Tăng tối thiểu 10% so với năm 2023", "Đạt 95%", "review", null, "relative-target"],
    ["Tăng tối thiểu 10% so với năm 2023", "Tăng 12% so với năm 2023", "met", 100, "rate-meets"],
    ["01 lần/quý", "Tổ chức 02 lần", "review", 50, "per-period-review"],
    ["01 lần/quý", "Tổ chức 04 lần", "met", 100, "per-period-meets"],
    ["02 cuộc/năm", "Tổ chức 02 cuộc", "met", 100, "count-meets"],
    ["Dưới 1% hồ sơ trễ hạn", "Không có hồ sơ trễ hạn", "met", 100, "zero-met"],
    ["Không để xảy ra sai sót", "Không có", "met", 100, "zero-met"],
    ["Không có hồ sơ quá hạn", "0 hồ sơ", "met", 100, "zero-met"],
    ["Không có cán bộ bị kỷ luật", "Không có cán bộ, công chức bị xử lý kỷ luật", "met", 100, "zero-met"],
    ["Hoàn thành kế hoạch", "Cơ bản hoàn thành", "review", null, "caveat-result"],
    [
      "Hoàn thành kế hoạch",
      "Đã triển khai, dự kiến hoàn thành trong quý IV",
      "review",
      null,
      "in-progress-result",
    ],
    ["Giải quyết đúng thời gian quy định", "Không đúng thời gian quy định", "unmet", null, "negated-result"],
    [
      "Đạt từ 95%",
      "Đạt 96,5%; tuy nhiên còn 02 hồ sơ trễ hạn",
      "review",
      100,
      "rate-meets caveat-with-numbers",
    ],
    ["Thu ngân sách 1.200 triệu đồng", "Thu được 1,3 tỷ đồng", "review", null, "units-differ"],
    ["6,6-6,8", "Đạt 6,7%", "met", 100, "range-meets"],
    [
      "Công khai đầy đủ, đúng quy định",
      "Công khai đầy đủ, đúng quy định",
      "met",
      100,
      "qualitative-restates",
    ],
    ["100%", 1, "met", 100, "rate-meets number-read-as-share"],
    ["Dưới 2%", 1, "met", 100, "limit-meets"],
    ["Có sáng kiến", "Cơ bản hoàn thành", "review", null, "caveat-result"],
  ])("%j vs %j → %s", (target, result, verdict, completion, codes) => {
    expect(outcome(target, result)).toEqual([verdict, completion, codes]);
  });
});

describe("judgeTask: empty, missing and unreadable cells", () => {
  it.each<Row>([
    ["100%", "", "no-data", null, "empty-result"],
    ["100%", null, "no-data", null, "empty-result"],
    ["", "", "no-data", null, "target-missing empty-result"],
    ["", "Thực hiện đảm bảo theo quy định", "met", 100, "target-missing qualitative-done"],
    ["", "Chưa thực hiện", "unmet", null, "target-missing negated-result"],
    [
      "Hoàn thành 100% nhiệm vụ huyện giao",
      "Chưa thống kê được số nhiệm vụ hoàn thành, nhiệm vụ chưa hoàn thành",
      "no-data",
      null,
      "no-data-result",
    ],
    ["100%", "x", "review", null, "qualitative-unclear"],
    ["100%", true, "review", null, "qualitative-unclear"],
    ["x", "Đã thực hiện", "review", null, "target-unclear"],
    ["x", "Chưa thực hiện", "unmet", null, "negated-result"],
  ])("%j vs %j → %s", (target, result, verdict, completion, codes) => {
    expect(outcome(target, result)).toEqual([verdict, completion, codes]);
  });
});

describe("judgeTask: numbers as Excel stores them", () => {
  it.each<Row>([
    ["đạt từ 70%", { value: 0.8333, text: "83,33%", numberFormat: "0.00%" }, "met", 100, "rate-meets"],
    ["100%", { value: 0.8333, numberFormat: "0.00%" }, "unmet", 83.33, "rate-below"],
    ["100%", 0.95, "unmet", 95, "rate-below number-read-as-share"],
    ["đạt từ 90%", 95, "met", 100, "rate-meets"],
    [{ value: 1, numberFormat: "0%" }, { value: 1, numberFormat: "0%" }, "met", 100, "rate-meets"],
  ])("%j vs %j → %s", (target, result, verdict, completion, codes) => {
    expect(outcome(target, result)).toEqual([verdict, completion, codes]);
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
    const j = judgeTask("Hoàn thành 100% nhiệm vụ", "Hoàn thành 5/6 nhiệm vụ, đạt 85%");
    expect(j.reasons).toEqual([
      { code: "fraction-below", params: { op: "", tv: 100, tu: "%", done: 5, total: 6, percent: 83.33 } },
      { code: "fraction-percent-mismatch", params: { stated: 85, done: 5, total: 6, computed: 83.33 } },
    ]);
  });

  it.each([
    ["83,3", "5/6, đạt 83,3%"],
    ["83", "5/6, đạt 83%"],
    ["83,33", "5/6, đạt 83,33%"],
    ["66,7", "2/3, đạt 66,7%"],
  ])("accepts %s%% as a rounding of its fraction", (_stated, result) => {
    const codes = judgeTask("100%", result).reasons.map((r) => r.code);
    expect(codes).not.toContain("fraction-percent-mismatch");
  });

  it("never throws and keeps completion within 0–100 for odd figures", () => {
    expect(outcome("Đạt 5%", "-2%")).toEqual(["unmet", 0, "rate-below"]);
    expect(outcome("0%", "5%")).toEqual(["unmet", 0, "limit-exceeded"]);
  });
});

describe("judgeTask: deadlines", () => {
  it.each<Row>([
    ["Hoàn thành trước ngày 15/12/2024", "Hoàn thành ngày 20/12/2024", "unmet", null, "deadline-missed"],
    ["Trước 31/12/2024", "Đã ban hành Kế hoạch số 45/KH-UBND ngày 20/3/2024", "met", 100, "deadline-met"],
    ["Quý I/2024", "Đã ban hành ngày 15/4/2024", "unmet", null, "deadline-missed"],
    ["Trong tháng 6/2024", "Ban hành ngày 28/6/2024", "met", 100, "deadline-met"],
    ["Chậm nhất 30/6", "Đã hoàn thành", "met", 100, "qualitative-done deadline-no-date"],
    ["Trước 5/6", "Hoàn thành ngày 3/6/2024", "met", 100, "deadline-met"],
    ["Trước 31/12/2024", "Chưa thực hiện", "unmet", null, "negated-result"],
  ])("%j vs %j → %s", (target, result, verdict, completion, codes) => {
    expect(outcome(target, result)).toEqual([verdict, completion, codes]);
  });

  it("reads the deadline and compares the day of completion", () => {
    const j = judgeTask("Hoàn thành trước ngày 15/12/2024", "Hoàn thành ngày 20/12/2024");
    expect(j.targetReading.deadline).toEqual({ day: 15, month: 12, year: 2024, source: "15/12/2024" });
    expect(describeIssue(j.reasons[0]!)).toBe("Hoàn thành 20/12/2024, sau hạn “15/12/2024”.");
  });
});
