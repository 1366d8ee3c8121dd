import { defaultLexicon } from "../../../src/core";
import {
  classifyOrdinal as classify,
  isFooter as footer,
  isTotalRow as total,
  isUpperTitle,
  ordinalInContent as inContent,
  rowGrammarOf,
} from "../../../src/core/rows/ordinals";

const grammar = rowGrammarOf(defaultLexicon());
const classifyOrdinal = (text: string) => classify(text, grammar);
const isFooter = (text: string) => footer(text, grammar);
const isTotalRow = (text: string) => total(text, grammar);
const ordinalInContent = (text: string, bare?: boolean) => inContent(text, grammar, bare);

describe("classifyOrdinal", () => {
  it.each([
    ["1", { kind: "task", ordinal: "1" }],
    ["27", { kind: "task", ordinal: "27" }],
    ["01", { kind: "task", ordinal: "01" }],
    ["3.", { kind: "task", ordinal: "3" }],
    ["1.2", { kind: "task", ordinal: "1.2" }],
    ["2.1.3", { kind: "task", ordinal: "2.1.3" }],
    ["I", { kind: "section", label: "I", title: "", level: 1 }],
    ["VII", { kind: "section", label: "VII", title: "", level: 1 }],
    ["IX.", { kind: "section", label: "IX", title: "", level: 1 }],
    ["XIV", { kind: "section", label: "XIV", title: "", level: 1 }],
    [
      "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
      { kind: "section", label: "I", title: "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", level: 1 },
    ],
    ["II CẢI CÁCH THỂ CHẾ", { kind: "section", label: "II", title: "CẢI CÁCH THỂ CHẾ", level: 1 }],
    ["Phần I", { kind: "section", label: "I", title: "", level: 1 }],
    ["A", { kind: "section", label: "A", title: "", level: 0 }],
    ["B.", { kind: "section", label: "B", title: "", level: 0 }],
    ["C", { kind: "section", label: "C", title: "", level: 0 }],
    ["a", { kind: "subitem", label: "a" }],
    ["b)", { kind: "subitem", label: "b)" }],
    ["-", { kind: "subitem", label: "-" }],
    ["+", { kind: "subitem", label: "+" }],
    ["1a", { kind: "subitem", label: "1a" }],
    ["", { kind: "none" }],
    ["  ", { kind: "none" }],
    ["Tổng cộng", { kind: "unknown" }],
    ["IIII", { kind: "unknown" }],
  ])("%j", (text, expected) => {
    expect(classifyOrdinal(text)).toEqual(expected);
  });
});

describe("ordinalInContent", () => {
  it.each([
    ["1. Đề xuất các giải pháp", { kind: "task", ordinal: "1" }],
    ["2.3) Công khai TTHC", { kind: "task", ordinal: "2.3" }],
    ["I. CẢI CÁCH THỂ CHẾ", { kind: "section", label: "I", title: "CẢI CÁCH THỂ CHẾ", level: 1 }],
    ["Đề xuất các giải pháp", undefined],
    ["2024 là năm bản lề", undefined],
    ["I. Cải cách thể chế", undefined],
  ])("%j", (text, expected) => {
    expect(ordinalInContent(text)).toEqual(expected);
  });
});

describe("isUpperTitle and isFooter", () => {
  it.each([
    ["CẢI CÁCH THỂ CHẾ", true],
    ["XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", true],
    ["Cải cách thể chế", false],
    ["TTHC", false],
    ["100%", false],
  ])("isUpperTitle(%j) = %p", (text, expected) => {
    expect(isUpperTitle(text)).toBe(expected);
  });

  it.each([
    ["Ghi chú: số liệu tính đến 15/11/2024", true],
    ["Người lập biểu", true],
    ["TM. ỦY BAN NHÂN DÂN", true],
    ["(Ký, ghi rõ họ tên)", true],
    ["Phú Đình, ngày 20 tháng 11 năm 2024", true],
    ["thống nhất, hiệu quả và tính khả thi của hệ thống văn bản QPPL", false],
    ["điện tử lưu trữ theo hướng dẫn", false],
  ])("isFooter(%j) = %p", (text, expected) => {
    expect(isFooter(text)).toBe(expected);
  });
});

describe("isTotalRow", () => {
  it.each([
    ["Tổng cộng", true],
    ["TỔNG CỘNG", true],
    ["Cộng", true],
    ["Tổng: 26 nhiệm vụ", true],
    // Folded, "Công" and "Cộng" are one word: the diacritics tell a task's text from a total.
    ["Công khai TTHC nội bộ", false],
    ["Công bố công khai TTHC", false],
    ["Tổng hợp báo cáo", false],
    ["Cộng đồng dân cư tham gia giám sát", false],
    ["Tổng 26 nhiệm vụ", true],
  ])("isTotalRow(%j) = %p", (text, expected) => {
    expect(isTotalRow(text)).toBe(expected);
  });
});
