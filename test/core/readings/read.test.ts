import {
  ENGLISH_NUMBERS,
  readResult,
  readTarget,
  type CellInput,
  type PhraseRole,
  type ReadOptions,
  type Reading,
} from "../../../src/core";
import {
  bare,
  blank,
  counted,
  figure,
  fraction,
  pct,
  PLAIN,
  qualitative,
  rate,
  TARGET,
  zero,
} from "./fixtures";

/**
 * Each row: the role a phrase is read in, the phrase, and the whole reading expected. A target is read
 * for what it asks, so its statuses are always [] and its evidence {} (`TARGET`); a result is read whole
 * (`PLAIN` where it has no status words). Phrases that sit in either column are read in both roles, one
 * row each.
 */
type Row = readonly [role: PhraseRole, input: CellInput, expected: Reading];

function read(role: PhraseRole, input: CellInput, options?: ReadOptions): Reading {
  return role === "target" ? readTarget(input, options) : readResult(input, options);
}

describe("readTarget and readResult: rates and thresholds", () => {
  it.each<Row>([
    ["target", "100%", rate("percent", "100%", pct(100, "eq", "100%"), TARGET)],
    ["result", "100%", rate("percent", "100%", pct(100, "eq", "100%"), PLAIN)],
    ["target", "đạt từ 70%", rate("threshold", "đạt từ 70%", pct(70, "gte", "từ 70%"), TARGET)],
    [
      "result",
      "đạt từ 70%",
      rate("threshold", "đạt từ 70%", pct(70, "gte", "từ 70%"), {
        statuses: ["done"],
        evidence: { done: "đạt từ 70%" },
      }),
    ],
    ["target", "từ 50 % trở lên", rate("threshold", "từ 50 % trở lên", pct(50, "gte", "từ 50 %"), TARGET)],
    [
      "target",
      "phấn đấu đạt 98% trở lên",
      rate("threshold", "phấn đấu đạt 98% trở lên", pct(98, "gte", "98%"), TARGET),
    ],
    ["target", "≥ 98%", rate("threshold", "≥ 98%", pct(98, "gte", "≥ 98%"), TARGET)],
    ["target", ">= 95%", rate("threshold", ">= 95%", pct(95, "gte", ">= 95%"), TARGET)],
    ["target", "Trên 90%", rate("threshold", "Trên 90%", pct(90, "gt", "Trên 90%"), TARGET)],
    ["result", "Trên 90%", rate("threshold", "Trên 90%", pct(90, "gt", "Trên 90%"), PLAIN)],
    ["target", "Dưới 2%", rate("threshold", "Dưới 2%", pct(2, "lt", "Dưới 2%"), TARGET)],
    ["target", "Không quá 2%", rate("threshold", "Không quá 2%", pct(2, "lte", "Không quá 2%"), TARGET)],
    ["target", "tối thiểu 80%", rate("threshold", "tối thiểu 80%", pct(80, "gte", "tối thiểu 80%"), TARGET)],
    [
      "target",
      "không thấp hơn 95%",
      rate("threshold", "không thấp hơn 95%", pct(95, "gte", "không thấp hơn 95%"), TARGET),
    ],
    [
      "target",
      "không dưới 90% hồ sơ",
      rate("threshold", "không dưới 90% hồ sơ", pct(90, "gte", "không dưới 90%"), TARGET),
    ],
    ["target", "tối đa 5%", rate("threshold", "tối đa 5%", pct(5, "lte", "tối đa 5%"), TARGET)],
    [
      "target",
      "Tỷ lệ hồ sơ trễ hạn dưới 2%",
      rate("threshold", "Tỷ lệ hồ sơ trễ hạn dưới 2%", pct(2, "lt", "dưới 2%"), TARGET, { ceiling: true }),
    ],
    [
      "result",
      "Đạt 83,3%",
      rate("percent", "Đạt 83,3%", pct(83.3, "eq", "83,3%", { decimals: 1 }), {
        statuses: ["done"],
        evidence: { done: "Đạt 83,3%" },
      }),
    ],
    [
      "result",
      "Tỷ lệ hồ sơ trực tuyến đạt 98,42%",
      rate(
        "percent",
        "Tỷ lệ hồ sơ trực tuyến đạt 98,42%",
        pct(98.42, "eq", "98,42%", { decimals: 2 }),
        PLAIN,
      ),
    ],
    [
      "result",
      "đạt 98.42%",
      rate("percent", "đạt 98.42%", pct(98.42, "eq", "98.42%", { decimals: 2 }), {
        statuses: ["done"],
        evidence: { done: "đạt 98.42%" },
      }),
    ],
    [
      "target",
      "Tính tỷ lệ % giữa số TTHC trực tuyến so với tổng số đạt từ 70%",
      rate(
        "threshold",
        "Tính tỷ lệ % giữa số TTHC trực tuyến so với tổng số đạt từ 70%",
        pct(70, "gte", "từ 70%"),
        TARGET,
      ),
    ],
    [
      "target",
      "Tạo lập hồ sơ công việc điện tử đạt 100%",
      rate("percent", "Tạo lập hồ sơ công việc điện tử đạt 100%", pct(100, "eq", "100%"), TARGET),
    ],
    [
      "result",
      "Tạo lập hồ sơ công việc điện tử đạt 100%",
      rate("percent", "Tạo lập hồ sơ công việc điện tử đạt 100%", pct(100, "eq", "100%"), {
        statuses: ["reported"],
        evidence: { reported: "Tạo lập hồ sơ công việc điện tử đạt 100%" },
      }),
    ],
    ["target", "Khoảng 95%", rate("threshold", "Khoảng 95%", pct(95, "approx", "Khoảng 95%"), TARGET)],
    [
      "result",
      "đạt 100 phần trăm",
      rate("percent", "đạt 100 phần trăm", pct(100, "eq", "100 phần trăm"), {
        statuses: ["done"],
        evidence: { done: "đạt 100 phần trăm" },
      }),
    ],
  ])("%s %j", (role, input, expected) => {
    expect(read(role, input)).toEqual(expected);
  });
});

describe("readTarget and readResult: fractions, counts, ranges and zeros", () => {
  it.each<Row>([
    [
      "result",
      "5/6 nhiệm vụ",
      fraction(
        "5/6 nhiệm vụ",
        pct(83.33333333333334, "eq", "5/6", { decimals: 2 }),
        { done: 5, total: 6, source: "5/6" },
        [],
        PLAIN,
      ),
    ],
    [
      "result",
      "24/27",
      fraction(
        "24/27",
        pct(88.88888888888889, "eq", "24/27", { decimals: 2 }),
        { done: 24, total: 27, source: "24/27" },
        [],
        PLAIN,
      ),
    ],
    [
      "result",
      "Hoàn thành 12/12 nhiệm vụ",
      fraction(
        "Hoàn thành 12/12 nhiệm vụ",
        pct(100, "eq", "12/12", { decimals: 2 }),
        { done: 12, total: 12, source: "12/12" },
        [],
        { statuses: ["done"], evidence: { done: "Hoàn thành 12/12 nhiệm vụ" } },
      ),
    ],
    [
      "result",
      "Hoàn thành 5 / 6 nhiệm vụ, đạt 83,3%",
      fraction(
        "Hoàn thành 5 / 6 nhiệm vụ, đạt 83,3%",
        pct(83.33333333333334, "eq", "5 / 6", { decimals: 2 }),
        { done: 5, total: 6, source: "5 / 6" },
        [pct(83.3, "eq", "83,3%", { decimals: 1 })],
        { statuses: ["done"], evidence: { done: "Hoàn thành 5 / 6 nhiệm vụ, đạt 83,3%" } },
      ),
    ],
    [
      "target",
      "Tối thiểu có 01 sáng kiến",
      figure(
        "count",
        "Tối thiểu có 01 sáng kiến",
        counted(1, "gte", "Tối thiểu có 01 sáng kiến", { noun: "sáng kiến" }),
        [],
        TARGET,
      ),
    ],
    [
      "target",
      "02 cuộc/năm",
      figure(
        "count",
        "02 cuộc/năm",
        counted(2, "eq", "02 cuộc/năm", { noun: "cuộc", per: "nam" }),
        [],
        TARGET,
      ),
    ],
    [
      "target",
      "Ít nhất 04 cuộc kiểm tra",
      figure(
        "count",
        "Ít nhất 04 cuộc kiểm tra",
        counted(4, "gte", "Ít nhất 04 cuộc kiểm tra", { noun: "cuộc kiểm tra" }),
        [],
        TARGET,
      ),
    ],
    [
      "result",
      "Ít nhất 04 cuộc kiểm tra",
      figure(
        "count",
        "Ít nhất 04 cuộc kiểm tra",
        counted(4, "gte", "Ít nhất 04 cuộc kiểm tra", { noun: "cuộc kiểm tra" }),
        [],
        { statuses: ["reported"], evidence: { reported: "Ít nhất 04 cuộc kiểm tra" } },
      ),
    ],
    [
      "target",
      "Tổ chức 03 hội nghị",
      figure(
        "count",
        "Tổ chức 03 hội nghị",
        counted(3, "eq", "03 hội nghị", { noun: "hội nghị" }),
        [],
        TARGET,
      ),
    ],
    [
      "result",
      "Tổ chức 03 hội nghị",
      figure("count", "Tổ chức 03 hội nghị", counted(3, "eq", "03 hội nghị", { noun: "hội nghị" }), [], {
        statuses: ["reported"],
        evidence: { reported: "Tổ chức 03 hội nghị" },
      }),
    ],
    [
      "target",
      "Thu ngân sách đạt 1.240 triệu đồng",
      figure(
        "count",
        "Thu ngân sách đạt 1.240 triệu đồng",
        counted(1240, "eq", "1.240 triệu đồng", { noun: "triệu đồng" }),
        [],
        TARGET,
      ),
    ],
    [
      "result",
      "Thu ngân sách đạt 1.240 triệu đồng",
      figure(
        "count",
        "Thu ngân sách đạt 1.240 triệu đồng",
        counted(1240, "eq", "1.240 triệu đồng", { noun: "triệu đồng" }),
        [],
        PLAIN,
      ),
    ],
    [
      "target",
      "Trong năm có phát sinh hồ sơ liên thông",
      figure(
        "count",
        "Trong năm có phát sinh hồ sơ liên thông",
        counted(1, "gte", "có phát sinh hồ sơ", { noun: "hồ sơ" }),
        [],
        TARGET,
      ),
    ],
    [
      "result",
      "Trong năm có phát sinh hồ sơ liên thông",
      figure(
        "count",
        "Trong năm có phát sinh hồ sơ liên thông",
        counted(1, "gte", "có phát sinh hồ sơ", { noun: "hồ sơ" }),
        [],
        { statuses: ["reported"], evidence: { reported: "Trong năm có phát sinh hồ sơ liên thông" } },
      ),
    ],
    [
      "target",
      "Có kiến nghị đề xuất",
      figure(
        "count",
        "Có kiến nghị đề xuất",
        counted(1, "gte", "Có kiến nghị", { noun: "kiến nghị" }),
        [],
        TARGET,
      ),
    ],
    [
      "target",
      "6,6-6,8",
      figure("range", "6,6-6,8", bare(6.6, "gte", "6,6-6,8", { decimals: 1, high: 6.8 }), [], TARGET),
    ],
    [
      "target",
      "Tăng trưởng kinh tế 6,6 - 6,8%",
      figure(
        "range",
        "Tăng trưởng kinh tế 6,6 - 6,8%",
        pct(6.6, "gte", "6,6 - 6,8%", { decimals: 1, high: 6.8 }),
        [],
        TARGET,
      ),
    ],
    [
      "target",
      "từ 5 đến 7 cuộc",
      figure(
        "range",
        "từ 5 đến 7 cuộc",
        counted(5, "gte", "từ 5 đến 7 cuộc", { noun: "cuộc", high: 7 }),
        [],
        TARGET,
      ),
    ],
    ["target", "Khoảng 4", figure("count", "Khoảng 4", bare(4, "approx", "Khoảng 4"), [], TARGET)],
    ["target", "Không có hồ sơ quá hạn", zero("Không có hồ sơ quá hạn", "quá hạn", TARGET)],
    ["result", "Không có hồ sơ quá hạn", zero("Không có hồ sơ quá hạn", "quá hạn", PLAIN)],
    [
      "target",
      "Không có hồ sơ trả kết quả quá hạn",
      zero("Không có hồ sơ trả kết quả quá hạn", "quá hạn", TARGET),
    ],
    ["target", "Không để xảy ra sai sót", zero("Không để xảy ra sai sót", "sai sót", TARGET)],
    ["target", "0 hồ sơ trễ hạn", zero("0 hồ sơ trễ hạn", "trễ hạn", TARGET, { ceiling: true })],
    ["result", "0 hồ sơ trễ hạn", zero("0 hồ sơ trễ hạn", "trễ hạn", PLAIN, { ceiling: true })],
  ])("%s %j", (role, input, expected) => {
    expect(read(role, input)).toEqual(expected);
  });
});

describe("readTarget and readResult: numbers that are not quantities", () => {
  it.each<Row>([
    ["target", "Nghị định số 61/2018/NĐ-CP", qualitative("Nghị định số 61/2018/NĐ-CP", TARGET)],
    ["result", "Nghị định số 61/2018/NĐ-CP", qualitative("Nghị định số 61/2018/NĐ-CP", PLAIN)],
    [
      "target",
      "ngày 02/10/2024",
      qualitative("ngày 02/10/2024", TARGET, { day: 2, month: 10, year: 2024, source: "02/10/2024" }),
    ],
    [
      "result",
      "ngày 02/10/2024",
      qualitative("ngày 02/10/2024", PLAIN, { day: 2, month: 10, year: 2024, source: "02/10/2024" }),
    ],
    [
      "target",
      "Kế hoạch số 45/KH-UBND ngày 20/3/2024",
      qualitative("Kế hoạch số 45/KH-UBND ngày 20/3/2024", TARGET),
    ],
    [
      "result",
      "Kế hoạch số 45/KH-UBND ngày 20/3/2024",
      qualitative("Kế hoạch số 45/KH-UBND ngày 20/3/2024", PLAIN),
    ],
    [
      "result",
      "Đã ban hành Kế hoạch số 45/KH-UBND ngày 20/3/2024",
      qualitative("Đã ban hành Kế hoạch số 45/KH-UBND ngày 20/3/2024", {
        statuses: ["done"],
        evidence: { done: "Đã ban hành Kế hoạch số 45/KH-UBND ngày 20/3/2024" },
      }),
    ],
    [
      "target",
      "Thực hiện theo Thông tư số 01/2018/TT-VPCP",
      qualitative("Thực hiện theo Thông tư số 01/2018/TT-VPCP", TARGET),
    ],
    [
      "result",
      "Thực hiện theo Thông tư số 01/2018/TT-VPCP",
      qualitative("Thực hiện theo Thông tư số 01/2018/TT-VPCP", {
        statuses: ["reported"],
        evidence: { reported: "Thực hiện theo Thông tư số 01/2018/TT-VPCP" },
      }),
    ],
    ["target", "giai đoạn 2021-2025", qualitative("giai đoạn 2021-2025", TARGET)],
    ["result", "giai đoạn 2021-2025", qualitative("giai đoạn 2021-2025", PLAIN)],
    [
      "target",
      "cấp thẻ bảo hiểm cho trẻ em dưới 6 tuổi",
      qualitative("cấp thẻ bảo hiểm cho trẻ em dưới 6 tuổi", TARGET),
    ],
    [
      "result",
      "cấp thẻ bảo hiểm cho trẻ em dưới 6 tuổi",
      qualitative("cấp thẻ bảo hiểm cho trẻ em dưới 6 tuổi", PLAIN),
    ],
    ["target", "Điều 5 Quyết định 12/2024", qualitative("Điều 5 Quyết định 12/2024", TARGET)],
    ["result", "Điều 5 Quyết định 12/2024", qualitative("Điều 5 Quyết định 12/2024", PLAIN)],
  ])("%s %j", (role, input, expected) => {
    expect(read(role, input)).toEqual(expected);
  });
});

describe("readTarget and readResult: status words", () => {
  it.each<Row>([
    [
      "result",
      "Chưa đạt 100%",
      rate("threshold", "Chưa đạt 100%", pct(100, "lt", "Chưa đạt 100%", { negated: true }), {
        statuses: ["negated"],
        evidence: { negated: "Chưa đạt" },
      }),
    ],
    [
      "result",
      "chưa hoàn thành",
      qualitative("chưa hoàn thành", { statuses: ["negated"], evidence: { negated: "chưa hoàn thành" } }),
    ],
    [
      "result",
      "Không đạt",
      qualitative("Không đạt", { statuses: ["negated"], evidence: { negated: "Không đạt" } }),
    ],
    [
      "result",
      "đang thực hiện",
      qualitative("đang thực hiện", {
        statuses: ["in-progress"],
        evidence: { "in-progress": "đang thực hiện" },
      }),
    ],
    [
      "result",
      "Đang chờ huyện công nhận",
      qualitative("Đang chờ huyện công nhận", {
        statuses: ["in-progress"],
        evidence: { "in-progress": "Đang chờ" },
      }),
    ],
    [
      "result",
      "Chưa thống kê được",
      qualitative("Chưa thống kê được", {
        statuses: ["no-data"],
        evidence: { "no-data": "Chưa thống kê được" },
      }),
    ],
    [
      "result",
      "Chưa có số liệu",
      qualitative("Chưa có số liệu", { statuses: ["no-data"], evidence: { "no-data": "Chưa có số liệu" } }),
    ],
    [
      "result",
      "không phát sinh",
      qualitative("không phát sinh", {
        statuses: ["not-arising", "reported"],
        evidence: { "not-arising": "không phát sinh", reported: "không phát sinh" },
      }),
    ],
    ["target", "Hoàn thành kế hoạch giao", qualitative("Hoàn thành kế hoạch giao", TARGET)],
    [
      "result",
      "Hoàn thành kế hoạch giao",
      qualitative("Hoàn thành kế hoạch giao", {
        statuses: ["done"],
        evidence: { done: "Hoàn thành kế hoạch giao" },
      }),
    ],
    ["target", "Đảm bảo theo quy định", qualitative("Đảm bảo theo quy định", TARGET)],
    [
      "result",
      "Đảm bảo theo quy định",
      qualitative("Đảm bảo theo quy định", {
        statuses: ["done"],
        evidence: { done: "Đảm bảo theo quy định" },
      }),
    ],
    [
      "result",
      "Đã thực hiện xong",
      qualitative("Đã thực hiện xong", { statuses: ["done"], evidence: { done: "Đã thực hiện xong" } }),
    ],
    [
      "result",
      "Thực hiện tốt công tác tuyên truyền",
      qualitative("Thực hiện tốt công tác tuyên truyền", {
        statuses: ["done"],
        evidence: { done: "Thực hiện tốt công tác tuyên truyền" },
      }),
    ],
    ["result", "Đạt", qualitative("Đạt", { statuses: ["done"], evidence: { done: "Đạt" } })],
    ["result", "Vượt", qualitative("Vượt", { statuses: ["done"], evidence: { done: "Vượt" } })],
    [
      "result",
      "Tuy nhiên, có một số chỉ tiêu chưa đạt",
      qualitative("Tuy nhiên, có một số chỉ tiêu chưa đạt", {
        statuses: ["caveat"],
        evidence: { caveat: "Tuy nhiên, có một số chỉ tiêu chưa đạt" },
      }),
    ],
    [
      "result",
      "còn hạn chế",
      qualitative("còn hạn chế", { statuses: ["caveat"], evidence: { caveat: "còn hạn chế" } }),
    ],
    [
      "result",
      "Thực hiện tốt. Tuy nhiên, có một số chỉ tiêu chưa đạt 100% KH đề ra.",
      rate(
        "threshold",
        "Thực hiện tốt. Tuy nhiên, có một số chỉ tiêu chưa đạt 100% KH đề ra.",
        pct(100, "lt", "chưa đạt 100%", { negated: true }),
        {
          statuses: ["caveat", "done"],
          evidence: { caveat: "Tuy nhiên, có một số chỉ tiêu chưa đạt 100% KH đề ra", done: "Thực hiện tốt" },
        },
      ),
    ],
    [
      "result",
      "Chưa thống kê được số nhiệm vụ hoàn thành, nhiệm vụ chưa hoàn thành",
      qualitative("Chưa thống kê được số nhiệm vụ hoàn thành, nhiệm vụ chưa hoàn thành", {
        statuses: ["no-data", "negated", "done"],
        evidence: {
          "no-data": "Chưa thống kê được số nhiệm vụ hoàn thành, nhiệm vụ chưa hoàn thành",
          negated: "chưa hoàn thành",
          done: "Chưa thống kê được số nhiệm vụ hoàn thành, nhiệm vụ chưa hoàn thành",
        },
      }),
    ],
    [
      "result",
      "Trong năm, UBND xã không ban hành văn bản QPPL nào",
      qualitative("Trong năm, UBND xã không ban hành văn bản QPPL nào", {
        statuses: ["reported"],
        evidence: { reported: "Trong năm, UBND xã không ban hành văn bản QPPL nào" },
      }),
    ],
    [
      "result",
      "Trong năm không có phản ánh, kiến nghị",
      zero("Trong năm không có phản ánh, kiến nghị", "phản ánh", PLAIN),
    ],
  ])("%s %j", (role, input, expected) => {
    expect(read(role, input)).toEqual(expected);
  });
});

describe("readTarget and readResult: cells as Excel gives them", () => {
  // A number cell reads the same in either role: its format, not its words, says what it is.
  it.each<Row>([
    [
      "target",
      { value: 0.8333, text: "83,33%", numberFormat: "0.00%" },
      rate("percent", "83,33%", pct(83.33, "eq", "83,33%", { decimals: 2 }), TARGET),
    ],
    [
      "result",
      { value: 0.8333, text: "83,33%", numberFormat: "0.00%" },
      rate("percent", "83,33%", pct(83.33, "eq", "83,33%", { decimals: 2 }), PLAIN),
    ],
    // Without displayed text, the text is the stored value.
    ["target", { value: 0.5, numberFormat: "0%" }, rate("percent", "0.5", pct(50, "eq", "0.5"), TARGET)],
    ["result", { value: 0.5, numberFormat: "0%" }, rate("percent", "0.5", pct(50, "eq", "0.5"), PLAIN)],
    ["target", 95, figure("count", "95", bare(95, "eq", "95"), [], TARGET)],
    ["result", 95, figure("count", "95", bare(95, "eq", "95"), [], PLAIN)],
  ])("%s %j", (role, input, expected) => {
    expect(read(role, input)).toEqual(expected);
  });

  it.each<Row>([
    ["target", null, blank("none", "")],
    ["result", null, blank("none", "")],
    ["target", undefined, blank("none", "")],
    ["result", undefined, blank("none", "")],
    ["target", "", blank("none", "")],
    ["result", "", blank("none", "")],
    ["target", "   ", blank("none", "")],
    ["result", "   ", blank("none", "")],
    ["target", "-", blank("none", "-")],
    ["result", "-", blank("none", "-")],
    ["target", "…", blank("none", "…")],
    ["result", "…", blank("none", "…")],
    ["target", "...", blank("none", "...")],
    ["result", "...", blank("none", "...")],
  ])("reads %s %j as nothing", (role, input, expected) => {
    expect(read(role, input)).toEqual(expected);
  });

  it.each<Row>([
    ["target", true, blank("unparsed", "true")],
    ["result", true, blank("unparsed", "true")],
    ["target", "x", blank("unparsed", "x")],
    ["result", "x", blank("unparsed", "x")],
    ["target", "#REF!", blank("unparsed", "#REF!")],
    ["result", "#REF!", blank("unparsed", "#REF!")],
  ])("cannot read %s %j", (role, input, expected) => {
    expect(read(role, input)).toEqual(expected);
  });

  it("reads NFD text as its NFC form", () => {
    const text = "Tối thiểu có 01 sáng kiến";
    const nfd = text.normalize("NFD");
    expect(nfd).not.toBe(text);
    const asked = counted(1, "gte", "Tối thiểu có 01 sáng kiến", { noun: "sáng kiến" });
    expect(readTarget(nfd)).toEqual(figure("count", "Tối thiểu có 01 sáng kiến", asked, [], TARGET));
    expect(readTarget(text)).toEqual(figure("count", "Tối thiểu có 01 sáng kiến", asked, [], TARGET));
    expect(readResult(nfd)).toEqual(figure("count", "Tối thiểu có 01 sáng kiến", asked, [], PLAIN));
  });

  it("reads numbers the English way when told", () => {
    const english = { numberStyle: ENGLISH_NUMBERS };
    expect(readResult("Thu được 1,240 triệu đồng", english)).toEqual(
      figure(
        "count",
        "Thu được 1,240 triệu đồng",
        counted(1240, "eq", "1,240 triệu đồng", { noun: "triệu đồng" }),
        [],
        PLAIN,
      ),
    );
    expect(readResult("đạt 83.3%", english)).toEqual(
      rate("percent", "đạt 83.3%", pct(83.3, "eq", "83.3%", { decimals: 1 }), {
        statuses: ["done"],
        evidence: { done: "đạt 83.3%" },
      }),
    );
  });

  it("keeps what was written as the quantity's source", () => {
    expect(readTarget("Tính tỷ lệ … đạt từ 50 % trở lên")).toEqual(
      rate("threshold", "Tính tỷ lệ … đạt từ 50 % trở lên", pct(50, "gte", "từ 50 %"), TARGET),
    );
    expect(readResult("Chưa đạt 100%")).toEqual(
      rate("threshold", "Chưa đạt 100%", pct(100, "lt", "Chưa đạt 100%", { negated: true }), {
        statuses: ["negated"],
        evidence: { negated: "Chưa đạt" },
      }),
    );
  });
});
