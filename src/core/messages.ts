/**
 * Every text the engine and its front ends show, keyed by code, in Vietnamese and English.
 * Findings and reasons carry a code and parameters; text is made here, at the edge.
 */
import { formatNumber, formatPercent, type Language } from "./format";
import type { Finding, Issue, Params, ParamValue } from "./types";

/** Findings about the table, the sheet, or the file. */
export const FINDING_CODES = [
  "numbering-gap",
  "numbering-duplicate",
  "missing-target",
  "missing-result",
  "percent-mismatch",
  "continuation-merged",
  "subitem-attached",
  "result-column-chosen",
  "repeated-header",
  "unrecognized-row",
  "shared-merged-cell",
  "evaluation-disagrees",
  "plan-claim-disagrees",
  "review-stale",
  "review-orphaned",
  "review-unreadable",
  "no-table",
  "no-target-column",
  "no-result-column",
  "file-not-found",
  "unsupported-format",
  "unreadable",
  "password-protected",
  "empty-file",
] as const;

/** Reasons behind a verdict. */
export const REASON_CODES = [
  "rate-meets",
  "rate-below",
  "limit-meets",
  "limit-exceeded",
  "fraction-meets",
  "fraction-below",
  "count-meets",
  "count-below",
  "range-meets",
  "range-below",
  "approx-meets",
  "approx-below",
  "bound-below-target",
  "bound-undecided",
  "negated-result",
  "no-data-result",
  "empty-result",
  "in-progress-result",
  "pending-note",
  "not-arising",
  "not-arising-existence",
  "caveat-result",
  "caveat-with-numbers",
  "qualitative-done",
  "qualitative-restates",
  "qualitative-unclear",
  "qualitative-for-rate",
  "no-number-in-result",
  "number-without-target",
  "zero-met",
  "zero-unmet",
  "existence-met",
  "existence-unmet",
  "target-missing",
  "target-unclear",
  "units-differ",
  "relative-target",
  "deadline-met",
  "deadline-missed",
  "deadline-no-date",
  "per-period-meets",
  "per-period-review",
  "fraction-percent-mismatch",
  "number-read-as-share",
  "subitems-rollup",
  "evaluation-stated",
  "reviewer-confirmed",
  "reviewer-changed",
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];
export type ReasonCode = (typeof REASON_CODES)[number];
export type MessageCode = FindingCode | ReasonCode;
export const MESSAGE_CODES: readonly MessageCode[] = [...FINDING_CODES, ...REASON_CODES];

type Template = (p: Params, fmt: Formatters) => string;

interface Formatters {
  /** A percentage parameter: 83.333 → "83,33%". */
  pct(value: ParamValue | undefined): string;
  /** A plain number parameter: 1240 → "1.240". */
  num(value: ParamValue | undefined): string;
  /** A text parameter, quoted and shortened. */
  q(value: ParamValue | undefined): string;
  /** A text parameter as is. */
  s(value: ParamValue | undefined): string;
  /** A target from params op, tv, th, tu: "≥ 70%", "100%", "6,6–6,8%", "≥ 1 sáng kiến". */
  tgt(p: Params): string;
}

const QUOTE_LIMIT = 80;

function makeFormatters(language: Language): Formatters {
  const s = (v: ParamValue | undefined): string => (v === undefined ? "" : String(v));
  return {
    pct: (v) => (typeof v === "number" ? formatPercent(v, language) : s(v)),
    num: (v) => (typeof v === "number" ? formatNumber(v, language) : s(v)),
    q: (v) => {
      const text = s(v).replace(/\s+/g, " ").trim();
      const cut = text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1)}…` : text;
      return `“${cut}”`;
    },
    s,
    tgt: (p) => {
      const unit = p.tu === "%" ? "%" : p.tu ? ` ${String(p.tu)}` : "";
      const value = typeof p.tv === "number" ? formatNumber(p.tv, language) : s(p.tv);
      const high = typeof p.th === "number" ? `–${formatNumber(p.th, language)}` : "";
      const op = p.op ? `${String(p.op)} ` : "";
      return `${op}${value}${high}${unit}`;
    },
  };
}

const vi: Record<MessageCode, Template> = {
  "numbering-gap": (p, f) =>
    `Số thứ tự nhảy từ ${f.s(p.previous)} sang ${f.s(p.ordinal)}: thiếu số ${f.s(p.missing)}.`,
  "numbering-duplicate": (p, f) => `Số thứ tự ${f.s(p.ordinal)} bị trùng (đã có ở dòng ${f.s(p.firstRow)}).`,
  "missing-target": (p, f) => `Nhiệm vụ ${f.s(p.ordinal)} để trống cột yêu cầu (chỉ tiêu).`,
  "missing-result": (p, f) => `Nhiệm vụ ${f.s(p.ordinal)} để trống cột kết quả thực hiện.`,
  "percent-mismatch": (p, f) =>
    `Nhiệm vụ ${f.s(p.ordinal)}: tỷ lệ ghi ${f.pct(p.stated)} không khớp với ${f.num(p.done)}/${f.num(p.total)} = ${f.pct(p.computed)}.`,
  "continuation-merged": (p, f) =>
    `Dòng ${f.s(p.row)} không đánh số, được ghép vào nhiệm vụ ${f.s(p.ordinal)} (bảng bị ngắt trang).`,
  "subitem-attached": (p, f) => `Dòng ${f.s(p.row)} là tiểu mục của nhiệm vụ ${f.s(p.ordinal)}.`,
  "result-column-chosen": (p, f) =>
    `Chọn cột ${f.s(p.letter)} (${f.q(p.label)}) làm kết quả thực hiện vì ${
      p.basis === "same-period"
        ? "cùng kỳ với cột chỉ tiêu"
        : p.basis === "after-target"
          ? "nằm sau cột chỉ tiêu (cột đứng trước là số liệu kỳ trước)"
          : "là cột kết quả đầu tiên"
    }; cột ${f.s(p.otherLetter)} (${f.q(p.otherLabel)}) không được dùng.`,
  "repeated-header": (p, f) => `Dòng ${f.s(p.row)} lặp lại dòng tiêu đề (sang trang), được bỏ qua.`,
  "unrecognized-row": (p, f) => `Dòng ${f.s(p.row)} không nhận dạng được: ${f.q(p.text)}.`,
  "shared-merged-cell": (p, f) =>
    `Nhiệm vụ ${f.s(p.ordinal)} dùng chung ô gộp ${f.s(p.cell)} với nhiệm vụ phía trên.`,
  "evaluation-disagrees": (p, f) =>
    `Nhiệm vụ ${f.s(p.ordinal)}: bảng tự đánh giá ${f.q(p.stated)}, nhưng kết quả kiểm tra là “${VERDICT_LABELS.vi[String(p.verdict)] ?? f.s(p.verdict)}”.`,
  "plan-claim-disagrees": (p, f) =>
    `Nhiệm vụ ${f.s(p.ordinal)} ghi hoàn thành ${f.num(p.done)}/${f.num(p.total)} nhiệm vụ, nhưng phụ lục liệt kê ${f.num(p.tasks)} nhiệm vụ, trong đó ${f.num(p.met)} đạt.`,
  "review-stale": (p, f) =>
    `Nhiệm vụ ${f.s(p.ordinal)}: người thẩm định quyết định khi máy đánh giá “${vl("vi", p.before)}”, nay máy đánh giá “${vl("vi", p.verdict)}” (dòng đã được sửa); nên xem lại quyết định.`,
  "review-orphaned": (p, f) =>
    `Quyết định thẩm định cho nhiệm vụ ${f.s(p.ordinal)} (trang ${f.q(p.sheet)}, dòng ${f.s(p.row)}: ${f.q(p.content)}) không còn khớp nhiệm vụ nào trong bảng nên không được áp dụng.`,
  "review-unreadable": (p, f) =>
    p.detail === "entry"
      ? `Không đọc được quyết định thẩm định thứ ${f.s(p.index)} lưu trong tệp; quyết định này được bỏ qua.`
      : `Phần lưu quyết định thẩm định trong tệp không đúng định dạng nên được bỏ qua.`,
  "no-table": (p, f) =>
    `Không tìm thấy bảng phụ lục trên trang ${f.q(p.sheet)}: cần một dòng tiêu đề có các cột “Số TT”, “Nội dung công việc”, “Yêu cầu…” và “Kết quả thực hiện”.${p.nearest ? ` Dòng gần giống nhất (dòng ${f.s(p.nearestRow)}): ${f.q(p.nearest)}.` : ""}`,
  "no-target-column": (p, f) =>
    `Bảng ở trang ${f.q(p.sheet)} (tiêu đề dòng ${f.s(p.row)}) không có cột yêu cầu/chỉ tiêu (“Yêu cầu năm…”, “Chỉ tiêu”, “Kế hoạch”). Các cột tìm thấy: ${f.s(p.found)}.`,
  "no-result-column": (p, f) =>
    `Bảng ở trang ${f.q(p.sheet)} (tiêu đề dòng ${f.s(p.row)}) không có cột kết quả (“Kết quả thực hiện”, “Thực hiện”). Các cột tìm thấy: ${f.s(p.found)}.`,
  "file-not-found": (p, f) =>
    `${f.s(p.file)}: không tìm thấy tệp. Cần đường dẫn tới tệp .xlsx, .csv hoặc .tsv.`,
  "unsupported-format": (p, f) =>
    `${f.s(p.file)}: không phải bảng tính (${f.s(p.detail)}). Cần tệp .xlsx, .csv hoặc .tsv.`,
  unreadable: (p, f) =>
    `${f.s(p.file)}: không đọc được tệp (${f.s(p.detail)}). Cần một tệp .xlsx hợp lệ; hãy mở và lưu lại bằng Excel.`,
  "password-protected": (p, f) =>
    `${f.s(p.file)}: tệp được đặt mật khẩu. Hãy gỡ mật khẩu trong Excel (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi kiểm tra lại.`,
  "empty-file": (p, f) =>
    `${f.s(p.file)}: tệp rỗng, không có dữ liệu. Cần bảng phụ lục có dòng tiêu đề và các nhiệm vụ.`,

  "rate-meets": (p, f) => `Kết quả ${f.pct(p.actual)} đạt chỉ tiêu ${f.tgt(p)}.`,
  "rate-below": (p, f) => `Kết quả ${f.pct(p.actual)} thấp hơn chỉ tiêu ${f.tgt(p)}.`,
  "limit-meets": (p, f) => `Kết quả ${f.pct(p.actual)} nằm trong mức cho phép ${f.tgt(p)}.`,
  "limit-exceeded": (p, f) => `Kết quả ${f.pct(p.actual)} vượt mức cho phép ${f.tgt(p)}.`,
  "fraction-meets": (p, f) =>
    `Hoàn thành ${f.num(p.done)}/${f.num(p.total)} (${f.pct(p.percent)}), đạt chỉ tiêu ${f.tgt(p)}.`,
  "fraction-below": (p, f) =>
    `Hoàn thành ${f.num(p.done)}/${f.num(p.total)} (${f.pct(p.percent)}), chưa đạt chỉ tiêu ${f.tgt(p)}.`,
  "count-meets": (p, f) =>
    `Kết quả ${f.num(p.actual)}${p.noun ? ` ${f.s(p.noun)}` : ""} đạt chỉ tiêu ${f.tgt(p)}.`,
  "count-below": (p, f) =>
    `Kết quả ${f.num(p.actual)}${p.noun ? ` ${f.s(p.noun)}` : ""} thấp hơn chỉ tiêu ${f.tgt(p)}.`,
  "range-meets": (p, f) =>
    `Kết quả ${f.num(p.actual)}${p.tu === "%" ? "%" : ""} đạt khoảng chỉ tiêu ${f.tgt(p)}.`,
  "range-below": (p, f) =>
    `Kết quả ${f.num(p.actual)}${p.tu === "%" ? "%" : ""} thấp hơn khoảng chỉ tiêu ${f.tgt(p)}.`,
  "approx-meets": (p, f) =>
    `Kết quả ${f.num(p.actual)}${p.tu === "%" ? "%" : ""} đạt mức khoảng ${f.tgt(p)}.`,
  "approx-below": (p, f) =>
    `Kết quả ${f.num(p.actual)}${p.tu === "%" ? "%" : ""} thấp hơn mức khoảng ${f.tgt(p)}.`,
  "bound-below-target": (p, f) => `Kết quả ghi ${f.q(p.phrase)}: chưa đạt chỉ tiêu ${f.tgt(p)}.`,
  "bound-undecided": (p, f) =>
    `Kết quả ghi ${f.q(p.phrase)}: không đủ để so với chỉ tiêu ${f.tgt(p)}; cần người kiểm tra.`,
  "negated-result": (p, f) => `Kết quả ghi ${f.q(p.phrase)}: chưa đạt yêu cầu.`,
  "no-data-result": (p, f) => `Kết quả ghi ${f.q(p.phrase)}: chưa có số liệu để đánh giá.`,
  "empty-result": () => `Chưa ghi kết quả thực hiện.`,
  "in-progress-result": (p, f) =>
    `Kết quả ghi ${f.q(p.phrase)}: còn đang thực hiện, chưa rõ đã hoàn thành; cần người kiểm tra.`,
  "pending-note": (p, f) => `Lưu ý: kết quả còn ${f.q(p.phrase)}.`,
  "not-arising": (p, f) => `Kết quả ghi ${f.q(p.phrase)}: không có đối tượng để đánh giá.`,
  "not-arising-existence": (p, f) => `Yêu cầu có phát sinh, nhưng kết quả ghi ${f.q(p.phrase)}.`,
  "caveat-result": (p, f) => `Kết quả tự nêu hạn chế: ${f.q(p.phrase)}.`,
  "caveat-with-numbers": (p, f) =>
    `Số liệu đạt chỉ tiêu nhưng kết quả tự nêu hạn chế: ${f.q(p.phrase)}; cần người kiểm tra.`,
  "qualitative-done": (p, f) => `Kết quả xác nhận đã thực hiện: ${f.q(p.phrase)}.`,
  "qualitative-restates": () => `Kết quả nhắc lại đúng nội dung yêu cầu và không nêu hạn chế.`,
  "qualitative-unclear": (p, f) =>
    `Không xác định được kết quả ${f.q(p.phrase)} đạt hay chưa đạt yêu cầu; cần người kiểm tra.`,
  "qualitative-for-rate": (p, f) =>
    `Kết quả xác nhận đã hoàn thành (${f.q(p.phrase)}), không nêu tỷ lệ; coi là đạt chỉ tiêu ${f.tgt(p)}.`,
  "no-number-in-result": (p, f) =>
    `Chỉ tiêu ${f.tgt(p)} nhưng kết quả không nêu số liệu để so sánh; cần người kiểm tra.`,
  "number-without-target": (p, f) =>
    `Số liệu ${f.s(p.value)} trong kết quả không có chỉ tiêu số để so sánh; đánh giá theo nội dung.`,
  "zero-met": (p, f) =>
    `Yêu cầu không để xảy ra${p.thing ? ` ${f.s(p.thing)}` : ""}; kết quả xác nhận không có.`,
  "zero-unmet": (p, f) =>
    `Yêu cầu không để xảy ra${p.thing ? ` ${f.s(p.thing)}` : ""}; kết quả ghi có ${f.num(p.actual)}.`,
  "existence-met": (p, f) => `Yêu cầu có ${f.s(p.noun)}; kết quả ghi ${f.q(p.phrase)}.`,
  "existence-unmet": (p, f) => `Yêu cầu có ${f.s(p.noun)}; kết quả không có.`,
  "target-missing": () => `Chỉ tiêu để trống; đánh giá theo nội dung kết quả.`,
  "target-unclear": (p, f) => `Không đọc được chỉ tiêu ${f.q(p.phrase)} để so sánh; cần người kiểm tra.`,
  "units-differ": (p, f) =>
    `Chỉ tiêu ${f.tgt(p)} và kết quả ${f.s(p.actual)} không cùng đơn vị; cần người kiểm tra.`,
  "deadline-met": (p, f) => `Hoàn thành ${f.s(p.date)}, trong hạn (${f.s(p.deadline)}).`,
  "deadline-missed": (p, f) => `Hoàn thành ${f.s(p.date)}, sau hạn ${f.q(p.deadline)}.`,
  "deadline-no-date": (p, f) => `Kết quả không ghi ngày hoàn thành để đối chiếu với hạn ${f.q(p.deadline)}.`,
  "relative-target": (p, f) =>
    `Chỉ tiêu là mức tăng/giảm (${f.tgt(p)}), còn kết quả ghi mức đạt được (${f.s(p.actual)}); cần người kiểm tra.`,
  "per-period-meets": (p, f) =>
    `Chỉ tiêu ${f.tgt(p)} (${f.num(p.annual)} trong năm); kết quả ${f.s(p.actual)} đạt.`,
  "per-period-review": (p, f) =>
    `Chỉ tiêu ${f.tgt(p)} (${f.num(p.annual)} trong năm); kết quả ${f.s(p.actual)} chưa đủ cả năm; cần đối chiếu kỳ báo cáo.`,
  "fraction-percent-mismatch": (p, f) =>
    `Tỷ lệ ghi ${f.pct(p.stated)} không khớp với ${f.num(p.done)}/${f.num(p.total)} = ${f.pct(p.computed)}; dùng ${f.pct(p.computed)}.`,
  "number-read-as-share": (p, f) => `Số ${f.s(p.raw)} trong ô kết quả được hiểu là ${f.pct(p.percent)}.`,
  "subitems-rollup": (p, f) => `${f.s(p.met)}/${f.s(p.total)} tiểu mục đạt.`,
  "evaluation-stated": (p, f) => `Bảng tự đánh giá: ${f.q(p.phrase)}.`,
  "reviewer-confirmed": (p, f) =>
    `Người thẩm định${p.reviewer ? ` ${f.s(p.reviewer)}` : ""} xác nhận “${vl("vi", p.verdict)}”${p.comment ? `: “${f.s(p.comment)}”` : ""}.`,
  "reviewer-changed": (p, f) =>
    `Người thẩm định${p.reviewer ? ` ${f.s(p.reviewer)}` : ""} đánh giá “${vl("vi", p.verdict)}” thay cho “${vl("vi", p.computed)}” của máy${p.comment ? `: “${f.s(p.comment)}”` : ""}.`,
};

const en: Record<MessageCode, Template> = {
  "numbering-gap": (p, f) =>
    `Numbering jumps from ${f.s(p.previous)} to ${f.s(p.ordinal)}: number ${f.s(p.missing)} is missing.`,
  "numbering-duplicate": (p, f) =>
    `Number ${f.s(p.ordinal)} is used twice (first on row ${f.s(p.firstRow)}).`,
  "missing-target": (p, f) => `Task ${f.s(p.ordinal)} has an empty target cell.`,
  "missing-result": (p, f) => `Task ${f.s(p.ordinal)} has an empty result cell.`,
  "percent-mismatch": (p, f) =>
    `Task ${f.s(p.ordinal)}: the stated ${f.pct(p.stated)} does not match ${f.num(p.done)}/${f.num(p.total)} = ${f.pct(p.computed)}.`,
  "continuation-merged": (p, f) =>
    `Row ${f.s(p.row)} has no number and was merged into task ${f.s(p.ordinal)} (page break).`,
  "subitem-attached": (p, f) => `Row ${f.s(p.row)} is a sub-item of task ${f.s(p.ordinal)}.`,
  "result-column-chosen": (p, f) =>
    `Column ${f.s(p.letter)} (${f.q(p.label)}) was chosen as the result because ${
      p.basis === "same-period"
        ? "it covers the same period as the target"
        : p.basis === "after-target"
          ? "it stands after the target column (a column before it is an earlier period's baseline)"
          : "it is the first result column"
    }; column ${f.s(p.otherLetter)} (${f.q(p.otherLabel)}) is not used.`,
  "repeated-header": (p, f) => `Row ${f.s(p.row)} repeats the header (page break) and is skipped.`,
  "unrecognized-row": (p, f) => `Row ${f.s(p.row)} could not be recognised: ${f.q(p.text)}.`,
  "shared-merged-cell": (p, f) =>
    `Task ${f.s(p.ordinal)} shares the merged cell ${f.s(p.cell)} with the task above.`,
  "evaluation-disagrees": (p, f) =>
    `Task ${f.s(p.ordinal)}: the table's own evaluation says ${f.q(p.stated)}, but the check finds “${VERDICT_LABELS.en[String(p.verdict)] ?? f.s(p.verdict)}”.`,
  "plan-claim-disagrees": (p, f) =>
    `Task ${f.s(p.ordinal)} claims ${f.num(p.done)}/${f.num(p.total)} tasks completed, but the appendix lists ${f.num(p.tasks)} tasks, of which ${f.num(p.met)} are met.`,
  "review-stale": (p, f) =>
    `Task ${f.s(p.ordinal)}: the reviewer decided when the check found “${vl("en", p.before)}”; it now finds “${vl("en", p.verdict)}” (the row was edited). The decision should be looked at again.`,
  "review-orphaned": (p, f) =>
    `The review decision on task ${f.s(p.ordinal)} (sheet ${f.q(p.sheet)}, row ${f.s(p.row)}: ${f.q(p.content)}) no longer matches a task in the table and is not applied.`,
  "review-unreadable": (p, f) =>
    p.detail === "entry"
      ? `Review decision no. ${f.s(p.index)} stored in the file could not be read and is skipped.`
      : `The part of the file that stores review decisions is not in the expected format and is skipped.`,
  "no-table": (p, f) =>
    `No appendix table on sheet ${f.q(p.sheet)}: expected a header row with columns like “Số TT”, “Nội dung công việc”, “Yêu cầu…” and “Kết quả thực hiện”.${p.nearest ? ` Closest row (row ${f.s(p.nearestRow)}): ${f.q(p.nearest)}.` : ""}`,
  "no-target-column": (p, f) =>
    `The table on sheet ${f.q(p.sheet)} (header on row ${f.s(p.row)}) has no target column (“Yêu cầu năm…”, “Chỉ tiêu”, “Kế hoạch”). Columns found: ${f.s(p.found)}.`,
  "no-result-column": (p, f) =>
    `The table on sheet ${f.q(p.sheet)} (header on row ${f.s(p.row)}) has no result column (“Kết quả thực hiện”, “Thực hiện”). Columns found: ${f.s(p.found)}.`,
  "file-not-found": (p, f) =>
    `${f.s(p.file)}: file not found. Expected a path to an .xlsx, .csv or .tsv file.`,
  "unsupported-format": (p, f) =>
    `${f.s(p.file)}: not a spreadsheet (${f.s(p.detail)}). Expected an .xlsx, .csv or .tsv file.`,
  unreadable: (p, f) =>
    `${f.s(p.file)}: the file could not be read (${f.s(p.detail)}). Expected a valid .xlsx file; open and save it again in Excel.`,
  "password-protected": (p, f) =>
    `${f.s(p.file)}: the file is password-protected. Remove the password in Excel (File › Info › Protect Workbook) and check again.`,
  "empty-file": (p, f) =>
    `${f.s(p.file)}: the file is empty. Expected an appendix table with a header row and tasks.`,

  "rate-meets": (p, f) => `Result ${f.pct(p.actual)} meets the target ${f.tgt(p)}.`,
  "rate-below": (p, f) => `Result ${f.pct(p.actual)} is below the target ${f.tgt(p)}.`,
  "limit-meets": (p, f) => `Result ${f.pct(p.actual)} is within the limit ${f.tgt(p)}.`,
  "limit-exceeded": (p, f) => `Result ${f.pct(p.actual)} exceeds the limit ${f.tgt(p)}.`,
  "fraction-meets": (p, f) =>
    `Completed ${f.num(p.done)}/${f.num(p.total)} (${f.pct(p.percent)}), meeting the target ${f.tgt(p)}.`,
  "fraction-below": (p, f) =>
    `Completed ${f.num(p.done)}/${f.num(p.total)} (${f.pct(p.percent)}), short of the target ${f.tgt(p)}.`,
  "count-meets": (p, f) =>
    `Result ${f.num(p.actual)}${p.noun ? ` ${f.s(p.noun)}` : ""} meets the target ${f.tgt(p)}.`,
  "count-below": (p, f) =>
    `Result ${f.num(p.actual)}${p.noun ? ` ${f.s(p.noun)}` : ""} is below the target ${f.tgt(p)}.`,
  "range-meets": (p, f) =>
    `Result ${f.num(p.actual)}${p.tu === "%" ? "%" : ""} reaches the target range ${f.tgt(p)}.`,
  "range-below": (p, f) =>
    `Result ${f.num(p.actual)}${p.tu === "%" ? "%" : ""} is below the target range ${f.tgt(p)}.`,
  "approx-meets": (p, f) =>
    `Result ${f.num(p.actual)}${p.tu === "%" ? "%" : ""} reaches the approximate target ${f.tgt(p)}.`,
  "approx-below": (p, f) =>
    `Result ${f.num(p.actual)}${p.tu === "%" ? "%" : ""} is below the approximate target ${f.tgt(p)}.`,
  "bound-below-target": (p, f) => `The result says ${f.q(p.phrase)}: short of the target ${f.tgt(p)}.`,
  "bound-undecided": (p, f) =>
    `The result says ${f.q(p.phrase)}: not enough to compare with the target ${f.tgt(p)}; needs a person's review.`,
  "negated-result": (p, f) => `The result says ${f.q(p.phrase)}: the requirement is not met.`,
  "no-data-result": (p, f) => `The result says ${f.q(p.phrase)}: there is no data to judge yet.`,
  "empty-result": () => `No result has been written.`,
  "in-progress-result": (p, f) =>
    `The result says ${f.q(p.phrase)}: still in progress, completion unclear; needs a person's review.`,
  "pending-note": (p, f) => `Note: the result still says ${f.q(p.phrase)}.`,
  "not-arising": (p, f) => `The result says ${f.q(p.phrase)}: nothing arose to judge.`,
  "not-arising-existence": (p, f) =>
    `The target expects cases to arise, but the result says ${f.q(p.phrase)}.`,
  "caveat-result": (p, f) => `The result admits a shortfall: ${f.q(p.phrase)}.`,
  "caveat-with-numbers": (p, f) =>
    `The figures meet the target but the result admits a shortfall: ${f.q(p.phrase)}; needs a person's review.`,
  "qualitative-done": (p, f) => `The result confirms the work was done: ${f.q(p.phrase)}.`,
  "qualitative-restates": () => `The result restates the requirement and names no shortfall.`,
  "qualitative-unclear": (p, f) =>
    `Cannot tell whether the result ${f.q(p.phrase)} meets the requirement; needs a person's review.`,
  "qualitative-for-rate": (p, f) =>
    `The result confirms completion (${f.q(p.phrase)}) without a rate; taken as meeting the target ${f.tgt(p)}.`,
  "no-number-in-result": (p, f) =>
    `The target is ${f.tgt(p)} but the result gives no figure to compare; needs a person's review.`,
  "number-without-target": (p, f) =>
    `The figure ${f.s(p.value)} in the result has no numeric target to compare with; judged on the wording.`,
  "zero-met": (p, f) =>
    `The requirement is none${p.thing ? ` of ${f.s(p.thing)}` : ""}; the result confirms there was none.`,
  "zero-unmet": (p, f) =>
    `The requirement is none${p.thing ? ` of ${f.s(p.thing)}` : ""}; the result reports ${f.num(p.actual)}.`,
  "existence-met": (p, f) => `The requirement expects ${f.s(p.noun)}; the result says ${f.q(p.phrase)}.`,
  "existence-unmet": (p, f) => `The requirement expects ${f.s(p.noun)}; the result reports none.`,
  "target-missing": () => `The target is empty; judged on the result's wording.`,
  "target-unclear": (p, f) =>
    `The target ${f.q(p.phrase)} could not be read for comparison; needs a person's review.`,
  "units-differ": (p, f) =>
    `The target ${f.tgt(p)} and the result ${f.s(p.actual)} are in different units; needs a person's review.`,
  "deadline-met": (p, f) => `Done on ${f.s(p.date)}, within the deadline (${f.s(p.deadline)}).`,
  "deadline-missed": (p, f) => `Done on ${f.s(p.date)}, after the deadline ${f.q(p.deadline)}.`,
  "deadline-no-date": (p, f) =>
    `The result gives no completion date to check against the deadline ${f.q(p.deadline)}.`,
  "relative-target": (p, f) =>
    `The target is a change (${f.tgt(p)}) but the result states a level (${f.s(p.actual)}); needs a person's review.`,
  "per-period-meets": (p, f) =>
    `The target is ${f.tgt(p)} (${f.num(p.annual)} a year); the result ${f.s(p.actual)} meets it.`,
  "per-period-review": (p, f) =>
    `The target is ${f.tgt(p)} (${f.num(p.annual)} a year); the result ${f.s(p.actual)} is short of a full year; check the reporting period.`,
  "fraction-percent-mismatch": (p, f) =>
    `The stated ${f.pct(p.stated)} does not match ${f.num(p.done)}/${f.num(p.total)} = ${f.pct(p.computed)}; ${f.pct(p.computed)} is used.`,
  "number-read-as-share": (p, f) =>
    `The number ${f.s(p.raw)} in the result cell is read as ${f.pct(p.percent)}.`,
  "subitems-rollup": (p, f) => `${f.s(p.met)}/${f.s(p.total)} sub-items met.`,
  "evaluation-stated": (p, f) => `The table's own evaluation: ${f.q(p.phrase)}.`,
  "reviewer-confirmed": (p, f) =>
    `The reviewer${p.reviewer ? ` ${f.s(p.reviewer)}` : ""} confirmed “${vl("en", p.verdict)}”${p.comment ? `: “${f.s(p.comment)}”` : ""}.`,
  "reviewer-changed": (p, f) =>
    `The reviewer${p.reviewer ? ` ${f.s(p.reviewer)}` : ""} decided “${vl("en", p.verdict)}” instead of the check's “${vl("en", p.computed)}”${p.comment ? `: “${f.s(p.comment)}”` : ""}.`,
};

const CATALOGUES: Readonly<Record<Language, Readonly<Record<string, Template | undefined>>>> = { vi, en };
const FORMATTERS: Readonly<Record<Language, Formatters>> = {
  vi: makeFormatters("vi"),
  en: makeFormatters("en"),
};

/** A finding with its place on the sheet, where it has one. */
export function finding(
  code: FindingCode,
  severity: Finding["severity"],
  params: Params,
  row?: number,
  cell?: string,
): Finding {
  const out: { -readonly [K in keyof Finding]: Finding[K] } = { code, severity, params };
  if (row !== undefined) out.row = row;
  if (cell !== undefined) out.cell = cell;
  return out;
}

/** The text of a finding or reason. An unknown code is a programming error. */
export function describe(issue: Issue, language: Language = "vi"): string {
  const template = CATALOGUES[language][issue.code];
  if (!template) throw new RangeError(`No ${language} text for message code "${issue.code}".`);
  return template(issue.params, FORMATTERS[language]);
}

/** Whether a language has a text for a code; the parity test walks every code through this. */
export function hasText(code: string, language: Language): boolean {
  return typeof CATALOGUES[language][code] === "function";
}

/** A verdict parameter as its name for people. */
function vl(language: Language, verdict: ParamValue | undefined): string {
  return VERDICT_LABELS[language][String(verdict)] ?? String(verdict ?? "");
}

/** Verdict names for people. */
export const VERDICT_LABELS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  vi: { met: "Đạt", unmet: "Chưa đạt", "no-data": "Chưa có số liệu", review: "Cần xem lại" },
  en: { met: "Met", unmet: "Unmet", "no-data": "No data", review: "Review" },
};
