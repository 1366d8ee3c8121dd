/**
 * Administrative units named in the title rows above a table ("UBND XÃ PHÚ ĐÌNH"), matched word by word
 * with their diacritics: the commune level (xã, phường, thị trấn) is level 0.
 */
import type { UnitKindEntry, WordClass } from "../types";
import { entry } from "./entry";

export const unitKinds: readonly UnitKindEntry[] = [
  {
    level: 0,
    pattern: "thị trấn",
    examples: ["UBND THỊ TRẤN HÙNG SƠN"],
    note: "before “xã”: “thị xã” is not one",
  },
  { level: 1, pattern: "thị xã", examples: ["UBND thị xã Phổ Yên"] },
  { level: 1, pattern: "thành phố", examples: ["UBND thành phố Thái Nguyên"] },
  { level: 0, pattern: "phường", examples: ["(Kèm theo Báo cáo của UBND phường Tân Thịnh)"] },
  { level: 1, pattern: "(huyện|quận)", examples: ["UBND HUYỆN ĐẠI TỪ", "UBND quận Ba Đình"] },
  { level: 0, pattern: "xã", examples: ["UBND XÃ PHÚ ĐÌNH"] },
];

/** Words that end a name in an all-capitals title ("XÃ PHÚ ĐÌNH NĂM 2024") or start another unit. */
export const unitStop: WordClass = [
  entry("(năm|ngày|tháng|quý|giai|đợt|kỳ)", "XÃ PHÚ ĐÌNH NĂM 2024"),
  entry("(về|của|theo|tại|và|với|trên|đến|từ)", "UBND XÃ PHÚ ĐÌNH VỀ CÔNG TÁC CCHC"),
  entry("(tỉnh|huyện|quận|xã|phường|thị|thành|ubnd)", "XÃ PHÚ ĐÌNH HUYỆN ĐỊNH HÓA"),
  entry("(báo|kế|phụ)", "XÃ PHÚ ĐÌNH BÁO CÁO"),
];

/** Before a unit kind, these make it a common noun: "cấp xã", "các xã, thị trấn". */
export const unitNotBefore: WordClass = [
  entry("(cấp|các|những|mỗi|toàn|từng|mọi)", "Chỉ số CCHC cấp xã", "các xã, thị trấn"),
];

/** After "xã", these make it another word: "xã hội", "xã viên". */
export const unitNotAfter: WordClass = [entry("(hội|viên)", "phát triển kinh tế - xã hội")];
