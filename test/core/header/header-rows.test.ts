/** Header rows as real tables word them: each gives its columns the roles a reviewer gives them. */
import * as fs from "node:fs";
import * as path from "node:path";
import { HEADER_CASES } from "../../../scripts/header-cases";
import { HEADERS_FILE, renderHeaderTable, rolesGiven } from "../../../scripts/header-table";
import { staleMessage } from "../../../scripts/generated";

describe("header rows seen in the wild", () => {
  it("are at least 60", () => {
    expect(HEADER_CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(HEADER_CASES.map((c) => [c.note, c.rows.join(" ⁄ "), c.roles, c] as const))(
    "%s: %s → %s",
    (_note, _rows, roles, c) => {
      expect(rolesGiven(c)).toBe(roles);
    },
  );
});

describe(HEADERS_FILE, () => {
  it("matches the roles the engine gives now (run npm run headers when the engine changes)", () => {
    const file = path.join(__dirname, "..", "..", "..", HEADERS_FILE);
    const rendered = renderHeaderTable();
    const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
    expect(
      current === rendered ? "fresh" : staleMessage(HEADERS_FILE, "npm run headers", rendered, current),
    ).toBe("fresh");
  });
});
