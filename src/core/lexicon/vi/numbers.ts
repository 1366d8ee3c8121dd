/** The words around numbers: what makes a number a date or a document, a count, a change, a share. */
import type { WordClass } from "../types";
import { entry, exact } from "./entry";

const t = (text: string) => ({ text, role: "target" as const });

/** Right before a number, these make it a date, a document's number, an article or a rank. */
export const numberReference: WordClass = [
  entry(
    "(ngày|tháng|năm)",
    "Đã tổ chức kiểm tra ngày 02/10/2024",
    t("Báo cáo định kỳ quý, 6 tháng, năm đúng thời gian quy định"),
  ),
  entry("giai đoạn", t("Kế hoạch giai đoạn 2021-2025")),
  entry("số", "Đã ban hành Kế hoạch số 45/KH-UBND ngày 20/3/2024"),
  entry("(điều|khoản|điểm|chương)", t("Thực hiện theo Điều 5 Quyết định 12/2024")),
  entry("(phụ lục|mẫu số)", t("Báo cáo theo Phụ lục 2 kèm theo")),
  entry("lần thứ", "Tổ chức Đại hội lần thứ 3"),
  entry("quý", t("Trong quý 3 năm 2024")),
  entry(
    "(nghị định|thông tư|quyết định|kế hoạch|công văn|báo cáo|chỉ thị)",
    t("Thực hiện tốt các quy định tại Nghị định số 61/2018/NĐ-CP và Thông tư số 01/2018/TT-VPCP"),
    "Thực hiện theo Quyết định 1291/QĐ-UBND",
  ),
  entry("(iso|tcvn)", t("Duy trì, áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015")),
  entry("(trước|chậm nhất|hạn chót)", t("Trước ngày 15/12/2024"), t("Chậm nhất 30/6")),
  // With diacritics: folded, "thứ" (rank) is "thu" (revenue: "Thu 1.763 triệu đồng").
  exact("(thứ|hạng)", "Xếp thứ 7/21 xã", "Xếp hạng 5"),
];

/** After a number, these make it a duration or an age, not a count. */
export const notCounted: WordClass = [
  entry("(tuổi|giờ|phút|giây)", t("Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi"), "Trả kết quả trong 8 giờ"),
  entry(
    "(ngày|tuần|tháng|năm|quý)",
    t("Báo cáo trong 15 ngày"),
    t("Báo cáo định kỳ quý, 6 tháng, năm đúng thời gian quy định"),
  ),
  entry("(lần thứ|thứ)", "Đại hội 3 lần thứ"),
];

/** A counted noun ends before these words: "02 cuộc của UBND" counts "cuộc". */
export const nounStop: WordClass = [
  entry(
    "(của|trên|trong|và|tại|theo|với|cho|về|đến|từ|ở|như|do|đi)",
    "Tổ chức 03 hội nghị của UBND xã",
    "Đăng tải 156 tin trên Trang thông tin điện tử",
  ),
  entry("(đạt|được|là|thì|trở|đang|còn|chưa|không)", "Giải quyết 1.238 hồ sơ đạt 99,84%"),
  entry("(cấp|lĩnh|các|những|mọi|tổng)", "Tiếp nhận 245 hồ sơ lĩnh vực đất đai"),
];

/** Words that count other nouns: "cuộc kiểm tra", "lượt truy cập" keep the noun after them. */
export const classifier: WordClass = [
  entry(
    "(cuộc|lần|buổi|đợt)",
    t("Ít nhất 04 cuộc kiểm tra"),
    t("Tổ chức ít nhất 02 buổi đối thoại với Nhân dân"),
  ),
  entry("(bản|chiếc|lượt)", "Mở 02 lớp tập huấn cho 85 lượt cán bộ, công chức"),
  entry("(tin|bài|lớp)", "Đăng tải 156 tin, bài trên Trang thông tin điện tử"),
];

/**
 * Counted nouns of times of anything: "01 lần/tháng" asks for twelve of whatever the task does, so a count
 * of occurrences of any kind answers it ("14 lượt tuyên truyền", "04 cuộc kiểm tra").
 */
export const times: WordClass = [
  entry("lần", t("01 lần/tháng"), "Tuyên truyền 14 lần trên loa truyền thanh"),
];

/**
 * Counted nouns of occurrences of one kind: each answers a count of times ("lần") and of itself, not of
 * another kind ("02 đợt kiểm tra" may hold five "cuộc"). "Lượt" of people ("85 lượt cán bộ") or of
 * visits counts attendances, not times.
 */
export const occurrence: WordClass = [
  entry(
    "(cuộc|buổi|đợt)",
    t("Tối thiểu 02 cuộc kiểm tra"),
    "Tổ chức 04 đợt tuyên truyền",
    "Tổ chức 02 buổi đối thoại với Nhân dân",
  ),
  entry("lượt!( người| cán bộ| công chức| viên chức| cbcc| học viên| đại biểu| hộ| truy cập)", {
    text: "Đã thực hiện 14 lượt tuyên truyền",
    note: "fourteen times: answers “01 lần/tháng”",
  }),
];

/** Words between a comparator and its number, matched as written ("tối thiểu đạt 85%"). */
export const filler: WordClass = [
  exact("(ở mức|mức)", t("Duy trì không thấp hơn mức 95%")),
  exact("(tổng số|số)", t("Tiếp nhận tối thiểu số 30 hồ sơ trực tuyến")),
  exact("(tỷ lệ|tỉ lệ)", t("Tối thiểu tỷ lệ 80% hồ sơ được số hóa")),
  exact("(đạt|được|là|có|bằng)", t("Tối thiểu đạt 85% số hồ sơ phát sinh"), "Chưa đạt 100%"),
  exact("(tới|lên)", t("Tối thiểu lên tới 90%")),
];

/** After a number, these make it a percentage. */
export const percentWord: WordClass = [entry("phần trăm", "Đạt 100 phần trăm")];

/** Between two numbers, these make a range. */
export const rangeJoiner: WordClass = [
  entry("(-|–|—)", t("Tốc độ tăng trưởng kinh tế 6,6 - 6,8%"), t("6,6-6,8")),
  entry("(đến|tới)", t("Từ 5 đến 7 cuộc")),
];

/** Characters that alone mean an empty cell. */
export const placeholder: WordClass = [entry("(-|–|—|_)", "-", "—"), entry("(.|/|\\\\|\\…)", "…", "...")];

/** What "có" is not followed by when it states that a thing exists: "có thể" is a possibility. */
export const notExistence: WordClass = [
  entry("(một số|nhiều)", "Có một số hồ sơ"),
  entry("(thể|tính|hiệu)", "Có thể thực hiện", "Có tính khả thi"),
  entry("(ý nghĩa|phản ánh)", "Có ý nghĩa thiết thực"),
];

/**
 * Verbs after "có" that say a thing arises: "có phát sinh hồ sơ" asks for at least one "hồ sơ"; alone,
 * "Có phát sinh" asks that some arise, and names nothing to count.
 */
export const arising: WordClass = [
  entry(
    "phát sinh",
    { text: "Có phát sinh", role: "target", note: "some cases arise: any count of them meets it" },
    t("Có phát sinh hồ sơ trực tuyến mức độ toàn trình"),
  ),
];

/** Before a figure, these make it a change rather than a level; "tăng trưởng" and "tăng cường" are levels. */
export const change: WordClass = [
  entry("tăng!( trưởng| cường)", {
    text: "Tăng tối thiểu 10% so với năm 2023",
    role: "target",
    note: "a relative increase, not a share",
  }),
  entry("(giảm|cắt giảm)", t("Giảm tỷ lệ hộ nghèo 1,5%"), t("Cắt giảm 20% thời gian giải quyết")),
  entry(
    "(rút ngắn|tiết kiệm)",
    t("Rút ngắn 30% thời gian giải quyết TTHC"),
    t("Tiết kiệm 10% chi thường xuyên"),
  ),
];

/** Right before a figure, these make it a level even after a change word. */
export const level: WordClass = [
  entry("(còn|xuống|xuống còn|dưới)", t("Giảm tỷ lệ hộ nghèo xuống còn 1,5%")),
  entry("(ở mức|đạt)", t("Giảm tỷ lệ hộ nghèo, đạt 1,5%")),
];

/** After a figure, these make it relative to something else. */
export const relativeAfter: WordClass = [entry("so với", t("Tăng tối thiểu 10% so với năm 2023"))];

/**
 * What a result can be measured against: right after a figure, the figure is a share of the plan ("đạt
 * 103% kế hoạch", "bằng 95% KH"); after a word of excess, the plan is exceeded by it ("vượt 5% so với chỉ
 * tiêu" is 105%). "so với cùng kỳ", "so với năm trước" compare with the past instead: a change.
 */
export const plan: WordClass = [
  entry(
    "(chỉ tiêu|kế hoạch|mục tiêu)",
    "Vượt 5% so với chỉ tiêu",
    "Vượt kế hoạch 5%",
    "Ước đạt 1.120 tỷ đồng, đạt 101,4% kế hoạch",
    "Đạt 101% chỉ tiêu",
    { text: "Bằng 98,5% so với kế hoạch năm", note: "a share of the year's plan" },
    t("Đạt từ 95% kế hoạch vốn trở lên"),
  ),
  entry("(kh|nq|nghị quyết)", "Vượt 3% KH", "Vượt 2% so với Nghị quyết", "Bằng 95% KH", {
    text: "6,83 tỷ đồng, đạt 91,7% NQ",
    note: "“đạt” is the share's verb here, not “done”",
  }),
  entry(
    "dự toán",
    "Thu 1.763 triệu đồng, bằng 103% dự toán",
    "Đạt 96,2% dự toán",
    t("Đạt 100% dự toán huyện giao"),
  ),
];

/** Before the plan's words, these say the result went beyond it. */
export const exceed: WordClass = [
  entry("(vượt|cao hơn)", "Vượt kế hoạch 5%", "Cao hơn chỉ tiêu 2%"),
  entry("tăng", "Tăng 3% so với kế hoạch"),
];

/** Right before a figure, the level a change starts from: "giảm từ 4,12% xuống còn 2,3%". */
export const changeStart: WordClass = [
  // With its diacritics: folded, "từ" (from) is "tử" (as in "điện tử").
  exact(
    "từ [mức]",
    t("Giảm tỷ lệ hộ nghèo từ 4,12% xuống còn 2,62%"),
    "Giảm 1,82% (từ 4,12% xuống còn 2,30%)",
    "Từ mức 4,12% xuống còn 2,30%",
  ),
];

/** Between a count and its period: "01 lần/quý", "01 lần mỗi quý". */
export const perPeriod: WordClass = [
  entry("(/|mỗi|hằng|hàng)", t("01 lần/quý"), t("01 lần mỗi quý")),
  entry("trong (1|một|01)", t("01 cuộc trong 1 năm")),
];

/** Before a noun, these deny it: "Không có sáng kiến", "chưa phát sinh hồ sơ". */
export const denial: WordClass = [
  entry("{negation} [có|phát sinh|được]", "Không có sáng kiến", "Chưa phát sinh hồ sơ"),
];
