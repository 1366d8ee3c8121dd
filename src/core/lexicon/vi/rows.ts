/** Words that tell what a row is: a section, a total, a sub-item, a footer; and the table's own claims. */
import type { ClaimEntry, WordClass } from "../types";
import { entry, exact } from "./entry";

/** Before a Roman numeral, these name a section ("PHẦN I", "Mục II"). */
export const sectionWord: WordClass = [entry("(phần|mục)", "PHẦN I. CÔNG TÁC CHỈ ĐẠO", "Mục II")];

/**
 * A row that sums the tasks above it. With diacritics: folded, "Cộng" would take "Công khai TTHC…". A bare
 * "Tổng" or "Cộng" only before a colon or a figure, not in "Tổng hợp báo cáo" or "Cộng đồng dân cư".
 */
export const total: WordClass = [
  exact("^(tổng cộng|tổng số)(:| |$)", "Tổng cộng", "TỔNG CỘNG", "Tổng số: 26 nhiệm vụ"),
  exact("^(tổng|cộng)(:|$| #)", "Tổng: 26 nhiệm vụ", "Cộng", "Tổng 26 nhiệm vụ"),
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
  entry("^(-|+|\\*|•|–)", "- Nông lâm nghiệp", "+ Hồ sơ trực tuyến", "• Hồ sơ đúng hạn"),
  entry("^trong đó", "Trong đó: hồ sơ trực tuyến"),
  entry("^(a|b|c|d|đ|e)\\)", "a) Cấp xã", "b) Cấp thôn", "c) Tổ dân phố"),
];

/**
 * Words a sentence cut by a page break ends on or carries on with: a cell cannot end on them ("… đảm bảo
 * tính thống nhất của"), and the carried-on half under it starts with them ("và xử lý trên môi trường
 * mạng"). Matched with their diacritics: folded, "để" would be "đề" and "trong" "trồng".
 */
export const connector: WordClass = [
  exact("(và|hoặc|hay|cùng)", "và xử lý trên môi trường mạng", "hoặc qua dịch vụ bưu chính công ích"),
  exact("(của|cho|với|đối với|giữa)", "của hệ thống văn bản QPPL", "đối với cán bộ, công chức cấp xã"),
  exact(
    "(theo|tại|trong|trên|về|từ|đến|để|nhằm|thuộc|bằng)",
    "theo hướng dẫn của UBND huyện",
    "tại Bộ phận Tiếp nhận và Trả kết quả",
    "trên Cổng dịch vụ công trực tuyến",
  ),
  exact("(các|những|được|là)", "các cơ quan nhà nước", "được giao trong năm 2024"),
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
