/**
 * The reporting unit's name, read from the title rows above the appendix table: “UBND XÃ PHÚ ĐÌNH” →
 * “xã Phú Đình”, “(Kèm theo Báo cáo … của UBND phường Tân Thịnh)” → “phường Tân Thịnh”. A commune-level
 * name (xã, phường, thị trấn) wins over a district-level one (huyện, quận, thị xã, thành phố) written
 * above it. The unit kinds and the words around them are the lexicon's.
 */
import { alternativesOf, defaultLexicon, type CompiledLexicon } from "../lexicon";
import type { CellInput, SheetInput } from "../types";

interface UnitWords {
  /** Kinds longest first, so that “thị xã” is not read as “xã”. */
  readonly kinds: readonly { readonly words: readonly string[]; readonly level: number }[];
  readonly stops: ReadonlySet<string>;
  readonly notBefore: ReadonlySet<string>;
  readonly notAfter: ReadonlySet<string>;
}

const unitWords = new WeakMap<CompiledLexicon, UnitWords>();

function lower(text: string): string {
  return text.toLocaleLowerCase("vi");
}

function wordsOf(lexicon: CompiledLexicon): UnitWords {
  let words = unitWords.get(lexicon);
  if (!words) {
    const source = lexicon.lexicon;
    const set = (name: "unit-stop" | "unit-not-before" | "unit-not-after"): ReadonlySet<string> =>
      new Set(source.classes[name].flatMap((e) => alternativesOf(e.pattern)).map(lower));
    words = {
      kinds: source.unitKinds
        .flatMap((k) =>
          alternativesOf(k.pattern).map((w) => ({ words: lower(w).split(" "), level: k.level })),
        )
        .sort((a, b) => b.words.length - a.words.length),
      stops: set("unit-stop"),
      notBefore: set("unit-not-before"),
      notAfter: set("unit-not-after"),
    };
    unitWords.set(lexicon, words);
  }
  return words;
}

const MAX_NAME_WORDS = 5;

function hasLetter(word: string): boolean {
  return /\p{L}/u.test(word);
}

function isCapitalised(word: string): boolean {
  const first = [...word][0] ?? "";
  return /\p{Lu}/u.test(first) || /\d/.test(first);
}

function isAllCaps(word: string): boolean {
  return hasLetter(word) && word === word.toLocaleUpperCase("vi");
}

/** “ĐÌNH” → “Đình”. */
function titleCase(word: string): string {
  const chars = [...lower(word)];
  return (chars[0] ?? "").toLocaleUpperCase("vi") + chars.slice(1).join("");
}

interface Candidate {
  readonly name: string;
  readonly level: number;
}

/** The unit named in one line of text, or null. */
function candidateIn(line: string, words: UnitWords): Candidate | null {
  const text = line.normalize("NFC").replace(/\s+/g, " ").trim();
  // Words with the punctuation that ends a name kept as tokens of their own.
  const tokens = text
    .split(/([,;:()[\]“”"'.–—]|\s-\s)|\s/)
    .filter((t): t is string => !!t && t.trim() !== "");
  const folded = tokens.map(lower);
  let best: Candidate | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const kind = words.kinds.find((k) => k.words.every((w, j) => folded[i + j] === w));
    if (!kind) continue;
    const kindLength = kind.words.length;
    const at = i;
    // “xã” inside “thị xã” is not a kind of its own.
    i += kindLength - 1;
    if (words.notBefore.has(folded[at - 1] ?? "")) continue;
    if (words.notAfter.has(folded[at + kindLength] ?? "")) continue;

    const name: string[] = [];
    for (let j = at + kindLength; j < tokens.length && name.length < MAX_NAME_WORDS; j++) {
      const word = tokens[j] ?? "";
      const fold = folded[j] ?? "";
      if (!/^[\p{L}\p{N}]/u.test(word)) break;
      if (!isCapitalised(word)) break;
      // “Định” after “xã Phú” in a mixed-case line is part of the name; in capitals only stop words end it.
      if (words.stops.has(fold) && (name.length > 0 || isAllCaps(word))) break;
      name.push(word);
    }
    if (name.length === 0) continue;
    const allCaps = name.every((w) => !hasLetter(w) || isAllCaps(w));
    const shown = allCaps ? name.map((w) => (hasLetter(w) ? titleCase(w) : w)) : name;
    const candidate = { name: `${kind.words.join(" ")} ${shown.join(" ")}`, level: kind.level };
    if (!best || candidate.level < best.level) best = candidate;
    if (best.level === 0) break;
  }
  return best;
}

/** The unit named in title lines: the most local unit, the first of its level; null when none is named. */
export function unitNameFromLines(
  lines: readonly string[],
  lexicon: CompiledLexicon = defaultLexicon(),
): string | null {
  const words = wordsOf(lexicon);
  let best: Candidate | null = null;
  for (const line of lines) {
    const candidate = candidateIn(line, words);
    if (candidate && (!best || candidate.level < best.level)) best = candidate;
    if (best?.level === 0) break;
  }
  return best?.name ?? null;
}

function cellText(cell: CellInput): string {
  if (cell === null || cell === undefined) return "";
  const value = typeof cell === "object" ? (cell.text ?? cell.value) : cell;
  return value === null || value === undefined ? "" : String(value);
}

/** Rows above the table's header on its sheet, each as one line (cells joined by a space). */
export function titleLines(sheet: SheetInput, headerRow: number): string[] {
  const origin = sheet.origin?.row ?? 0;
  const lines: string[] = [];
  for (let r = 0; r < headerRow - 1 - origin; r++) {
    const text = (sheet.cells[r] ?? []).map(cellText).join(" ").trim();
    if (text) lines.push(text);
  }
  return lines;
}
