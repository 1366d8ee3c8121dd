/** @jest-environment jsdom */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { PANE, type Language } from "../../src/i18n";
import { fakeApi, SHEET, seedCheck, type FakeApi } from "./helpers";

async function checked(api: FakeApi = fakeApi(), language: Language = "vi"): Promise<FakeApi> {
  render(<App api={api} language={language} />);
  fireEvent.click(screen.getByRole("button", { name: PANE[language].check }));
  await screen.findByRole("button", { name: PANE[language].checkAgain });
  return api;
}

function taskButtons(): HTMLElement[] {
  const list = screen.getByRole("list", { name: "Danh sách nhiệm vụ" });
  return within(list).getAllByRole("button");
}

describe("the summary", () => {
  test("shows nothing but the intro and the controls before a check", () => {
    const api = fakeApi();
    render(<App api={api} language="vi" />);
    expect(screen.getByRole("button", { name: "Kiểm tra" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Xóa đánh dấu" })).toBeTruthy();
    expect((screen.getByRole("switch", { name: "Tự kiểm tra khi sửa" }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(screen.queryByRole("list", { name: "Danh sách nhiệm vụ" })).toBeNull();
    expect(api.check).not.toHaveBeenCalled();
  });

  test("gives x/y tasks met, the share, the counts by verdict, every section and the table notes", async () => {
    const api = await checked();
    expect(api.check).toHaveBeenCalledTimes(1);
    const summary = screen.getByRole("region", { name: "Kết quả kiểm tra" });
    const card = within(summary);
    expect(card.getByText("20/26 nhiệm vụ đạt, 76,92%")).toBeTruthy();
    for (const count of ["Đạt: 20", "Chưa đạt: 5", "Chưa có số liệu: 1", "Cần xem lại: 0"]) {
      expect(card.getByText(count)).toBeTruthy();
    }
    expect(card.getByText("Mức độ hoàn thành bình quân: 95,83%")).toBeTruthy();
    const sections = card.getAllByRole("list")[0] as HTMLElement;
    const lines = within(sections)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(lines[0]).toBe("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH: 2/5 đạt (40%)");
    expect(lines.at(-1)).toBe("VII. TÁC ĐỘNG CẢI CÁCH HÀNH CHÍNH ĐẾN KINH TẾ - XÃ HỘI: 1/2 đạt (50%)");
    expect(card.getByText("A9: Số thứ tự nhảy từ 2 sang 4: thiếu số 3.")).toBeTruthy();
    // The live region says the same for screen readers.
    expect(screen.getByRole("status").textContent).toBe("20/26 nhiệm vụ đạt, 76,92%");
  });

  test("says where the verdicts went when they are on a sheet of their own, and nothing otherwise", async () => {
    const note = /cột đánh giá được ghi ở trang riêng/;
    await checked();
    expect(screen.queryByText(note)).toBeNull();
    cleanup();
    await checked(fakeApi({ ...seedCheck(), verdictSheets: ["Đánh giá - Phụ lục"] }));
    expect(screen.getByText(note).textContent).toBe(
      "Bảng đã chạm cột cuối của trang (XFD), nên cột đánh giá được ghi ở trang riêng “Đánh giá - Phụ lục”, ngay sau trang này; mỗi dòng có liên kết về nhiệm vụ.",
    );
  });

  test("lists every task with its verdict as text and its reason", async () => {
    await checked();
    expect(taskButtons()).toHaveLength(26);
    const task23 = screen.getByRole("button", { name: /^23\. Tỷ lệ dịch vụ công trực tuyến/ });
    const item = task23.closest("li") as HTMLElement;
    expect(within(item).getAllByText("Chưa đạt").length).toBeGreaterThan(0);
    const description = document.getElementById(task23.getAttribute("aria-describedby") ?? "");
    expect(description?.textContent).toBe(
      "Chưa đạt · Hoàn thành 31,89% · Kết quả 22,32% thấp hơn chỉ tiêu ≥ 70%.",
    );
  });
});

describe("filtering by verdict", () => {
  test("each tab shows only its tasks, with the count in its label", async () => {
    await checked();
    const tabs = screen.getByRole("tablist", { name: "Lọc theo đánh giá" });
    const names = ["Tất cả (26)", "Đạt (20)", "Chưa đạt (5)", "Chưa có số liệu (1)", "Cần xem lại (0)"];
    expect(within(tabs).getAllByRole("tab")).toEqual(
      names.map((name) => within(tabs).getByRole("tab", { name })),
    );
    expect(screen.getByRole("tab", { name: "Tất cả (26)" }).getAttribute("aria-selected")).toBe("true");

    fireEvent.click(screen.getByRole("tab", { name: "Chưa đạt (5)" }));
    expect(screen.getByRole("tab", { name: "Chưa đạt (5)" }).getAttribute("aria-selected")).toBe("true");
    expect(taskButtons().map((b) => b.textContent?.split(".")[0])).toEqual(["2", "6", "18", "23", "26"]);

    fireEvent.click(screen.getByRole("tab", { name: "Chưa có số liệu (1)" }));
    expect(taskButtons().map((b) => b.textContent?.split(".")[0])).toEqual(["4"]);

    fireEvent.click(screen.getByRole("tab", { name: "Cần xem lại (0)" }));
    expect(screen.getByText("Không có nhiệm vụ nào trong nhóm này.")).toBeTruthy();

    fireEvent.click(screen.getByRole("tab", { name: "Tất cả (26)" }));
    expect(taskButtons()).toHaveLength(26);
  });
});

describe("selecting a task", () => {
  test("clicking a task selects its number cell on its sheet", async () => {
    const api = await checked();
    const task = seedCheck().result.tables[0]?.tasks.find((t) => t.ordinal === "23");
    expect(task?.cells.ordinal).toBe("A35");
    fireEvent.click(screen.getByRole("button", { name: /^23\./ }));
    await waitFor(() => expect(api.select).toHaveBeenCalledWith(`'${SHEET}'!A35`));
  });

  test("a failed selection says so in a message bar", async () => {
    const api = fakeApi();
    api.select.mockResolvedValue({ ok: false, code: "host-error", message: "Excel báo lỗi: ItemNotFound" });
    await checked(api);
    fireEvent.click(screen.getByRole("button", { name: /^2\./ }));
    expect(await screen.findByText("Không chọn được dòng của nhiệm vụ")).toBeTruthy();
    expect(screen.getByText("Excel báo lỗi: ItemNotFound")).toBeTruthy();
  });
});

describe("errors", () => {
  test("a failed check shows the adapter's message and what to do, and no stale result", async () => {
    const api = fakeApi();
    await checked(api);
    api.check.mockResolvedValueOnce({
      ok: false,
      code: "no-table",
      message:
        "Không tìm thấy bảng phụ lục (Số TT, Nội dung công việc, Yêu cầu, Kết quả) trên trang tính này.",
    });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra lại" }));
    expect(await screen.findByText("Chưa kiểm tra được")).toBeTruthy();
    expect(screen.getByText(/Không tìm thấy bảng phụ lục/)).toBeTruthy();
    expect(screen.getByText(/rồi bấm Kiểm tra lại\.$/)).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Kết quả kiểm tra" })).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Đóng thông báo" }));
    expect(screen.queryByText("Chưa kiểm tra được")).toBeNull();
  });

  test("a check that throws is shown as an Excel error, not a blank pane", async () => {
    const api = fakeApi();
    api.check.mockRejectedValueOnce(new Error("RichApi.Error: GeneralException"));
    render(<App api={api} language="vi" />);
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(await screen.findByText("RichApi.Error: GeneralException")).toBeTruthy();
    expect(screen.getByText(/lưu tệp, đóng và mở lại Excel/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Kiểm tra" })).toBeTruthy();
  });
});

describe("clearing the marks", () => {
  test("the clear button calls clear, drops the result and says where", async () => {
    const api = await checked();
    fireEvent.click(screen.getByRole("button", { name: "Xóa đánh dấu" }));
    expect(await screen.findByText(`Đã xóa đánh dấu trên ${SHEET}.`)).toBeTruthy();
    expect(api.clear).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("region", { name: "Kết quả kiểm tra" })).toBeNull();
    expect(screen.getByRole("button", { name: "Kiểm tra" })).toBeTruthy();
  });
});

describe("checking again on edit", () => {
  test("watches after a check, re-checks on an edit, and stops when the switch is turned off", async () => {
    const api = await checked();
    expect(api.watch).toHaveBeenCalledTimes(1);
    await act(async () => api.watchers[0]?.());
    await waitFor(() => expect(api.check).toHaveBeenCalledTimes(2));

    fireEvent.click(screen.getByRole("switch", { name: "Tự kiểm tra khi sửa" }));
    expect(api.stops).toHaveBeenCalledTimes(1);
    expect(api.watchers).toHaveLength(0);
    fireEvent.click(screen.getByRole("switch", { name: "Tự kiểm tra khi sửa" }));
    expect(api.watch).toHaveBeenCalledTimes(2);
  });

  test("does not watch while the switch is off", async () => {
    const api = fakeApi();
    render(<App api={api} language="vi" />);
    fireEvent.click(screen.getByRole("switch", { name: "Tự kiểm tra khi sửa" }));
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByRole("button", { name: "Kiểm tra lại" });
    expect(api.watch).not.toHaveBeenCalled();
  });

  test("a watcher that cannot start shows why", async () => {
    const api = fakeApi();
    api.watch.mockImplementation((_onEdit, onError) => {
      onError?.("Excel báo lỗi: InvalidOperation");
      return () => undefined;
    });
    await checked(api);
    expect(await screen.findByText("Không bật được tự kiểm tra khi sửa")).toBeTruthy();
  });
});

describe("English", () => {
  test("every text is English when Office's language is not Vietnamese", async () => {
    const api = await checked(fakeApi(), "en");
    const summary = within(screen.getByRole("region", { name: "Check result" }));
    expect(summary.getByText("20/26 tasks met, 76.92%")).toBeTruthy();
    expect(summary.getByText("Unmet: 5")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Clear marks" })).toBeTruthy();
    expect(screen.getByRole("switch", { name: "Check again on edit" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Unmet (5)" })).toBeTruthy();
    expect(screen.getByText("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH: 2/5 met (40%)")).toBeTruthy();
    expect(screen.getByText("Mean completion: 95.83%")).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Unmet (5)" }));
    const list = screen.getByRole("list", { name: "Tasks" });
    expect(within(list).getAllByRole("button")).toHaveLength(5);
    expect(api.check).toHaveBeenCalledTimes(1);
  });
});

describe("narrow panes", () => {
  test("no style rule fixes a width above 300 px", async () => {
    await checked();
    const css = [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .map((rule) => rule.cssText)
      .join("\n");
    expect(css.length).toBeGreaterThan(0);
    const widths = [...css.matchAll(/(?:^|[;{\s])((?:min-)?width)\s*:\s*(\d+(?:\.\d+)?)px/g)].map((m) =>
      Number(m[2]),
    );
    expect(widths.filter((w) => w > 300)).toEqual([]);
  });
});
