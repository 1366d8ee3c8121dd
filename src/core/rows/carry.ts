/**
 * Sentences cut by a page break: an unnumbered row carries on the rows above when one of its cells carries
 * on the sentence the same column's cell above left unfinished ("… đảm bảo tính" | "thống nhất, hiệu quả …").
 */
import type { RowGrammar } from "./ordinals";

/** A finished sentence or a list's lead ends on these (closing quotes and brackets after them allowed). */
const FINISHED = /[.!?;:…]["'”’)\]]*$/u;
/** A sentence cannot end on these. */
const OPEN = /[,(\-–]$/u;
const LOWER_START = /^\p{Ll}/u;
/** Punctuation around the words at the edges of a cell, not part of them. */
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** How strong the sign of a carry-on must be for a cell. */
export type CarryEvidence =
  /** A lower-case start under an unfinished cell is enough: the task column, where sub-items start anew. */
  | "lower-case"
  /** A connector at the cut is needed: targets and results are often written in lower case. */
  | "connector";

/** The cell's words at its start or end, lower-cased as written (diacritics matter: "để" is not "đề"). */
function edgeWords(text: string, count: number, atEnd: boolean): string {
  const words = text.replace(EDGE_PUNCTUATION, "").split(" ");
  const picked = atEnd ? words.slice(-count) : words.slice(0, count);
  return picked.join(" ").toLowerCase();
}

function endsOnConnector(text: string, grammar: RowGrammar): boolean {
  for (let n = 1; n <= grammar.connectorWords; n++) {
    if (grammar.connectors.has(edgeWords(text, n, true))) return true;
  }
  return false;
}

/** Starts with a connector written in lower case ("và …", not "Theo Kế hoạch số 62 …"). */
function startsOnConnector(text: string, grammar: RowGrammar): boolean {
  if (!LOWER_START.test(text)) return false;
  for (let n = 1; n <= grammar.connectorWords; n++) {
    if (grammar.connectors.has(edgeWords(text, n, false))) return true;
  }
  return false;
}

/** Whether `next`, the cell under `above` in the same column, carries on the sentence `above` left cut. */
export function carriesOn(
  above: string,
  next: string,
  grammar: RowGrammar,
  evidence: CarryEvidence,
): boolean {
  if (above === "" || next === "" || FINISHED.test(above)) return false;
  if (OPEN.test(above) || endsOnConnector(above, grammar) || startsOnConnector(next, grammar)) return true;
  return evidence === "lower-case" && LOWER_START.test(next);
}
