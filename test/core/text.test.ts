import { foldText, normalizeText } from "../../src/core";

describe("normalizeText", () => {
  it.each([
    ["  Số   TT ", "Số TT"],
    ["Kết quả\nthực hiện", "Kết quả thực hiện"],
    ["Yêu\u00a0cầu\u200b", "Yêu cầu"],
    ["Kết quả thực hiện".normalize("NFD"), "Kết quả thực hiện"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it("returns NFC text", () => {
    const out = normalizeText("Đạt từ 70%".normalize("NFD"));
    expect(out).toBe(out.normalize("NFC"));
    expect(out.length).toBe("Đạt từ 70%".length);
  });
});

describe("foldText", () => {
  it.each([
    ["Số TT", "so tt"],
    ["ĐẠT TỪ 70%", "dat tu 70%"],
    ["Chưa thống kê được", "chua thong ke duoc"],
    ["hoá / hóa", "hoa / hoa"],
    ["Yêu cầu năm 2024".normalize("NFD"), "yeu cau nam 2024"],
    ["plain ascii", "plain ascii"],
  ])("%j → %j", (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it("keeps one character per character of NFC text, so positions map back", () => {
    const text = "Tỷ lệ hồ sơ trực tuyến đạt 98,42%";
    expect(foldText(text)).toHaveLength(text.length);
  });
});
