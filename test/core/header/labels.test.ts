/** Header labels read by their words wherever they stand. */
import { defaultLexicon } from "../../../src/core";
import { cleanLabel, readLabel, roleOfLabel } from "../../../src/core/header/labels";

const lexicon = defaultLexicon();

describe("cleanLabel", () => {
  it.each([
    [" Kết quả  thực hiện (3): ", "ket qua thuc hien"],
    ["Tỷ lệ\n(%)", "ty le"],
    ["Chỉ tiêu [tỷ đồng]", "chi tieu"],
    ["(1)", "1"],
    ["Yêu cầu.", "yeu cau"],
  ])("%j → %j", (text, cleaned) => {
    expect(cleanLabel(text)).toBe(cleaned);
  });
});

describe("readLabel", () => {
  it("gives the head of the label most weight", () => {
    expect(readLabel("Kết quả thực hiện", lexicon)).toEqual({
      role: "result",
      scores: { result: 5 },
      words: "ket qua",
    });
  });

  it("weighs the parts of a compound label", () => {
    expect(readLabel("Chỉ tiêu/Yêu cầu", lexicon)).toEqual({
      role: "target",
      scores: { content: 2, target: 4 },
      words: "chi tieu",
    });
  });

  it("lets the words after “Chỉ tiêu” decide", () => {
    expect(readLabel("Chỉ tiêu huyện giao", lexicon)).toEqual({
      role: "target",
      scores: { content: 2, target: 5 },
      words: "giao",
    });
  });

  it("leaves “Chỉ tiêu” alone ambiguous, for the row to decide", () => {
    expect(readLabel("Chỉ tiêu chủ yếu", lexicon)).toEqual({
      role: "ambiguous",
      scores: { content: 2, target: 2 },
      words: "chi tieu",
    });
  });

  it("reads words further in a short label only", () => {
    expect(readLabel("Theo Kế hoạch số 62/KH-UBND", lexicon)?.role).toBe("target");
    expect(readLabel("Số liệu tổng hợp theo các văn bản của huyện về kế hoạch năm", lexicon)).toBeUndefined();
  });

  it.each([[""], ["Số liệu tham khảo"], ["x".repeat(90)], ["(%)"]])("%j → undefined", (text) => {
    expect(readLabel(text, lexicon)).toBeUndefined();
  });
});

describe("roleOfLabel", () => {
  it.each([
    ["Số TT", "ordinal"],
    ["Nội dung nhiệm vụ trọng tâm", "content"],
    ["Nhiệm vụ/Chỉ tiêu", "content"],
    ["Mục tiêu, yêu cầu", "target"],
    ["Nghị quyết HĐND giao", "target"],
    ["NQ", "target"],
    ["KH 2024", "target"],
    ["Kết quả thực hiện đến 30/11", "result"],
    ["ƯTH", "result"],
    ["KQ", "result"],
    ["Ước TH năm", "result"],
    ["Chỉ tiêu thực hiện", "result"],
    ["Mức đạt được", "result"],
    ["ĐVT", "unit"],
    ["Thời gian thực hiện", "deadline"],
    ["Thời gian", "other"],
    ["Đơn vị thực hiện", "unit"],
    ["So sánh (%)", "evaluation"],
    ["Tự đánh giá kết quả (Đạt/Chưa đạt)", "evaluation"],
  ])("%j → %s", (text, role) => {
    expect(roleOfLabel(text, lexicon)).toBe(role);
  });
});
