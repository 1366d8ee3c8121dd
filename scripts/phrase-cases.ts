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
  | "share"
  | "change"
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

  // ---- shares of the plan: the figure is measured against the plan, not a level ----
  r("share", "Ước đạt 415 tỷ đồng, bằng 95% KH", "95% of the plan; the amount has no target to meet here"),
  r("share", "94,1%, đạt 99,05% chỉ tiêu", "a level (94,1%) and its share of the target (99,05%)"),
  r("share", "Đạt 95% so với cùng kỳ", "a comparison with last year: no share of the plan, and no “done”"),
  r("share", "Chưa đạt 100% kế hoạch", "a shortfall against the plan: below 100%, not a share"),

  // ---- changes: a rise or a fall, not a level ----
  r("change", "Tăng 0,15% so với năm 2023", "a rise over the year before"),
  r("change", "Giảm 263 hộ", "a cut of 263 households, not a level"),
  r("change", "Từ 4,12% xuống còn 2,30%", "a starting level and the level reached: a fall of 1,82"),
  t("change", "Giảm tỷ lệ hộ nghèo 1,5% (từ 4,12%)", "a cut of 1,5 points from 4,12%"),

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
  r("number", "1.763 tỷ đồng, đạt 91,72%", "an amount and its share, for a target in either"),
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
  // ---- a result stated as a share of the plan, judged even without a target ----
  { target: "", result: "Đạt 103% kế hoạch", note: "met: 103% of the plan" },
  { target: "", result: "Bằng 95% KH", note: "unmet, 95: a share of the plan" },
  { target: "", result: "Đạt 91,7% NQ", note: "unmet, 91,7: “đạt” is the share's verb, not “done”" },
  { target: "", result: "Đạt 101% chỉ tiêu", note: "met: 101% of the target" },
  { target: "", result: "Bằng 98,5% so với kế hoạch năm", note: "unmet, 98,5" },
  { target: "Hoàn thành kế hoạch giao", result: "Đạt 91% NQ", note: "unmet, 91: not done, 91% of the plan" },
  { target: "Đạt 100% dự toán giao", result: "Đạt 96,2% dự toán", note: "unmet, 96,2: “dự toán” is a plan" },
  {
    target: "Đạt từ 95% kế hoạch vốn trở lên",
    result: "Giải ngân 278,6 tỷ đồng, đạt 92,4% kế hoạch vốn",
    note: "unmet, 97,26: a share against a share of the plan",
  },
  {
    target: "",
    result: "Tăng 5% so với năm trước",
    note: "review: a change over last year, not a share of the plan",
  },
  {
    target: "",
    result: "Đạt 95% so với cùng kỳ",
    note: "review: compared with last year, not with the plan",
  },
  { target: "", result: "Tăng 3% so với kế hoạch", note: "met: 3% above the plan is 103% of it" },

  // ---- which way an indicator must go ----
  { target: "Giảm tỷ lệ hộ nghèo 1,5%", result: "Giảm 1,8%", note: "met: a bigger cut than asked" },
  { target: "Tỷ lệ hộ nghèo giảm 1,5%", result: "Giảm 1,2%", note: "unmet, 80: a smaller cut than asked" },
  {
    target: "Giảm 1,5%",
    result: "Giảm 1,82% (từ 4,12% xuống còn 2,30%)",
    note: "met: the cut, not the levels, answers a cut",
  },
  {
    target: "Giảm tỷ lệ hộ nghèo 1,5%",
    result: "Tỷ lệ hộ nghèo còn 2,1%",
    note: "review: a level answers a cut only from a starting level",
  },
  {
    target: "Giảm tỷ lệ hộ nghèo 1,5% (từ 4,12%)",
    result: "Còn 2,1%",
    note: "met: from 4,12% down to 2,1% is a cut of 2,02",
  },
  {
    target: "Giảm 0,2% so với năm 2023",
    result: "Tăng 0,15% so với năm 2023",
    note: "unmet, 0: a cut was asked, the rate rose",
  },
  { target: "Giảm 250 hộ", result: "Giảm 263 hộ", note: "met: 263 households cut against 250" },
  { target: "Hộ nghèo còn dưới 3%", result: "2,3%", note: "met: a ceiling" },
  {
    target: "Hộ nghèo còn dưới 3%",
    result: "Giảm 1,82% (từ 4,12% xuống còn 2,30%)",
    note: "met: the level 2,30%",
  },
  {
    target: "Hộ nghèo còn dưới 3%",
    result: "Giảm 0,5%",
    note: "review: a cut without a level answers no ceiling",
  },
  { target: "Tỷ lệ hồ sơ trễ hạn không quá 2%", result: "2,4%", note: "unmet, 83,33: over the ceiling" },

  // ---- an amount and a share in one result ----
  {
    target: "Thu ngân sách 1.920 tỷ đồng",
    result: "1.763 tỷ đồng, đạt 91,72%",
    note: "unmet, 91,82: the amount answers the amount",
  },
  {
    target: "Đạt 100% dự toán",
    result: "Thu 1.763 triệu đồng, bằng 103% dự toán",
    note: "met: the share answers the share",
  },
  {
    target: "Thu ngân sách 1.920 tỷ đồng",
    result: "Thu 1.763 triệu đồng, bằng 103% dự toán",
    note: "met: no amount in tỷ đồng, the share of the estimate answers the plan",
  },
  {
    target: "Thu ngân sách 1.920 tỷ đồng",
    result: "1.763 triệu đồng, đạt 91,72%",
    note: "review: neither the amount nor the share pairs",
  },
  { target: "95%", result: "94,1%, đạt 99,05% chỉ tiêu", note: "unmet, 99,05: the level answers a rate" },
  {
    target: "Tối thiểu 04 cuộc kiểm tra",
    result: "Đạt 100%, đã tổ chức 05 cuộc kiểm tra",
    note: "met: the count answers the count",
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

  // ---- something must arise, with no noun named ----
  {
    target: "Có phát sinh",
    result: "Tiếp nhận 126 hồ sơ qua dịch vụ bưu chính công ích",
    note: "met: some arose; “phát sinh” is the verb, not what is counted",
  },
  { target: "Có phát sinh", result: "Không phát sinh", note: "unmet: none arose" },

  // ---- a rate of bad things handled is a level to reach ----
  {
    target: "Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn đạt 100%",
    result: "80% (04/05 PAKN)",
    note: "unmet, 80: a share handled, not a ceiling",
  },
  {
    target: "Tỷ lệ hồ sơ quá hạn trong giải quyết TTHC dưới 2%",
    result: "1,5%",
    note: "met: overdue in handling is a ceiling",
  },

  // ---- counts per period ----
  { target: "01 lần/tuần", result: "Duy trì 01 lần/tuần", note: "met: weekly asked, weekly done" },
  {
    target: "01 lần/tuần",
    result: "02 lần/tháng",
    note: "unmet, 46,15: 24 a year against 52",
  },

  // ---- times and occurrences ----
  {
    target: "01 lần/tháng",
    result: "Đã thực hiện 14 lượt tuyên truyền",
    note: "met: 14 times against 12 a year",
  },
  {
    target: "Tối thiểu 04 cuộc kiểm tra",
    result: "Tổ chức 02 đợt kiểm tra",
    note: "review: a round may hold several inspections",
  },
  {
    target: "01 lần/quý",
    result: "Tập huấn cho 85 lượt cán bộ",
    note: "review: attendances, not times",
  },

  // ---- nothing arose to handle ----
  {
    target: "Xử lý 100% phản ánh, kiến nghị đúng thời hạn",
    result: "Trong năm không phát sinh phản ánh, kiến nghị",
    note: "no-data, or met: nothing to handle",
  },
  {
    target: "Giải quyết 100% hồ sơ đúng hạn, không để hồ sơ trễ hạn",
    result: "Không phát sinh hồ sơ trễ hạn",
    note: "review: the files handled are not the late ones denied",
  },
];
