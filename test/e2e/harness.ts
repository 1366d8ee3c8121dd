/**
 * Runs the built task pane (dist-web/) in Debian's Chromium, driven by playwright-core, with no network:
 * a tiny local HTTP server serves dist-web/, and the page's request for office.js on Microsoft's CDN is
 * answered with test/e2e/office-stub.ts (bundled here with webpack), which backs `Office` and `Excel` with
 * the in-memory Excel host. Used by the e2e tests and by the benchmark's "addin" section (compiled to dist/
 * there, so nothing here may need the DOM's types).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "fs";
import { createServer, type Server } from "http";
import type { AddressInfo } from "net";
import { tmpdir } from "os";
import { dirname, extname, join, resolve, sep } from "path";
import type { BrowserContext, Page } from "playwright-core";
import type { StubConfig } from "./stub-config";

export type { StubConfig };

/** Debian's Chromium (`apt-get install chromium`); CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Where the page asks for office.js (src/taskpane/taskpane.html). */
export const OFFICE_JS_PATTERN = "https://appsforoffice.microsoft.com/**";

/** The repository's root: the folder of this project's package.json, from test/e2e or from dist/test/e2e. */
export function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      const name = (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name;
      if (name === "par-appendix-checker") return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No par-appendix-checker package.json above ${__dirname}.`);
    dir = parent;
  }
}

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** dist-web/, or an error that says how to build it. */
export function distWeb(): string {
  const dir = join(repoRoot(), "dist-web");
  if (!existsSync(join(dir, "taskpane.html")))
    throw new Error(`${dir}/taskpane.html is missing: run npm run build:web first.`);
  return dir;
}

let stubBundle: Promise<string> | null = null;

/** The office.js stand-in as browser JavaScript (built once per process into .tmp/e2e/). */
export function officeStubBundle(): Promise<string> {
  stubBundle ??= buildStub();
  return stubBundle;
}

async function buildStub(): Promise<string> {
  const root = repoRoot();
  const out = join(root, ".tmp", "e2e");
  // Required here, not imported: the benchmark loads this file without needing webpack unless it runs Chromium.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require("webpack") as typeof import("webpack");
  const compiler = webpack({
    mode: "production",
    devtool: false,
    target: "web",
    context: root,
    entry: join(root, "test", "e2e", "office-stub.ts"),
    output: { path: out, filename: "office-stub.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: require.resolve("ts-loader", { paths: [root] }),
            options: { configFile: join(root, "tsconfig.json"), transpileOnly: true },
          },
        },
      ],
    },
    performance: { hints: false },
    infrastructureLogging: { level: "error" },
  });
  await new Promise<void>((done, fail) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) fail(error);
      else if (stats?.hasErrors()) fail(new Error(stats.toString({ all: false, errors: true })));
      else done();
    }),
  );
  return readFileSync(join(out, "office-stub.js"), "utf8");
}

/** The body served for office.js: the stub's settings, then the stub. */
export async function officeScript(config: StubConfig): Promise<string> {
  return `window.__E2E_STUB = ${JSON.stringify(config)};\n${await officeStubBundle()}`;
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

export interface StaticServer {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  close(): Promise<void>;
}

/** Serves the files of `dir` on 127.0.0.1, on a free port, uncached. */
export async function serveDir(dir: string): Promise<StaticServer> {
  const base = resolve(dir);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = resolve(base, `.${path}`);
    if ((file !== base && !file.startsWith(base + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    response
      .writeHead(200, {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "Cache-Control": "no-store",
      })
      .end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export interface Chromium {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Starts Chromium with a fresh profile (a new --user-data-dir) and HOME/XDG_* in a temporary folder, so it
 * writes nothing into the real home. `locale` is the browser's language (navigator.language).
 */
export async function launchChromium(locale = "vi-VN"): Promise<Chromium> {
  if (!chromiumAvailable())
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: install it with apt-get install -y chromium.`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  const temp = mkdtempSync(join(tmpdir(), "par-e2e-"));
  const home = join(temp, "home");
  for (const sub of ["profile", "home", "home/.config", "home/.cache"]) mkdirSync(join(temp, sub));
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  Object.assign(env, {
    HOME: home,
    XDG_CONFIG_HOME: join(home, ".config"),
    XDG_CACHE_HOME: join(home, ".cache"),
  });
  // launchPersistentContext is Playwright's way to give Chromium our own --user-data-dir.
  const context = await chromium.launchPersistentContext(join(temp, "profile"), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    env,
    locale,
    viewport: { width: 360, height: 900 },
    deviceScaleFactor: 1,
    timeout: 60_000,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(temp, { recursive: true, force: true });
    },
  };
}

export interface PaneOptions {
  readonly stub: StubConfig;
  readonly width?: number;
  readonly height?: number;
}

export interface OpenPane {
  readonly page: Page;
  /** Uncaught errors and console errors of the page. */
  readonly errors: string[];
  /** Requests that tried to leave 127.0.0.1 (all refused). */
  readonly outside: string[];
}

/**
 * A new tab showing SERVER/taskpane.html, with office.js answered by the stub and every other request that
 * leaves 127.0.0.1 refused. Resolves once the page has loaded (not once the pane has rendered).
 */
export async function openPane(
  chromium: Chromium,
  server: StaticServer,
  options: PaneOptions,
): Promise<OpenPane> {
  const page = await chromium.context.newPage();
  await page.setViewportSize({ width: options.width ?? 360, height: options.height ?? 900 });
  const errors: string[] = [];
  const outside: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  const script = await officeScript(options.stub);
  await page.route(OFFICE_JS_PATTERN, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: script }),
  );
  // Everything else that leaves the local server is refused (and noted), so a test can never need the network.
  const local = `${server.url}/`;
  await page.route(
    (url) => !url.href.startsWith(local) && url.hostname !== "appsforoffice.microsoft.com",
    (route) => {
      outside.push(route.request().url());
      return route.abort("blockedbyclient");
    },
  );
  await page.goto(`${server.url}/taskpane.html`, { waitUntil: "load" });
  return { page, errors, outside };
}

/** Milliseconds from navigation start to the pane's first render, as the stub recorded it. */
export async function firstRender(page: Page): Promise<number> {
  const handle = await page.waitForFunction("window.__firstRender", undefined, { timeout: 30_000 });
  return (await handle.jsonValue()) as number;
}
