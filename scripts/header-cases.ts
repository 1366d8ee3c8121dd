/**
 * Header rows as appendices and socio-economic target tables word them, each with the roles a reviewer
 * gives its columns. They are the unit table of test/core/header/header-rows.test.ts and the rows of the
 * generated test/fixtures/headers.md. `|` separates cells, `\n` is a line break inside a cell, `_` an
 * empty cell; a second string is a second header row; `>` after a cell merges it over the next one.
 */
export interface HeaderCase {
  readonly rows: readonly string[];
  /** Column letter and role, in column order: "A ordinal, B content, C target, D result". */
  readonly roles: string;
  /** What kind of table words its header so. */
  readonly note: string;
}

const c = (roles: string, note: string, ...rows: string[]): HeaderCase => ({ rows, roles, note });

const BASIC = "A ordinal, B content, C target, D result";
const WITH_NOTE = "A ordinal, B content, C target, D result, E note";

export const HEADER_CASES: readonly HeaderCase[] = [
  // ---- the seed's shape and its plain variants ----
  c(BASIC, "the seed", "Số TT | Nội dung công việc | Yêu cầu năm 2024 | Kết quả thực hiện"),
  c(BASIC, "capitals", "STT | NỘI DUNG CÔNG VIỆC | YÊU CẦU NĂM 2024 | KẾT QUẢ THỰC HIỆN"),
  c(BASIC, "short labels", "STT | Nội dung | Chỉ tiêu | Kết quả"),
  c(BASIC, "plan table", "TT | Chỉ tiêu | Kế hoạch | Thực hiện"),
  c(WITH_NOTE, "column numbers in labels", "STT | Nội dung (1) | Yêu cầu (2) | Kết quả (3) | Ghi chú (4)"),
  c(BASIC, "line breaks", "TT | Nội dung\ncông việc | Yêu cầu\nnăm 2024 | Kết quả\nthực hiện"),
  c(BASIC, "units in brackets", "Số\nTT | Nội dung | Chỉ tiêu\n(%) | Thực hiện\n(%)"),
  c("A content, B target, C result", "no number column", "Nội dung công việc | Yêu cầu | Kết quả thực hiện"),
  c(
    "A ordinal, B content, C result, D target",
    "result before target",
    "STT | Nội dung công việc | Kết quả thực hiện | Yêu cầu",
  ),
  c(BASIC, "trailing colon", "STT: | Nội dung: | Yêu cầu: | Kết quả:"),

  // ---- compound labels ----
  c(
    WITH_NOTE,
    "compound labels",
    "STT | Nhiệm vụ/Chỉ tiêu | Chỉ tiêu/Yêu cầu | Kết quả thực hiện đến 30/11 | Ghi chú",
  ),
  c(
    WITH_NOTE,
    "target as two words",
    "STT | Nội dung nhiệm vụ trọng tâm | Mục tiêu, yêu cầu | Kết quả thực hiện | Ghi chú",
  ),
  c(BASIC, "both ways", "TT | Nội dung | Yêu cầu, chỉ tiêu | Kết quả, sản phẩm"),
  c(BASIC, "abbreviations in a compound", "STT | Nội dung | Chỉ tiêu/KH | Kết quả/TH"),
  c(
    "A ordinal, B content, C target, D result, E note",
    "with 'và'",
    "STT | Nhiệm vụ và giải pháp | Mục tiêu và yêu cầu | Kết quả thực hiện | Ghi chú",
  ),
  c(
    "A ordinal, B content, C target, D result",
    "field list",
    "Số TT | Tên TTHC/lĩnh vực | Yêu cầu | Kết quả",
  ),

  // ---- extended labels ----
  c(
    BASIC,
    "extended task label",
    "STT | Nội dung nhiệm vụ | Chỉ tiêu được giao năm 2024 | Kết quả thực hiện",
  ),
  c(WITH_NOTE, "result up to a date", "STT | Nội dung | Mục tiêu | Lũy kế đến 30/11 | Ghi chú"),
  c(BASIC, "task list label", "STT | Các nhiệm vụ | Yêu cầu | Kết quả"),
  c(BASIC, "criteria", "STT | Nội dung các tiêu chí | Yêu cầu | Kết quả"),
  c(BASIC, "indicator parts", "STT | Chỉ số thành phần | Mục tiêu | Kết quả"),
  c(BASIC, "level wording", "STT | Nội dung | Mức cần đạt | Mức đạt được"),
  c(BASIC, "expected and actual", "STT | Nội dung | Kết quả dự kiến | Kết quả thực tế"),
  c(WITH_NOTE, "needs and gets", "STT | Nội dung thực hiện | Chỉ tiêu cần đạt | Kết quả đạt được | Ghi chú"),
  c(BASIC, "result of the year", "STT | Nhiệm vụ | Mục tiêu, chỉ tiêu | Kết quả thực hiện năm 2024"),
  c(BASIC, "plan and done indicators", "STT | Nội dung | Chỉ tiêu kế hoạch | Chỉ tiêu thực hiện"),
  c(BASIC, "activities", "STT | Hoạt động | Mục tiêu | Kết quả"),
  c(BASIC, "solutions", "STT | Giải pháp | Chỉ tiêu | Kết quả thực hiện"),
  c(BASIC, "catalogue", "STT | Danh mục | Kế hoạch | Thực tế"),
  c(BASIC, "fields", "STT | Lĩnh vực | Mục tiêu năm 2024 | Tình hình thực hiện"),
  c(BASIC, "emulation pledge", "STT | Nội dung | Đăng ký thi đua | Kết quả thực hiện"),
  c(BASIC, "outputs", "STT | Nhiệm vụ | Sản phẩm đầu ra | Kết quả thực hiện"),

  // ---- the source of the target named ----
  c(
    "A ordinal, B content, C unit, D target, E result, F evaluation",
    "socio-economic table",
    "TT | Chỉ tiêu chủ yếu | ĐVT | Nghị quyết HĐND giao | Ước thực hiện năm 2024 | So sánh (%)",
  ),
  c(BASIC, "plan by number", "STT | Nội dung công việc | Theo Kế hoạch số 62/KH-UBND | Kết quả thực hiện"),
  c(
    "A ordinal, B content, C unit, D target, E result",
    "district-assigned",
    "STT | Tên chỉ tiêu | Đơn vị tính | Chỉ tiêu huyện giao | Kết quả đạt được | Tỷ lệ (%)",
  ),
  c(
    "A ordinal, B content, C target, D result, E evaluation",
    "assigned plan",
    "TT | Tên chỉ tiêu | KH huyện giao | Ước TH năm | Đánh giá",
  ),
  c(
    "A ordinal, B content, C target, D result",
    "budget",
    "STT | Nội dung | Dự toán năm 2024 | Thực hiện | Tỷ lệ (%)",
  ),
  c(BASIC, "assigned", "STT | Nội dung | Chỉ tiêu giao | Ước đạt | Tỷ lệ %"),
  c(
    "A ordinal, B content, C target, D result, E unit",
    "pledged",
    "STT | Tên nhiệm vụ | Chỉ tiêu phấn đấu | Kết quả | Đơn vị thực hiện",
  ),
  c(BASIC, "resolution", "TT | Nội dung | Nghị quyết giao | Kết quả thực hiện"),

  // ---- abbreviations ----
  c(WITH_NOTE, "abbreviated years", "STT | Nội dung | KH 2024 | TH 2024 | Ghi chú"),
  c(BASIC, "resolution and result", "TT | Chỉ tiêu | NQ | KQ"),
  c(WITH_NOTE, "estimated", "STT | Nội dung | KH | ƯTH | Ghi chú"),
  c(
    "A ordinal, B content, C unit, D target, E result",
    "indicator table with ratio",
    "TT | Chỉ tiêu | ĐVT | KH năm 2024 | TH năm 2024 | % so KH",
  ),
  c(BASIC, "plan and result abbreviated", "STT | Nội dung | KH năm | TH năm"),

  // ---- more columns ----
  c(
    "A ordinal, B content, C target, D result, E unit, F deadline",
    "who does it",
    "TT | Nội dung | Yêu cầu | Kết quả thực hiện | Đơn vị thực hiện | Thời hạn",
  ),
  c(
    "A ordinal, B content, C unit, D deadline, E target, F result, G note",
    "plan's task list with owner, time and product",
    "STT | Nhiệm vụ | Cơ quan, đơn vị chủ trì | Thời gian hoàn thành | Sản phẩm | Kết quả thực hiện | Ghi chú",
  ),
  c(
    "A ordinal, B content, C target, E result",
    "progress column",
    "STT | Nhiệm vụ | Yêu cầu | Tiến độ thực hiện | Kết quả",
  ),
  c(
    "A ordinal, B content, C target, D result, E evaluation",
    "self-assessment",
    "STT | Nội dung công việc | Yêu cầu năm 2024 | Kết quả thực hiện | Tự đánh giá kết quả (Đạt/Chưa đạt)",
  ),
  c(
    "A ordinal, B content, C target, D result, E evaluation",
    "completion level",
    "STT | Công việc | Yêu cầu cần đạt | Kết quả | Mức độ hoàn thành",
  ),
  c(
    "A ordinal, B content, C target, D result, E unit",
    "lead agency",
    "STT | Hoạt động | Mục tiêu | Kết quả | Cơ quan chủ trì",
  ),
  c(
    "A ordinal, B content, D target, E result, F note",
    "time column first",
    "STT | Nội dung công việc | Thời gian | Yêu cầu | Kết quả thực hiện | Ghi chú",
  ),
  c(
    "A ordinal, B content, C target, D result, E evaluation",
    "self-evaluation",
    "STT | Nội dung nhiệm vụ | Chỉ tiêu được giao năm 2024 | Kết quả thực hiện | Đánh giá mức độ hoàn thành",
  ),
  c(
    "A ordinal, B content, C target, D result",
    "proposals column",
    "STT | Nhiệm vụ | Mục tiêu, chỉ tiêu | Kết quả thực hiện | Đề xuất, kiến nghị",
  ),
  c(
    "A ordinal, B content, C target, D result",
    "causes column",
    "STT | Nội dung | Kế hoạch | Kết quả | Nguyên nhân chưa đạt",
  ),
  c(
    "A ordinal, B content, C target, D result, E evaluation",
    "comparison with plan",
    "STT | Nội dung | Kế hoạch năm 2024 | Ước thực hiện cả năm | So sánh với KH (%)",
  ),

  // ---- two results: the one of the target's period ----
  c(
    "A ordinal, B content, C target, D result",
    "two years of results",
    "STT | Nội dung công việc | Yêu cầu năm 2024 | Kết quả thực hiện năm 2024 | Kết quả thực hiện năm 2023",
  ),
  c(
    "A ordinal, B content, C target, E result, F evaluation",
    "nine months and the year",
    "TT | Chỉ tiêu | Kế hoạch năm 2024 | Thực hiện 9 tháng | Ước thực hiện năm 2024 | So sánh",
  ),
  c(
    "A ordinal, B content, C unit, E target, F result",
    "baseline year first",
    "TT | Chỉ tiêu | ĐVT | Thực hiện 2023 | Kế hoạch 2024 | Thực hiện 2024",
  ),

  // ---- two-row headers ----
  c(
    "A ordinal, B content, C target, D result, E note",
    "year over plan and done",
    "TT | Nội dung | Năm 2024> | _ | Ghi chú",
    "_ | _ | Kế hoạch | Thực hiện | _",
  ),
  c(
    "A ordinal, B content, C unit, E target, F result",
    "two years, the later one split",
    "STT | Chỉ tiêu | ĐVT | Năm 2023 | Năm 2024> | _",
    "_ | _ | _ | Thực hiện | Kế hoạch | Ước TH",
  ),
  c(
    "A ordinal, B content, C target, D result",
    "line breaks and units in the sub-row",
    "Số\nTT | Nội dung nhiệm vụ\ntrọng tâm | Năm 2024> | _",
    "_ | _ | Kế hoạch\n(%) | Thực hiện\n(%)",
  ),
  c(
    "A ordinal, B content, C target, D result, E evaluation",
    "result split by kind",
    "STT | Nội dung | Chỉ tiêu giao | Kết quả> | _",
    "_ | _ | _ | Thực hiện | Đánh giá",
  ),
];
