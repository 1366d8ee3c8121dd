/** @jest-environment jsdom */
import { act, screen } from "@testing-library/react";
import { boot, type BootEnv } from "../../src/taskpane/boot";
import { fakeApi } from "./helpers";

const EDGE =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Edg/120.0";
const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko";

function env(overrides: Partial<BootEnv> = {}, host: unknown = "Excel", displayLanguage = "vi-VN"): BootEnv {
  return {
    userAgent: EDGE,
    browserLanguage: "vi",
    office: { onReady: async () => ({ host }), displayLanguage: () => displayLanguage },
    makeApi: () => fakeApi(),
    ...overrides,
  };
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement("div");
  document.body.replaceChildren(root);
});

test("the old IE webview gets a plain message asking for a newer Office", async () => {
  const makeApi = jest.fn(() => fakeApi());
  expect(await boot(root, env({ userAgent: IE11, makeApi }))).toBe("old-webview");
  expect(screen.getByRole("alert").textContent).toMatch(/quá cũ.*Microsoft 365/);
  expect(makeApi).not.toHaveBeenCalled();
});

test("outside Excel (no host) the pane says where to open it, in the display language", async () => {
  expect(await boot(root, env({}, null, "en-US"))).toBe("outside-excel");
  expect(screen.getByRole("alert").textContent).toMatch(/^Open this pane inside Excel/);
});

test("in another Office application it says the same, in Vietnamese", async () => {
  expect(await boot(root, env({}, "Word"))).toBe("outside-excel");
  expect(screen.getByRole("alert").textContent).toMatch(/^Mở bảng kiểm tra trong Excel/);
});

test("without office.js (a plain browser, offline) it falls back to the browser's language", async () => {
  expect(await boot(root, env({ office: null, browserLanguage: "en-GB" }))).toBe("outside-excel");
  expect(screen.getByRole("alert").textContent).toMatch(/^Open this pane inside Excel/);
});

test("in Excel it renders the checker in Office's display language", async () => {
  const makeApi = jest.fn(() => fakeApi());
  await act(async () => {
    expect(await boot(root, env({ makeApi }, "Excel", "en-US"))).toBe("excel");
  });
  expect(makeApi).toHaveBeenCalledWith("en");
  expect(screen.getByRole("button", { name: "Check" })).toBeTruthy();
});
