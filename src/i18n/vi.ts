/** Tiếng Việt: the language officers work in, and the default everywhere. */
import { VIETNAMESE_NUMBERS, formatCount, type FindingParams, type Verdict } from "../core";
import { fileProblem, makeEngine } from "./formatters";
import type { LanguageModule as Module } from "./types";

export const code = "vi";
export const name = "Tiếng Việt";

const verdicts: Readonly<Record<Verdict, string>> = {
  met: "Đạt",
  unmet: "Chưa đạt",
  "no-data": "Chưa có số liệu",
  review: "Cần xem lại",
};

const GROUPS = { unmet: "chưa đạt", "no-data": "chưa có số liệu", review: "cần xem lại" } as const;

/** What each of par-check's bounds for untrusted files measures. */
const LIMIT_WORDS: Readonly<Record<string, string>> = {
  "file-mb": "dung lượng tệp, MB",
  "unpacked-mb": "dung lượng khi giải nén, MB",
  ratio: "tỷ lệ nén của một phần trong tệp",
  parts: "số phần trong tệp nén",
  cells: "số ô có dữ liệu",
  "cell-chars": "số ký tự trong một ô",
};

const problems: Module["engine"]["fileProblems"] = {
  pdf: () => "đây là tệp PDF",
  "old-xls": () => "định dạng Excel 97-2003 .xls cũ; hãy lưu lại thành .xlsx",
  ods: () => "đây là bảng tính OpenDocument (.ods); hãy lưu lại dạng Excel .xlsx",
  xlsb: () => "đây là sổ làm việc nhị phân Excel (.xlsb); hãy lưu lại dạng .xlsx",
  "strict-ooxml": () => "sổ làm việc lưu ở dạng “Strict Open XML”; hãy lưu lại dạng “Excel Workbook (.xlsx)”",
  "zip-not-xlsx": () => "tệp nén không chứa sổ làm việc Excel",
  binary: () => "nội dung nhị phân, không phải văn bản",
  "workbook-as-text": () => "đây là sổ làm việc Excel; hãy đổi phần mở rộng thành .xlsx",
  text: () => "nội dung là văn bản, không phải sổ làm việc .xlsx",
  extension: (p) => (p.ext ? `phần mở rộng ${p.ext}` : "tệp không có phần mở rộng"),
  directory: () => "đây là một thư mục",
  "damaged-zip": () => "tệp nén .xlsx bị hỏng hoặc không đầy đủ",
  "no-worksheets": () => "sổ làm việc không có trang tính nào",
  "not-utf8": () => "nội dung không phải văn bản (có byte NUL); hãy lưu lại dạng CSV UTF-8",
  "csv-syntax": (p, f) => `lỗi dấu ngoặc kép ở dòng ${p.line === undefined ? "?" : f.s(p.line)}`,
  "cannot-open": (p, f) => `không mở được: ${f.s(p.reason)}`,
  "too-large": (p, f) =>
    `vượt giới hạn ${f.s(p.limit)}: ${f.num(p.value ?? 0)} > ${f.num(p.max ?? 0)} (${LIMIT_WORDS[p.limit ?? ""] ?? ""}); nếu tệp đúng là như vậy, chạy lại với --limit ${f.s(p.limit)}=…`,
  "xml-dtd": (p, f) =>
    `phần ${f.s(p.part)} của tệp khai báo DTD hoặc thực thể XML, điều Excel không bao giờ ghi; tệp không được đọc vì khai báo như vậy là cách tấn công trình đọc XML`,
  other: (p, f) => f.s(p.reason),
};

const COLUMN_ROLES: Record<FindingParams["column-inferred"]["role"], string> = {
  ordinal: "số thứ tự",
  content: "nội dung nhiệm vụ",
  target: "yêu cầu (chỉ tiêu)",
  result: "kết quả thực hiện",
};
const ROLE_SHAPES: Record<FindingParams["column-inferred"]["role"], string> = {
  ordinal: "là số thứ tự",
  content: "là lời văn mô tả nhiệm vụ",
  target: "có dạng chỉ tiêu (“tối thiểu…”, “đạt từ…”, “trước ngày…”)",
  result: "có dạng kết quả (“đã…”, “đạt 83,3%”, “5/6”)",
};

const findings: Module["engine"]["findings"] = {
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
  "column-chosen": (p, f) =>
    `Chọn cột ${f.s(p.letter)} (${f.q(p.label)}) làm ${COLUMN_ROLES[p.role]} vì ${
      p.basis === "label-words" ? "nhãn cột nói rõ hơn" : "là cột đầu tiên phù hợp"
    }; cột ${f.s(p.otherLetter)} (${f.q(p.otherLabel)}) không được dùng.`,
  "column-inferred": (p, f) =>
    `Cột ${f.s(p.letter)}${p.label ? ` (${f.q(p.label)})` : ""} được coi là cột ${COLUMN_ROLES[p.role]} vì ${f.num(p.count)}/${f.num(p.total)} ô ${ROLE_SHAPES[p.role]}.`,
  "results-only": (p, f) =>
    `Bảng ở trang ${f.q(p.sheet)} (tiêu đề dòng ${f.s(p.row)}) không có cột yêu cầu/chỉ tiêu: ${f.num(p.planShares)}/${f.num(p.total)} kết quả ghi tỷ lệ so với kế hoạch nên được đánh giá theo tỷ lệ đó; các nhiệm vụ khác chỉ được đánh giá theo lời văn của kết quả.`,
  "text-encoding": (p) =>
    p.encoding === "windows-1258"
      ? "Tệp không ở mã UTF-8 nên được đọc theo bảng mã Windows-1258 (CSV do Excel tiếng Việt trên Windows lưu)."
      : `Tệp được đọc theo mã ${p.encoding === "utf-16le" ? "UTF-16 LE" : "UTF-16 BE"} (có dấu BOM).`,
  "merge-overlap": (p, f) =>
    `Trang ${f.q(p.sheet)}: vùng gộp ô ${f.s(p.range)} chồng lên vùng ${f.s(p.other)} nên được đọc như không gộp (tệp không bị sửa).`,
  "legacy-font": (p, f) =>
    `Văn bản gõ bằng phông ${p.encoding === "tcvn3" ? "TCVN3 (.VnTime)" : "VNI (VNI-Times)"} ở ${f.num(p.count)} ô, ví dụ ${f.s(p.cells)}; đã đọc sau khi chuyển sang Unicode (ô trong bảng không bị sửa).`,
  "repeated-header": (p, f) => `Dòng ${f.s(p.row)} lặp lại dòng tiêu đề (sang trang), được bỏ qua.`,
  "unrecognized-row": (p, f) => `Dòng ${f.s(p.row)} không nhận dạng được: ${f.q(p.text)}.`,
  "shared-merged-cell": (p, f) =>
    `Nhiệm vụ ${f.s(p.ordinal)} dùng chung ô gộp ${f.s(p.cell)} với nhiệm vụ phía trên.`,
  "evaluation-disagrees": (p, f) =>
    `Nhiệm vụ ${f.s(p.ordinal)}: bảng tự đánh giá ${f.q(p.stated)}, nhưng kết quả kiểm tra là “${f.verdict(p.verdict)}”.`,
  "plan-claim-disagrees": (p, f) =>
    `Nhiệm vụ ${f.s(p.ordinal)} ghi hoàn thành ${f.num(p.done)}/${f.num(p.total)} nhiệm vụ, nhưng phụ lục liệt kê ${f.num(p.tasks)} nhiệm vụ, trong đó ${f.num(p.met)} đạt.`,
  "review-stale": (p, f) =>
    `Nhiệm vụ ${f.s(p.ordinal)}: người thẩm định quyết định khi máy đánh giá “${f.verdict(p.before)}”, nay máy đánh giá “${f.verdict(p.verdict)}” (dòng đã được sửa); nên xem lại quyết định.`,
  "review-orphaned": (p, f) =>
    `Quyết định thẩm định cho nhiệm vụ ${f.s(p.ordinal)} (trang ${f.q(p.sheet)}, dòng ${f.s(p.row)}: ${f.q(p.content)}) không còn khớp nhiệm vụ nào trong bảng nên không được áp dụng.`,
  "review-unreadable": (p, f) =>
    p.detail === "entry"
      ? `Không đọc được quyết định thẩm định thứ ${f.s(p.index)} lưu trong tệp; quyết định này được bỏ qua.`
      : p.detail === "doctype"
        ? `Phần lưu quyết định thẩm định trong tệp có khai báo DTD/thực thể XML (không bao giờ do phần bổ trợ ghi) nên không được đọc.`
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
    `${f.s(p.file)}: không phải bảng tính (${fileProblem(problems, p, f)}). Cần tệp .xlsx, .csv hoặc .tsv.`,
  unreadable: (p, f) =>
    `${f.s(p.file)}: không đọc được tệp (${fileProblem(problems, p, f)}). ${
      p.detail === "csv-syntax" || p.detail === "not-utf8"
        ? "Cần tệp CSV hợp lệ; hãy mở bằng Excel và lưu lại dạng “CSV UTF-8”."
        : p.detail === "cannot-open"
          ? "Hãy kiểm tra tệp còn đó và được phép đọc."
          : p.detail === "too-large"
            ? "Một phụ lục thật chỉ dưới 1 MB và vài nghìn ô."
            : p.detail === "xml-dtd"
              ? "Hãy xin đơn vị gửi lại sổ làm việc đúng như Excel đã lưu."
              : "Cần một tệp .xlsx hợp lệ; hãy mở và lưu lại bằng Excel."
    }`,
  "password-protected": (p, f) =>
    `${f.s(p.file)}: tệp được đặt mật khẩu. Hãy gỡ mật khẩu trong Excel (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi kiểm tra lại.`,
  "empty-file": (p, f) =>
    `${f.s(p.file)}: tệp rỗng, không có dữ liệu. Cần bảng phụ lục có dòng tiêu đề và các nhiệm vụ.`,
  "engine-error": (p, f) => `lỗi khi kiểm tra trang “${f.s(p.sheet)}” (${f.s(p.detail)}).`,
};

const reasons: Module["engine"]["reasons"] = {
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
  "per-period-unmet": (p, f) =>
    `Chỉ tiêu ${f.tgt(p)} (${f.num(p.annual)} trong năm); kết quả ${f.s(p.actual)} (${f.num(p.actualAnnual)} trong năm) chưa đạt.`,
  "fraction-percent-mismatch": (p, f) =>
    `Tỷ lệ ghi ${f.pct(p.stated)} không khớp với ${f.num(p.done)}/${f.num(p.total)} = ${f.pct(p.computed)}; dùng ${f.pct(p.computed)}.`,
  "number-read-as-share": (p, f) => `Số ${f.s(p.raw)} trong ô kết quả được hiểu là ${f.pct(p.percent)}.`,
  "subitems-rollup": (p, f) => `${f.s(p.met)}/${f.s(p.total)} tiểu mục đạt.`,
  "evaluation-stated": (p, f) => `Bảng tự đánh giá: ${f.q(p.phrase)}.`,
  "reviewer-confirmed": (p, f) =>
    `Người thẩm định${p.reviewer ? ` ${f.s(p.reviewer)}` : ""} xác nhận “${f.verdict(p.verdict)}”${p.comment ? `: “${f.s(p.comment)}”` : ""}.`,
  "reviewer-changed": (p, f) =>
    `Người thẩm định${p.reviewer ? ` ${f.s(p.reviewer)}` : ""} đánh giá “${f.verdict(p.verdict)}” thay cho “${f.verdict(p.computed)}” của máy${p.comment ? `: “${f.s(p.comment)}”` : ""}.`,
  "plan-share-meets": (p, f) => `Kết quả ${f.q(p.phrase)}: đạt ${f.pct(p.share)} so với chỉ tiêu, kế hoạch.`,
  "plan-share-below": (p, f) =>
    `Kết quả ${f.q(p.phrase)}: mới đạt ${f.pct(p.share)} so với chỉ tiêu, kế hoạch.`,
  "relative-result": (p, f) =>
    `Chỉ tiêu là mức cần đạt (${f.tgt(p)}), còn kết quả ghi mức tăng/giảm (${f.s(p.actual)}) mà không nêu mức ban đầu; cần người kiểm tra.`,
  "relative-only": (p, f) =>
    `Kết quả ${f.q(p.phrase)} chỉ ghi mức tăng/giảm hoặc so sánh với kỳ khác, không so với chỉ tiêu, kế hoạch; cần người kiểm tra.`,
  "change-opposite": (p, f) =>
    `Chỉ tiêu là ${p.direction === "fall" ? "giảm" : "tăng"} ${f.tgt(p)}, nhưng kết quả ${f.s(p.actual)} ${p.direction === "fall" ? "lại tăng" : "lại giảm"}.`,
  "derived-from-start": (p, f) =>
    p.direction === "fall"
      ? `Tính từ mức ban đầu ${f.pct(p.start)}: giảm ${f.pct(p.change)}, còn ${f.pct(p.level)}.`
      : `Tính từ mức ban đầu ${f.pct(p.start)}: tăng ${f.pct(p.change)}, lên ${f.pct(p.level)}.`,
};

export const engine: Module["engine"] = makeEngine({
  numbers: VIETNAMESE_NUMBERS,
  verdicts,
  reasons,
  findings,
  fileProblems: problems,
  annotations: {
    headers: ["Đánh giá", "Mức độ hoàn thành", "Lý do"],
    met: "đạt",
    summary: {
      title: "Tổng hợp kiểm tra phụ lục",
      tasks: "Số nhiệm vụ",
      met: "Đạt",
      unmet: "Chưa đạt",
      noData: "Chưa có số liệu",
      review: "Cần xem lại",
      percent: "Tỷ lệ nhiệm vụ đạt",
      mean: "Mức độ hoàn thành bình quân",
    },
    ownSheet: {
      name: (sheet) => `Đánh giá - ${sheet}`,
      headers: ["Dòng", "Số TT", "Nội dung công việc"],
    },
  },
  report: {
    verdict: "Đánh giá",
    completion: "Mức độ hoàn thành",
    parts: {
      ordinal: "Số TT",
      content: "Nội dung công việc",
      target: "Yêu cầu",
      result: "Kết quả thực hiện",
    },
    done: (met, tasks, percent) => `đã thực hiện hoàn thành ${met}/${tasks} nhiệm vụ, đạt ${percent}`,
    none: "bảng phụ lục không có nhiệm vụ nào",
    group: (count, what, ordinals) => `${formatCount(count)} nhiệm vụ ${GROUPS[what]} (số ${ordinals})`,
  },
});

const USAGE = `Cách dùng: par-check [tùy chọn] TỆP...

Kiểm tra bảng phụ lục kết quả thực hiện kế hoạch CCHC (Chỉ số PAR Index, SIPAS)
trong các tệp .xlsx, .csv hoặc .tsv.

Tùy chọn:
  --lang vi|en        ngôn ngữ báo cáo (mặc định: vi)
  --format text|json  dạng báo cáo trên stdout (mặc định: text)
  --out ĐƯỜNG_DẪN     ghi bản .xlsx có thêm cột đánh giá; với nhiều tệp, ĐƯỜNG_DẪN
                      là thư mục và mỗi bản được đặt tên <tên>.checked.xlsx
  --summary TỆP.xlsx  kiểm tra nhiều đơn vị một lượt và ghi sổ tổng hợp: trang
                      “Tổng hợp” xếp hạng các đơn vị theo tỷ lệ đạt, mỗi đơn vị một
                      trang liệt kê nhiệm vụ chưa đạt, chưa có số liệu, cần xem lại;
                      với --summary, đầu vào có thể là thư mục (mọi tệp .xlsx,
                      .csv, .tsv bên trong, kể cả thư mục con)
  --report TỆP.xlsx   ghi bảng theo thể thức văn bản hành chính (Times New Roman 13,
                      kẻ khung, A4) để dán vào báo cáo, và in câu tổng hợp
  --limit TÊN=SỐ      đổi một giới hạn cho tệp lạ (có thể lặp lại): file-mb 100,
                      unpacked-mb 500, ratio 200, parts 10000, cells 2000000,
                      cell-chars 32767
  -h, --help          hiện hướng dẫn này

Quyết định của người thẩm định lưu trong tệp .xlsx (bằng add-in) được áp dụng vào
đánh giá và số liệu, và được liệt kê riêng; bản --out giữ nguyên các quyết định đó.

Mã thoát: 0 khi kiểm tra được ít nhất một bảng, 1 khi không kiểm tra được bảng nào,
2 khi dùng sai tùy chọn.
`;

export const cli: Module["cli"] = {
  usage: USAGE,
  usageError: (detail) => `par-check: ${detail} Xem par-check --help.`,
  unknownOption: (option) => `tùy chọn không hợp lệ ${option}.`,
  missingValue: (option) => `tùy chọn ${option} cần một giá trị.`,
  badValue: (option, value, allowed) => `giá trị “${value}” không hợp lệ cho ${option}; cần ${allowed}.`,
  noFiles: "chưa chỉ ra tệp nào để kiểm tra.",
  cannotWrite: {
    "no-permission": (path) => `không có quyền ghi vào ${path}`,
    "not-a-folder": (path) => `${path} là một tệp, không phải thư mục`,
    "is-a-folder": (path) => `${path} là một thư mục`,
    "disk-full": (path) => `ổ đĩa chứa ${path} đã đầy`,
  },
  outIsInput: (path) => `--out ${path} trùng với tệp đầu vào; tệp gốc không bao giờ bị ghi đè.`,
  outMustBeDirectory: (path) => `với nhiều tệp, --out ${path} phải là một thư mục.`,
  outMustBeXlsx: (path) => `--out ${path} phải là tệp .xlsx hoặc một thư mục có sẵn.`,

  report: {
    table: (sheet, headerRow) => [`trang “${sheet}”`, `dòng tiêu đề ${headerRow}`],
    columns: "Cột",
    head: ["STT", "Đánh giá", "Hoàn thành", "Lý do"],
    noTasks: "Bảng không có nhiệm vụ nào được đánh số.",
    bySection: "Theo mục:",
    overall: "Toàn bảng",
    counts: (unmet, noData, review) => `chưa đạt ${unmet}, chưa có số liệu ${noData}, cần xem lại ${review}`,
    meanCompletion: (value) => `mức độ hoàn thành bình quân ${value}`,
    findings: "Lưu ý về bảng:",
    row: (row) => `dòng ${row}`,
    reportSheet: "Báo cáo",
    skippedSheets: (sheets) => `các trang không có bảng phụ lục: ${sheets}.`,
    done: (tables, filesChecked, files) => `Đã kiểm tra ${tables} bảng trong ${filesChecked}/${files} tệp.`,
    failed: (count) => `${count} tệp không kiểm tra được (xem thông báo lỗi).`,
    wrote: (path) => `Đã ghi bản có đánh giá: ${path}`,
    reportWrote: (path) => `Đã ghi bản để dán vào báo cáo: ${path}`,
    sentence: (text) => `Câu tổng hợp: ${text}`,
    notWritten: (file, reason) => `${file}: không ghi được bản có đánh giá (${reason}).`,
    keptCells: (file, count) =>
      `${file}: ${count} ô đánh giá không được ghi vì ô đó đã có dữ liệu (dữ liệu gốc được giữ nguyên).`,
    ownSheet: (verdictSheet) =>
      `Cột đánh giá ở trang riêng “${verdictSheet}” vì bảng đã chạm cột cuối của trang (XFD).`,
  },
  review: {
    heading: "Quyết định của người thẩm định (số liệu trên đã tính theo các quyết định này):",
    confirmed: "xác nhận",
    stale: (before) =>
      `Khi thẩm định, máy đánh giá “${before}”; dòng đã được sửa sau đó, nên xem lại quyết định.`,
    orphans: "Quyết định thẩm định không còn khớp nhiệm vụ nào trong bảng (không được áp dụng):",
    place: (sheet, row) => `trang “${sheet}”, dòng ${row}`,
    date: (year, month, day) => `${day}/${month}/${year}`,
  },
  batch: {
    summaryMustBeXlsx: (path) => `--summary ${path} phải là tệp .xlsx.`,
    summaryIsInput: (path) => `--summary ${path} trùng với tệp đầu vào; tệp gốc không bao giờ bị ghi đè.`,
    summaryIsOut: (path) => `--summary ${path} trùng với --out.`,
    noSpreadsheets: "thư mục không có tệp .xlsx, .csv hoặc .tsv nào",
    noTable: "không tìm thấy bảng phụ lục",
    summarySheet: "Tổng hợp",
    summaryHead: [
      "Hạng",
      "Đơn vị",
      "Tệp",
      "Số nhiệm vụ",
      "Đạt",
      "Chưa đạt",
      "Chưa có số liệu",
      "Cần xem lại",
      "Tỷ lệ đạt",
      "Số lưu ý",
      "Quyết định thẩm định",
    ],
    errorsTitle: (count) => `Lỗi: ${count} tệp không kiểm tra được`,
    errorsHead: ["STT", "Tệp", "Lý do"],
    flaggedHead: [
      "STT",
      "Mục",
      "Nội dung công việc",
      "Yêu cầu",
      "Kết quả thực hiện",
      "Đánh giá",
      "Lý do",
      "Ô",
      "Ý kiến thẩm định",
    ],
    noFlagged: "Không có nhiệm vụ chưa đạt, chưa có số liệu hay cần xem lại.",
    overridden: (was) => `Đánh giá do người thẩm định sửa (máy đánh giá “${was}”).`,
    wrote: (units, path) => `Đã tổng hợp ${units} đơn vị vào ${path}`,
    notWritten: (path, reason) => `không ghi được sổ tổng hợp ${path} (${reason}).`,
  },
};

export const pane: Module["pane"] = {
  title: "Kiểm tra phụ lục CCHC",
  intro: "Mở trang tính có bảng phụ lục rồi bấm Kiểm tra. Kết quả được ghi thành ba cột bên phải bảng.",
  check: "Kiểm tra",
  checkAgain: "Kiểm tra lại",
  checking: "Đang kiểm tra…",
  clear: "Xóa đánh dấu",
  clearing: "Đang xóa…",
  cleared: "Đã xóa đánh dấu trên {sheets}.",
  nothingToClear: "Không có đánh dấu nào để xóa.",
  live: "Tự kiểm tra khi sửa",
  liveHint: "Kiểm tra lại sau mỗi lần sửa ô trong bảng",
  summary: "Kết quả kiểm tra",
  tasksMet: "{met}/{tasks} nhiệm vụ đạt, {percent}",
  meanCompletion: "Mức độ hoàn thành bình quân: {value}",
  sections: "Theo mục",
  findings: "Lưu ý về bảng",
  sheetFindings: "Lưu ý về trang tính",
  truncated: "Trang tính quá dài: chỉ kiểm tra các dòng đầu.",
  verdictSheets:
    "Bảng đã chạm cột cuối của trang (XFD), nên cột đánh giá được ghi ở trang riêng {sheets}, ngay sau trang này; mỗi dòng có liên kết về nhiệm vụ.",
  taskList: "Danh sách nhiệm vụ",
  filter: "Lọc theo đánh giá",
  all: "Tất cả",
  noTasks: "Không có nhiệm vụ nào trong nhóm này.",
  selectTask: "Chọn dòng của nhiệm vụ {ordinal} trên trang tính",
  completion: "Hoàn thành",
  table: "Trang “{sheet}” · dòng tiêu đề {row}",
  errorTitle: "Chưa kiểm tra được",
  watchError: "Không bật được tự kiểm tra khi sửa",
  selectError: "Không chọn được dòng của nhiệm vụ",
  dismiss: "Đóng thông báo",
  outsideExcel:
    "Mở bảng kiểm tra trong Excel: trang này chỉ chạy bên trong Excel (Trang đầu › Phụ lục CCHC).",
  oldOffice:
    "Phiên bản Office này quá cũ để chạy bảng kiểm tra. Hãy cập nhật lên Microsoft 365 hoặc Office 2021 trở lên.",
  unsupportedHint: "Hãy dùng Microsoft 365, Excel trên web hoặc Office 2019 trở lên.",
  emptySheetHint: "Chuyển sang trang tính có bảng phụ lục rồi bấm Kiểm tra lại.",
  noTableHint:
    "Kiểm tra bảng có dòng tiêu đề gồm Số TT, Nội dung công việc, Yêu cầu và Kết quả, rồi bấm Kiểm tra lại.",
  hostErrorHint: "Bấm Kiểm tra lại; nếu vẫn lỗi, hãy lưu tệp, đóng và mở lại Excel.",
  reportCopyHint: "Chuyển sang trang có bảng phụ lục gốc rồi bấm lại.",
  lostSheets: "Quyết định của trang không còn trong tệp",
  lostSheetsHint:
    "Trang có thể đã được đổi tên. Nếu đó là trang này, hãy áp dụng các quyết định cho trang này.",
  lostSheet: "Trang “{sheet}”: {count} quyết định",
  adoptDecisions: "Áp dụng cho trang này",
  dropDecisions: "Bỏ các quyết định này",
  adopted: "Đã chuyển {count} quyết định sang trang này.",
  dropped: "Đã bỏ {count} quyết định.",
  modes: "Chế độ",
  modeCheck: "Kiểm tra",
  modeReview: "Thẩm định",
  reviewIntro:
    "Xem điểm, đồng ý hoặc sửa đánh giá của từng nhiệm vụ. Quyết định được lưu trong tệp và đi cùng tệp.",
  reviewer: "Người thẩm định",
  reviewerHint: "Tên được ghi kèm mỗi quyết định",
  score: "Điểm sau thẩm định",
  computedScore: "Máy chấm: {met}/{tasks} nhiệm vụ đạt, {percent}",
  decisionCount: "{count} quyết định: {changed} sửa, {confirmed} xác nhận",
  claims: "Bảng tự ghi khác kết quả kiểm tra",
  reviewNotes: "Lưu ý về quyết định thẩm định",
  flaggedTasks: "Nhiệm vụ cần xem ({count})",
  metTasks: "Nhiệm vụ đạt ({count})",
  showMet: "Hiện các nhiệm vụ đạt",
  hideMet: "Ẩn các nhiệm vụ đạt",
  noFlagged: "Không có nhiệm vụ nào chưa đạt, chưa có số liệu hay cần xem lại.",
  target: "Yêu cầu",
  result: "Kết quả",
  empty: "(để trống)",
  computedVerdict: "Máy đánh giá: {verdict}",
  decidedVerdict: "Người thẩm định: {verdict}",
  confirmedVerdict: "Đã xác nhận: {verdict}",
  decidedBy: "{reviewer} · {date}",
  decidedAt: "{time} ngày {day}",
  staleDecision: "Dòng này đã được sửa sau khi thẩm định (máy đánh giá lúc đó: {verdict}). Nên xem lại.",
  confirm: "Đồng ý",
  confirmHint: "Đồng ý với đánh giá của máy cho nhiệm vụ {ordinal}",
  override: "Sửa đánh giá",
  changeDecision: "Sửa quyết định",
  undo: "Hoàn tác",
  undoHint: "Hoàn tác quyết định cho nhiệm vụ {ordinal}, trở lại đánh giá của máy",
  verdictChoice: "Đánh giá của người thẩm định",
  comment: "Ghi chú",
  commentRequired: "Hãy ghi lý do khi sửa đánh giá của máy.",
  save: "Lưu",
  cancel: "Hủy",
  saving: "Đang lưu…",
  saved: "Đã lưu quyết định cho nhiệm vụ {ordinal}.",
  undone: "Đã bỏ quyết định cho nhiệm vụ {ordinal}.",
  saveError: "Không lưu được quyết định",
  orphans: "Quyết định không còn khớp nhiệm vụ nào",
  removeOrphan: "Bỏ quyết định này",
  otherSheets: "{count} quyết định thuộc trang tính khác được giữ nguyên.",
  reportCard: "Báo cáo",
  includeVerdict: "Kèm cột đánh giá",
  includeCompletion: "Kèm cột mức độ hoàn thành",
  makeReport: "Tạo bản để dán vào báo cáo",
  makingReport: "Đang tạo…",
  reportMade: "Đã tạo trang “{sheet}” ({rows} dòng): chọn bảng, sao chép rồi dán vào Word.",
  reportNoPageSetup: "Phiên bản Excel này không đặt được trang in: hãy chọn khổ A4 và lề trong Bố trí Trang.",
  reportError: "Không tạo được bản để dán vào báo cáo",
  copySentence: "Sao chép câu tổng hợp",
  sentenceLabel: "Câu tổng hợp (đã tính quyết định thẩm định)",
  copied: "Đã sao chép câu tổng hợp.",
  copyFailed: "Không sao chép được. Hãy chọn câu tổng hợp bên dưới rồi bấm Ctrl+C.",
};

export const office: Module["office"] = {
  errors: {
    unsupported: "Phiên bản Excel này không hỗ trợ bổ trợ (cần ExcelApi 1.7 trở lên).",
    "empty-sheet": "Trang tính đang mở chưa có dữ liệu.",
    "no-table":
      "Không tìm thấy bảng phụ lục (Số TT, Nội dung công việc, Yêu cầu, Kết quả) trên trang tính này.",
    "report-copy": "Trang đang mở là bản để dán vào báo cáo do bổ trợ tạo ra, không phải bảng phụ lục gốc.",
    "host-error": "Excel báo lỗi khi đọc hoặc ghi trang tính",
  },
  reportSheet: "Bản báo cáo",
};
