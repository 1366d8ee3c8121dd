/**
 * Phrases for the generated table in test/fixtures/phrases.md beside the lexicon's own examples: figures
 * whose reading is the number grammar's, not a word's (rates, fractions, document numbers, empty cells),
 * and target–result pairs judged whole. `note` says what a careful reviewer reads where that is not obvious.
 */
import type { CellInput } from "../src/core";

export type PhraseRole = "target" | "result";

export type PhraseGroup =
  | "rate"
  | "threshold"
  | "limit"
  | "range"
  | "fraction"
  | "count"
  | "zero"
  | "status"
  | "qualitative"
  | "caveat"
  | "number"
  | "document"
  | "empty";

export interface PhraseCase {
  readonly text: string;
  readonly role: PhraseRole;
  readonly group: PhraseGroup;
  /** What a reviewer reads, where that is not obvious. */
  readonly note?: string;
}

export interface PairCase {
  readonly target: CellInput;
  readonly result: CellInput;
  readonly note?: string;
}

const t = (group: PhraseGroup, text: string, note?: string): PhraseCase =>
  note === undefined ? { text, role: "target", group } : { text, role: "target", group, note };
const r = (group: PhraseGroup, text: string, note?: string): PhraseCase =>
  note === undefined ? { text, role: "result", group } : { text, role: "result", group, note };

export const FIGURE_CASES: readonly PhraseCase[] = [
  // ---- rates: a share of a whole, usually 100% ----
  t("rate", "100%"),
  t("rate", "Hoàn thành 100% nhiệm vụ đề ra trong kế hoạch"),
  t("rate", "100% cán bộ, công chức sử dụng thư điện tử trong thực thi công vụ"),
  t("rate", "Đạt 100% kế hoạch"),
  t("rate", "100% hồ sơ TTHC được giải quyết đúng hạn và trước hạn"),
  r("rate", "Tỷ lệ hồ sơ trực tuyến đạt 98,42%"),
  r("rate", "Các hồ sơ được giải quyết trước hạn đạt 54,92%", "an early-completion rate, not a shortfall"),
  r("rate", "Đã thực hiện tạo lập hồ sơ công việc điện tử đạt 100%"),
  r("rate", "Tỷ lệ hài lòng của người dân đạt 96,7 %"),

  // ---- thresholds: at least, more than ----
  t(
    "threshold",
    "Tính tỷ lệ % giữa số hồ sơ đã giải quyết trực tuyến so với tổng số hồ sơ đã tiếp nhận, giải quyết trong năm đạt từ 50 % trở lên",
  ),
  t("threshold", "Trên 50% hồ sơ nộp trực tuyến"),

  // ---- ranges and approximate values ----
  t("range", "Từ 90% - 95%"),
  t("range", "Từ 3-5 sáng kiến"),

  // ---- fractions: x of y ----
  r("fraction", "Hoàn thành 5/6 nhiệm vụ"),
  r("fraction", "24/27"),
  r("fraction", "Hoàn thành 12/12 nhiệm vụ"),
  r("fraction", "Hoàn thành 5/6 nhiệm vụ, đạt 83,3%"),
  r("fraction", "Đã hoàn thành 18/20 chỉ tiêu (đạt 90%)"),
  r("fraction", "Có 15/17 chỉ tiêu đạt và vượt kế hoạch"),
  r("fraction", "Số hóa 245/300 hồ sơ"),
  r("fraction", "Đạt 7/10 chỉ tiêu"),
  r("fraction", "Hoàn thành 18/20 nhiệm vụ, đạt 95%", "stated 95% disagrees with 18/20 = 90%"),
  t("fraction", "Hoàn thành 27/27 nhiệm vụ"),

  // ---- counts ----
  r("count", "Có 01 sáng kiến đang đề nghị huyện công nhận phạm vi ảnh hưởng"),
  r("count", "Tổ chức được 05 buổi đối thoại với Nhân dân"),
  r("count", "Ban hành 12 văn bản chỉ đạo, điều hành về CCHC"),

  // ---- zero targets: nothing bad happens ----
  t("zero", "Không có hồ sơ trả kết quả quá hạn"),
  r("zero", "Không có hồ sơ quá hạn."),
  r(
    "zero",
    "UBND xã thực hiện tốt việc tiếp nhận, giải quyết và trả kết quả hồ sơ TTHC cho công dân đúng quy định. Không có hồ sơ quá hạn.",
  ),
  r("zero", "0 hồ sơ"),

  // ---- negations and status words ----
  r("status", "x", "a tick mark: done"),
  r("status", "Chưa đạt 100%".normalize("NFD"), "written in NFD (decomposed diacritics)"),

  // ---- qualitative targets ----
  t("qualitative", "Hoàn thành kế hoạch giao"),
  t("qualitative", "Đảm bảo theo quy định"),
  t("qualitative", "Tăng cường công tác kiểm tra công vụ"),
  t("qualitative", "Có kiến nghị đề xuất"),
  t("qualitative", "Trong năm có phát sinh hồ sơ liên thông", "expects cases to arise"),
  t("qualitative", "Duy trì thường xuyên"),
  t("qualitative", "Thực hiện nghiêm túc, kịp thời"),
  t("qualitative", "Trang thông tin hoạt động hiệu quả, thường xuyên cập nhật tin, bài"),

  // ---- qualitative results ----
  r("qualitative", "Công khai 100% số TTHC, đảm bảo đúng quy định"),
  r("qualitative", "Hoàn thành tốt nhiệm vụ được giao"),
  r(
    "qualitative",
    "Ban hành Kế hoạch rà soát, đơn giản hóa TTHC năm 2024 và thực hiện rà soát, có kiến nghị đề xuất",
  ),

  // ---- caveats ----
  r("caveat", "Cơ bản đáp ứng yêu cầu, song còn một số hồ sơ chậm cập nhật"),
  r("caveat", "Đạt 96,5%; tuy nhiên còn 02 hồ sơ trễ hạn"),

  // ---- numbers: decimal comma, thousands dot ----
  r("number", "Tiếp nhận 1.240 hồ sơ, giải quyết đúng hạn 1.238 hồ sơ, đạt 99,84%"),
  r("number", "Thu ngân sách đạt 1.250,5 triệu đồng, bằng 112,3% dự toán"),
  r(
    "number",
    "Trong năm, đã phát sinh 24 hồ sơ liên thông lĩnh vực đất đai; 37 hồ sơ liên thông lĩnh vực hộ tịch.",
  ),
  r("number", "99.5%", "decimal point in a Vietnamese sheet: 99,5%"),
  r("number", "0,5%"),
  r("number", "1.240", "one thousand two hundred and forty"),
  r("number", "83,33"),

  // ---- document numbers and dates: not fractions ----
  t("document", "Đánh giá đúng quy định theo Nghị định số 48/2023/NĐ-CP ngày 17/7/2023"),
  r(
    "document",
    "UBND xã ban hành Kế hoạch số 45/KH-UBND ngày 20/3/2024 tự kiểm tra công vụ. Đã tổ chức kiểm tra ngày 02/10/2024.",
  ),
  r("document", "Thực hiện theo Quyết định số 1291/QĐ-UBND ngày 02/10/2024 của UBND huyện"),
  r("document", "Thực hiện đánh giá cán bộ, công chức ngày 08/11/2024, đảm bảo đúng quy định"),

  // ---- empty ----
  t("empty", ""),
  r("empty", "   "),
];

/** Cell objects as Excel gives them, for pairs. */
const percentCell = (value: number, text: string, numberFormat = "0%"): CellInput => ({
  value,
  text,
  numberFormat,
});

export const PAIR_CASES: readonly PairCase[] = [
  {
    target: "Tối thiểu có 01 sáng kiến cấp cơ sở về CCHC",
    result: "Có 01 sáng kiến đang đề nghị huyện công nhận phạm vi ảnh hưởng",
    note: "met, or review: not yet recognised",
  },
  {
    target: "Hoàn thành 100% nhiệm vụ đề ra trong kế hoạch",
    result: "Hoàn thành 5/6 nhiệm vụ, đạt 83,3%",
    note: "unmet, 83,33",
  },
  {
    target: "Hoàn thành 100% nhiệm vụ huyện giao",
    result: "Chưa thống kê được số nhiệm vụ hoàn thành, nhiệm vụ chưa hoàn thành",
    note: "no-data",
  },
  { target: "Hoàn thành kế hoạch giao", result: "Đã thực hiện xong", note: "met" },
  {
    target: "Hoàn thành 100% nhiệm vụ đề ra trong kế hoạch",
    result: "Hoàn thành 24/27 nhiệm vụ, đạt 88,89%",
    note: "unmet, 88,89",
  },
  {
    target: "Không có hồ sơ trả kết quả quá hạn",
    result:
      "UBND xã thực hiện tốt việc tiếp nhận, giải quyết và trả kết quả hồ sơ TTHC cho công dân đúng quy định. Không có hồ sơ quá hạn.",
    note: "met",
  },
  {
    target: "100% cán bộ, công chức sử dụng thư điện tử trong thực thi công vụ",
    result: "Chưa đạt 100%",
    note: "unmet",
  },
  {
    target:
      "Tính tỷ lệ % giữa số TTHC cung cấp trực tuyến có phát sinh hồ sơ trực tuyến so với tổng số TTHC công bố cung cấp trực tuyến đạt từ 70%",
    result: "Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 22,32%",
    note: "unmet, 31,89",
  },
  {
    target:
      "Tính tỷ lệ % giữa số hồ sơ đã giải quyết trực tuyến so với tổng số hồ sơ đã tiếp nhận, giải quyết trong năm đạt từ 50 % trở lên",
    result: "Tỷ lệ hồ sơ trực tuyến đạt 98,42%",
    note: "met, 100",
  },
  {
    target: "Hoàn thành 100% chỉ tiêu đề ra",
    result:
      "Thực hiện tốt các nhiệm vụ phát triển kinh tế - xã hội tại địa phương. Tuy nhiên, có một số chỉ tiêu chưa đạt 100% KH đề ra.",
    note: "unmet or review",
  },
  {
    target: "Trong năm có phát sinh hồ sơ liên thông",
    result:
      "Thực hiện tốt việc giải quyết TTHC liên thông. Trong năm, đã phát sinh 24 hồ sơ liên thông lĩnh vực đất đai; 37 hồ sơ liên thông lĩnh vực hộ tịch.",
    note: "met",
  },
  { target: "Dưới 2%", result: "1,8%", note: "met" },
  { target: "Không quá 2%", result: "Tỷ lệ hồ sơ trễ hạn 3,5%", note: "unmet" },
  { target: "6,6-6,8", result: "Đạt 6,7%", note: "met" },
  { target: "Ít nhất 04 cuộc kiểm tra", result: "Đã tổ chức 03 cuộc kiểm tra", note: "unmet, 75" },
  { target: "02 cuộc/năm", result: "Tổ chức 02 cuộc", note: "met, 100" },
  { target: "Không để xảy ra sai sót", result: "Có 03 hồ sơ sai sót phải làm lại", note: "unmet" },
  {
    target: "Phấn đấu đạt 98% trở lên",
    result: "Tiếp nhận 1.240 hồ sơ, giải quyết đúng hạn 1.238 hồ sơ, đạt 99,84%",
    note: "met, 100",
  },
  { target: "≥ 98%", result: "97,5%", note: "unmet, 99,49" },
  { target: "Trên 90%", result: "90%", note: "unmet: not above 90%" },
  { target: "Khoảng 4", result: "Đạt 3,9", note: "met or review" },
  { target: "Từ 5 đến 7 cuộc", result: "Tổ chức 06 cuộc", note: "met" },
  { target: "", result: "Thực hiện đảm bảo theo quy định", note: "met or review: no target" },
  { target: "Đảm bảo theo quy định", result: "", note: "no-data: empty result" },
  { target: "100%", result: percentCell(0.95, "95%"), note: "Excel number 0,95 shown as 95%: unmet, 95" },
  { target: "100%", result: 1, note: "bare 1 in a rate column: 100%" },
  { target: "Hoàn thành 12/12 nhiệm vụ", result: "Hoàn thành 12/12 nhiệm vụ", note: "met, 100" },
  {
    target: "Công khai đầy đủ, đúng quy định",
    result: "Công khai đầy đủ, đúng quy định",
    note: "met: restates",
  },
  { target: "Tăng cường công tác kiểm tra công vụ", result: "Đang thực hiện", note: "review" },
  {
    target: "Trong năm có phát sinh hồ sơ liên thông",
    result: "Trong năm không phát sinh hồ sơ liên thông",
    note: "unmet or review",
  },
  {
    target: "Hoàn thành 100% nhiệm vụ",
    result: "Hoàn thành 18/20 nhiệm vụ, đạt 95%",
    note: "unmet, 90: stated 95% is wrong",
  },
  {
    target: "Đánh giá đúng quy định theo Nghị định số 48/2023/NĐ-CP",
    result: "Thực hiện đánh giá cán bộ, công chức ngày 08/11/2024, đảm bảo đúng quy định",
    note: "met: the date is not a fraction",
  },
  { target: "Giảm tỷ lệ hộ nghèo xuống còn dưới 1,5%", result: "Tỷ lệ hộ nghèo còn 1,32%", note: "met" },
  { target: "Tối thiểu 80%", result: "Đã hoàn thành", note: "met or review: no rate given" },
  {
    target: "100% hồ sơ được giải quyết đúng hạn",
    result: "Không phát sinh",
    note: "met or review: nothing arose",
  },
  {
    target: "Đạt từ 70%",
    result: "Chưa đạt 100%".normalize("NFD"),
    note: "review: below 100% says nothing about 70%",
  },
  { target: "02 cuộc/năm", result: "Tổ chức 03 cuộc", note: "met: more than asked" },
  { target: "Không có hồ sơ quá hạn", result: "0 hồ sơ", note: "met" },
  {
    target: "Tăng cường công tác kiểm tra công vụ",
    result: "Đang triển khai thực hiện, dự kiến hoàn thành trong quý IV",
    note: "review: still in progress, completion only expected",
  },
  {
    target: "Hoàn thành kế hoạch giao",
    result: "Cơ bản hoàn thành",
    note: "review: hedged (“basically done”)",
  },
  {
    target: "Phấn đấu đạt 98% trở lên",
    result: "Đạt 98,5%; tuy nhiên còn 02 hồ sơ trễ hạn",
    note: "review: meets the rate but admits late files",
  },
  {
    target: "Duy trì, áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
    result: "Đã duy trì, áp dụng theo đúng quy định",
    note: "met: ISO 9001:2015 is a standard's name",
  },
  {
    target: "Không có cán bộ, công chức bị xử lý kỷ luật",
    result: "Trong năm có 01 công chức bị kỷ luật khiển trách",
    note: "unmet: one officer disciplined",
  },
  { target: "01 lần/quý", result: "Tổ chức 02 lần", note: "unmet: once a quarter is 4 a year" },
  { target: "Tăng tối thiểu 10% so với năm 2023", result: "Đạt 95%", note: "review: 95% is not an increase" },
  {
    target: "Hoàn thành 100% nhiệm vụ",
    result: "Đạt 100%, tuy nhiên chất lượng còn hạn chế",
    note: "review: figures met, shortfall admitted",
  },
  { target: "100%", result: percentCell(1, "100%"), note: "met: Excel 1 shown as 100%" },
  {
    target: "Tỷ lệ hồ sơ trễ hạn không vượt quá 1%",
    result: "Không có hồ sơ trễ hạn",
    note: "met: no late files is 0%",
  },
  { target: "Đúng thời gian quy định", result: "Không đúng thời gian quy định", note: "unmet" },
  { target: "Không để xảy ra sai sót", result: "Không có", note: "met: none occurred" },
  {
    target: "Hoàn thành trước ngày 15/12/2024",
    result: "Hoàn thành ngày 20/12/2024",
    note: "unmet: after the deadline",
  },
  { target: "Dưới 2%", result: "2%", note: "unmet: not below 2%" },
  { target: "Tối thiểu có 01 sáng kiến cấp cơ sở về CCHC", result: "Không có sáng kiến", note: "unmet" },
  {
    target: "Hoàn thành 100% chỉ tiêu",
    result: "Hoàn thành 15/17 chỉ tiêu; 02 chỉ tiêu chưa đạt",
    note: "unmet, 88,24",
  },
  { target: "Tỷ lệ hài lòng đạt trên 90 %", result: "Chưa khảo sát", note: "no-data: no survey yet" },
  { target: "Hoàn thành kế hoạch giao", result: "x", note: "met or review: a tick mark" },
  { target: "Hoàn thành 100% kế hoạch", result: "Vượt 5% so với chỉ tiêu", note: "met: 105% of the plan" },
  { target: "Hoàn thành 100% kế hoạch", result: "Vượt chỉ tiêu 5%", note: "met: the same in another order" },
  { target: "Hoàn thành 100% kế hoạch", result: "Vượt kế hoạch 5%", note: "met: the same in another order" },
  {
    target: "Thu ngân sách 1.240 triệu đồng",
    result: "Vượt 3% so với kế hoạch",
    note: "met: a share of the plan answers a level in any unit",
  },
  {
    target: "Gửi báo cáo đúng thời gian quy định",
    result: "Gửi báo cáo chậm 5 ngày",
    note: "review: late",
  },
  { target: "Cập nhật thường xuyên", result: "Cập nhật chậm", note: "review: late" },
  {
    target: "Thực hiện chăm lo đời sống người có công",
    result: "Đã thực hiện chăm lo đời sống người có công",
    note: "met: “chăm” (care) is not “chậm” (late)",
  },
];
