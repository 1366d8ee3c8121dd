import {
  ENGLISH_NUMBERS,
  parseNumberToken,
  VIETNAMESE_NUMBERS,
} from "../../../src/core/readings/number-token";

describe("parseNumberToken", () => {
  it.each([
    ["83,3", 83.3, 1],
    ["83,33", 83.33, 2],
    ["1.240", 1240, 0],
    ["1.240,5", 1240.5, 1],
    ["1.240.000", 1240000, 0],
    ["98.42", 98.42, 2],
    ["0.5", 0.5, 1],
    ["100", 100, 0],
    ["01", 1, 0],
    ["6,6", 6.6, 1],
  ])("Vietnamese %j → %p (%p decimals)", (token, value, decimals) => {
    expect(parseNumberToken(token, VIETNAMESE_NUMBERS)).toEqual({ value, decimals });
  });

  it.each([
    ["83.3", 83.3, 1],
    ["1,240", 1240, 0],
    ["1,240.5", 1240.5, 1],
    ["83,3", 83.3, 1],
    ["1,240,000", 1240000, 0],
  ])("English %j → %p", (token, value, decimals) => {
    expect(parseNumberToken(token, ENGLISH_NUMBERS)).toEqual({ value, decimals });
  });

  it.each(["", "abc", "1.2.3", "1,2.3,4", "12a"])("refuses %j", (token) => {
    expect(parseNumberToken(token)).toBeNull();
  });
});
