/** Stage 7, findings: what the table says about itself, against the verdicts. */
import { analyzeSheet } from "../../../src/core";
import { statedClaim } from "../../../src/core/findings/claims";

describe("statedClaim", () => {
  it.each([
    ["Đạt", "met"],
    ["Hoàn thành tốt", "met"],
    ["Vượt kế hoạch", "met"],
    ["Không đạt", "unmet"],
    ["Chưa hoàn thành", "unmet"],
    ["Đang thực hiện", undefined],
    ["95%", undefined],
  ])("%j → %s", (text, claim) => {
    expect(statedClaim(text)).toBe(claim);
  });
});

describe("checkClaims through the pipeline", () => {
  it("reports an evaluation column that disagrees with the verdict", () => {
    const table = analyzeSheet({
      cells: [
        ["STT", "Nội dung", "Yêu cầu", "Kết quả", "Đánh giá"],
        ["1", "Hồ sơ trực tuyến", "Đạt từ 70%", "Đạt 22,32%", "Đạt"],
        ["2", "Công khai", "100%", "100%", "Đạt"],
      ],
    }).tables[0]!;
    expect(table.findings.filter((f) => f.code === "evaluation-disagrees")).toEqual([
      {
        code: "evaluation-disagrees",
        severity: "warning",
        params: { ordinal: "1", stated: "Đạt", verdict: "unmet" },
        row: 2,
        cell: "D2",
      },
    ]);
  });

  it("reports a row that claims more of this plan's tasks than the table supports", () => {
    const table = analyzeSheet({
      cells: [
        ["STT", "Nội dung", "Yêu cầu", "Kết quả"],
        ["1", "Thực hiện kế hoạch", "100%", "Hoàn thành 2/2 nhiệm vụ"],
        ["2", "Công khai", "100%", "50%"],
      ],
    }).tables[0]!;
    expect(table.findings.filter((f) => f.code === "plan-claim-disagrees")).toEqual([
      {
        code: "plan-claim-disagrees",
        severity: "warning",
        params: { ordinal: "1", done: 2, total: 2, tasks: 2, met: 1 },
        row: 2,
        cell: "D2",
      },
    ]);
  });
});
