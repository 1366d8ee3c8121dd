/**
 * Things that should not happen, and how appendices speak of them: a rate of them is a ceiling ("tỷ lệ hồ
 * sơ trễ hạn 2%"), "không có" of them is a zero target, and handling them is a duty, not a ceiling.
 */
import type { WordClass } from "../types";
import { entry } from "./entry";

const t = (text: string) => ({ text, role: "target" as const });

/** Bad things: lower is better. */
export const ceiling: WordClass = [
  entry("quá hạn", t("Không có hồ sơ quá hạn"), "Có 03 hồ sơ quá hạn, đã thực hiện xin lỗi công dân"),
  entry("trễ hạn", t("Tỷ lệ hồ sơ trễ hạn dưới 2%"), t("0 hồ sơ trễ hạn")),
  entry("(chậm trả|chậm muộn|chậm tiến độ)", t("Không có hồ sơ chậm trả kết quả")),
  entry("(sai sót|sai phạm)", t("Không để xảy ra sai sót"), t("Không có sai phạm trong quản lý đất đai")),
  entry("vi phạm", t("Không có cán bộ vi phạm đạo đức công vụ")),
  entry("(khiếu nại|tố cáo)", t("Không có đơn thư khiếu nại, tố cáo vượt cấp")),
  entry("phản ánh", t("Không có phản ánh, kiến nghị về quy định hành chính")),
  entry("tồn đọng", t("Không để hồ sơ tồn đọng")),
  entry("[bị] trả lại", t("Không có hồ sơ bị trả lại")),
  entry("xin lỗi", t("Không có hồ sơ phải xin lỗi")),
  entry("phiền hà", t("Không để xảy ra phiền hà cho người dân")),
  entry("(sự cố|mất an toàn)", t("Không để xảy ra sự cố mất an toàn thông tin")),
  entry("kỷ luật", t("Không có cán bộ, công chức bị xử lý kỷ luật")),
  entry("bổ sung hồ sơ nhiều lần", t("Không có trường hợp yêu cầu bổ sung hồ sơ nhiều lần")),
  entry("(hộ cận nghèo|hộ nghèo)", t("Giảm tỷ lệ hộ nghèo xuống còn dưới 1,5%"), "Tỷ lệ hộ nghèo còn 1,32%"),
  entry("thất nghiệp", t("Tỷ lệ thất nghiệp dưới 3%")),
  entry("suy dinh dưỡng", t("Tỷ lệ trẻ em suy dinh dưỡng dưới 10%")),
  entry("(tai nạn|tội phạm)", t("Không để xảy ra tai nạn giao thông nghiêm trọng"), t("Giảm tội phạm 5%")),
  entry("ô nhiễm", t("Không để xảy ra ô nhiễm môi trường")),
];

/** Leads of a zero statement: within ten words they deny a bad thing. */
export const zeroLead: WordClass = [
  entry(
    "không (để xảy ra|để phát sinh|phát sinh|xảy ra)",
    t("Không để xảy ra sai sót"),
    "Không phát sinh hồ sơ trễ hạn",
  ),
  entry("không (có|để|còn|bị)", t("Không có hồ sơ quá hạn"), t("Không để hồ sơ tồn đọng")),
  entry("chưa (để xảy ra|xảy ra|có)", "Chưa để xảy ra sai sót", "Chưa có hồ sơ trễ hạn"),
  entry("(không|0)", t("Không hồ sơ nào trễ hạn"), t("0 hồ sơ trễ hạn")),
];

/** A whole cell that says nothing happened. */
export const bareDenial: WordClass = [
  entry("(không|không có|chưa có)", "Không", "Không có", "Chưa có"),
  entry("(không phát sinh|không xảy ra|không để xảy ra)", "Không phát sinh.", "Không xảy ra"),
  entry("0", "0"),
];

/**
 * Handling a bad thing: "100% hồ sơ trễ hạn được xin lỗi" measures the apologies, not the delays. The bad
 * things may be a list ("phản ánh, kiến nghị về TTHC được xử lý"); handling is told by "được", "đã",
 * "phải" before the word, or by a manner after it ("xử lý đúng hạn"), or by a figure after it.
 */
export const handling: WordClass = [
  entry("xin lỗi", t("100% hồ sơ trễ hạn được xin lỗi người dân")),
  entry("(xử lý|giải quyết)", t("100% phản ánh được xử lý"), t("Giải quyết 100% đơn thư khiếu nại"), {
    text: "Tỷ lệ phản ánh, kiến nghị về TTHC được xử lý đạt 100%",
    role: "target",
    note: "a share handled, to reach: not a ceiling",
  }),
  entry(
    "(trả lời|phản hồi)",
    t("Trả lời 100% phản ánh, kiến nghị"),
    t("Phản hồi 100% ý kiến"),
    t("Tỷ lệ phản ánh, kiến nghị của người dân được trả lời đạt 100%"),
  ),
  entry("khắc phục", t("Khắc phục 100% sai sót được phát hiện")),
];

/** After a handling word, how well it was done: the figure is of the handling ("xử lý đúng hạn 100%"). */
export const handlingManner: WordClass = [
  entry(
    "(đúng hạn|đúng thời hạn|trước hạn|kịp thời)",
    t("Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn đạt 100%"),
    t("Đơn thư khiếu nại giải quyết kịp thời đạt 100%"),
  ),
  entry("(dứt điểm|triệt để)", t("Khiếu nại, tố cáo giải quyết dứt điểm đạt 95%")),
];

/** A task's wording that starts with a duty towards a bad thing: its figure is the duty's share. */
export const duty: WordClass = [
  entry("(xin lỗi|xử lý|giải quyết|trả lời|phản hồi|khắc phục)", t("Xin lỗi người dân khi trễ hạn")),
  entry("(tiếp nhận|kiểm tra)", t("Tiếp nhận phản ánh, kiến nghị")),
];

/**
 * A cut to make: "giảm tỷ lệ hộ nghèo 1,5%" asks for more reduction, not a low level. After a change word
 * these make the change a fall; named in a task's wording without a figure ("Tỷ lệ hộ nghèo giảm (%)"),
 * they make the task's bare figures cuts.
 */
export const reduction: WordClass = [
  entry(
    "(giảm|hạ)",
    t("Giảm tỷ lệ hộ nghèo 1,5%"),
    t("Hạ tỷ lệ hồ sơ trễ hạn 1%"),
    t("Tỷ lệ hộ nghèo giảm 1,5%"),
    "Giảm 1,82% (từ 4,12% xuống còn 2,30%)",
  ),
  entry(
    "(rút ngắn|tiết kiệm)",
    t("Rút ngắn 30% thời gian giải quyết TTHC"),
    t("Tiết kiệm 10% chi thường xuyên"),
  ),
];

/** A level to stay under, right before its figure. */
export const levelUnder: WordClass = [
  entry("(còn|xuống|dưới)", t("Giảm tỷ lệ hộ nghèo còn 3,5%"), t("Hộ nghèo xuống dưới 2%")),
  entry("(không quá|tối đa)", t("Tỷ lệ hồ sơ trễ hạn không quá 2%"), t("Tối đa 5% hồ sơ trễ hạn")),
];
