/** @jest-environment jsdom */
// src/help/help.html, the page the manifest's SupportUrl opens (dist-web/help.html): static and offline (no
// script, no URL with a scheme, every relative file one the web build writes, every #anchor a target),
// Vietnamese first then English with lang attributes, headings in order, and the same labels as the
// ribbon (manifest.xml) and the task pane (PANE in src/i18n).
import * as fs from "node:fs";
import * as path from "node:path";
import { ENGINE, PANE } from "../src/i18n";
import { ROOT, webBuildOutputs } from "./helpers/web-build";

const HELP = path.join(ROOT, "src", "help", "help.html");
/** Where the built page is served; relative references resolve against it. */
const PAGE_URL = "https://localhost:3000/help.html";

const html = fs.readFileSync(HELP, "utf8");

function parse(source: string): Document {
  return new DOMParser().parseFromString(source, "text/html");
}

/** help.html with one exact piece of text replaced (the piece must be there). */
function broken(from: string | RegExp, to: string): string {
  const result = html.replace(from, to);
  if (result === html) throw new Error(`the test's edit ${String(from)} matched nothing in help.html`);
  return result;
}

function words(node: Node | null | undefined): string {
  return (node?.textContent ?? "").replace(/\s+/g, " ");
}

// ---------------------------------------------------------------------------------------------------
// The checks. Each returns readable problems; an empty list means the page passes.

/** Nothing that reaches the network or runs code. */
function offlineProblems(source: string, doc: Document): string[] {
  const problems: string[] = [];
  for (const match of source.matchAll(/https?:\/\/[^\s"'<>)]*/gi))
    problems.push(`${match[0]} needs the network`);
  if (/url\s*\(|@import/i.test(source)) problems.push("CSS loads a file (url() or @import)");
  for (const element of doc.querySelectorAll("script, link, iframe, object, embed, base, form")) {
    problems.push(`<${element.localName}> is not allowed in a static page`);
  }
  for (const element of doc.querySelectorAll("*")) {
    for (const attr of element.getAttributeNames().filter((name) => /^on/i.test(name))) {
      problems.push(`<${element.localName} ${attr}> runs a script`);
    }
  }
  return problems;
}

/** Every src and href: an #anchor with a target, or a relative file that the web build writes. */
function linkProblems(doc: Document, outputs: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const element of doc.querySelectorAll("[src], [href]")) {
    for (const name of ["src", "href"]) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      const where = `<${element.localName} ${name}="${value}">`;
      if (value.trim() === "") problems.push(`${where} is empty`);
      else if (value.startsWith("#")) {
        const id = decodeURIComponent(value.slice(1));
        if (id === "" || doc.getElementById(id) === null)
          problems.push(`${where} has no element with that id`);
      } else if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(value))
        problems.push(`${where} is not a relative reference`);
      else {
        const file = decodeURIComponent(new URL(value, PAGE_URL).pathname.slice(1));
        if (!outputs.has(file)) problems.push(`${where}: ${file} is not a file the web build writes`);
      }
    }
  }
  const ids = [...doc.querySelectorAll("[id]")].map((element) => element.id);
  for (const id of new Set(ids.filter((id, index) => ids.indexOf(id) !== index))) {
    problems.push(`id "${id}" is used twice`);
  }
  return problems;
}

/** <html lang="vi">, then an English section marked lang="en"; no other language. */
function languageProblems(doc: Document): string[] {
  const problems: string[] = [];
  const lang = doc.documentElement.getAttribute("lang");
  if (lang !== "vi") problems.push(`<html lang="${lang ?? ""}">, expected vi`);
  const vi = doc.getElementById("vi");
  const en = doc.querySelector('section[lang="en"]');
  if (!vi) problems.push('no section id="vi"');
  if (!en) problems.push('no section lang="en"');
  else if (!en.querySelector("h2")) problems.push('the lang="en" section has no h2');
  if (vi && en && !(vi.compareDocumentPosition(en) & Node.DOCUMENT_POSITION_FOLLOWING)) {
    problems.push("the English section comes before the Vietnamese one");
  }
  for (const element of doc.querySelectorAll("[lang]")) {
    const value = element.getAttribute("lang");
    if (value !== "vi" && value !== "en") problems.push(`<${element.localName} lang="${value}">`);
  }
  return problems;
}

/** One h1, no level skipped; a title, a viewport for narrow panes, and an alt on every image. */
function structureProblems(doc: Document): string[] {
  const problems: string[] = [];
  const headings = [...doc.querySelectorAll("h1, h2, h3, h4, h5, h6")];
  const levels = headings.map((h) => Number(h.localName.slice(1)));
  if (levels.filter((level) => level === 1).length !== 1) problems.push("expected exactly one h1");
  let previous = 0;
  headings.forEach((heading, index) => {
    const level = levels[index] ?? 0;
    if (level > previous + 1)
      problems.push(`<${heading.localName}> “${words(heading).trim()}” follows h${previous}`);
    previous = level;
  });
  if (words(doc.querySelector("title")).trim() === "") problems.push("no <title>");
  if (!/width=device-width/.test(doc.querySelector('meta[name="viewport"]')?.getAttribute("content") ?? "")) {
    problems.push("no viewport meta with width=device-width");
  }
  for (const image of doc.querySelectorAll("img:not([alt])")) {
    problems.push(`<img src="${image.getAttribute("src") ?? ""}"> has no alt`);
  }
  return problems;
}

function allProblems(source: string, outputs: ReadonlyMap<string, string>): string[] {
  const doc = parse(source);
  return [
    ...offlineProblems(source, doc),
    ...linkProblems(doc, outputs),
    ...languageProblems(doc),
    ...structureProblems(doc),
  ];
}

// ---------------------------------------------------------------------------------------------------

const doc = parse(html);
const vi = doc.getElementById("vi");
const en = doc.getElementById("en");
let outputs: ReadonlyMap<string, string> = new Map();
beforeAll(async () => {
  outputs = await webBuildOutputs();
});

/** A ribbon string of manifest.xml: its Vietnamese default and its en-US text. */
function ribbonLabel(id: string): { vi: string; en: string } {
  const manifest = new DOMParser().parseFromString(
    fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"),
    "application/xml",
  );
  const element = [...manifest.getElementsByTagName("bt:String")].find((e) => e.getAttribute("id") === id);
  const english = element?.getElementsByTagName("bt:Override")[0];
  return { vi: element?.getAttribute("DefaultValue") ?? "", en: english?.getAttribute("Value") ?? "" };
}

describe("help.html", () => {
  it("is the page the build copies to dist-web/help.html", () => {
    expect(outputs.get("help.html")).toBe(HELP);
  });

  it("needs no network and runs no script", () => {
    expect(offlineProblems(html, doc)).toEqual([]);
  });

  it("links only to its own anchors and to files the build writes", () => {
    expect(linkProblems(doc, outputs)).toEqual([]);
    expect(doc.querySelector("img")?.getAttribute("src")).toBe("assets/icon-64.png");
    expect(doc.querySelectorAll('a[href^="#"]').length).toBeGreaterThan(15);
  });

  it("is in Vietnamese, then in English", () => {
    expect(languageProblems(doc)).toEqual([]);
    expect(doc.documentElement.lang).toBe("vi");
    expect(en?.getAttribute("lang")).toBe("en");
    // The two guides have the same topics.
    expect(vi?.querySelectorAll("h3").length).toBe(9);
    expect(en?.querySelectorAll("h3").length).toBe(9);
  });

  it("has its headings in order, a title, a viewport and alt texts", () => {
    expect(structureProblems(doc)).toEqual([]);
  });

  it("names the ribbon's group and buttons as manifest.xml does", () => {
    const labels = ["Group.Label", "CheckButton.Label", "PaneButton.Label"].map(ribbonLabel);
    expect(labels.map((label) => label.vi)).toEqual(["Phụ lục CCHC", "Kiểm tra phụ lục", "Bảng kiểm tra"]);
    for (const label of labels) {
      expect(words(vi)).toContain(label.vi);
      expect(words(en)).toContain(label.en);
    }
  });

  it("names the pane's buttons as the pane does, in each language", () => {
    const keys = [
      "check",
      "checkAgain",
      "clear",
      "live",
      "modeReview",
      "confirm",
      "override",
      "undo",
      "makeReport",
      "copySentence",
    ] as const;
    for (const key of keys) {
      expect(words(vi)).toContain(PANE.vi[key]);
      expect(words(en)).toContain(PANE.en[key]);
    }
  });

  it("explains every verdict, and the three added columns", () => {
    const badges = (section: Element | null) =>
      [...(section?.querySelectorAll(".verdict") ?? [])].map((badge) => words(badge));
    const verdicts = ["met", "unmet", "no-data", "review"] as const;
    expect(badges(vi)).toEqual(verdicts.map((v) => ENGINE.vi.verdicts[v]));
    expect(badges(en)).toEqual(verdicts.map((v) => ENGINE.vi.verdicts[v]));
    const terms = [...(en?.querySelectorAll("dt") ?? [])].map((dt) => words(dt));
    for (const v of verdicts) expect(terms).toContain(`${ENGINE.vi.verdicts[v]} — ${ENGINE.en.verdicts[v]}`);
    for (const column of ["Đánh giá", "Mức độ hoàn thành", "Lý do"]) expect(words(vi)).toContain(column);
    for (const column of ["Verdict", "Completion", "Reason", "Đánh giá, Mức độ hoàn thành, Lý do"]) {
      expect(words(en)).toContain(column);
    }
  });

  it("passes every check as a whole", () => {
    expect(allProblems(html, outputs)).toEqual([]);
  });
});

// The checks must be able to fail: each broken copy of the page is caught.
describe("the help page checks catch", () => {
  it("a link to the network, a stylesheet and a script", () => {
    expect(allProblems(broken('href="#en-what"', 'href="https://example.org/"'), outputs)).toEqual([
      "https://example.org/ needs the network",
      '<a href="https://example.org/"> is not a relative reference',
    ]);
    expect(
      allProblems(broken("</head>", '<link rel="stylesheet" href="help.css" /></head>'), outputs),
    ).toEqual([
      "<link> is not allowed in a static page",
      '<link href="help.css">: help.css is not a file the web build writes',
    ]);
    expect(allProblems(broken("</body>", '<script>alert("x")</script></body>'), outputs)).toEqual([
      "<script> is not allowed in a static page",
    ]);
    expect(allProblems(broken("<body>", '<body onload="go()">'), outputs)).toEqual([
      "<body onload> runs a script",
    ]);
    expect(allProblems(broken("background: #ffffff;", "background: url(bg.png);"), outputs)).toEqual([
      "CSS loads a file (url() or @import)",
    ]);
  });

  it("an anchor without a target, a missing file and a duplicate id", () => {
    expect(allProblems(broken('href="#vi-su-co"', 'href="#vi-loi"'), outputs)).toEqual([
      '<a href="#vi-loi"> has no element with that id',
    ]);
    expect(allProblems(broken("assets/icon-64.png", "assets/icon-65.png"), outputs)).toEqual([
      '<img src="assets/icon-65.png">: assets/icon-65.png is not a file the web build writes',
    ]);
    expect(allProblems(broken('id="en-what"', 'id="vi-lam-gi"'), outputs)).toEqual([
      '<a href="#en-what"> has no element with that id',
      'id "vi-lam-gi" is used twice',
    ]);
  });

  it("another language, a missing English section, and English first", () => {
    expect(allProblems(broken('<html lang="vi">', '<html lang="en">'), outputs)).toEqual([
      '<html lang="en">, expected vi',
    ]);
    expect(allProblems(broken('<section id="en" lang="en"', '<section id="en"'), outputs)).toEqual([
      'no section lang="en"',
    ]);
    const viStart = html.indexOf('<section id="vi"');
    const enStart = html.indexOf('<section id="en"');
    const enEnd = html.indexOf("</section>", enStart) + "</section>".length;
    expect(viStart).toBeGreaterThan(0);
    const swapped =
      html.slice(0, viStart) + html.slice(enStart, enEnd) + html.slice(viStart, enStart) + html.slice(enEnd);
    expect(allProblems(swapped, outputs)).toEqual(["the English section comes before the Vietnamese one"]);
  });

  it("a skipped heading level, a second h1 and an image without alt", () => {
    const skipped = broken(/<h3 id="vi-lam-gi">(.*?)<\/h3>/, '<h4 id="vi-lam-gi">$1</h4>');
    expect(allProblems(skipped, outputs)).toEqual(["<h4> “Add-in làm gì” follows h2"]);
    const secondH1 = broken(/<h3 id="en-what">(.*?)<\/h3>/, '<h1 id="en-what">$1</h1>');
    expect(allProblems(secondH1, outputs)).toEqual([
      "expected exactly one h1",
      "<h3> “How to open it” follows h1",
    ]);
    expect(allProblems(broken('height="48" alt=""', 'height="48"'), outputs)).toEqual([
      '<img src="assets/icon-64.png"> has no alt',
    ]);
  });
});
