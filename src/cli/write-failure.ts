/** Why a copy, report or summary could not be written, in words an officer can act on. */
import { CLI, type Language, type WriteFailure } from "../i18n";
import { shortReason } from "./read";

const FAILURES: Readonly<Record<string, WriteFailure>> = {
  EACCES: "no-permission",
  EPERM: "no-permission",
  EROFS: "no-permission",
  // mkdir meets a file where a folder should be, or a path goes on through a file.
  EEXIST: "not-a-folder",
  ENOTDIR: "not-a-folder",
  EISDIR: "is-a-folder",
  ENOSPC: "disk-full",
  EDQUOT: "disk-full",
};

/**
 * The cause of a failed write: named when the host's code is one people can act on, else its own words.
 * `target` is the file meant: a write through a temporary file beside it (`target.partial`) names the target.
 */
export function writeReason(error: unknown, language: Language, target?: string): string {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  const failure = code === undefined ? undefined : FAILURES[code];
  if (!failure || !path) return shortReason(error);
  return CLI[language].cannotWrite[failure](target && path.startsWith(target) ? target : path);
}
