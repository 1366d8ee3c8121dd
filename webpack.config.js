// @ts-check
// Builds the Excel add-in's web part into dist-web/: taskpane.html + commands.html, their bundles, the
// icons, help.html (the manifest's SupportUrl; a static page copied as is) and the manifest.
//
//   npm run build:web                                       production build, manifest for https://localhost:3000
//   npx webpack --mode production --env url=https://HOST/PATH   manifest rewritten for that server
//   npm run dev-server                                      https://localhost:3000 with Office's dev certificates
"use strict";
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { checkBaseUrl, rewrite } = require("./scripts/manifest-url.js");

const DEV_PORT = 3000;

/**
 * @param {Record<string, string | boolean | undefined>} env
 * @param {{ mode?: "production" | "development" | "none" }} argv
 * @returns {Promise<import("webpack").Configuration>}
 */
module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const url = typeof env.url === "string" ? env.url : null;
  // Fails the build at once, with manifest-url's own message, for a base URL Office would refuse.
  const origin = url === null ? null : checkBaseUrl(url);

  /** @type {import("webpack").Configuration} */
  const config = {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist-web"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.web.json" } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "[path][name][ext]" },
          // Copied byte for byte: `minimized` keeps webpack's HTML minimizer off the hand-written page.
          { from: "src/help/help.html", to: "help.html", info: { minimized: true } },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              url === null || origin === null ? content : rewrite(content.toString("utf8"), url, origin),
          },
        ],
      }),
    ],
    performance: { hints: false },
  };

  if (serving) {
    const devCerts = require("office-addin-dev-certs");
    config.devServer = {
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await devCerts.getHttpsServerOptions() },
      static: false,
    };
  }
  return config;
};
