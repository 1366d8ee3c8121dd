import type { SheetInput } from "../../src/core";
import { unitName } from "../../src/cli/unit-name";

describe("unitName", () => {
  const sheet: SheetInput = {
    sheetName: "Phụ lục",
    cells: [
      ["PHỤ LỤC"],
      [null, "UBND XÃ PHÚ ĐÌNH"],
      [],
      ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"],
      [1, "Xây dựng xã Tân Lập", "100%", "100%"],
    ],
  };

  it("names the unit from the title rows above its first table", () => {
    expect(unitName("dir/a.xlsx", [sheet], [{ sheet: "Phụ lục", headerRow: 4 }])).toBe("xã Phú Đình");
  });

  it("falls back to the file name without its extension", () => {
    const bare: SheetInput = { sheetName: "S", cells: [["Số TT", "Nội dung"]] };
    expect(unitName("dir/Tân Lập 2024.xlsx", [bare], [{ sheet: "S", headerRow: 1 }])).toBe("Tân Lập 2024");
    expect(unitName("dir/x.csv", [], [])).toBe("x");
  });

  it("ignores names in the table itself", () => {
    const noTitle: SheetInput = { ...sheet, cells: sheet.cells.slice(3) };
    expect(unitName("b.xlsx", [noTitle], [{ sheet: "Phụ lục", headerRow: 1 }])).toBe("b");
  });
});
