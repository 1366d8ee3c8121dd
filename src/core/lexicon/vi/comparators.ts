/**
 * Words that say how a number compares, read backwards from the number (past fillers such as "đạt"). They
 * keep their diacritics: folded, "từ" (from) is "tử" (as in "điện tử").
 */
import type { Comparator } from "../../types";
import type { ComparatorEntry, Example } from "../types";

const t = (text: string): Example => ({ text, role: "target" });

function rule(
  comparator: Comparator,
  pattern: string,
  first: Example | string,
  ...more: (Example | string)[]
): ComparatorEntry {
  return { comparator, pattern, examples: [first, ...more], exact: true };
}

export const comparators: readonly ComparatorEntry[] = [
  {
    ...rule(
      "lt",
      "(vẫn chưa|còn chưa|{negation}) (hoàn thành|đạt|đủ|bằng|tới)",
      "Chưa đạt 100%",
      "Không đủ 90%",
      "Vẫn chưa hoàn thành 100%",
    ),
    negated: true,
    note: "a shortfall: below the figure",
  },
  rule("gte", "(>=|≥|=>)", t("≥ 98%"), t(">= 90%")),
  rule("lte", "(<=|≤|=<)", t("≤ 3%"), t("<= 5%")),
  rule("gt", ">", t("> 90%")),
  rule("lt", "<", t("< 2%")),
  rule("gte", "không (thấp hơn|ít hơn|nhỏ hơn|dưới)", t("Không thấp hơn 95%"), t("Không dưới 90% hồ sơ")),
  rule(
    "lte",
    "không (vượt quá|lớn hơn|cao hơn|nhiều hơn|vượt|quá)",
    t("Không quá 2%"),
    t("Tỷ lệ hồ sơ trễ hạn không vượt quá 1%"),
  ),
  rule("lte", "tối đa", t("Tối đa 5% hồ sơ trễ hạn")),
  rule("lte", "(thấp hơn|ít hơn|nhỏ hơn)", t("Thấp hơn 3%")),
  rule(
    "gte",
    "(tối thiểu|ít nhất)",
    t("Tối thiểu 80%"),
    t("Ít nhất 30% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình"),
    t("Tối thiểu có 01 sáng kiến cấp cơ sở về CCHC"),
  ),
  rule("gte", "từ", t("Đạt từ 70%"), t("Từ 80% trở lên số hồ sơ được số hóa")),
  rule(
    "gt",
    "(cao hơn|lớn hơn|nhiều hơn|trên|hơn)",
    t("Trên 90%"),
    t("Tỷ lệ hài lòng đạt trên 90 %"),
    t("Cao hơn 85%"),
  ),
  rule("gt", "vượt", t("Vượt 90%")),
  rule("lt", "dưới", t("Dưới 2%"), t("Tỷ lệ hồ sơ trễ hạn dưới 2%")),
  rule("approx", "(khoảng|xấp xỉ|chừng|gần|ước)", t("Khoảng 85%"), t("Khoảng 4"), t("Xấp xỉ 90%")),
];

export const comparatorsAfter: readonly ComparatorEntry[] = [
  { ...rule("gte", "trở lên", t("Phấn đấu đạt 98% trở lên"), t("Đạt từ 50 % trở lên")), exact: false },
  { ...rule("lte", "(trở xuống|trở lại)", t("2% trở xuống")), exact: false },
];
