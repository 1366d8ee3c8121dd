/**
 * Stage 4, tasks: unnumbered rows under a task. A row with its own target and result is a sub-item, judged
 * on its own and kept out of the task's text; a row that leaves the target or result empty, or carries on a
 * sentence a page break cut, is a continuation whose text joins the task's (or its last sub-item's).
 */
import { analyzeSheet, type CellInput, type SubitemResult, type TaskResult } from "../../../src/core";

const HEADER = ["Số TT", "Nội dung công việc", "Yêu cầu", "Kết quả thực hiện"];

type Parts = Pick<TaskResult, "content" | "target" | "result" | "rows" | "subitems">;

const sub = (
  row: number,
  label: string,
  target: string,
  result: string,
  judged: Pick<SubitemResult, "verdict" | "completion" | "reasons">,
): SubitemResult => ({ row, label, target, result, ...judged });

const metRate = (actual: number, op: string, tv: number) => ({
  verdict: "met" as const,
  completion: 100,
  reasons: [{ code: "rate-meets" as const, params: { actual, noun: "", op, tv, tu: "%" } }],
});

interface Case {
  readonly name: string;
  /** Rows under the header: the first is task 1 (or the task named), the rest the rows judged here. */
  readonly rows: readonly (readonly CellInput[])[];
  readonly task: Parts;
  /** Kinds of the sheet rows after the header. */
  readonly kinds: readonly string[];
  readonly findings: readonly (readonly [
    string,
    string,
    { readonly row: number; readonly ordinal: string },
  ])[];
}

const SEED_7 =
  "Nâng cao chất lượng, hiệu quả công tác xây dựng và ban hành văn bản QPPL của xã. Tăng cường công tác tự kiểm tra, kiểm tra văn bản QPPL theo thẩm quyền; thực hiện rà soát văn bản QPPL theo chuyên đề; đôn đốc, hướng dẫn các cán bộ, công chức chuyên môn thuộc UBND xã đảm bảo tính";
const SEED_7_RESULT =
  "Đã thực hiện tự kiểm tra, rà soát văn bản QPPL theo kế hoạch. Trong năm, UBND xã không ban hành văn bản QPPL nào.";
const SEED_19_TARGET = "100% cán bộ, công chức, viên chức tạo, lập hồ sơ công việc điện tử; Hồ sơ";

const CASES: readonly Case[] = [
  {
    name: "seed task 7: its text cut by a page break, target and result empty below",
    rows: [
      ["7", SEED_7, "Hoàn thành 100% nhiệm vụ của kế hoạch đề ra", SEED_7_RESULT],
      [null, "thống nhất, hiệu quả và tính khả thi của hệ thống văn bản QPPL", null, null],
    ],
    task: {
      content: `${SEED_7} thống nhất, hiệu quả và tính khả thi của hệ thống văn bản QPPL`,
      target: "Hoàn thành 100% nhiệm vụ của kế hoạch đề ra",
      result: SEED_7_RESULT,
      rows: [2, 3],
      subitems: [],
    },
    kinds: ["task", "continuation"],
    findings: [["continuation-merged", "B3", { row: 3, ordinal: "7" }]],
  },
  {
    name: "seed task 19: its requirement cut by a page break, only the requirement column below",
    rows: [
      [
        "19",
        "Tạo, lập hồ sơ công việc điện tử; Hồ sơ điện tử lưu trữ",
        SEED_19_TARGET,
        "Đã thực hiện tạo lập hồ sơ công việc điện tử đạt 100%",
      ],
      [null, null, "điện tử lưu trữ theo hướng dẫn và xử lý trên môi trường mạng", null],
    ],
    task: {
      content: "Tạo, lập hồ sơ công việc điện tử; Hồ sơ điện tử lưu trữ",
      target: `${SEED_19_TARGET} điện tử lưu trữ theo hướng dẫn và xử lý trên môi trường mạng`,
      result: "Đã thực hiện tạo lập hồ sơ công việc điện tử đạt 100%",
      rows: [2, 3],
      subitems: [],
    },
    kinds: ["task", "continuation"],
    findings: [["continuation-merged", "C3", { row: 3, ordinal: "19" }]],
  },
  {
    name: "“Trong đó:” with its own target and result",
    rows: [
      ["1", "Giải quyết hồ sơ TTHC", "Tỷ lệ hồ sơ đúng hạn đạt 100%", "Đạt 100%"],
      [null, "Trong đó: hồ sơ trực tuyến", "Đạt từ 50%", "Đạt 62,5%"],
    ],
    task: {
      content: "Giải quyết hồ sơ TTHC",
      target: "Tỷ lệ hồ sơ đúng hạn đạt 100%",
      result: "Đạt 100%",
      rows: [2, 3],
      subitems: [sub(3, "Trong đó: hồ sơ trực tuyến", "Đạt từ 50%", "Đạt 62,5%", metRate(62.5, "≥", 50))],
    },
    kinds: ["task", "subitem"],
    findings: [["subitem-attached", "B3", { row: 3, ordinal: "1" }]],
  },
  {
    name: "“- Nông lâm nghiệp | 2,5% | 2,7%” and a second branch",
    rows: [
      ["1", "Tốc độ tăng trưởng giá trị sản xuất", "8%", "8,2%"],
      [null, "- Nông lâm nghiệp", "2,5%", "2,7%"],
      [null, "- Công nghiệp, xây dựng", "10%", "9,1%"],
    ],
    task: {
      content: "Tốc độ tăng trưởng giá trị sản xuất",
      target: "8%",
      result: "8,2%",
      rows: [2, 3, 4],
      subitems: [
        sub(3, "- Nông lâm nghiệp", "2,5%", "2,7%", metRate(2.7, "", 2.5)),
        sub(4, "- Công nghiệp, xây dựng", "10%", "9,1%", {
          verdict: "unmet",
          completion: 91,
          reasons: [{ code: "rate-below", params: { actual: 9.1, noun: "", op: "", tv: 10, tu: "%" } }],
        }),
      ],
    },
    kinds: ["task", "subitem", "subitem"],
    findings: [
      ["subitem-attached", "B3", { row: 3, ordinal: "1" }],
      ["subitem-attached", "B4", { row: 4, ordinal: "1" }],
    ],
  },
  {
    name: "“+ ” rows under a task without figures of its own",
    rows: [
      ["1", "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", null, null],
      [null, "+ Cấp xã", "Đạt từ 50%", "Đạt 98,42%"],
      [null, "+ Liên thông", "Đạt từ 30%", "Đạt 20%"],
    ],
    task: {
      content: "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến",
      target: "",
      result: "",
      rows: [2, 3, 4],
      subitems: [
        sub(3, "+ Cấp xã", "Đạt từ 50%", "Đạt 98,42%", metRate(98.42, "≥", 50)),
        sub(4, "+ Liên thông", "Đạt từ 30%", "Đạt 20%", {
          verdict: "unmet",
          completion: 66.67,
          reasons: [{ code: "rate-below", params: { actual: 20, noun: "", op: "≥", tv: 30, tu: "%" } }],
        }),
      ],
    },
    kinds: ["task", "subitem", "subitem"],
    findings: [
      ["subitem-attached", "B3", { row: 3, ordinal: "1" }],
      ["subitem-attached", "B4", { row: 4, ordinal: "1" }],
    ],
  },
  {
    name: "a second indicator of task 5, with a lead",
    rows: [
      ["5", "Giải quyết TTHC cho công dân", "Tỷ lệ hồ sơ trước hạn đạt 50%", "Đạt 54,92%"],
      [null, "- Tỷ lệ hồ sơ đúng hạn", "100%", "98%"],
    ],
    task: {
      content: "Giải quyết TTHC cho công dân",
      target: "Tỷ lệ hồ sơ trước hạn đạt 50%",
      result: "Đạt 54,92%",
      rows: [2, 3],
      subitems: [
        sub(3, "- Tỷ lệ hồ sơ đúng hạn", "100%", "98%", {
          verdict: "unmet",
          completion: 98,
          reasons: [{ code: "rate-below", params: { actual: 98, noun: "", op: "", tv: 100, tu: "%" } }],
        }),
      ],
    },
    kinds: ["task", "subitem"],
    findings: [["subitem-attached", "B3", { row: 3, ordinal: "5" }]],
  },
  {
    name: "a second indicator of task 5 without a lead, its result in lower case",
    rows: [
      ["5", "Giải quyết TTHC cho công dân", "Tỷ lệ hồ sơ trước hạn đạt 50%", "Đạt 54,92%"],
      [null, "Tỷ lệ hồ sơ đúng hạn", "100%", "đạt 98%"],
    ],
    task: {
      content: "Giải quyết TTHC cho công dân",
      target: "Tỷ lệ hồ sơ trước hạn đạt 50%",
      result: "Đạt 54,92%",
      rows: [2, 3],
      subitems: [
        sub(3, "Tỷ lệ hồ sơ đúng hạn", "100%", "đạt 98%", {
          verdict: "unmet",
          completion: 98,
          reasons: [{ code: "rate-below", params: { actual: 98, noun: "", op: "", tv: 100, tu: "%" } }],
        }),
      ],
    },
    kinds: ["task", "subitem"],
    findings: [["subitem-attached", "B3", { row: 3, ordinal: "5" }]],
  },
  {
    name: "a part of the task whose requirement starts with a capitalised “Theo”",
    rows: [
      ["1", "Ban hành kế hoạch", "Hoàn thành 100%", "Đã ban hành"],
      [null, "Kiểm tra công vụ", "Theo Kế hoạch số 62/KH-UBND", "Đã kiểm tra theo kế hoạch"],
    ],
    task: {
      content: "Ban hành kế hoạch",
      target: "Hoàn thành 100%",
      result: "Đã ban hành",
      rows: [2, 3],
      subitems: [
        sub(3, "Kiểm tra công vụ", "Theo Kế hoạch số 62/KH-UBND", "Đã kiểm tra theo kế hoạch", {
          verdict: "met",
          completion: 100,
          reasons: [{ code: "qualitative-done", params: { phrase: "Đã kiểm tra theo kế hoạch" } }],
        }),
      ],
    },
    kinds: ["task", "subitem"],
    findings: [["subitem-attached", "B3", { row: 3, ordinal: "1" }]],
  },
  {
    name: "a lead with a requirement and no result stays a sub-item (judged without data)",
    rows: [
      ["1", "Số hóa hồ sơ", "100%", "100%"],
      [null, "- Cấp thôn", "100%", null],
    ],
    task: {
      content: "Số hóa hồ sơ",
      target: "100%",
      result: "100%",
      rows: [2, 3],
      subitems: [
        sub(3, "- Cấp thôn", "100%", "", {
          verdict: "no-data",
          completion: null,
          reasons: [{ code: "empty-result", params: {} }],
        }),
      ],
    },
    kinds: ["task", "subitem"],
    findings: [["subitem-attached", "B3", { row: 3, ordinal: "1" }]],
  },
  {
    name: "a row with only task text is a continuation",
    rows: [
      [
        "8",
        "Công khai đầy đủ TTHC thuộc thẩm quyền giải quyết",
        "Công khai 100% số TTHC",
        "Công khai 100% số TTHC",
      ],
      [null, "Công bố công khai TTHC nội bộ giữa các cơ quan nhà nước", null, null],
    ],
    task: {
      content:
        "Công khai đầy đủ TTHC thuộc thẩm quyền giải quyết Công bố công khai TTHC nội bộ giữa các cơ quan nhà nước",
      target: "Công khai 100% số TTHC",
      result: "Công khai 100% số TTHC",
      rows: [2, 3],
      subitems: [],
    },
    kinds: ["task", "continuation"],
    findings: [["continuation-merged", "B3", { row: 3, ordinal: "8" }]],
  },
  {
    name: "task text and requirement after a cut sentence, result empty: a continuation",
    rows: [
      ["1", "Rà soát văn bản QPPL theo", "Hoàn thành 100% nhiệm vụ của", "Đã rà soát 12 văn bản"],
      [null, "chuyên đề và định kỳ", "kế hoạch đề ra", null],
    ],
    task: {
      content: "Rà soát văn bản QPPL theo chuyên đề và định kỳ",
      target: "Hoàn thành 100% nhiệm vụ của kế hoạch đề ra",
      result: "Đã rà soát 12 văn bản",
      rows: [2, 3],
      subitems: [],
    },
    kinds: ["task", "continuation"],
    findings: [["continuation-merged", "B3", { row: 3, ordinal: "1" }]],
  },
  {
    name: "a lower-case carry-on with its own requirement and result: the sentence continues",
    rows: [
      [
        "1",
        "Công khai TTHC trên Trang thông tin điện tử và",
        "Công khai đầy đủ, kịp thời",
        "Đã công khai đầy đủ",
      ],
      [null, "tại Bộ phận Một cửa", "đúng quy định", "theo quy định"],
    ],
    task: {
      content: "Công khai TTHC trên Trang thông tin điện tử và tại Bộ phận Một cửa",
      target: "Công khai đầy đủ, kịp thời đúng quy định",
      result: "Đã công khai đầy đủ theo quy định",
      rows: [2, 3],
      subitems: [],
    },
    kinds: ["task", "continuation"],
    findings: [["continuation-merged", "B3", { row: 3, ordinal: "1" }]],
  },
  {
    name: "a lower-case carry-on of the task text, target and result filled, no connector",
    rows: [
      ["1", "Ban hành kế hoạch", "Ban hành trước", "Đã ban hành"],
      [null, "kiểm tra công vụ", "ngày 31/1", "ngày 20/1"],
    ],
    task: {
      content: "Ban hành kế hoạch kiểm tra công vụ",
      target: "Ban hành trước ngày 31/1",
      result: "Đã ban hành ngày 20/1",
      rows: [2, 3],
      subitems: [],
    },
    kinds: ["task", "continuation"],
    findings: [["continuation-merged", "B3", { row: 3, ordinal: "1" }]],
  },
  {
    name: "a lead whose requirement and result carry on cut cells is a continuation",
    rows: [
      ["1", "Thực hiện các nội dung: - Rà soát TTHC", "Hoàn thành 100% nhiệm vụ của", "Đã thực hiện và"],
      [null, "- Công khai TTHC", "kế hoạch đề ra", "đạt kết quả tốt"],
    ],
    task: {
      content: "Thực hiện các nội dung: - Rà soát TTHC - Công khai TTHC",
      target: "Hoàn thành 100% nhiệm vụ của kế hoạch đề ra",
      result: "Đã thực hiện và đạt kết quả tốt",
      rows: [2, 3],
      subitems: [],
    },
    kinds: ["task", "continuation"],
    findings: [["continuation-merged", "B3", { row: 3, ordinal: "1" }]],
  },
  {
    name: "text under a sub-item carries on the sub-item, not the task",
    rows: [
      ["1", "Giải quyết hồ sơ TTHC", "Tỷ lệ hồ sơ đúng hạn đạt 100%", "Đạt 100%"],
      [null, "- Trong đó: hồ sơ", "Đạt từ 50%", "Đạt 62,5%"],
      [null, "trực tuyến toàn trình", null, null],
    ],
    task: {
      content: "Giải quyết hồ sơ TTHC",
      target: "Tỷ lệ hồ sơ đúng hạn đạt 100%",
      result: "Đạt 100%",
      rows: [2, 3, 4],
      subitems: [
        sub(3, "- Trong đó: hồ sơ trực tuyến toàn trình", "Đạt từ 50%", "Đạt 62,5%", metRate(62.5, "≥", 50)),
      ],
    },
    kinds: ["task", "subitem", "continuation"],
    findings: [
      ["subitem-attached", "B3", { row: 3, ordinal: "1" }],
      ["continuation-merged", "B4", { row: 4, ordinal: "1" }],
    ],
  },
  {
    name: "a row carried on after a header repeated across the page break",
    rows: [
      [
        "1",
        "Công khai TTHC trên Trang thông tin điện tử của",
        "Công khai 100% TTHC",
        "Đã công khai 100% TTHC",
      ],
      HEADER,
      [null, "xã và tại Bộ phận Một cửa", null, null],
    ],
    task: {
      content: "Công khai TTHC trên Trang thông tin điện tử của xã và tại Bộ phận Một cửa",
      target: "Công khai 100% TTHC",
      result: "Đã công khai 100% TTHC",
      rows: [2, 4],
      subitems: [],
    },
    kinds: ["task", "header", "continuation"],
    findings: [["continuation-merged", "B4", { row: 4, ordinal: "1" }]],
  },
];

describe("unnumbered rows under a task", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const table = analyzeSheet({ cells: [HEADER, ...c.rows.map((r) => [...r])] }).tables[0]!;
    const task = table.tasks[0]!;
    expect({
      parts: {
        content: task.content,
        target: task.target,
        result: task.result,
        rows: task.rows,
        subitems: task.subitems,
      },
      kinds: table.rows.slice(1).map((r) => r.kind),
      findings: table.findings
        .filter((f) => f.code === "continuation-merged" || f.code === "subitem-attached")
        .map((f) => [f.code, f.cell, f.params]),
    }).toEqual({ parts: c.task, kinds: c.kinds, findings: c.findings });
  });

  it("keeps a total row under the last task out of it", () => {
    const table = analyzeSheet({
      cells: [HEADER, ["1", "Việc", "100%", "100%"], ["Tổng cộng", null, "1", "1"]],
    }).tables[0]!;
    expect([table.rows.map((r) => r.kind), table.tasks[0]!.subitems, table.tasks[0]!.rows]).toEqual([
      ["header", "task", "note"],
      [],
      [2],
    ]);
  });

  it("rolls a task up from its sub-items and keeps its own verdict beside them", () => {
    const verdicts = (rows: CellInput[][]) => {
      const task = analyzeSheet({ cells: [HEADER, ...rows] }).tables[0]!.tasks[0]!;
      return [task.verdict, task.completion, task.reasons.map((r) => r.code)];
    };
    expect([
      verdicts([
        ["1", "Tỷ lệ hồ sơ giải quyết trực tuyến", null, null],
        [null, "Cấp xã", "Đạt từ 50%", "Đạt 98,42%"],
        [null, "Liên thông", "Đạt từ 30%", "Đạt 20%"],
      ]),
      verdicts([
        ["1", "Tốc độ tăng trưởng giá trị sản xuất", "8%", "8,2%"],
        [null, "Nông lâm nghiệp", "2,5%", "2,7%"],
      ]),
    ]).toEqual([
      ["unmet", 83.34, ["subitems-rollup"]],
      ["met", 100, ["rate-meets", "subitems-rollup"]],
    ]);
  });
});
