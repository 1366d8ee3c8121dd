/** Stage 3, row kinds: a cell that carries on the sentence a page break cut in the cell above it. */
import { defaultLexicon, VIETNAMESE } from "../../../src/core";
import { alternativesOf } from "../../../src/core/lexicon";
import { carriesOn, type CarryEvidence } from "../../../src/core/rows/carry";
import { rowGrammarOf } from "../../../src/core/rows/ordinals";

const grammar = rowGrammarOf(defaultLexicon());
const textOf = (ex: string | { readonly text: string }): string => (typeof ex === "string" ? ex : ex.text);

describe("carriesOn", () => {
  it.each<[string, string, CarryEvidence, boolean]>([
    // Task 7 of the seed: the task text cut mid-phrase.
    ["… đôn đốc, hướng dẫn các cán bộ, công chức đảm bảo tính", "thống nhất, hiệu quả", "lower-case", true],
    // Task 19 of the seed: the requirement cut after "Hồ sơ".
    ["100% cán bộ, công chức tạo, lập hồ sơ công việc điện tử; Hồ sơ", "điện tử lưu trữ", "lower-case", true],
    ["Rà soát văn bản QPPL theo", "Chuyên đề năm 2024", "lower-case", true],
    ["Hoàn thành 100% nhiệm vụ của", "Kế hoạch số 62/KH-UBND", "connector", true],
    ["Hoàn thành 100% nhiệm vụ đối với", "UBND xã", "connector", true],
    ["Công khai đầy đủ,", "Đúng quy định", "connector", true],
    ["Đạt 100%", "và đúng hạn", "connector", true],
    ["Đạt 100%", "đối với hồ sơ đất đai", "connector", true],
    // A result written in lower case is no carry-on where a connector is needed.
    ["Đạt 100%", "đạt 98%", "connector", false],
    ["Giải quyết hồ sơ TTHC", "đúng hạn", "connector", false],
    ["Giải quyết hồ sơ TTHC", "đúng hạn", "lower-case", true],
    // A capital starts a sentence of its own.
    ["Hoàn thành 100%", "Theo Kế hoạch số 62/KH-UBND", "connector", false],
    ["Giải quyết hồ sơ TTHC", "Tỷ lệ hồ sơ đúng hạn", "lower-case", false],
    ["Tốc độ tăng trưởng giá trị sản xuất", "- Nông lâm nghiệp", "lower-case", false],
    ["8%", "2,5%", "lower-case", false],
    // A finished sentence, or a list's lead, is not cut.
    ["Thực hiện tốt các quy định tại Nghị định số 61/2018/NĐ-CP như:", "công khai TTHC", "lower-case", false],
    ["Đã thực hiện xong.", "và báo cáo UBND huyện", "lower-case", false],
    ["Không có hồ sơ quá hạn (đạt 100%).", "theo quy định", "connector", false],
    // Diacritics matter: "vấn đề" does not end on "để", "trồng" is not "trong".
    ["Giải quyết các vấn đề", "Hồ sơ trực tuyến", "connector", false],
    ["Hỗ trợ trồng", "Cây lâu năm", "connector", false],
    ["", "và xử lý trên môi trường mạng", "lower-case", false],
    ["Hồ sơ điện tử lưu trữ theo", "", "lower-case", false],
  ])("%j above %j (%s): %s", (above, next, evidence, expected) => {
    expect(carriesOn(above, next, grammar, evidence)).toBe(expected);
  });

  const examples = VIETNAMESE.classes.connector.flatMap((e) => e.examples.map(textOf));
  it.each(examples)("{connector} example %j carries on an unfinished cell", (example) => {
    expect(carriesOn("Hoàn thành 100% nhiệm vụ", example, grammar, "connector")).toBe(true);
  });

  const words = VIETNAMESE.classes.connector.flatMap((e) => alternativesOf(e.pattern));
  it.each(words)("a cell ending on {connector} %j is cut", (word) => {
    expect(carriesOn(`Thực hiện nhiệm vụ ${word}`, "Ủy ban nhân dân xã", grammar, "connector")).toBe(true);
  });
});
