/// <reference types="office-js" />
import { queueLocate, queueRead } from "../../src/office/read";
import { FakeExcel } from "./fake-excel";

/** What the adapter hands the engine, read through the fake in two syncs. */
async function sheetInput(excel: FakeExcel, version: string): Promise<unknown> {
  const host = excel.host(version);
  return host.run(async (context) => {
    const locate = queueLocate(context);
    await context.sync();
    const located = locate();
    if (!located.used) throw new Error("empty");
    const read = queueRead(located, located.used, host.supports("1.13"));
    await context.sync();
    return read().input;
  });
}

function build(): FakeExcel {
  const excel = new FakeExcel();
  excel.seed(
    "S",
    [
      ["Số TT", "Kết quả"],
      ["1", { value: 0.2232, numberFormat: "0.00%" }],
      ["", "tiếp"],
    ],
    3,
    2,
  );
  excel.merge("S", "C5:C6");
  return excel;
}

test("the engine gets the used range from its top-left, numbers with their text and format, and merges", async () => {
  expect(await sheetInput(build(), "1.13")).toEqual({
    cells: [
      ["Số TT", "Kết quả", null, null, null],
      ["1", { value: 0.2232, text: "22.32%", numberFormat: "0.00%" }, null, null, null],
      [null, "tiếp", null, null, null],
    ],
    merges: [{ top: 1, left: 0, bottom: 2, right: 0 }],
    origin: { row: 3, column: 2 },
    sheetName: "S",
  });
});

test("without ExcelApi 1.13 there are no merges, and nothing fails", async () => {
  expect(await sheetInput(build(), "1.7")).toMatchObject({ merges: [], origin: { row: 3, column: 2 } });
});
