/** @jest-environment jsdom */
/// <reference types="office-js" />
// The pane over the real Office adapter and the in-memory Excel of the adapter tests.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createCheckerApi } from "../../src/taskpane/api";
import { App } from "../../src/taskpane/App";
import { cellsOf, seedWorkbook, SHEET } from "../office/helpers";

test("checks, selects a task's row, re-checks after an edit and clears, on the seed workbook", async () => {
  const excel = seedWorkbook();
  render(<App api={createCheckerApi(excel.host(), "vi")} language="vi" />);

  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  const summary = within(await screen.findByRole("region", { name: "Kết quả kiểm tra" }));
  expect(summary.getByText("20/26 nhiệm vụ đạt, 76,92%")).toBeTruthy();
  expect(cellsOf(excel).E35?.value).toBe("Chưa đạt");
  await waitFor(() => expect(excel.handlerCount(SHEET)).toBe(1));

  fireEvent.click(screen.getByRole("button", { name: /^23\./ }));
  await waitFor(() => expect(excel.selection(SHEET)).toBe("A35"));

  // The officer corrects task 23's result: the live re-check (debounced) turns it met.
  excel.setCell(SHEET, 34, 3, { value: "Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 75%" });
  await excel.fireChanged(SHEET, "D35");
  expect(await summary.findByText("21/26 nhiệm vụ đạt, 80,77%", {}, { timeout: 3000 })).toBeTruthy();
  expect(cellsOf(excel).E35?.value).toBe("Đạt");

  fireEvent.click(screen.getByRole("switch", { name: "Tự kiểm tra khi sửa" }));
  await waitFor(() => expect(excel.handlerCount(SHEET)).toBe(0));

  fireEvent.click(screen.getByRole("button", { name: "Xóa đánh dấu" }));
  expect(await screen.findByText(`Đã xóa đánh dấu trên ${SHEET}.`)).toBeTruthy();
  expect(cellsOf(excel).E35).toBeUndefined();
});

test("an empty sheet gives the adapter's message and what to do", async () => {
  const excel = seedWorkbook();
  excel.addSheet("Trống");
  excel.setActive("Trống");
  render(<App api={createCheckerApi(excel.host(), "en")} language="en" />);
  fireEvent.click(screen.getByRole("button", { name: "Check" }));
  expect(await screen.findByText("The active sheet holds no data.")).toBeTruthy();
  expect(screen.getByText(/Switch to the sheet that holds the appendix table/)).toBeTruthy();
});
