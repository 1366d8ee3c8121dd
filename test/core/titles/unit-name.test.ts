import type { SheetInput } from "../../../src/core";
import { titleLines, unitNameFromLines } from "../../../src/core/titles";

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

describe("titleLines", () => {
  it("reads only the rows above the table's header, every cell of them", () => {
    const sheet: SheetInput = {
      cells: [["PHỤ LỤC"], [null, "UBND XÃ PHÚ ĐÌNH"], [], ["Số TT", "Nội dung công việc"]],
    };
    expect(titleLines(sheet, 4)).toEqual(["PHỤ LỤC", "UBND XÃ PHÚ ĐÌNH"]);
    expect(titleLines({ ...sheet, origin: { row: 1, column: 0 } }, 3)).toEqual(["PHỤ LỤC"]);
  });
});
