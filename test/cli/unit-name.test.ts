import type { SheetInput } from "../../src/core/types";
import { titleLines, unitName, unitNameFromLines } from "../../src/cli/unit-name";

describe("unitNameFromLines", () => {
  it.each<[string, string[], string | null]>([
    ["capitals after UBND", ["UBND XÃ PHÚ ĐÌNH"], "xã Phú Đình"],
    ["a ward in capitals", ["PHƯỜNG TÂN THỊNH"], "phường Tân Thịnh"],
    ["mixed case after UBND", ["UBND xã Phú Đình"], "xã Phú Đình"],
    ["a capital Xã", ["Xã Phú Đình"], "xã Phú Đình"],
    ["a town", ["THỊ TRẤN CHỢ CHU"], "thị trấn Chợ Chu"],
    ["a district alone", ["UBND HUYỆN ĐỊNH HÓA"], "huyện Định Hóa"],
    ["a town-level city is not a commune", ["UBND THỊ XÃ SƠN TÂY"], "thị xã Sơn Tây"],
    [
      "the commune wins over the district above it",
      ["UBND HUYỆN ĐỊNH HÓA", "UBND XÃ PHÚ ĐÌNH"],
      "xã Phú Đình",
    ],
    ["a comma ends the name", ["ỦY BAN NHÂN DÂN XÃ TÂN THỊNH, HUYỆN ĐỊNH HÓA"], "xã Tân Thịnh"],
    ["a following unit ends a mixed-case name", ["UBND xã Phú Đình Huyện Định Hóa"], "xã Phú Đình"],
    ["a numbered ward", ["PHƯỜNG 3, QUẬN 10"], "phường 3"],
    [
      "NĂM ends a name in a capitals title",
      ["HÀNH CHÍNH, CHỈ SỐ HÀI LÒNG VỀ SỰ PHỤC VỤ HÀNH CHÍNH XÃ PHÚ ĐÌNH NĂM 2024"],
      "xã Phú Đình",
    ],
    [
      "the “Kèm theo” line",
      ["(Kèm theo Báo cáo số /BC-UBND ngày tháng 11 năm 2024 của UBND xã Phú Đình)"],
      "xã Phú Đình",
    ],
    ["NFD text", ["UBND XÃ PHÚ ĐÌNH".normalize("NFD")], "xã Phú Đình"],
    ["“xã hội” is not a commune", ["TÁC ĐỘNG CẢI CÁCH HÀNH CHÍNH ĐẾN KINH TẾ - XÃ HỘI"], null],
    ["“cấp xã” names no commune", ["Kế hoạch CCHC cấp xã năm 2024"], null],
    ["“các xã, thị trấn” names none", ["CÁC XÃ, THỊ TRẤN"], null],
    ["a kind with nothing after it", ["CỦA UBND XÃ"], null],
    ["a title without a unit", ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024"], null],
    ["no lines", [], null],
  ])("%s", (_name, lines, expected) => {
    expect(unitNameFromLines(lines)).toBe(expected);
  });
});

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

  it("reads only the rows above the table's header, every cell of them", () => {
    expect(titleLines(sheet, 4)).toEqual(["PHỤ LỤC", "UBND XÃ PHÚ ĐÌNH"]);
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
