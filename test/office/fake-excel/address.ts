// A1 addresses and boxes (0-based rectangles): independent of the adapter's own, so a shared bug cannot hide.
import { hostError } from "./errors";

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

function letters(column: number): string {
  let n = column + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function boxAddress(box: Box): string {
  const a = `${letters(box.left)}${box.top + 1}`;
  return box.top === box.bottom && box.left === box.right ? a : `${a}:${letters(box.right)}${box.bottom + 1}`;
}

export function parseBox(address: string): Box {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [from = "", to = from] = local.split(":");
  const part = (text: string): { row: number | null; column: number | null } => {
    const m = /^([A-Z]*)(\d*)$/i.exec(text);
    if (!m || (!m[1] && !m[2])) throw hostError("InvalidArgument", `Bad address "${address}".`);
    let column = 0;
    for (const ch of (m[1] ?? "").toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
    return { row: m[2] ? Number(m[2]) - 1 : null, column: m[1] ? column - 1 : null };
  };
  const a = part(from);
  const b = part(to);
  return {
    top: a.row ?? 0,
    left: a.column ?? 0,
    bottom: b.row ?? MAX_ROWS - 1,
    right: b.column ?? MAX_COLUMNS - 1,
  };
}
