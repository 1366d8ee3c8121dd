// Checks manifest.xml beyond what the XML schema can: every resid points to a resource, images exist in
// assets/ with the declared pixel size, every string has its en-US text, the add-in asks for ExcelApi 1.7,
// and every URL on the dev server names a file the web build writes (read from webpack.config.js, see
// test/helpers/web-build.ts). (The schema itself is checked by xmllint: npm run validate:offline, and in CI.)
import * as fs from "node:fs";
import * as path from "node:path";
import { webBuildOutputs } from "./helpers/web-build";

const ROOT = path.join(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const DEV_ORIGIN = "https://localhost:3000";
const ASSETS_URL = `${DEV_ORIGIN}/assets/`;

// ---------------------------------------------------------------------------------------------------
// A minimal XML reader: elements, attributes, text, comments and the XML declaration; enough for the
// manifest. Element names keep their prefix as written ("bt:Image").

interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  readonly line: number;
  text: string;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (entity.startsWith("#x") || entity.startsWith("#X"))
      return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return named[entity.toLowerCase()] ?? "";
  });
}

function parseXml(xml: string): XmlElement {
  const token =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)/y;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let position = 0;
  const lineAt = (offset: number) => xml.slice(0, offset).split("\n").length;
  while (position < xml.length) {
    token.lastIndex = position;
    const match = token.exec(xml);
    if (!match) throw new Error(`manifest.xml: malformed XML at line ${lineAt(position)}`);
    const [whole, closing, opening, attrText, selfClosing, text] = match;
    const parent = stack[stack.length - 1];
    if (opening !== undefined) {
      const attrs: Record<string, string> = {};
      for (const attr of (attrText ?? "").matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        const name = attr[1] ?? "";
        if (name in attrs)
          throw new Error(`manifest.xml: attribute ${name} twice at line ${lineAt(position)}`);
        attrs[name] = decodeEntities(attr[2] ?? attr[3] ?? "");
      }
      const element: XmlElement = { name: opening, attrs, children: [], line: lineAt(position), text: "" };
      if (parent) parent.children.push(element);
      else if (root) throw new Error(`manifest.xml: a second root element at line ${element.line}`);
      else root = element;
      if (selfClosing !== "/") stack.push(element);
    } else if (closing !== undefined) {
      if (parent?.name !== closing) {
        throw new Error(`manifest.xml: </${closing}> does not close <${parent?.name ?? "nothing"}>`);
      }
      stack.pop();
    } else if (text !== undefined) {
      if (parent) parent.text += decodeEntities(text);
      else if (text.trim() !== "") throw new Error(`manifest.xml: text outside the root element`);
    }
    position += whole.length;
  }
  if (stack.length > 0) throw new Error(`manifest.xml: <${stack[stack.length - 1]?.name}> is never closed`);
  if (!root) throw new Error("manifest.xml: no root element");
  return root;
}

function descendants(element: XmlElement, name?: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (node: XmlElement) => {
    for (const child of node.children) {
      if (name === undefined || child.name === name) found.push(child);
      walk(child);
    }
  };
  walk(element);
  return found;
}

function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** Follows a path of child names; undefined when any step is missing. */
function at(element: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let node = element;
  for (const name of names) node = node && children(node, name)[0];
  return node;
}

// ---------------------------------------------------------------------------------------------------
// The checks. Each returns readable problems; an empty list means the manifest passes.

type ResourceKind = "image" | "url" | "short" | "long";

interface Resource {
  readonly id: string;
  readonly kind: ResourceKind;
  readonly element: XmlElement;
}

function resources(root: XmlElement): Resource[] {
  const list = at(root, "VersionOverrides", "Resources");
  if (!list) return [];
  const groups: [string, string, ResourceKind][] = [
    ["bt:Images", "bt:Image", "image"],
    ["bt:Urls", "bt:Url", "url"],
    ["bt:ShortStrings", "bt:String", "short"],
    ["bt:LongStrings", "bt:String", "long"],
  ];
  return groups.flatMap(([group, item, kind]) =>
    children(list, group).flatMap((g) =>
      children(g, item).map((element) => ({ id: element.attrs.id ?? "", kind, element })),
    ),
  );
}

/** The kind of resource a resid on this element must name. */
function expectedKind(element: XmlElement, parent: XmlElement | undefined): ResourceKind | null {
  switch (element.name) {
    case "bt:Image":
      return "image";
    case "FunctionFile":
    case "SourceLocation":
    case "LearnMoreUrl":
      return "url";
    case "Label":
    case "Title":
      return "short";
    case "Description":
      return parent?.name === "Supertip" ||
        parent?.name === "GetStarted" ||
        parent?.name === "VersionOverrides"
        ? "long"
        : null;
    default:
      return null;
  }
}

function parentsOf(root: XmlElement): Map<XmlElement, XmlElement> {
  const parents = new Map<XmlElement, XmlElement>();
  for (const node of [root, ...descendants(root)])
    for (const child of node.children) parents.set(child, node);
  return parents;
}

function residProblems(root: XmlElement): string[] {
  const problems: string[] = [];
  const byId = new Map<string, Resource>();
  for (const resource of resources(root)) {
    if (resource.id === "") problems.push(`line ${resource.element.line}: a resource without an id`);
    if (byId.has(resource.id)) problems.push(`resource id "${resource.id}" is defined twice`);
    byId.set(resource.id, resource);
  }
  const parents = parentsOf(root);
  for (const element of descendants(root)) {
    const resid = element.attrs.resid;
    if (resid === undefined) continue;
    const resource = byId.get(resid);
    if (!resource) {
      problems.push(`line ${element.line}: <${element.name} resid="${resid}"> names no resource`);
      continue;
    }
    const kind = expectedKind(element, parents.get(element));
    if (kind !== null && kind !== resource.kind) {
      problems.push(
        `line ${element.line}: <${element.name}> needs a ${kind} resource, "${resid}" is ${resource.kind}`,
      );
    }
  }
  return problems;
}

function idLengthProblems(root: XmlElement): string[] {
  const ids = [
    ...resources(root).map((r) => r.id),
    ...descendants(root)
      .map((element) => element.attrs.resid)
      .filter((id): id is string => id !== undefined),
  ];
  return [...new Set(ids)]
    .filter((id) => id.length > 32)
    .map((id) => `id "${id}" is ${id.length} > 32 characters`);
}

/** Width and height from a PNG's IHDR chunk, or a problem. */
function pngSize(file: string): { width: number; height: number } | string {
  if (!fs.existsSync(file)) return `${path.relative(ROOT, file)} does not exist`;
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (
    bytes.length < 24 ||
    !bytes.subarray(0, 8).equals(signature) ||
    bytes.toString("ascii", 12, 16) !== "IHDR"
  ) {
    return `${path.relative(ROOT, file)} is not a PNG file`;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Checks that the image at `url` is in assets/ and is size × size pixels. */
function imageProblem(url: string, size: number, where: string): string | null {
  if (!url.startsWith(ASSETS_URL)) return `${where}: ${url} is not under ${ASSETS_URL}`;
  const file = path.join(ROOT, "assets", url.slice(ASSETS_URL.length));
  const found = pngSize(file);
  if (typeof found === "string") return `${where}: ${found}`;
  if (found.width !== size || found.height !== size) {
    return `${where}: ${url} is ${found.width}×${found.height} px, expected ${size}×${size}`;
  }
  return null;
}

function imageProblems(root: XmlElement): string[] {
  const problems: string[] = [];
  const images = new Map(
    resources(root)
      .filter((r) => r.kind === "image")
      .map((r) => [r.id, r.element]),
  );
  // Every image resource: the file exists and has the size its name says (icon-80.png is 80 × 80).
  for (const [id, element] of images) {
    const url = element.attrs.DefaultValue ?? "";
    const named = /-(\d+)\.png$/.exec(url);
    if (!named) {
      problems.push(`image "${id}": ${url} does not say its size in its name (icon-N.png)`);
      continue;
    }
    const problem = imageProblem(url, Number(named[1]), `image "${id}"`);
    if (problem) problems.push(problem);
  }
  // Every use with size="N" points to an N × N image.
  for (const use of descendants(root, "bt:Image")) {
    if (use.attrs.size === undefined) continue;
    const element = images.get(use.attrs.resid ?? "");
    if (!element) continue; // reported by residProblems
    const problem = imageProblem(
      element.attrs.DefaultValue ?? "",
      Number(use.attrs.size),
      `line ${use.line}`,
    );
    if (problem) problems.push(problem);
  }
  // The add-in's own icons: 32 × 32 and 64 × 64.
  for (const [name, size] of [
    ["IconUrl", 32],
    ["HighResolutionIconUrl", 64],
  ] as const) {
    const element = at(root, name);
    if (!element) problems.push(`<${name}> is missing`);
    else {
      const problem = imageProblem(element.attrs.DefaultValue ?? "", size, `<${name}>`);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}

function localeProblems(root: XmlElement): string[] {
  const problems: string[] = [];
  const locale = at(root, "DefaultLocale")?.text.trim();
  if (locale !== "vi-VN") problems.push(`DefaultLocale is ${locale ?? "missing"}, expected vi-VN`);
  const strings: XmlElement[] = [
    ...(["DisplayName", "Description"] as const).flatMap((name) => children(root, name)),
    ...resources(root)
      .filter((r) => r.kind === "short" || r.kind === "long")
      .map((r) => r.element),
  ];
  for (const element of strings) {
    const label = element.attrs.id ? `string "${element.attrs.id}"` : `<${element.name}>`;
    if ((element.attrs.DefaultValue ?? "").trim() === "") problems.push(`${label} has no DefaultValue`);
    const english = element.children.filter(
      (child) =>
        (child.name === "Override" || child.name === "bt:Override") && child.attrs.Locale === "en-US",
    );
    if (english.length !== 1) problems.push(`${label} has ${english.length} en-US overrides, expected 1`);
    else if ((english[0]?.attrs.Value ?? "").trim() === "") problems.push(`${label} has an empty en-US text`);
  }
  return problems;
}

function requirementProblems(root: XmlElement): string[] {
  const sets = children(at(root, "Requirements", "Sets") ?? root, "Set");
  const excel = sets.filter((set) => set.attrs.Name === "ExcelApi");
  if (excel.length !== 1)
    return [`ExcelApi is declared ${excel.length} times in <Requirements>, expected once`];
  const version = excel[0]?.attrs.MinVersion;
  return version === "1.7" ? [] : [`ExcelApi MinVersion is ${version ?? "missing"}, expected 1.7`];
}

/** Every URL in an attribute or element text (namespace declarations aside) is on the dev server. */
function urlProblems(root: XmlElement): string[] {
  const values = [root, ...descendants(root)].flatMap((element) => [
    element.text.trim(),
    ...Object.entries(element.attrs)
      .filter(([name]) => name !== "xmlns" && !name.startsWith("xmlns:"))
      .map(([, value]) => value),
  ]);
  return values
    .filter((value) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value))
    .filter((url) => !url.startsWith(`${DEV_ORIGIN}/`) && url !== DEV_ORIGIN)
    .map((url) => `${url} is not on the dev server ${DEV_ORIGIN}`);
}

/**
 * Every URL under the dev server's origin (the origin alone, the AppDomain, aside) names a file the web build
 * writes to dist-web/, and that file's source exists. `outputs`: output path → source (webBuildOutputs).
 */
function buildProblems(root: XmlElement, outputs: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const element of [root, ...descendants(root)]) {
    const values = [element.text.trim(), ...Object.values(element.attrs)];
    for (const value of values.filter((v) => v.startsWith(`${DEV_ORIGIN}/`))) {
      const file = decodeURIComponent(new URL(value).pathname.slice(1));
      const source = outputs.get(file);
      if (source === undefined)
        problems.push(`line ${element.line}: ${value} is not a file the web build writes`);
      else if (!fs.existsSync(source)) {
        problems.push(
          `line ${element.line}: ${value} is built from ${path.relative(ROOT, source)}, which is missing`,
        );
      }
    }
  }
  return problems;
}

function allProblems(xml: string): string[] {
  const root = parseXml(xml);
  return [
    ...residProblems(root),
    ...idLengthProblems(root),
    ...imageProblems(root),
    ...localeProblems(root),
    ...requirementProblems(root),
    ...urlProblems(root),
  ];
}

// ---------------------------------------------------------------------------------------------------

const xml = fs.readFileSync(MANIFEST, "utf8");
let outputs: ReadonlyMap<string, string> = new Map();
beforeAll(async () => {
  outputs = await webBuildOutputs();
});
const root = parseXml(xml);

/** manifest.xml with one exact piece of text replaced (the piece must be there). */
function broken(from: string | RegExp, to: string): string {
  const result = xml.replace(from, to);
  if (result === xml) throw new Error(`the test's edit ${String(from)} matched nothing in manifest.xml`);
  return result;
}

describe("manifest.xml", () => {
  it("is a task pane add-in for Excel", () => {
    expect(root.name).toBe("OfficeApp");
    expect(root.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(children(at(root, "Hosts") ?? root, "Host").map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    expect(at(root, "Id")?.text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(at(root, "Version")?.text).toBe("0.1.0.0");
    expect(at(root, "Permissions")?.text).toBe("ReadWriteDocument");
    expect(at(root, "DisplayName")?.attrs.DefaultValue).toBe("Kiểm tra phụ lục CCHC");
    expect(at(root, "DisplayName", "Override")?.attrs.Value).toBe("PAR Appendix Checker");
    expect(at(root, "DefaultSettings", "SourceLocation")?.attrs.DefaultValue).toBe(
      `${DEV_ORIGIN}/taskpane.html`,
    );
  });

  it("points every resid to a resource of the right kind", () => {
    expect(residProblems(root)).toEqual([]);
    expect(descendants(root).filter((e) => e.attrs.resid !== undefined).length).toBeGreaterThan(10);
  });

  it("keeps every resource id within 32 characters", () => {
    expect(idLengthProblems(root)).toEqual([]);
  });

  it("finds every image in assets/ with the declared pixel size", () => {
    expect(imageProblems(root)).toEqual([]);
    const sizes = resources(root)
      .filter((r) => r.kind === "image")
      .map((r) => Number(/-(\d+)\.png$/.exec(r.element.attrs.DefaultValue ?? "")?.[1]));
    expect(sizes).toEqual([16, 32, 64, 80, 128]);
  });

  it("is in Vietnamese by default, with an en-US text for every string", () => {
    expect(localeProblems(root)).toEqual([]);
  });

  it("declares ExcelApi 1.7", () => {
    expect(requirementProblems(root)).toEqual([]);
  });

  it("uses only URLs on the dev server", () => {
    expect(urlProblems(root)).toEqual([]);
  });

  it("adds a group to the Home tab with the check and task pane buttons", () => {
    const surface = descendants(root, "ExtensionPoint").find(
      (e) => e.attrs["xsi:type"] === "PrimaryCommandSurface",
    );
    const tab = at(surface, "OfficeTab");
    expect(tab?.attrs.id).toBe("TabHome");
    const controls = children(at(tab, "Group") ?? root, "Control");
    const strings = new Map(resources(root).map((r) => [r.id, r.element]));
    const text = (element: XmlElement | undefined) => {
      const resource = strings.get(element?.attrs.resid ?? "");
      return [resource?.attrs.DefaultValue, at(resource, "bt:Override")?.attrs.Value];
    };
    expect(controls.map((c) => text(at(c, "Label")))).toEqual([
      ["Kiểm tra phụ lục", "Check appendix"],
      ["Bảng kiểm tra", "Checker pane"],
    ]);
    const [check, pane] = controls.map((c) => at(c, "Action"));
    expect(check?.attrs["xsi:type"]).toBe("ExecuteFunction");
    expect(at(check, "FunctionName")?.text).toBe("checkAppendix");
    expect(pane?.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(at(pane, "TaskpaneId")?.text).toBeTruthy();
    expect(strings.get(at(pane, "SourceLocation")?.attrs.resid ?? "")?.attrs.DefaultValue).toBe(
      `${DEV_ORIGIN}/taskpane.html`,
    );
    for (const control of controls) {
      expect(text(at(control, "Supertip", "Title")).every(Boolean)).toBe(true);
      expect(text(at(control, "Supertip", "Description")).every(Boolean)).toBe(true);
      expect(children(at(control, "Icon") ?? root, "bt:Image").map((i) => i.attrs.size)).toEqual([
        "16",
        "32",
        "80",
      ]);
    }
    const functionFile = at(descendants(root, "DesktopFormFactor")[0], "FunctionFile");
    expect(strings.get(functionFile?.attrs.resid ?? "")?.attrs.DefaultValue).toBe(
      `${DEV_ORIGIN}/commands.html`,
    );
  });

  it("passes every check as a whole", () => {
    expect(allProblems(xml)).toEqual([]);
  });

  it("names only files the web build writes, help.html included", () => {
    expect(buildProblems(root, outputs)).toEqual([]);
    expect(at(root, "SupportUrl")?.attrs.DefaultValue).toBe(`${DEV_ORIGIN}/help.html`);
    const named = new Set(
      [root, ...descendants(root)]
        .flatMap((e) => Object.values(e.attrs))
        .filter((v) => v.startsWith(`${DEV_ORIGIN}/`))
        .map((v) => v.slice(DEV_ORIGIN.length + 1)),
    );
    expect([...named].sort()).toEqual([
      "assets/icon-128.png",
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-64.png",
      "assets/icon-80.png",
      "commands.html",
      "help.html",
      "taskpane.html",
    ]);
  });
});

describe("the web build (webpack.config.js, not run)", () => {
  it("writes the pages, the help page, every icon and the manifest from their sources", () => {
    const icons = fs
      .readdirSync(path.join(ROOT, "assets"))
      .filter((name) => name.endsWith(".png"))
      .map((name) => [`assets/${name}`, `assets/${name}`]);
    expect(
      [...outputs].map(([output, source]) => [output, path.relative(ROOT, source).split(path.sep).join("/")]),
    ).toEqual(
      expect.arrayContaining([
        ["taskpane.html", "src/taskpane/taskpane.html"],
        ["commands.html", "src/commands/commands.html"],
        ["help.html", "src/help/help.html"],
        ["manifest.xml", "manifest.xml"],
        ...icons,
      ]),
    );
    expect(outputs.size).toBe(4 + icons.length);
    expect([...outputs.values()].filter((source) => !fs.existsSync(source))).toEqual([]);
  });
});

// The checks must be able to fail: each broken copy of the manifest is caught.
describe("the manifest checks catch", () => {
  it("a resid that names no resource", () => {
    expect(allProblems(broken('<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>'))).toEqual([
      expect.stringContaining('resid="Group.Lable"> names no resource'),
    ]);
  });

  it("a resid that names a resource of the wrong kind", () => {
    expect(allProblems(broken('<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>'))).toEqual([
      expect.stringContaining('needs a short resource, "Taskpane.Url" is url'),
    ]);
  });

  it("a resource id over 32 characters", () => {
    const long = "Group.Label.ThatIsFarTooLongForOffice";
    expect(allProblems(broken(/Group\.Label"/g, `${long}"`))).toEqual([
      `id "${long}" is ${long.length} > 32 characters`,
    ]);
  });

  it("an image that is missing or has the wrong size", () => {
    expect(allProblems(broken("assets/icon-80.png", "assets/icon-81.png"))).toEqual(
      expect.arrayContaining([expect.stringContaining("assets/icon-81.png does not exist")]),
    );
    expect(allProblems(broken('size="80" resid="Icon.80x80"', 'size="80" resid="Icon.64x64"'))).toEqual(
      expect.arrayContaining([expect.stringContaining("is 64×64 px, expected 80×80")]),
    );
  });

  it("a string without its en-US text, and another default locale", () => {
    expect(allProblems(broken(/<bt:Override Locale="en-US" Value="Checker pane"\/>/, ""))).toEqual([
      'string "PaneButton.Label" has 0 en-US overrides, expected 1',
    ]);
    expect(allProblems(broken("<DefaultLocale>vi-VN<", "<DefaultLocale>en-US<"))).toEqual([
      "DefaultLocale is en-US, expected vi-VN",
    ]);
  });

  it("a missing or different ExcelApi requirement", () => {
    expect(allProblems(broken('MinVersion="1.7"', 'MinVersion="1.8"'))).toEqual([
      "ExcelApi MinVersion is 1.8, expected 1.7",
    ]);
    expect(allProblems(broken(/<Set Name="ExcelApi"[^>]*\/>/, ""))).toEqual([
      "ExcelApi is declared 0 times in <Requirements>, expected once",
    ]);
  });

  it("a URL off the dev server, and malformed XML", () => {
    expect(allProblems(broken(`${DEV_ORIGIN}/commands.html`, "https://example.org/commands.html"))).toEqual([
      "https://example.org/commands.html is not on the dev server https://localhost:3000",
    ]);
    expect(() => allProblems(broken("</Resources>", "</Resource>"))).toThrow("</Resource> does not close");
  });

  it("a URL to a file the web build does not write", () => {
    expect(
      buildProblems(parseXml(broken(`${DEV_ORIGIN}/help.html`, `${DEV_ORIGIN}/aide.html`)), outputs),
    ).toEqual([
      expect.stringMatching(
        /^line \d+: https:\/\/localhost:3000\/aide\.html is not a file the web build writes$/,
      ),
    ]);
    // The same manifest against a build that no longer copies help.html.
    const withoutHelp = new Map([...outputs].filter(([output]) => output !== "help.html"));
    expect(buildProblems(root, withoutHelp)).toEqual([
      expect.stringContaining(`${DEV_ORIGIN}/help.html is not a file the web build writes`),
    ]);
    const missingSource = new Map([...outputs, ["help.html", path.join(ROOT, "src/help/gone.html")]]);
    expect(buildProblems(root, missingSource)).toEqual([
      expect.stringContaining("is built from src/help/gone.html, which is missing"),
    ]);
  });
});
