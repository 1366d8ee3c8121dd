import { compareDates, deadlineOf, latestDateOf } from "../../../src/core/readings/dates";
import { defaultLexicon, foldText, normalizeText } from "../../../src/core";

function read(fn: typeof deadlineOf, text: string): ReturnType<typeof deadlineOf> {
  const normalized = normalizeText(text);
  return fn(foldText(normalized), normalized, defaultLexicon());
}

describe("deadlineOf", () => {
  it.each([
    ["Trước ngày 15/12/2024", { day: 15, month: 12, year: 2024, source: "15/12/2024" }],
    ["Chậm nhất 30/6", { day: 30, month: 6, source: "30/6" }],
    ["Hoàn thành trong quý I/2024", { day: 31, month: 3, year: 2024, source: "quý I/2024" }],
    ["Quý IV", { day: 31, month: 12, source: "Quý IV" }],
    ["Trong tháng 6/2024", { day: 30, month: 6, year: 2024, source: "tháng 6/2024" }],
    ["31/12/2024", { day: 31, month: 12, year: 2024, source: "31/12/2024" }],
    ["Hạn chót 15-10-2024", { day: 15, month: 10, year: 2024, source: "15-10-2024" }],
  ])("%j", (text, expected) => {
    expect(read(deadlineOf, text)).toEqual(expected);
  });

  it.each([
    "Hoàn thành 5/6 nhiệm vụ",
    "Thực hiện theo Nghị định số 61/2018/NĐ-CP",
    "Đạt 98,5%",
    "Ban hành Kế hoạch số 45/KH-UBND ngày 20/3/2024 và tổ chức thực hiện",
    "",
  ])("finds no deadline in %j", (text) => {
    expect(read(deadlineOf, text)).toBeUndefined();
  });
});

describe("latestDateOf", () => {
  it("takes the latest of several dates", () => {
    expect(
      read(
        latestDateOf,
        "Ban hành Kế hoạch số 45/KH-UBND ngày 20/3/2024; đã tổ chức kiểm tra ngày 02/10/2024.",
      ),
    ).toEqual({ day: 2, month: 10, year: 2024, source: "02/10/2024" });
  });

  it.each(["Hoàn thành 5/6 nhiệm vụ", "Đạt 83,3%", "Nghị định số 91/2020/NĐ-CP", "Đã thực hiện xong"])(
    "finds no date in %j",
    (text) => {
      expect(read(latestDateOf, text)).toBeUndefined();
    },
  );
});

describe("compareDates", () => {
  it.each([
    [{ day: 1, month: 1, year: 2024 }, { day: 31, month: 12, year: 2023 }, 1],
    [{ day: 15, month: 6 }, { day: 30, month: 6, year: 2024 }, -1],
    [{ day: 30, month: 6 }, { day: 30, month: 6 }, 0],
  ])("%j vs %j", (a, b, sign) => {
    expect(Math.sign(compareDates({ ...a, source: "" }, { ...b, source: "" }))).toBe(sign);
  });
});
