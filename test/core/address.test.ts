import { cellAddress, columnLetter } from "../../src/core";

describe("columnLetter", () => {
  it.each([
    [0, "A"],
    [3, "D"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("%p → %s", (column, letter) => {
    expect(columnLetter(column)).toBe(letter);
  });

  it.each([-1, 1.5, Number.NaN])("refuses %p", (column) => {
    expect(() => columnLetter(column)).toThrow(RangeError);
  });
});

describe("cellAddress", () => {
  it("is 0-based in, A1 out", () => {
    expect(cellAddress(0, 0)).toBe("A1");
    expect(cellAddress(8, 0)).toBe("A9");
    expect(cellAddress(1048575, 16383)).toBe("XFD1048576");
  });

  it("refuses a negative row", () => {
    expect(() => cellAddress(-1, 0)).toThrow(RangeError);
  });
});
