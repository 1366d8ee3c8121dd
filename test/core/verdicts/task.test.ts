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
