/** The causes of failed writes, named for people. */
import { writeReason } from "../../src/cli/write-failure";

const failure = (code: string, path?: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: host words, open '${path ?? ""}'`), { code, ...(path ? { path } : {}) });

describe("writeReason", () => {
  it.each([
    ["EACCES", "vi", "không có quyền ghi vào /srv/out.xlsx"],
    ["EPERM", "en", "no permission to write to /srv/out.xlsx"],
    ["EROFS", "vi", "không có quyền ghi vào /srv/out.xlsx"],
    ["EEXIST", "vi", "/srv/out.xlsx là một tệp, không phải thư mục"],
    ["ENOTDIR", "en", "/srv/out.xlsx is a file, not a folder"],
    ["EISDIR", "vi", "/srv/out.xlsx là một thư mục"],
    ["ENOSPC", "en", "the disk holding /srv/out.xlsx is full"],
  ] as const)("names %s (%s)", (code, language, expected) => {
    expect(writeReason(failure(code, "/srv/out.xlsx"), language)).toBe(expected);
  });

  it("names the file meant, not the temporary file beside it", () => {
    expect(writeReason(failure("EACCES", "/srv/s.xlsx.partial"), "en", "/srv/s.xlsx")).toBe(
      "no permission to write to /srv/s.xlsx",
    );
  });

  it("gives any other failure, or one without a path, in the host's own words", () => {
    expect(writeReason(failure("EIO", "/srv/out.xlsx"), "vi")).toBe("EIO: host words, open '/srv/out.xlsx'");
    expect(writeReason(failure("EACCES"), "en")).toBe("EACCES: host words, open ''");
    expect(writeReason("not an error", "en")).toBe("not an error");
  });
});
