import type { Issue, Reason } from "../../src/core";
import type { TableResult, TaskResult, Verdict, VerdictCounts } from "../../src/core/types";
import type { Decision, Override } from "../../src/core/review";
import { describe as describeIssue, type Language } from "../../src/i18n";
import {
  breakName,
  displayWidth,
  headingLines,
  renderFileBlocks,
  renderTable,
  renderText,
  wrap,
} from "../../src/cli/render";
import type { FileReport } from "../../src/cli/check";
import { joinHeading } from "./helpers";

function task(
  ordinal: string,
  row: number,
  section: string,
  verdict: Verdict,
  completion: number | null,
  reasons: Reason[],
): TaskResult {
  return {
    ordinal,
    row,
    rows: [row],
    section,
    content: `Nhiệm vụ ${ordinal}`,
    target: "Hoàn thành 100%",
    result: "…",
    verdict,
    completion,
    reasons,
    subitems: [],
    extras: {},
    cells: { ordinal: `A${row}`, target: `C${row}`, result: `D${row}` },
  };
}

function counts(tasks: number, met: number, unmet: number, noData: number, review: number): VerdictCounts {
  return {
    tasks,
    met,
    unmet,
    noData,
    review,
    percentMet: tasks ? Math.round((met / tasks) * 10000) / 100 : null,
    meanCompletion: null,
  };
}

const LONG_PHRASE =
  "Thực hiện tốt các nhiệm vụ phát triển kinh tế - xã hội tại địa phương. Tuy nhiên, có một số chỉ tiêu chưa đạt 100% KH đề ra.";

const TABLE: TableResult = {
  sheet: "Phụ lục",
  headerRow: 5,
  firstRow: 5,
  lastRow: 10,
  firstColumn: 0,
  lastColumn: 3,
  freeColumn: 4,
  columns: [
    { role: "ordinal", column: 0, letter: "A", label: "Số TT" },
    { role: "content", column: 1, letter: "B", label: "Nội dung công việc" },
    { role: "target", column: 2, letter: "C", label: "Yêu cầu năm 2024" },
    { role: "result", column: 3, letter: "D", label: "Kết quả thực hiện" },
  ],
  tasks: [
    task("1", 7, "I", "met", null, [{ code: "qualitative-done", params: { phrase: "Đã thực hiện xong" } }]),
    task("2", 8, "I", "unmet", 83.33, [
      { code: "fraction-below", params: { done: 5, total: 6, percent: 83.33, op: "", tv: 100, tu: "%" } },
    ]),
    task("4", 10, "II", "review", null, [{ code: "caveat-result", params: { phrase: LONG_PHRASE } }]),
  ],
  sections: [
    {
      ordinal: "I",
      title: "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
      row: 6,
      taskRows: [7, 8],
      summary: counts(2, 1, 1, 0, 0),
    },
    { ordinal: "II", title: "CẢI CÁCH THỂ CHẾ", row: 9, taskRows: [10], summary: counts(1, 0, 0, 0, 1) },
  ],
  summary: { ...counts(3, 1, 1, 0, 1), meanCompletion: 83.33 },
  findings: [
    {
      code: "numbering-gap",
      params: { previous: "2", ordinal: "4", missing: "3" },
      severity: "warning",
      cell: "A10",
      row: 10,
    },
  ],
  rows: [],
};

describe("text helpers", () => {
  it("counts combining marks as no width", () => {
    expect(displayWidth("Đạt")).toBe(3);
    expect(displayWidth("Đạt".normalize("NFD"))).toBe(3);
  });

  it.each<[string, number, string[]]>([
    ["một hai ba bốn năm", 7, ["một hai", "ba bốn", "năm"]],
    ["", 10, [""]],
    ["abcdefghij", 4, ["abcd", "efgh", "ij"]],
    ["Kết quả   ghi\nrõ", 40, ["Kết quả ghi rõ"]],
  ])("wraps %p to %i columns", (text, width, expected) => {
    expect(wrap(text, width)).toEqual(expected);
  });
});

describe("breakName", () => {
  it.each<[string, string, number, number, string[]]>([
    ["a name that fits", "/tmp/a.xlsx", 20, 18, ["/tmp/a.xlsx"]],
    [
      "a path, after its separators",
      "/srv/bao-cao/phu-luc/xa-phu-dinh.xlsx",
      20,
      18,
      ["/srv/bao-cao/", "phu-luc/", "xa-phu-dinh.xlsx"],
    ],
    [
      "a Windows path",
      "C:\\Users\\Lan\\Phụ lục\\bao-cao.xlsx",
      16,
      14,
      ["C:\\Users\\Lan\\", "Phụ lục\\", "bao-cao.xlsx"],
    ],
    [
      "a folder name with spaces, before a space",
      "/Báo cáo cải cách hành chính/a.xlsx",
      20,
      18,
      ["/Báo cáo cải cách", " hành chính/a.xlsx"],
    ],
    ["a name without a place to break, anywhere", "abcdefghijklmnop", 6, 4, ["abcdef", "ghij", "klmn", "op"]],
    [
      "a file name, after a dash or before a dot",
      "bao-cao-phu-dinh.xlsx",
      12,
      10,
      ["bao-cao-phu-", "dinh.xlsx"],
    ],
    ["double spaces, kept", "ab  cd  ef", 4, 4, ["ab", "  cd", "  ef"]],
    ["nothing", "", 10, 8, [""]],
  ])("breaks %s", (_name, text, width, next, expected) => {
    const pieces = breakName(text, width, next);
    expect(pieces).toEqual(expected);
    expect(pieces.join("")).toBe(text);
  });

  it("keeps combining marks with their letter and counts them as no width", () => {
    const nfd = "/Thư mục/Phụ lục.xlsx".normalize("NFD");
    const pieces = breakName(nfd, 9, 9);
    expect(pieces.join("")).toBe(nfd);
    expect(pieces.map((piece) => piece.normalize("NFC"))).toEqual(["/Thư mục/", "Phụ lục", ".xlsx"]);
    for (const piece of pieces) expect(/^\p{M}/u.test(piece)).toBe(false);
  });
});

describe("headingLines", () => {
  const PARTS = ["trang “Phụ lục”", "dòng tiêu đề 5"];
  const FILE = "/srv/bao-cao/Cải cách hành chính 2024/Phụ lục kèm theo/xa-phu-dinh.xlsx";
  const WHOLE = `${FILE} · trang “Phụ lục” · dòng tiêu đề 5`;

  it.each<[number, string[]]>([
    [displayWidth(WHOLE), [WHOLE]],
    [displayWidth(FILE), [FILE, "  · trang “Phụ lục” · dòng tiêu đề 5"]],
    [
      40,
      [
        "/srv/bao-cao/Cải cách hành chính 2024/",
        "  Phụ lục kèm theo/xa-phu-dinh.xlsx",
        "  · trang “Phụ lục” · dòng tiêu đề 5",
      ],
    ],
    [
      24,
      [
        "/srv/bao-cao/",
        "  Cải cách hành chính",
        "   2024/Phụ lục kèm",
        "   theo/xa-phu-dinh.xlsx",
        "  · trang “Phụ lục”",
        "  · dòng tiêu đề 5",
      ],
    ],
  ])("lays out a heading in %i columns, cutting nothing", (width, expected) => {
    const lines = headingLines(FILE, PARTS, width);
    expect(lines).toEqual(expected);
    expect(joinHeading(lines)).toBe(WHOLE);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
  });

  it("breaks a sheet name too long for a line, on lines indented twice", () => {
    const sheet = "bao-cao-ket-qua-thuc-hien-ke-hoach-cai-cach-hanh-chinh";
    const lines = headingLines("a.csv", [`trang “${sheet}”`, "dòng tiêu đề 1"], 30);
    expect(lines).toEqual([
      "a.csv",
      "  · trang “bao-cao-ket-qua-",
      "    thuc-hien-ke-hoach-cai-",
      "    cach-hanh-chinh”",
      "  · dòng tiêu đề 1",
    ]);
    expect(joinHeading(lines)).toBe(`a.csv · trang “${sheet}” · dòng tiêu đề 1`);
  });
});

describe("renderTable", () => {
  /** The reason text of the task line starting with `prefix`, continuation lines joined back. */
  function reasonAfter(lines: readonly string[], prefix: string): string {
    const at = lines.findIndex((line) => line.startsWith(prefix));
    expect(at).toBeGreaterThanOrEqual(0);
    const indent = " ".repeat(prefix.length);
    const parts = [(lines[at] ?? "").slice(prefix.length)];
    for (let i = at + 1; (lines[i] ?? "").startsWith(indent); i++)
      parts.push((lines[i] ?? "").slice(prefix.length));
    return parts.join(" ");
  }
  const said = (issue: Issue | undefined, language: Language = "vi"): string =>
    issue === undefined ? "" : describeIssue(issue, language).replace(/\s+/g, " ");

  it.each([
    ["vi", "Cột: A (Số TT) · B (Nội dung công việc) · C “Cần” · D (Kết quả thực hiện)"],
    ["en", "Columns: A (No.) · B (Task) · C “Cần” · D (Result)"],
  ] as const)("names the parts of columns found without a label (%s)", (language, line) => {
    const unlabelled: TableResult = {
      ...TABLE,
      columns: TABLE.columns.map((c) => ({ ...c, label: c.role === "target" ? "Cần" : "" })),
    };
    expect(renderTable("a.tsv", unlabelled, language)[1]).toBe(line);
  });

  it("lays out a table in Vietnamese", () => {
    const out = renderTable("phu-dinh.xlsx", TABLE, "vi");
    expect(out.slice(0, 5)).toEqual([
      "phu-dinh.xlsx · trang “Phụ lục” · dòng tiêu đề 5",
      "Cột: A “Số TT” · B “Nội dung công việc” · C “Yêu cầu năm 2024” · D “Kết quả thực hiện”",
      "",
      "STT  Đánh giá         Hoàn thành  Lý do",
      "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
    ]);
    const prefixes = [
      "1    Đạt              —           ",
      "2    Chưa đạt         83,33%      ",
      "4    Cần xem lại      —           ",
    ];
    prefixes.forEach((prefix, i) => {
      expect(reasonAfter(out, prefix)).toBe(said(TABLE.tasks[i]?.reasons[0]));
    });
    expect(out.indexOf("II. CẢI CÁCH THỂ CHẾ")).toBeGreaterThan(
      out.findIndex((l) => l.startsWith(prefixes[1] ?? "")),
    );
    expect(out.slice(out.indexOf("Theo mục:"))).toEqual([
      "Theo mục:",
      "  I   CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH  1/2 đạt (50%)",
      "  II  CẢI CÁCH THỂ CHẾ             0/1 đạt (0%)",
      "Toàn bảng: 1/3 đạt (33,33%); chưa đạt 1, chưa có số liệu 0, cần xem lại 1; mức độ hoàn thành bình",
      "           quân 83,33%",
      "",
      "Lưu ý về bảng:",
      `  A10  ${said(TABLE.findings[0])}`,
    ]);
  });

  it("speaks English with --lang en", () => {
    const out = renderTable("phu-dinh.xlsx", TABLE, "en");
    expect(out.slice(0, 5)).toEqual([
      "phu-dinh.xlsx · sheet “Phụ lục” · header row 5",
      "Columns: A “Số TT” · B “Nội dung công việc” · C “Yêu cầu năm 2024” · D “Kết quả thực hiện”",
      "",
      "No.  Verdict  Completion  Reason",
      "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
    ]);
    expect(reasonAfter(out, "1    Met      —           ")).toBe(said(TABLE.tasks[0]?.reasons[0], "en"));
    expect(out).toContain(`  A10  ${said(TABLE.findings[0], "en")}`);
  });

  it.each([40, 60, 80, 100])("keeps every line within %i columns", (width) => {
    for (const line of renderTable("a-rather-long-file-name-for-an-appendix.xlsx", TABLE, "vi", { width })) {
      expect(displayWidth(line)).toBeLessThanOrEqual(width);
    }
  });

  it.each([40, 60, 100])("cuts no file, sheet, column label or section title in %i columns", (width) => {
    const file = "/srv/Báo cáo cải cách hành chính năm 2024/Phụ lục kèm theo kế hoạch của xã/phu-dinh.xlsx";
    const label = "Kết quả thực hiện (ghi rõ số liệu, tỷ lệ, thời gian hoàn thành đến ngày 30/11)";
    const title = "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ, CHUYỂN ĐỔI SỐ";
    const table: TableResult = {
      ...TABLE,
      columns: TABLE.columns.map((c) => (c.role === "result" ? { ...c, label } : c)),
      sections: TABLE.sections.map((s) => (s.ordinal === "II" ? { ...s, title } : s)),
    };
    const out = renderTable(file, table, "vi", { width });
    const columns = out.findIndex((line) => line.startsWith("Cột: "));
    expect(joinHeading(out.slice(0, columns))).toBe(`${file} · trang “Phụ lục” · dòng tiêu đề 5`);
    const text = out.join(" ").replace(/\s+/g, " ");
    expect(text).toContain(`D “${label}”`);
    expect(text).toContain(`II. ${title}`);
    // The summary by section: each title whole, its counts on its first line.
    const bySection = out.slice(
      out.indexOf("Theo mục:") + 1,
      out.findIndex((l) => l.startsWith("Toàn bảng")),
    );
    expect(bySection.some((line) => /^ {2}II {2}.* 0\/1 đạt \(0%\)$/.test(line))).toBe(true);
    const titles = bySection.map((line) => line.replace(/ +\d+\/\d+ đạt \(\d+%\)$/, "")).join(" ");
    expect(titles.replace(/\s+/g, " ")).toContain(`II ${title}`);
    for (const line of out) expect(displayWidth(line)).toBeLessThanOrEqual(width);
  });

  it("colours verdict labels only when asked", () => {
    const plain = renderTable("a.xlsx", TABLE, "vi").join("\n");
    const coloured = renderTable("a.xlsx", TABLE, "vi", { color: true }).join("\n");
    expect(plain).not.toContain("\u001b[");
    expect(coloured).toContain("\u001b[31mChưa đạt\u001b[0m");
    expect(coloured.replace(/\u001b\[\d+m/g, "")).toBe(plain);
  });
});

function override(
  ordinal: string,
  row: number,
  computed: Verdict,
  verdict: Verdict,
  extra: Partial<Override> = {},
): Override {
  const base = {
    sheet: "Phụ lục",
    row,
    ordinal,
    content: `Nhiệm vụ ${ordinal}`,
    comment: "",
    reviewer: "",
    at: "",
  };
  return { ...base, computed, verdict, ...extra };
}

/** A decision as applyReview makes it, with the engine's verdict now. */
function decision(o: Override, computed: Verdict = o.computed): Decision {
  const kind = o.verdict === computed ? "confirmed" : "changed";
  return {
    override: o,
    sheet: o.sheet,
    row: o.row,
    ordinal: o.ordinal,
    computed,
    kind,
    stale: computed !== o.computed,
  };
}

describe("renderTable with the reviewer's decisions", () => {
  const block = (decisions: Decision[], language: "vi" | "en" = "vi", width = 100): string[] => {
    const lines = renderTable("a.xlsx", TABLE, language, { width }, decisions);
    const start = lines.findIndex((line) => /^(Quyết định|Reviewer)/.test(line));
    return lines.slice(start, lines.indexOf("", start));
  };

  it.each<[string, Decision, "vi" | "en", string[]]>([
    ["a bare confirmation", decision(override("2", 8, "unmet", "unmet")), "vi", ["  2  Chưa đạt → xác nhận"]],
    [
      "a date that is not ISO, shown as written",
      decision(override("2", 8, "unmet", "met", { at: "hôm qua", reviewer: "Lan" })),
      "vi",
      ["  2  Chưa đạt → Đạt · Lan · hôm qua"],
    ],
    [
      "a stale decision, in English",
      decision(override("4", 10, "met", "met", { at: "2026-01-31T23:59:00+07:00" }), "review"),
      "en",
      [
        "  4  Review → Met · 2026-01-31",
        "     When the reviewer decided, the check found “Met”; the row has been edited since, so the",
        "     decision should be looked at again.",
      ],
    ],
  ])("lists %s", (_name, d, language, expected) => {
    expect(block([d], language).slice(1)).toEqual(expected);
  });

  it("lists nothing for a table without decisions", () => {
    expect(renderTable("a.xlsx", TABLE, "vi").some((line) => line.startsWith("Quyết định"))).toBe(false);
  });

  it.each([60, 80, 100])("keeps decision lines within %i columns", (width) => {
    const long = override("2", 8, "unmet", "met", {
      comment: LONG_PHRASE,
      reviewer: "Nguyễn Thị Lan",
      at: "2026-12-02",
    });
    const lines = block(
      [decision(long), decision(override("4", 10, "met", "review"), "review")],
      "vi",
      width,
    );
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
  });
});

describe("renderFileBlocks", () => {
  const report = (file: string): FileReport => ({
    file,
    path: file,
    format: "xlsx",
    sheets: [],
    tables: [TABLE],
    findings: [
      { code: "no-table", severity: "info", message: "…", params: {}, quiet: true, sheet: "Ghi chú" },
      { code: "no-table", severity: "info", message: "…", params: {}, quiet: true, sheet: "Sheet3" },
    ],
    review: null,
  });

  it.each<[string, number, string[]]>([
    ["a.xlsx", 100, ["a.xlsx: các trang không có bảng phụ lục: “Ghi chú”, “Sheet3”."]],
    [
      "/srv/bao-cao/phu-luc/xa-phu-dinh.xlsx",
      40,
      [
        "/srv/bao-cao/phu-luc/xa-phu-dinh.xlsx:",
        "  các trang không có bảng phụ lục: “Ghi",
        "  chú”, “Sheet3”.",
      ],
    ],
    [
      "/srv/bao-cao-cai-cach-hanh-chinh/phu-luc/xa-phu-dinh.xlsx",
      40,
      [
        "/srv/bao-cao-cai-cach-hanh-chinh/",
        "  phu-luc/xa-phu-dinh.xlsx:",
        "  các trang không có bảng phụ lục: “Ghi",
        "  chú”, “Sheet3”.",
      ],
    ],
  ])("names the sheets without a table of %s in %i columns, the file whole", (file, width, expected) => {
    const blocks = renderFileBlocks(report(file), "vi", { width });
    expect(blocks.slice(1)).toEqual([expected]);
  });
});

describe("renderText", () => {
  it("closes with what was checked and what failed", () => {
    const good: FileReport = {
      file: "a.xlsx",
      path: "/a.xlsx",
      format: "xlsx",
      sheets: [],
      tables: [TABLE],
      findings: [],
      review: null,
    };
    const bad: FileReport = {
      file: "b.pdf",
      path: "/b.pdf",
      format: null,
      sheets: [],
      tables: [],
      findings: [{ code: "unsupported-format", severity: "error", message: "…", params: {}, quiet: false }],
      review: null,
    };
    const text = renderText([good, bad], "vi");
    expect(
      text.endsWith("Đã kiểm tra 1 bảng trong 1/2 tệp.\n1 tệp không kiểm tra được (xem thông báo lỗi).\n"),
    ).toBe(true);
  });
});
