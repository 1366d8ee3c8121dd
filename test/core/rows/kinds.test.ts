/** Stage 3, row kinds: every row of a table gets one kind, with the texts the next stage needs. */
import { defaultLexicon } from "../../../src/core";
import { Grid } from "../../../src/core/grid/grid";
import { findHeaders } from "../../../src/core/header/header";
import { classifyRows } from "../../../src/core/rows/kinds";
import { rowGrammarOf } from "../../../src/core/rows/ordinals";
import type { CellInput, MergedArea } from "../../../src/core";

const lexicon = defaultLexicon();
const HEADER = ["Số TT", "Nội dung công việc", "Yêu cầu", "Kết quả thực hiện"];

function classify(cells: CellInput[][], merges: MergedArea[] = []) {
  const grid = new Grid({ cells, merges });
  const [header] = findHeaders(grid, lexicon);
  return classifyRows(grid, header!, [], grid.rowCount, rowGrammarOf(lexicon));
}

describe("classifyRows", () => {
  it("sorts sections, tasks, continuations, sub-items, totals and notes", () => {
    const result = classify([
      HEADER,
      ["1", "2", "3", "4"],
      ["I", "CÔNG TÁC CHỈ ĐẠO", null, null],
      ["1", "Ban hành kế hoạch", "Ban hành trước", "Đã ban hành"],
      [null, "trong tháng 1", "ngày 31/1", "ngày 20/1"],
      [null, "- Trong đó: cấp xã", "100%", "100%"],
      [null, null, null, null],
      ["Tổng cộng", null, null, null],
      ["Người lập biểu", null, null, null],
    ]);
    expect(result).toEqual({
      rows: [
        { kind: "header", row: 0 },
        { kind: "column-index", row: 1 },
        { kind: "section", row: 2, label: "I", title: "CÔNG TÁC CHỈ ĐẠO", level: 1 },
        {
          kind: "task",
          row: 3,
          ordinal: "1",
          content: "Ban hành kế hoạch",
          target: "Ban hành trước",
          result: "Đã ban hành",
          sharedTarget: false,
          sharedResult: false,
        },
        {
          kind: "continuation",
          row: 4,
          content: "trong tháng 1",
          target: "ngày 31/1",
          result: "ngày 20/1",
          column: 1,
        },
        { kind: "subitem", row: 5, label: "- Trong đó: cấp xã", target: "100%", result: "100%" },
        { kind: "blank", row: 6 },
        { kind: "note", row: 7 },
        { kind: "note", row: 8 },
      ],
      lastRow: 5,
    });
  });

  it("reads a title in capitals without a numeral as a section that inherits its level", () => {
    const { rows } = classify([HEADER, [null, "CẢI CÁCH THỂ CHẾ", null, null], ["1", "Việc", "1", "1"]]);
    expect(rows[1]).toEqual({ kind: "section", row: 1, label: "", title: "CẢI CÁCH THỂ CHẾ", level: -1 });
  });

  it("shares a merged target cell with the task below, and cannot place a stray row", () => {
    const { rows } = classify(
      [HEADER, ["1", "a", "100%", "100%"], ["2", "b", null, "90%"], ["x?", "??", null, null]],
      [{ top: 1, left: 2, bottom: 2, right: 2 }],
    );
    expect(rows.slice(2)).toEqual([
      {
        kind: "task",
        row: 2,
        ordinal: "2",
        content: "b",
        target: "100%",
        result: "90%",
        sharedTarget: true,
        sharedResult: false,
      },
      { kind: "note", row: 3 },
    ]);
  });

  it("leaves an unnumbered row after a note unattached", () => {
    const { rows } = classify([
      HEADER,
      ["1", "a", "1", "1"],
      ["x", "mục lạ", null, null],
      ["2", "b", "1", "1"],
    ]);
    expect(rows[2]).toEqual({ kind: "unrecognized", row: 2, text: "x mục lạ" });
  });

  const TASK = ["1", "Giải quyết hồ sơ TTHC", "Tỷ lệ hồ sơ đúng hạn đạt 100%", "Đạt 100%"];
  it.each<[string, CellInput[], MergedArea[], unknown]>([
    [
      "a row with its own requirement and result, without a lead",
      [null, "Công khai TTHC nội bộ", "100% TTHC", "Đã công khai 100% TTHC"],
      [],
      {
        kind: "subitem",
        row: 2,
        label: "Công khai TTHC nội bộ",
        target: "100% TTHC",
        result: "Đã công khai 100% TTHC",
      },
    ],
    [
      "a lead in the number column",
      ["a)", "Cấp xã", "100%", "100%"],
      [],
      { kind: "subitem", row: 2, label: "a) Cấp xã", target: "100%", result: "100%" },
    ],
    [
      "a lead with a requirement only",
      [null, "- Trong đó: hồ sơ trực tuyến", "Đạt từ 50%", null],
      [],
      { kind: "subitem", row: 2, label: "- Trong đó: hồ sơ trực tuyến", target: "Đạt từ 50%", result: "" },
    ],
    [
      "a lead in the task column with a result only",
      [null, "c) Tổ dân phố", null, "Đã số hóa 100%"],
      [],
      { kind: "subitem", row: 2, label: "c) Tổ dân phố", target: "", result: "Đã số hóa 100%" },
    ],
    [
      "a second indicator under the task's merged text",
      [null, null, "Tỷ lệ hồ sơ trực tuyến đạt 50%", "Đạt 62%"],
      [{ top: 1, left: 1, bottom: 2, right: 1 }],
      { kind: "subitem", row: 2, label: "", target: "Tỷ lệ hồ sơ trực tuyến đạt 50%", result: "Đạt 62%" },
    ],
    [
      "a lower-case carry-on of the task text",
      [null, "trên Cổng dịch vụ công", "trực tuyến", "đúng hạn"],
      [],
      {
        kind: "continuation",
        row: 2,
        content: "trên Cổng dịch vụ công",
        target: "trực tuyến",
        result: "đúng hạn",
        column: 1,
      },
    ],
    [
      "a requirement without a result",
      [null, "Hồ sơ trực tuyến", "Đạt từ 50%", null],
      [],
      {
        kind: "continuation",
        row: 2,
        content: "Hồ sơ trực tuyến",
        target: "Đạt từ 50%",
        result: "",
        column: 1,
      },
    ],
    [
      "a result without a requirement, under a merged requirement",
      [null, "Hồ sơ trực tuyến", null, "Đạt 62%"],
      [{ top: 1, left: 2, bottom: 2, right: 2 }],
      { kind: "continuation", row: 2, content: "Hồ sơ trực tuyến", target: "", result: "Đạt 62%", column: 1 },
    ],
    [
      "an unknown number is no part of the task",
      ["(1)", "Hồ sơ trực tuyến", "50%", "62%"],
      [],
      { kind: "unrecognized", row: 2, text: "(1) Hồ sơ trực tuyến 50% 62%" },
    ],
  ])("sorts an unnumbered row under a task: %s", (_name, row, merges, expected) => {
    expect(classify([HEADER, TASK, row, ["2", "Việc", "1", "1"]], merges).rows[2]).toEqual(expected);
  });
});
