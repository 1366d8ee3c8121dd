// The files `npm run build:web` writes to dist-web/, read from webpack.config.js without running webpack:
// the pages of its HtmlWebpackPlugins (from their templates) and the files of its CopyWebpackPlugin
// patterns (a `*` in the last part of `from` is expanded). The bundles (*.js) are not listed: nothing
// outside the pages refers to them.
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";

export const ROOT = path.join(__dirname, "..", "..");

interface CopyPattern {
  readonly from: string;
  readonly to?: string;
}

/** What this helper reads of an HtmlWebpackPlugin and of a CopyWebpackPlugin. */
interface HtmlPlugin {
  readonly userOptions: { readonly filename?: string; readonly template?: string };
}
interface CopyPlugin {
  readonly patterns: readonly (CopyPattern | string)[];
}

type ConfigFactory = (
  env: Record<string, string>,
  argv: { mode: "production" },
) => Promise<{ readonly plugins?: readonly object[] }>;

function posix(file: string): string {
  return file.split(path.sep).join("/");
}

/** Output path → source, for one CopyWebpackPlugin pattern. */
function copied(pattern: CopyPattern | string): [string, string][] {
  if (typeof pattern === "string") throw new Error(`copy pattern "${pattern}": give { from, to }`);
  const { from, to } = pattern;
  const dir = path.posix.dirname(from);
  const base = path.posix.basename(from);
  if (/[*?[\]{}]/.test(dir) || /[?[\]{}]/.test(base)) {
    throw new Error(`copy pattern "${from}": only a * in the file name is understood here`);
  }
  const files = base.includes("*")
    ? fs
        .readdirSync(path.join(ROOT, dir))
        .filter((name) => new RegExp(`^${base.split("*").map(escapeRegExp).join("[^/]*")}$`).test(name))
        .sort()
        .map((name) => path.posix.join(dir, name))
    : [from];
  if (files.length === 0) throw new Error(`copy pattern "${from}" matches no file`);
  return files.map((file) => {
    const ext = path.posix.extname(file);
    const target = (to ?? "[name][ext]")
      .replace(/\[path\]/g, dir === "." ? "" : `${dir}/`)
      .replace(/\[name\]/g, path.posix.basename(file, ext))
      .replace(/\[ext\]/g, ext);
    return [target.endsWith("/") ? target + path.posix.basename(file) : target, path.join(ROOT, file)];
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Every file of dist-web/ that comes from a source file: output path relative to dist-web/ with forward
 * slashes ("help.html", "assets/icon-64.png") → the absolute path of its source.
 */
export async function webBuildOutputs(): Promise<Map<string, string>> {
  const load = createRequire(path.join(ROOT, "webpack.config.js"));
  const factory = load("./webpack.config.js") as ConfigFactory;
  // The plugin classes as the config itself gets them.
  const HtmlWebpackPlugin = load("html-webpack-plugin") as abstract new () => HtmlPlugin;
  const CopyWebpackPlugin = load("copy-webpack-plugin") as abstract new () => CopyPlugin;
  const config = await factory({}, { mode: "production" });
  const outputs = new Map<string, string>();
  for (const plugin of config.plugins ?? []) {
    if (plugin instanceof HtmlWebpackPlugin) {
      const { filename = "index.html", template } = plugin.userOptions;
      if (template === undefined) throw new Error(`HtmlWebpackPlugin for ${filename} has no template`);
      outputs.set(posix(filename), path.resolve(ROOT, template));
    } else if (plugin instanceof CopyWebpackPlugin) {
      for (const pattern of plugin.patterns) {
        for (const [output, source] of copied(pattern)) outputs.set(posix(output), source);
      }
    }
  }
  return outputs;
}
