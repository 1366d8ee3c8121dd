/** Stage 0: text typed with the old Vietnamese fonts, found and read in Unicode. */
import { toTCVN3, toVNI } from "vietnamese-conversion";
import { analyzeSheet, type SheetResult } from "../../../src/core";
import { fromLegacy, legacyEncodingOf, readLegacy } from "../../../src/core/legacy";
import { seedGrid } from "../../helpers/seed";

const tcvn3 = (text: string): string => toTCVN3(text, "UNICODE");
const vni = (text: string): string => toVNI(text, "UNICODE");

const PHRASES = [
  "Không đạt",
  "Hoàn thành",
  "Hoàn thành 5/6 nhiệm vụ, đạt 83,3%",
  "Chưa thống kê được",
  "Tối thiểu có 01 sáng kiến",
  "Đã thực hiện xong",
  "CẢI CÁCH HÀNH CHÍNH",
  "Ứng dụng công nghệ thông tin, chuyển đổi số",
];

describe("fromLegacy", () => {
  it.each(PHRASES)("reads %j back from TCVN3 and from VNI", (phrase) => {
    expect([fromLegacy(tcvn3(phrase), "tcvn3"), fromLegacy(vni(phrase), "vni")]).toEqual([phrase, phrase]);
  });

  it("reads VNI's own letters as themselves (“trì” is no “trỹ”)", () => {
    expect(fromLegacy(vni("duy trì, quá trình, Phú Đình"), "vni")).toBe("duy trì, quá trình, Phú Đình");
  });

  it("reads the issue's own examples", () => {
    expect([fromLegacy("Kh«ng ®¹t", "tcvn3"), fromLegacy("Hoµn thµnh", "tcvn3")]).toEqual([
      "Không đạt",
      "Hoàn thành",
    ]);
  });
});

describe("legacyEncodingOf", () => {
  it.each([
    ["Kh«ng ®¹t", "tcvn3"],
    [tcvn3("Hoàn thành 100% nhiệm vụ đề ra"), "tcvn3"],
    [vni("Hoàn thành 100% nhiệm vụ đề ra"), "vni"],
    [vni("Đã thực hiện xong"), "vni"],
    [vni("Chưa đạt 100%"), "vni"],
  ])("%j → %s", (text, encoding) => {
    expect(legacyEncodingOf(text)).toBe(encoding);
  });

  it.each([
    ["Unicode Vietnamese", "Hoàn thành 100% nhiệm vụ"],
    ["French quotes around Unicode text", "«Hoàn thành» đúng hạn"],
    ["symbols in plain text", "Microsoft® Excel© 2021"],
    ["a single foreign character", "30°C"],
    ["plain ASCII", "So TT"],
    ["empty", ""],
  ])("%s is no evidence", (_case, text) => {
    expect(legacyEncodingOf(text)).toBeUndefined();
  });
});

describe("readLegacy", () => {
  it("reads a TCVN3 sheet in Unicode, short cells too, and says where", () => {
    const input = {
      cells: [
        [tcvn3("Số TT"), tcvn3("Nội dung công việc"), tcvn3("Yêu cầu"), tcvn3("Kết quả thực hiện")],
        ["1", tcvn3("Tổ chức hội nghị"), tcvn3("Có"), { value: tcvn3("Chưa đạt"), text: tcvn3("Chưa đạt") }],
      ],
      origin: { row: 4, column: 1 },
      sheetName: "Phụ lục",
    };
    expect(readLegacy(input)).toEqual({
      input: {
        ...input,
        cells: [
          ["Số TT", "Nội dung công việc", "Yêu cầu", "Kết quả thực hiện"],
          ["1", "Tổ chức hội nghị", "Có", { value: "Chưa đạt", text: "Chưa đạt" }],
        ],
      },
      findings: [
        {
          code: "legacy-font",
          severity: "warning",
          params: { sheet: "Phụ lục", encoding: "tcvn3", count: 7, cells: "C5, E5, C6" },
          row: 5,
          cell: "C5",
        },
      ],
    });
  });

  it("leaves a Unicode sheet as it is", () => {
    const input = { cells: seedGrid() };
    const read = readLegacy(input);
    expect(read.findings).toEqual([]);
    expect(read.input).toBe(input);
  });

  it("needs more than one cell of evidence", () => {
    const input = {
      cells: [
        ["Số TT", "Nội dung"],
        ["1", "Kh«ng ®¹t"],
      ],
    };
    expect(readLegacy(input)).toEqual({ input, findings: [] });
  });
});

describe("the seed retyped in an old font", () => {
  const judged = (result: SheetResult) =>
    result.tables.map((t) => ({
      summary: t.summary,
      tasks: t.tasks.map((x) => [x.ordinal, x.content, x.target, x.result, x.verdict, x.completion]),
    }));
  const seed = analyzeSheet({ cells: seedGrid() });

  it.each([
    ["TCVN3", tcvn3, "tcvn3"],
    ["VNI", vni, "vni"],
  ] as const)("in %s is judged exactly as the seed (20/26), with the finding", (_name, encode, encoding) => {
    const retyped = seedGrid().map((row) => row.map((cell) => encode(cell)));
    const result = analyzeSheet({ cells: retyped, sheetName: "Phụ lục" });
    expect(judged(result)).toEqual(judged(seed));
    expect(result.tables[0]?.summary.met).toBe(20);
    expect(result.findings.map((f) => [f.code, (f.params as Record<string, unknown>)["encoding"]])).toEqual([
      ["legacy-font", encoding],
    ]);
    // The officer's cells stay as typed: only the reading is converted.
    expect(retyped[4]?.[1]).toBe(encode("Nội dung công việc"));
  });
});
