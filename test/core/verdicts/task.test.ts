/** Stages 5–6 for one task: its cells read (number cells as Excel holds them) and judged, with sub-items. */
import { analyzeSheet } from "../../../src/core";

const HEADER = ["Số TT", "Nội dung công việc", "Yêu cầu", "Kết quả thực hiện"];
const task = (...rows: unknown[][]) =>
  analyzeSheet({ cells: [HEADER, ...(rows as string[][])] }).tables[0]!.tasks[0]!;

describe("judgeDraft", () => {
  it("reads an Excel number in its format", () => {
    expect(
      task(["1", "Hồ sơ trực tuyến", "Đạt từ 70%", { value: 0.2232, text: "22,32%", numberFormat: "0.00%" }]),
    ).toMatchObject({
      verdict: "unmet",
      completion: 31.89,
      reasons: [{ code: "rate-below", params: { actual: 22.32, noun: "", op: "≥", tv: 70, tu: "%" } }],
    });
  });

  describe("a deadline in a column of its own", () => {
    const planned = (deadline: string, target: string, result: string) =>
      analyzeSheet({
        cells: [
          ["STT", "Nhiệm vụ", "Thời gian hoàn thành", "Sản phẩm", "Kết quả thực hiện"],
          ["1", "Ban hành kế hoạch rà soát văn bản", deadline, target, result],
        ],
      }).tables[0]!.tasks[0]!;

    it.each([
      ["Quý I/2024", "Đã ban hành Kế hoạch số 31/KH-UBND ngày 12/4/2024", "unmet"],
      ["Quý II/2024", "Đã ban hành Kế hoạch số 31/KH-UBND ngày 12/4/2024", "met"],
      ["Trước 30/11/2024", "Báo cáo kết quả ngày 05/12/2024", "unmet"],
      ["Thường xuyên", "Đã ban hành Kế hoạch số 31/KH-UBND ngày 12/4/2024", "met"],
    ])("%j, result %j → %s", (deadline, result, verdict) => {
      const judged = planned(deadline, "Kế hoạch", result);
      expect([judged.verdict, judged.extras]).toEqual([verdict, { deadline }]);
    });

    it("leaves a target that names its own deadline alone", () => {
      const judged = planned("Quý I/2024", "Kế hoạch, trước ngày 30/6/2024", "Đã ban hành ngày 12/4/2024");
      expect(judged.verdict).toBe("met");
    });
  });

  it("takes a bare figure under a task that names something bad as a ceiling", () => {
    expect(task(["1", "Tỷ lệ hồ sơ trễ hạn", "2%", "1,5%"])).toMatchObject({
      verdict: "met",
      reasons: [{ code: "limit-meets", params: { actual: 1.5, op: "", tv: 2, tu: "%" } }],
    });
  });

  it("rolls up sub-items when the task has no figures of its own", () => {
    const judged = task(
      ["1", "Hồ sơ", null, null],
      [null, "- Cấp xã", "100%", "100%"],
      [null, "- Cấp thôn", "100%", "80%"],
    );
    expect(judged.verdict).toBe("unmet");
    expect(judged.completion).toBe(90);
    expect(judged.reasons).toEqual([{ code: "subitems-rollup", params: { met: 1, total: 2 } }]);
    expect(judged.subitems.map((s) => [s.row, s.label, s.verdict, s.completion])).toEqual([
      [3, "- Cấp xã", "met", 100],
      [4, "- Cấp thôn", "unmet", 80],
    ]);
  });

  it("quotes the table's own evaluation", () => {
    const table = analyzeSheet({
      cells: [
        ["STT", "Nội dung", "Yêu cầu", "Kết quả", "Tự đánh giá"],
        ["1", "Việc", "100%", "100%", "Hoàn thành"],
      ],
    }).tables[0]!;
    expect(table.tasks[0]?.reasons.at(-1)).toEqual({
      code: "evaluation-stated",
      params: { phrase: "Hoàn thành" },
    });
  });
});

describe("judgeDraft: a task's wording says which way its bare figures go", () => {
  type Judged = { verdict: string; completion: number | null; reasons: unknown[] };
  const judged = (content: string, target: unknown, result: unknown): Judged => {
    const t = task(["1", content, target, result]);
    return { verdict: t.verdict, completion: t.completion, reasons: [...t.reasons] };
  };
  it.each<[string, unknown, unknown, Judged]>([
    // A cut named after the thing or before it: the bare figures are cuts, not ceilings.
    [
      "Tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số giảm (%)",
      "3",
      "2,4",
      {
        verdict: "unmet",
        completion: 80,
        reasons: [{ code: "count-below", params: { op: "", tv: 3, tu: "", actual: 2.4, noun: "" } }],
      },
    ],
    [
      "Tỷ lệ hộ nghèo giảm (%)",
      "1,5",
      "1,8",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "count-meets", params: { op: "", tv: 1.5, tu: "", actual: 1.8, noun: "" } }],
      },
    ],
    [
      "Giảm tỷ lệ hộ nghèo",
      "1,5%",
      "1,2%",
      {
        verdict: "unmet",
        completion: 80,
        reasons: [{ code: "rate-below", params: { op: "", tv: 1.5, tu: "%", actual: 1.2, noun: "" } }],
      },
    ],
    [
      "Giảm tỷ lệ hộ nghèo",
      "Giảm 1,5%",
      "1,8%",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "rate-meets", params: { op: "", tv: 1.5, tu: "%", actual: 1.8, noun: "" } }],
      },
    ],
    [
      "Giảm tỷ lệ hộ nghèo",
      { value: 0.015, text: "1,5%", numberFormat: "0.0%" },
      { value: 0.018, text: "1,8%", numberFormat: "0.0%" },
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "rate-meets", params: { op: "", tv: 1.5, tu: "%", actual: 1.8, noun: "" } }],
      },
    ],
    // A level answering a cut: review, as for a cut written in the target.
    [
      "Giảm tỷ lệ hộ nghèo",
      "1,5%",
      "Còn 2,1%",
      {
        verdict: "review",
        completion: null,
        reasons: [{ code: "relative-target", params: { op: "", tv: 1.5, tu: "%", actual: "2,1%" } }],
      },
    ],
    [
      "Tỷ lệ hộ nghèo các xã khu vực III giảm bình quân",
      "Giảm 2%",
      "Tỷ lệ hộ nghèo còn 5,8%",
      {
        verdict: "review",
        completion: null,
        reasons: [{ code: "relative-target", params: { op: "", tv: 2, tu: "%", actual: "5,8%" } }],
      },
    ],
    [
      "Giảm tỷ lệ hộ nghèo",
      "1,5%",
      "Tăng 0,3%",
      {
        verdict: "unmet",
        completion: 0,
        reasons: [
          {
            code: "change-opposite",
            params: { op: "", tv: 1.5, tu: "%", actual: "0,3%", direction: "fall" },
          },
        ],
      },
    ],
    // A level to stay under stays a ceiling.
    [
      "Tỷ lệ hộ nghèo",
      "3%",
      "2,1%",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "limit-meets", params: { op: "", tv: 3, tu: "%", actual: 2.1, noun: "" } }],
      },
    ],
    [
      "Giảm tỷ lệ hộ nghèo xuống còn",
      "3%",
      "2,5%",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "limit-meets", params: { op: "", tv: 3, tu: "%", actual: 2.5, noun: "" } }],
      },
    ],
    // A programme's name is no cut: its figures are levels.
    [
      "Chương trình mục tiêu quốc gia giảm nghèo",
      "100%",
      "Đạt 95%",
      {
        verdict: "unmet",
        completion: 95,
        reasons: [{ code: "rate-below", params: { op: "", tv: 100, tu: "%", actual: 95, noun: "" } }],
      },
    ],
    // "ha" is hectares, no "hạ" (lower): the area is a level to stay under, not a cut.
    [
      "Diện tích đất bị ô nhiễm tính theo ha",
      "5",
      "Còn 4 ha",
      {
        verdict: "met",
        completion: 100,
        reasons: [{ code: "limit-meets", params: { op: "", tv: 5, tu: "", actual: 4, noun: "ha" } }],
      },
    ],
  ])("%j: %j against %j", (content, target, result, expected) => {
    expect(judged(content, target, result)).toEqual(expected);
  });
});
