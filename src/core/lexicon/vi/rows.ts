/** Words that tell what a row is: a section, a total, a sub-item, a footer; and the table's own claims. */
import type { ClaimEntry, WordClass } from "../types";
import { entry } from "./entry";

/** Before a Roman numeral, these name a section ("PHẦN I", "Mục II"). */
export const sectionWord: WordClass = [entry("(phần|mục)", "PHẦN I. CÔNG TÁC CHỈ ĐẠO", "Mục II")];

/** A row that sums the tasks above it. */
export const total: WordClass = [
  entry("^(tổng cộng|tổng số|tổng|cộng)(:| |$)", "Tổng cộng", "Tổng: 26 nhiệm vụ", "Cộng"),
];

/** Text under a table that belongs to the report around it. */
export const footer: WordClass = [
  entry("^(ghi chú|chú thích|lưu ý)", "Ghi chú: số liệu tính đến 30/11/2024", "Lưu ý"),
  entry("^(người lập|người ký|thủ trưởng)", "Người lập biểu", "Thủ trưởng đơn vị"),
  entry("^(tm. |tm |t/m|kt. |kt )", "TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH"),
  entry("^(chủ tịch|phó chủ tịch)", "CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
  entry("^(nơi nhận|xác nhận)", "Nơi nhận:", "Xác nhận của UBND xã"),
  entry("^(\\(ký|\\(đã ký|ký tên)", "(Ký, ghi rõ họ tên)", "(Đã ký)"),
  entry("^(nguồn:|nguồn :|\\*)", "Nguồn: Phòng Nội vụ", "* Số liệu ước"),
  entry("\\(ký(,|) [ghi rõ] họ tên", "Người lập (ký, ghi rõ họ tên)"),
  entry("\\, ngày …12 tháng", "Phú Đình, ngày 10 tháng 12 năm 2024"),
];

/** Leads of a sub-item written in the task column. */
export const subitemLead: WordClass = [
  entry("^(-|+|\\*|•|–)", "- Nông lâm nghiệp", "+ Hồ sơ trực tuyến"),
  entry("^trong đó", "Trong đó: hồ sơ trực tuyến"),
  entry("^(a\\)|b\\))", "a) Cấp xã", "b) Cấp thôn"),
];

/** Nouns that make a fraction a count of the plan's own tasks ("Hoàn thành 24/27 nhiệm vụ"). */
export const planTask: WordClass = [
  entry("(nhiệm vụ|chỉ tiêu)", "Hoàn thành 24/27 nhiệm vụ, đạt 88,89%", "Đạt 15/17 chỉ tiêu"),
];

/** A table's own verdict in an "Đánh giá" column; negations first, as they contain the other words. */
export const claims: readonly ClaimEntry[] = [
  {
    claim: "unmet",
    pattern: "^{negation} (đạt|hoàn thành|thực hiện)",
    examples: ["Không đạt", "Chưa hoàn thành", "Chưa thực hiện"],
  },
  {
    claim: "met",
    pattern: "^(vượt|đạt|hoàn thành|đã hoàn thành|tốt|xuất sắc)",
    examples: ["Đạt", "Hoàn thành", "Vượt kế hoạch", "Xuất sắc"],
  },
];
