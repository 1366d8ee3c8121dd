import {
  ENGLISH_NUMBERS,
  formatCount,
  formatNumber,
  formatPercent,
  round,
  VIETNAMESE_NUMBERS,
} from "../../src/core";

describe("round", () => {
  it.each([
    [83.33333, 2, 83.33],
    [1.005, 2, 1.01],
    [-2.345, 2, -2.35],
    [88.888888, 2, 88.89],
    [31.885714, 2, 31.89],
    [5, 0, 5],
  ])("round(%p, %p) = %p", (value, decimals, expected) => {
    expect(round(value, decimals)).toBe(expected);
  });

  it("passes non-finite numbers through", () => {
    expect(round(Number.NaN)).toBeNaN();
    expect(round(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("formatNumber and formatPercent", () => {
  it.each([
    [83.3333, "83,33", "83.33"],
    [1240, "1.240", "1,240"],
    [1240.5, "1.240,5", "1,240.5"],
    [100, "100", "100"],
    [0, "0", "0"],
    [-0.001, "0", "0"],
    [-12.5, "-12,5", "-12.5"],
    [1234567.891, "1.234.567,89", "1,234,567.89"],
  ])("%p → vi %j, en %j", (value, vi, en) => {
    expect(formatNumber(value, VIETNAMESE_NUMBERS)).toBe(vi);
    expect(formatNumber(value, ENGLISH_NUMBERS)).toBe(en);
  });

  it("writes percentages in Vietnamese style by default", () => {
    expect(formatPercent(83.333)).toBe("83,33%");
    expect(formatPercent(76.923, ENGLISH_NUMBERS)).toBe("76.92%");
    expect(formatPercent(50, VIETNAMESE_NUMBERS, 0)).toBe("50%");
  });

  it("shows non-finite numbers as they are", () => {
    expect(formatNumber(Number.NaN)).toBe("NaN");
  });
});

describe("formatCount", () => {
  it.each([
    [5, "05"],
    [0, "00"],
    [20, "20"],
    [1.5, "1.5"],
    [-1, "-1"],
  ])("%p → %j", (value, expected) => {
    expect(formatCount(value)).toBe(expected);
  });
});
