/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { decide } from "../../src/core";
import { PANE, type Language } from "../../src/i18n";
import { decisionDate } from "../../src/taskpane/Review";
import { fakeApi, NOW, SHEET, seedCheck, type FakeApi } from "./helpers";

async function reviewing(api: FakeApi = fakeApi(), language: Language = "vi"): Promise<FakeApi> {
  render(<App api={api} language={language} />);
  fireEvent.click(screen.getByRole("button", { name: PANE[language].check }));
  fireEvent.click(await screen.findByRole("tab", { name: PANE[language].modeReview }));
  return api;
}

const flaggedList = (): HTMLElement => screen.getByRole("region", { name: /^Nhiệm vụ cần xem/ });
const scoreCard = (): HTMLElement => screen.getByRole("region", { name: "Điểm sau thẩm định" });

function taskItem(ordinal: string): HTMLElement {
  const button = within(flaggedList()).getByRole("button", { name: new RegExp(`^${ordinal}\\. `) });
  return button.closest("li") as HTMLElement;
}

async function overrideTask26(comment: string): Promise<void> {
  const item = taskItem("26");
  fireEvent.click(within(item).getByRole("button", { name: "Sửa đánh giá" }));
  fireEvent.click(within(item).getByRole("radio", { name: "Đạt" }));
  fireEvent.change(within(item).getByRole("textbox", { name: /Ghi chú/ }), { target: { value: comment } });
  fireEvent.click(within(item).getByRole("button", { name: "Lưu" }));
}

describe("the reviewer's mode", () => {
  test("gives the score, each section's score and the table's own claims", async () => {
    await reviewing();
    const card = within(scoreCard());
    expect(card.getByText("20/26 nhiệm vụ đạt, 76,92%")).toBeTruthy();
    const [sections, claims] = card.getAllByRole("list") as [HTMLElement, HTMLElement];
    expect(within(sections).getAllByRole("listitem")[0]?.textContent).toBe(
      "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH: 2/5 đạt (40%)",
    );
    expect(
      within(claims)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "D11: Nhiệm vụ 6 ghi hoàn thành 24/27 nhiệm vụ, nhưng phụ lục liệt kê 26 nhiệm vụ, trong đó 20 đạt.",
    ]);
    // No decision yet: no "as checked" line.
    expect(card.queryByText(/^Máy chấm/)).toBeNull();
  });

  test("lists the flagged tasks first, with the officer's own words and the reasons; met tasks on demand", async () => {
    await reviewing();
    const ordinals = within(flaggedList())
      .getAllByRole("button", { name: /^\d+\. / })
      .map((b) => /^(\d+)\./.exec(b.textContent ?? "")?.[1]);
    expect(ordinals).toEqual(["2", "4", "6", "18", "23", "26"]);
    const item = within(taskItem("23"));
    expect(item.getByText("Máy đánh giá: Chưa đạt")).toBeTruthy();
    expect(item.getByText(/so với tổng số TTHC công bố cung cấp trực tuyến đạt từ 70%$/)).toBeTruthy();
    expect(item.getByText("Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 22,32%")).toBeTruthy();
    expect(item.getByText("Kết quả 22,32% thấp hơn chỉ tiêu ≥ 70%.")).toBeTruthy();

    const met = screen.getByRole("region", { name: "Nhiệm vụ đạt (20)" });
    expect(within(met).queryAllByRole("listitem")).toHaveLength(0);
    fireEvent.click(within(met).getByRole("button", { name: "Hiện các nhiệm vụ đạt" }));
    expect(within(met).getAllByRole("listitem")).toHaveLength(20);
  });

  test("an override needs a comment, is stored whole, and rescoring shows it apart from the check", async () => {
    const api = await reviewing();
    const item = taskItem("26");
    fireEvent.click(within(item).getByRole("button", { name: "Sửa đánh giá" }));
    fireEvent.click(within(item).getByRole("radio", { name: "Đạt" }));
    fireEvent.click(within(item).getByRole("button", { name: "Lưu" }));
    expect(within(item).getByText("Hãy ghi lý do khi sửa đánh giá của máy.")).toBeTruthy();
    expect(api.saveReview).not.toHaveBeenCalled();

    fireEvent.change(within(item).getByRole("textbox", { name: /Ghi chú/ }), {
      target: { value: "Đã có báo cáo bổ sung số liệu quý IV" },
    });
    fireEvent.click(within(item).getByRole("button", { name: "Lưu" }));
    await screen.findByText("Đã lưu quyết định cho nhiệm vụ 26.");
    expect(api.saveReview).toHaveBeenCalledTimes(1);
    expect(api.saveReview.mock.calls[0]?.[0]).toEqual([
      {
        sheet: SHEET,
        row: 39,
        ordinal: "26",
        content: "Đảm bảo hoàn thành chỉ tiêu phát triển KT-XH do HĐND xã giao",
        computed: "unmet",
        verdict: "met",
        comment: "Đã có báo cáo bổ sung số liệu quý IV",
        reviewer: "Trần Thị B",
        at: NOW,
      },
    ]);
    expect(api.check).toHaveBeenCalledTimes(2);
    expect(api.rememberReviewer).toHaveBeenCalledWith("Trần Thị B");

    const card = within(scoreCard());
    expect(card.getByText("21/26 nhiệm vụ đạt, 80,77%")).toBeTruthy();
    expect(card.getByText("Máy chấm: 20/26 nhiệm vụ đạt, 76,92%")).toBeTruthy();
    expect(card.getByText("1 quyết định: 1 sửa, 0 xác nhận")).toBeTruthy();
    const decided = within(taskItem("26"));
    expect(decided.getByText("Máy đánh giá: Chưa đạt")).toBeTruthy();
    const note = within(decided.getByRole("note"));
    expect(note.getByText("Người thẩm định: Đạt")).toBeTruthy();
    expect(note.getByText("Đã có báo cáo bổ sung số liệu quý IV")).toBeTruthy();
    expect(note.getByText(`Trần Thị B · ${decisionDate(NOW, "vi")}`)).toBeTruthy();
  });

  test("a confirmation keeps the score; undo takes a decision away", async () => {
    const api = await reviewing();
    fireEvent.click(
      within(taskItem("2")).getByRole("button", { name: "Đồng ý với đánh giá của máy cho nhiệm vụ 2" }),
    );
    await screen.findByText("Đã lưu quyết định cho nhiệm vụ 2.");
    expect(api.stored()).toEqual([
      expect.objectContaining({ ordinal: "2", computed: "unmet", verdict: "unmet" }),
    ]);
    expect(within(scoreCard()).getByText("20/26 nhiệm vụ đạt, 76,92%")).toBeTruthy();
    expect(within(scoreCard()).getByText("1 quyết định: 0 sửa, 1 xác nhận")).toBeTruthy();
    expect(within(taskItem("2")).getByText("Đã xác nhận: Chưa đạt")).toBeTruthy();

    await overrideTask26("Đủ hồ sơ");
    await screen.findByText("Đã lưu quyết định cho nhiệm vụ 26.");
    expect(api.stored().map((o) => o.ordinal)).toEqual(["2", "26"]);

    fireEvent.click(
      within(taskItem("26")).getByRole("button", {
        name: "Hoàn tác quyết định cho nhiệm vụ 26, trở lại đánh giá của máy",
      }),
    );
    await screen.findByText("Đã bỏ quyết định cho nhiệm vụ 26.");
    expect(api.stored().map((o) => o.ordinal)).toEqual(["2"]);
    expect(within(scoreCard()).getByText("20/26 nhiệm vụ đạt, 76,92%")).toBeTruthy();
    expect(within(taskItem("26")).queryByRole("note")).toBeNull();
  });

  test("the check mode shows the reviewer's verdict and reason too", async () => {
    await reviewing();
    await overrideTask26("Đủ hồ sơ");
    await screen.findByText("Đã lưu quyết định cho nhiệm vụ 26.");
    await act(async () => {
      fireEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    });
    const summary = within(screen.getByRole("region", { name: "Kết quả kiểm tra" }));
    expect(summary.getByText("21/26 nhiệm vụ đạt, 80,77%")).toBeTruthy();
    const task = screen.getByRole("button", { name: /^26\. / });
    const detail = document.getElementById(task.getAttribute("aria-describedby") ?? "");
    expect(detail?.textContent).toMatch(
      /^Đạt · Người thẩm định Trần Thị B đánh giá “Đạt” thay cho “Chưa đạt” của máy: “Đủ hồ sơ”\./,
    );
  });

  test("a decision that cannot be stored says so and changes nothing", async () => {
    const api = fakeApi();
    api.saveReview.mockResolvedValueOnce({ ok: false, code: "host-error", message: "Excel báo lỗi: quota" });
    await reviewing(api);
    await overrideTask26("Đủ hồ sơ");
    expect(await screen.findByText("Không lưu được quyết định")).toBeTruthy();
    expect(screen.getByText("Excel báo lỗi: quota")).toBeTruthy();
    expect(api.check).toHaveBeenCalledTimes(1);
    expect(within(scoreCard()).getByText("20/26 nhiệm vụ đạt, 76,92%")).toBeTruthy();
  });

  test("decisions on a sheet no longer in the file can be moved to this one, or dropped", async () => {
    const renamed = (ordinal: string, row: number, content: string) => ({
      sheet: "PL 2024 (cũ)",
      row,
      ordinal,
      content,
      computed: "unmet" as const,
      verdict: "met" as const,
      comment: "Đủ hồ sơ",
      reviewer: "Lê Văn C",
      at: NOW,
    });
    const api = fakeApi(undefined, [
      renamed("26", 39, "Đảm bảo hoàn thành chỉ tiêu phát triển KT-XH do HĐND xã giao"),
      renamed("23", 35, "Tỷ lệ dịch vụ công trực tuyến cung cấp có phát sinh hồ sơ"),
    ]);
    await reviewing(api);
    const lost = within(screen.getByRole("region", { name: "Quyết định của trang không còn trong tệp" }));
    expect(lost.getByRole("listitem").textContent).toMatch(/^Trang “PL 2024 \(cũ\)”: 2 quyết định/);
    expect(within(scoreCard()).getByText("20/26 nhiệm vụ đạt, 76,92%")).toBeTruthy();

    fireEvent.click(lost.getByRole("button", { name: "Áp dụng cho trang này" }));
    await screen.findByText("Đã chuyển 2 quyết định sang trang này.");
    expect(api.stored().map((o) => [o.sheet, o.ordinal])).toEqual([
      [SHEET, "26"],
      [SHEET, "23"],
    ]);
    expect(within(scoreCard()).getByText("22/26 nhiệm vụ đạt, 84,62%")).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Quyết định của trang không còn trong tệp" })).toBeNull();
  });

  test("dropping a lost sheet's decisions keeps the others", async () => {
    const api = fakeApi(undefined, [
      {
        sheet: "Đã xóa",
        row: 9,
        ordinal: "1",
        content: "x",
        computed: "met",
        verdict: "unmet",
        comment: "",
        reviewer: "",
        at: NOW,
      },
    ]);
    await reviewing(api);
    fireEvent.click(screen.getByRole("button", { name: "Bỏ các quyết định này" }));
    await screen.findByText("Đã bỏ 1 quyết định.");
    expect(api.stored()).toEqual([]);
  });

  test("a live re-check while a decision is saved keeps the pane busy, and both decisions are kept", async () => {
    const api = fakeApi();
    let release: (() => void) | null = null;
    const saving = api.saveReview.getMockImplementation();
    api.saveReview.mockImplementationOnce(
      (next) =>
        new Promise((resolve) => {
          release = () => void saving?.(next).then(resolve);
        }),
    );
    await reviewing(api);
    const confirm = (ordinal: string): HTMLElement =>
      within(taskItem(ordinal)).getByRole("button", {
        name: `Đồng ý với đánh giá của máy cho nhiệm vụ ${ordinal}`,
      });
    fireEvent.click(confirm("2"));
    await waitFor(() => expect(confirm("4").hasAttribute("disabled")).toBe(true));
    // An edit on the sheet triggers the live re-check before the save lands: the pane must stay busy.
    await act(async () => {
      api.watchers[0]?.();
      await Promise.resolve();
    });
    expect(confirm("4").hasAttribute("disabled")).toBe(true);
    await act(async () => {
      release?.();
      await Promise.resolve();
    });
    await screen.findByText("Đã lưu quyết định cho nhiệm vụ 2.");
    await waitFor(() => expect(confirm("4").hasAttribute("disabled")).toBe(false));
    fireEvent.click(confirm("4"));
    await screen.findByText("Đã lưu quyết định cho nhiệm vụ 4.");
    expect(api.stored().map((o) => o.ordinal)).toEqual(["2", "4"]);
  });

  test("a failed save keeps the form open with what the reviewer typed", async () => {
    const api = fakeApi();
    api.saveReview.mockResolvedValueOnce({ ok: false, code: "host-error", message: "Excel báo lỗi: quota" });
    await reviewing(api);
    await overrideTask26("Đủ hồ sơ");
    await screen.findByText("Không lưu được quyết định");
    const comment = within(taskItem("26")).getByRole("textbox", { name: /^Ghi chú/ }) as HTMLTextAreaElement;
    expect(comment.value).toBe("Đủ hồ sơ");
    fireEvent.click(within(taskItem("26")).getByRole("button", { name: "Lưu" }));
    await screen.findByText("Đã lưu quyết định cho nhiệm vụ 26.");
    expect(within(taskItem("26")).queryByRole("textbox", { name: /^Ghi chú/ })).toBeNull();
  });

  test("deciding on a task whose row another task's decision was stored under keeps that decision", async () => {
    // Task 2's decision was stored when the task started at row 7 (a row above was removed since); task 1
    // starts at row 7 now.
    const task2 = seedCheck().computed.tables[0]?.tasks.find((t) => t.ordinal === "2");
    const api = fakeApi(undefined, [
      {
        sheet: SHEET,
        row: 7,
        ordinal: "2",
        content: task2?.content ?? "",
        computed: "unmet",
        verdict: "met",
        comment: "Đủ",
        reviewer: "",
        at: NOW,
      },
    ]);
    await reviewing(api);
    const stored = api.stored()[0];
    expect(within(taskItem("2")).getByText("Người thẩm định: Đạt")).toBeTruthy();
    const met = within(screen.getByRole("region", { name: /^Nhiệm vụ đạt/ }));
    fireEvent.click(met.getByRole("button", { name: "Hiện các nhiệm vụ đạt" }));
    fireEvent.click(met.getByRole("button", { name: "Đồng ý với đánh giá của máy cho nhiệm vụ 1" }));
    await screen.findByText("Đã lưu quyết định cho nhiệm vụ 1.");
    expect(api.stored()[0]).toBe(stored);
    expect(api.stored().map((o) => [o.ordinal, o.row])).toEqual([
      ["2", 7],
      ["1", 7],
    ]);
  });

  test("each section's own check score stands beside it, whatever sections have no task", async () => {
    const decided = seedCheck().computed.tables[0]!;
    const task26 = decided.tasks.find((t) => t.ordinal === "26")!;
    const check = seedCheck([
      decide(decided, task26, { verdict: "met", comment: "x", reviewer: "", at: NOW }),
    ]);
    const empty = {
      ordinal: "",
      title: "",
      row: null,
      taskRows: [],
      summary: { tasks: 0, met: 0, unmet: 0, noData: 0, review: 0, percentMet: null, meanCompletion: null },
    };
    const withEmpty = (result: typeof check.result) => ({
      ...result,
      tables: result.tables.map((t) => ({ ...t, sections: [empty, ...t.sections] })),
    });
    await reviewing(
      fakeApi({ ...check, result: withEmpty(check.result), computed: withEmpty(check.computed) }),
    );
    const lines = within(within(scoreCard()).getAllByRole("list")[0] as HTMLElement)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(lines.filter((line) => line?.includes("Máy chấm"))).toEqual([
      "VII. TÁC ĐỘNG CẢI CÁCH HÀNH CHÍNH ĐẾN KINH TẾ - XÃ HỘI: 2/2 đạt (100%) (Máy chấm: 1/2 nhiệm vụ đạt, 50%)",
    ]);
  });

  test("speaks English", async () => {
    await reviewing(fakeApi(), "en");
    expect(screen.getByRole("region", { name: "Score after review" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Tasks to look at (6)" })).toBeTruthy();
    expect(screen.getAllByRole("button", { name: "Change verdict" })).toHaveLength(6);
  });
});

describe("the report card", () => {
  test("creates the copy with the columns chosen and says where it is", async () => {
    const api = await reviewing();
    fireEvent.click(screen.getByRole("checkbox", { name: "Kèm cột mức độ hoàn thành" }));
    fireEvent.click(screen.getByRole("button", { name: "Tạo bản để dán vào báo cáo" }));
    expect(
      await screen.findByText("Đã tạo trang “Bản báo cáo” (33 dòng): chọn bảng, sao chép rồi dán vào Word."),
    ).toBeTruthy();
    expect(api.createReport).toHaveBeenCalledWith({ includeVerdict: true, includeCompletion: false });
  });

  test("tells the user to set up the page where Excel cannot, and shows a failure", async () => {
    const api = fakeApi();
    api.createReport
      .mockResolvedValueOnce({
        ok: true,
        sheet: "Bản báo cáo (2)",
        rows: 33,
        orientation: "portrait",
        pageSetup: false,
        sentence: "",
      })
      .mockResolvedValueOnce({ ok: false, code: "no-table", message: "Không tìm thấy bảng phụ lục." });
    await reviewing(api);
    fireEvent.click(screen.getByRole("button", { name: "Tạo bản để dán vào báo cáo" }));
    expect(await screen.findByText(/hãy chọn khổ A4 và lề trong Bố trí Trang\.$/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Tạo bản để dán vào báo cáo" }));
    expect(await screen.findByText("Không tạo được bản để dán vào báo cáo")).toBeTruthy();
  });

  test("copies the summary sentence as the reviewer decided it", async () => {
    const api = await reviewing();
    expect(screen.getByText(/^đã thực hiện hoàn thành 20\/26 nhiệm vụ, đạt 76,92%;/)).toBeTruthy();
    await overrideTask26("Đủ hồ sơ");
    await screen.findByText("Đã lưu quyết định cho nhiệm vụ 26.");
    fireEvent.click(screen.getByRole("button", { name: "Sao chép câu tổng hợp" }));
    await screen.findByText("Đã sao chép câu tổng hợp.");
    expect(api.copyText).toHaveBeenCalledWith(
      "đã thực hiện hoàn thành 21/26 nhiệm vụ, đạt 80,77%; 04 nhiệm vụ chưa đạt (số 2, 6, 18, 23); " +
        "01 nhiệm vụ chưa có số liệu (số 4)",
    );
    api.copyText.mockResolvedValueOnce(false);
    fireEvent.click(screen.getByRole("button", { name: "Sao chép câu tổng hợp" }));
    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toBe(
        "Không sao chép được. Hãy chọn câu tổng hợp bên dưới rồi bấm Ctrl+C.",
      ),
    );
  });
});

test("decision dates read as people write them", () => {
  const at = new Date(2026, 11, 2, 9, 5).toISOString();
  expect(decisionDate(at, "vi")).toBe("09:05 ngày 02/12/2026");
  expect(decisionDate(at, "en")).toBe("02/12/2026 09:05");
  expect(decisionDate("hôm qua", "vi")).toBe("hôm qua");
});
