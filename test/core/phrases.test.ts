import { readPhrase, type Reading } from "../../src/core";
import { ENGLISH_NUMBERS } from "../../src/core/numbers";

/** The parts of a reading a reviewer cares about, in one line. */
function gist(reading: Reading): string {
  const q = reading.quantity;
  const quantity = q
    ? `${q.comparator} ${q.value}${q.high === undefined ? "" : `-${q.high}`}${q.unit === "%" ? "%" : ""}${q.noun ? ` ${q.noun}` : ""}${q.negated ? " (negated)" : ""}`
    : "";
  const fraction = reading.fraction ? ` ${reading.fraction.done}/${reading.fraction.total}` : "";
  const zero = reading.zeroOf ? ` zero:${reading.zeroOf}` : "";
  return `${reading.kind}${quantity ? ` ${quantity}` : ""}${fraction}${zero} [${reading.statuses.join(",")}]`;
}

describe("readPhrase: rates and thresholds", () => {
  it.each([
    ["100%", "percent eq 100% []"],
    ["đạt từ 70%", "threshold gte 70% [done]"],
    ["từ 50 % trở lên", "threshold gte 50% []"],
    ["phấn đấu đạt 98% trở lên", "threshold gte 98% []"],
    ["≥ 98%", "threshold gte 98% []"],
    [">= 95%", "threshold gte 95% []"],
    ["Trên 90%", "threshold gt 90% []"],
    ["Dưới 2%", "threshold lt 2% []"],
    ["Không quá 2%", "threshold lte 2% []"],
    ["tối thiểu 80%", "threshold gte 80% []"],
    ["không thấp hơn 95%", "threshold gte 95% []"],
    ["không dưới 90% hồ sơ", "threshold gte 90% []"],
    ["tối đa 5%", "threshold lte 5% []"],
    ["Tỷ lệ hồ sơ trễ hạn dưới 2%", "threshold lt 2% []"],
    ["Đạt 83,3%", "percent eq 83.3% [done]"],
    ["Tỷ lệ hồ sơ trực tuyến đạt 98,42%", "percent eq 98.42% []"],
    ["đạt 98.42%", "percent eq 98.42% [done]"],
    ["Tính tỷ lệ % giữa số TTHC trực tuyến so với tổng số đạt từ 70%", "threshold gte 70% []"],
    ["Tạo lập hồ sơ công việc điện tử đạt 100%", "percent eq 100% [reported]"],
    ["Khoảng 95%", "threshold approx 95% []"],
    ["đạt 100 phần trăm", "percent eq 100% [done]"],
  ])("%j → %s", (text, expected) => {
    expect(gist(readPhrase(text))).toBe(expected);
  });
});

describe("readPhrase: fractions, counts, ranges and zeros", () => {
  it.each([
    ["5/6 nhiệm vụ", "fraction eq 83.33333333333334% 5/6 []"],
    ["24/27", "fraction eq 88.88888888888889% 24/27 []"],
    ["Hoàn thành 12/12 nhiệm vụ", "fraction eq 100% 12/12 [done]"],
    ["Hoàn thành 5 / 6 nhiệm vụ, đạt 83,3%", "fraction eq 83.33333333333334% 5/6 [done]"],
    ["Tối thiểu có 01 sáng kiến", "count gte 1 sáng kiến []"],
    ["02 cuộc/năm", "count eq 2 cuộc []"],
    ["Ít nhất 04 cuộc kiểm tra", "count gte 4 cuộc kiểm tra [reported]"],
    ["Tổ chức 03 hội nghị", "count eq 3 hội nghị [reported]"],
    ["Thu ngân sách đạt 1.240 triệu đồng", "count eq 1240 triệu đồng []"],
    ["Trong năm có phát sinh hồ sơ liên thông", "count gte 1 hồ sơ [reported]"],
    ["Có kiến nghị đề xuất", "count gte 1 kiến nghị []"],
    ["6,6-6,8", "range gte 6.6-6.8 []"],
    ["Tăng trưởng kinh tế 6,6 - 6,8%", "range gte 6.6-6.8% []"],
    ["từ 5 đến 7 cuộc", "range gte 5-7 cuộc []"],
    ["Khoảng 4", "count approx 4 []"],
    ["Không có hồ sơ quá hạn", "zero zero:quá hạn []"],
    ["Không có hồ sơ trả kết quả quá hạn", "zero zero:quá hạn []"],
    ["Không để xảy ra sai sót", "zero zero:sai sót []"],
    ["0 hồ sơ trễ hạn", "zero zero:trễ hạn []"],
  ])("%j → %s", (text, expected) => {
    expect(gist(readPhrase(text))).toBe(expected);
  });
});

describe("readPhrase: numbers that are not quantities", () => {
  it.each([
    ["Nghị định số 61/2018/NĐ-CP", "qualitative []"],
    ["ngày 02/10/2024", "qualitative []"],
    ["Kế hoạch số 45/KH-UBND ngày 20/3/2024", "qualitative []"],
    ["Đã ban hành Kế hoạch số 45/KH-UBND ngày 20/3/2024", "qualitative [done]"],
    ["Thực hiện theo Thông tư số 01/2018/TT-VPCP", "qualitative [reported]"],
    ["giai đoạn 2021-2025", "qualitative []"],
    ["cấp thẻ bảo hiểm cho trẻ em dưới 6 tuổi", "qualitative []"],
    ["Điều 5 Quyết định 12/2024", "qualitative []"],
  ])("%j → %s", (text, expected) => {
    expect(gist(readPhrase(text))).toBe(expected);
  });
});

describe("readPhrase: status words", () => {
  it.each([
    ["Chưa đạt 100%", "threshold lt 100% (negated) [negated]"],
    ["chưa hoàn thành", "qualitative [negated]"],
    ["Không đạt", "qualitative [negated]"],
    ["đang thực hiện", "qualitative [in-progress]"],
    ["Đang chờ huyện công nhận", "qualitative [in-progress]"],
    ["Chưa thống kê được", "qualitative [no-data]"],
    ["Chưa có số liệu", "qualitative [no-data]"],
    ["không phát sinh", "qualitative [not-arising,reported]"],
    ["Hoàn thành kế hoạch giao", "qualitative [done]"],
    ["Đảm bảo theo quy định", "qualitative [done]"],
    ["Đã thực hiện xong", "qualitative [done]"],
    ["Thực hiện tốt công tác tuyên truyền", "qualitative [done]"],
    ["Đạt", "qualitative [done]"],
    ["Vượt", "qualitative [done]"],
    ["Tuy nhiên, có một số chỉ tiêu chưa đạt", "qualitative [caveat]"],
    ["còn hạn chế", "qualitative [caveat]"],
    [
      "Thực hiện tốt. Tuy nhiên, có một số chỉ tiêu chưa đạt 100% KH đề ra.",
      "threshold lt 100% (negated) [caveat,done]",
    ],
    [
      "Chưa thống kê được số nhiệm vụ hoàn thành, nhiệm vụ chưa hoàn thành",
      "qualitative [no-data,negated,done]",
    ],
    ["Trong năm, UBND xã không ban hành văn bản QPPL nào", "qualitative [reported]"],
    ["Trong năm không có phản ánh, kiến nghị", "zero zero:phản ánh []"],
  ])("%j → %s", (text, expected) => {
    expect(gist(readPhrase(text))).toBe(expected);
  });
});

describe("readPhrase: cells as Excel gives them", () => {
  it("reads a percent-formatted number by its value", () => {
    expect(readPhrase({ value: 0.8333, text: "83,33%", numberFormat: "0.00%" })).toEqual({
      kind: "percent",
      text: "83,33%",
      quantity: { value: 83.33, comparator: "eq", unit: "%", decimals: 2, source: "83,33%" },
      percents: [{ value: 83.33, comparator: "eq", unit: "%", decimals: 2, source: "83,33%" }],
      statuses: [],
      evidence: {},
      ceiling: false,
    });
  });

  it("reads a percent format without displayed text", () => {
    expect(gist(readPhrase({ value: 0.5, numberFormat: "0%" }))).toBe("percent eq 50% []");
  });

  it("reads a plain number as a bare figure", () => {
    expect(gist(readPhrase(95))).toBe("count eq 95 []");
  });

  it.each([null, undefined, "", "   ", "-", "…", "..."])("reads %j as nothing", (input) => {
    expect(readPhrase(input).kind).toBe("none");
  });

  it.each([true, "x", "#REF!"])("cannot read %j", (input) => {
    expect(readPhrase(input).kind).toBe("unparsed");
  });

  it("reads NFD text as its NFC form", () => {
    const text = "Tối thiểu có 01 sáng kiến";
    expect(readPhrase(text.normalize("NFD"))).toEqual(readPhrase(text));
  });

  it("reads numbers the English way when told", () => {
    expect(gist(readPhrase("Thu được 1,240 triệu đồng", { numberStyle: ENGLISH_NUMBERS }))).toBe(
      "count eq 1240 triệu đồng []",
    );
    expect(gist(readPhrase("đạt 83.3%", { numberStyle: ENGLISH_NUMBERS }))).toBe("percent eq 83.3% [done]");
  });

  it("keeps what was written as the quantity's source", () => {
    const reading = readPhrase("Tính tỷ lệ … đạt từ 50 % trở lên");
    expect(reading.quantity?.source).toBe("từ 50 %");
    expect(readPhrase("Chưa đạt 100%").evidence).toEqual({ negated: "Chưa đạt" });
  });
});
