/**
 * Header labels and the role each gives its column. A label's words are looked up wherever they stand: the
 * entry at the head of the label, or of one part of a compound label ("Chỉ tiêu/Yêu cầu"), counts most, an
 * entry further in ("Chỉ tiêu huyện giao", "Theo Kế hoạch số 62") less (src/core/header/labels.ts). A
 * `whole` entry counts only as a whole part ("KH", "TT"). Labels are folded and stripped of "(1)", units in
 * brackets and trailing marks first.
 */
import type { HeaderEntry, LabelRole } from "../types";

/** Words that give their column a role wherever they stand in its label. */
function label(
  role: LabelRole,
  pattern: string,
  examples: HeaderEntry["examples"],
  note?: string,
): HeaderEntry {
  return note === undefined ? { role, pattern, examples } : { role, pattern, examples, note };
}

/** Words that give a role only as a whole label or a whole part of one. */
function wholeLabel(role: LabelRole, pattern: string, examples: HeaderEntry["examples"]): HeaderEntry {
  return { role, pattern, examples, whole: true };
}

export const headers: readonly HeaderEntry[] = [
  // ---- the task's number ----
  wholeLabel("ordinal", "(số tt|sốtt|số t.t|sốt.t|stt|s.tt|tt|t.t|số thứ tự|thứ tự|số)", [
    "Số TT",
    "STT",
    "TT",
    "Số thứ tự",
    "S.TT",
  ]),

  // ---- the target ----
  label(
    "target",
    "kết quả (cần đạt|dự kiến|phải đạt)",
    ["Kết quả cần đạt", "Kết quả dự kiến"],
    "before “kết quả” (result), which it starts with",
  ),
  label("target", "yêu cầu", ["Yêu cầu năm 2024", "Yêu cầu"]),
  label("target", "mục tiêu", ["Mục tiêu năm 2024"]),
  label("target", "kế hoạch", ["Kế hoạch năm 2024", "Kế hoạch"]),
  label("target", "chỉ tiêu (được giao|giao|đăng ký|kế hoạch|năm|phấn đấu|cần đạt|đạt)", [
    "Chỉ tiêu được giao",
    "Chỉ tiêu năm 2024",
    "Chỉ tiêu phấn đấu",
  ]),
  label("target", "mức (cần đạt|phấn đấu)", ["Mức cần đạt"]),
  label("target", "đăng ký", ["Đăng ký thi đua"]),
  label("target", "nhiệm vụ giao", ["Nhiệm vụ giao"], "before “nhiệm vụ” (task)"),
  wholeLabel("target", "sản phẩm", ["Sản phẩm"]),
  label("target", "sản phẩm (đầu ra|cần đạt)", ["Sản phẩm đầu ra"]),
  wholeLabel("target", "kh [năm] [#]", ["KH", "KH 2024", "KH năm 2024"]),
  label("target", "(nghị quyết|dự toán)", ["Nghị quyết HĐND giao", "Dự toán năm 2024"]),
  wholeLabel("target", "(nq|nghị quyết) [năm] [#]", ["NQ", "NQ 2024"]),
  label("target", "(được giao|giao|phấn đấu|cần đạt)", ["Được giao", "Phấn đấu năm 2024"]),

  // ---- "Chỉ tiêu": the task beside "Kế hoạch", the target beside "Nội dung" ----
  label("ambiguous", "(chỉ tiêu|chỉ số)", ["Chỉ tiêu", "Chỉ số", "Chỉ tiêu chủ yếu"]),

  // ---- the task ----
  label("content", "nội dung", ["Nội dung công việc", "Nội dung"]),
  label("content", "(nhiệm vụ|các nhiệm vụ|nhóm nhiệm vụ)", ["Nhiệm vụ", "Các nhiệm vụ"]),
  label("content", "tên (nhiệm vụ|chỉ tiêu|chỉ số|tiêu chí|công việc|hoạt động)", [
    "Tên nhiệm vụ",
    "Tên chỉ tiêu",
  ]),
  label("content", "(công việc|hoạt động|giải pháp)", ["Công việc", "Hoạt động"]),
  label("content", "(tiêu chí|lĩnh vực|danh mục)", ["Tiêu chí", "Lĩnh vực"]),
  label("content", "chỉ tiêu(,|) nhiệm vụ", ["Chỉ tiêu, nhiệm vụ"]),

  // ---- the result ----
  label("result", "kết quả", ["Kết quả thực hiện", "Kết quả"]),
  label("result", "(thực hiện|đã thực hiện)", ["Thực hiện", "Thực hiện năm 2024"]),
  label("result", "ước (thực hiện|th|đạt|cả năm)", ["Ước thực hiện năm 2024", "Ước đạt"]),
  label("result", "tình hình (thực hiện|triển khai)", ["Tình hình thực hiện", "Tình hình triển khai"]),
  label("result", "(thực tế|lũy kế)", ["Thực tế", "Lũy kế đến 30/11"]),
  wholeLabel("result", "[ước] th [năm] [#]", ["TH", "TH 2024", "Ước TH"]),
  wholeLabel("result", "(ưth|kq) [năm] [#]", ["ƯTH", "ƯTH 2024", "KQ"]),
  label("result", "đạt được", ["Đạt được"]),

  // ---- the table's own evaluation ----
  label("evaluation", "(đánh giá|tự đánh giá|mức độ hoàn thành)", [
    "Đánh giá",
    "Tự đánh giá",
    "Mức độ hoàn thành",
  ]),
  label("evaluation", "(xếp loại|kết luận|so sánh)", ["Xếp loại", "So sánh"]),

  // ---- who does it ----
  label("unit", "(đơn vị|đvt|cơ quan|bộ phận|người (thực hiện|phụ trách))", [
    "ĐVT",
    "Đơn vị thực hiện",
    "Cơ quan chủ trì",
    "Người phụ trách",
  ]),

  label("note", "(ghi chú|chú thích)", ["Ghi chú"]),

  // ---- the target's deadline, in a column of its own ("thời gian" alone names other columns) ----
  label("deadline", "thời gian (hoàn thành|thực hiện)", ["Thời gian hoàn thành", "Thời gian thực hiện"]),
  label("deadline", "thời hạn hoàn thành", ["Thời hạn hoàn thành"]),
  label("deadline", "hạn hoàn thành", ["Hạn hoàn thành"]),
  label("deadline", "tiến độ hoàn thành", ["Tiến độ hoàn thành"]),
  wholeLabel("deadline", "(thời hạn|hạn chót)", ["Thời hạn"]),

  // ---- known columns the engine does not use ----
  label("other", "(thời gian|thời hạn|tiến độ|tỷ lệ|tỉ lệ|nguồn|kinh phí|ngày|mức độ)", [
    "Thời gian",
    "Kinh phí",
    "Tỷ lệ (%)",
  ]),
];
