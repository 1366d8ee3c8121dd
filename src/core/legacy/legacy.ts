/**
 * Text typed with the old Vietnamese fonts, still pasted from offices' old documents: TCVN3 (ABC, ".VnTime":
 * "Kh«ng ®¹t") and VNI ("VNI-Times": "Khoâng ñaït"). Each writes Vietnamese letters as Latin-1 characters.
 * A sheet is taken to hold such text on evidence (cells whose foreign characters all turn into Vietnamese
 * letters under one encoding), and its cells are converted to Unicode for reading only: the officer's cells
 * are never rewritten. The letters' legacy spellings are vietnamese-conversion's; reading them back is ours
 * (the longest spelling first: its own reads VNI "thöïc" as "thưïc"), and so is the detection, since its
 * own is unreliable.
 */
import { toTCVN3, toVNI } from "vietnamese-conversion";
import { cellAddress } from "../address";
import { finding, type Finding } from "../issues";
import type { Cell, CellInput, SheetInput } from "../types";

export type LegacyEncoding = "tcvn3" | "vni";

/** Latin-1 characters that are no letter of Vietnamese: where the old fonts put their letters. */
const FOREIGN =
  /[\u0080-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d4\u00d6-\u00d8\u00db\u00dc\u00de-\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/;
const FOREIGN_ALL = new RegExp(FOREIGN.source, "g");
/** Vietnamese letters outside Latin-1 (ă, đ, ơ, ư, ạ … ỹ): text holding one is Unicode already. */
const UNICODE_VIETNAMESE =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
const UNICODE_VIETNAMESE_ALL = new RegExp(UNICODE_VIETNAMESE.source, "g");
/** A cell is evidence when it has at least this many foreign characters, all turned into Vietnamese. */
const MIN_FOREIGN = 2;
/** A sheet is converted when this many cells are evidence for one encoding. */
const MIN_CELLS = 2;
/** Cells named in the finding. */
const SHOWN_CELLS = 3;

/** Every letter of Vietnamese with a diacritic, lower and upper case. */
const LOWER = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
const LETTERS = [...LOWER, ...LOWER.toUpperCase()];

interface Table {
  readonly spellings: RegExp;
  readonly letters: ReadonlyMap<string, string>;
}

const ENCODERS: Readonly<Record<LegacyEncoding, (letter: string) => string>> = {
  tcvn3: (letter) => toTCVN3(letter, "UNICODE"),
  vni: (letter) => toVNI(letter, "UNICODE"),
};

const tables = new Map<LegacyEncoding, Table>();

/** Each letter's legacy spelling, to read back: built once, on the first legacy sheet. */
function tableOf(encoding: LegacyEncoding): Table {
  let table = tables.get(encoding);
  if (!table) {
    const letters = new Map<string, string>();
    const spellings = LETTERS.map((letter) => [letter, ENCODERS[encoding](letter)] as const);
    // A letter the encoding writes as itself ("ì" in VNI) is never another's spelling: the table's VNI "ỹ"
    // is "ì" too, which would turn every "trì" into "trỹ".
    const unchanged = new Set(spellings.filter(([letter, spelling]) => letter === spelling).map(([l]) => l));
    for (const [letter, spelling] of spellings) {
      if (spelling !== letter && !unchanged.has(spelling) && !letters.has(spelling))
        letters.set(spelling, letter);
    }
    const alternatives = [...letters.keys()]
      .sort((a, b) => b.length - a.length)
      .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    table = { spellings: new RegExp(alternatives.join("|"), "g"), letters };
    tables.set(encoding, table);
  }
  return table;
}

/** The text in Unicode, read as `encoding`; NFC, as the rest of the engine reads text. */
export function fromLegacy(text: string, encoding: LegacyEncoding): string {
  const { spellings, letters } = tableOf(encoding);
  return text.replace(spellings, (spelling) => letters.get(spelling) ?? spelling).normalize("NFC");
}

function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  return text.match(pattern)?.length ?? 0;
}

/**
 * The encoding a cell's text is evidence for, or undefined: it has foreign characters and no Unicode-only
 * Vietnamese letter, and one encoding turns all of them into Vietnamese letters. VNI writes a letter as two
 * characters ("aø" for "à"), TCVN3 as one: where both would do, the shorter reading wins.
 */
export function legacyEncodingOf(text: string): LegacyEncoding | undefined {
  if (!FOREIGN.test(text) || UNICODE_VIETNAMESE.test(text)) return undefined;
  if (count(text, FOREIGN_ALL) < MIN_FOREIGN) return undefined;
  let chosen: { encoding: LegacyEncoding; length: number } | undefined;
  for (const encoding of ["tcvn3", "vni"] as const) {
    const converted = fromLegacy(text, encoding);
    if (FOREIGN.test(converted) || count(converted, UNICODE_VIETNAMESE_ALL) < MIN_FOREIGN) continue;
    if (!chosen || converted.length < chosen.length) chosen = { encoding, length: converted.length };
  }
  return chosen?.encoding;
}

function textOf(cell: CellInput): string | undefined {
  if (typeof cell === "string") return cell;
  if (cell !== null && typeof cell === "object" && typeof cell.value === "string") return cell.value;
  return undefined;
}

function converted(cell: CellInput, encoding: LegacyEncoding): CellInput {
  if (typeof cell === "string") return fromLegacy(cell, encoding);
  if (cell === null || typeof cell !== "object" || typeof cell.value !== "string") return cell;
  const out: Cell = { ...cell, value: fromLegacy(cell.value, encoding) };
  return cell.text === undefined ? out : { ...out, text: fromLegacy(cell.text, encoding) };
}

export interface LegacyReading {
  /** The sheet to read: the input itself, or a copy with the legacy text in Unicode. */
  readonly input: SheetInput;
  /** `legacy-font` when the sheet holds legacy text. */
  readonly findings: readonly Finding[];
}

/** Finds legacy-font text on a sheet and gives the sheet to read, in Unicode. */
export function readLegacy(input: SheetInput): LegacyReading {
  const rows = Array.isArray(input.cells) ? input.cells : [];
  const evidence: Record<LegacyEncoding, { row: number; column: number }[]> = { tcvn3: [], vni: [] };
  rows.forEach((row, r) => {
    if (!Array.isArray(row)) return;
    row.forEach((cell: CellInput, c: number) => {
      const text = textOf(cell);
      const encoding = text === undefined ? undefined : legacyEncodingOf(text);
      if (encoding) evidence[encoding].push({ row: r, column: c });
    });
  });
  const encoding: LegacyEncoding = evidence.vni.length > evidence.tcvn3.length ? "vni" : "tcvn3";
  const cells = evidence[encoding];
  if (cells.length < MIN_CELLS) return { input, findings: [] };

  // Every cell the encoding changes and that holds no Unicode-only letter is read converted ("Cã" is "Có").
  let changed = 0;
  const convertedRows = rows.map((row) =>
    Array.isArray(row)
      ? row.map((cell: CellInput) => {
          const text = textOf(cell);
          if (text === undefined || UNICODE_VIETNAMESE.test(text)) return cell;
          const next = converted(cell, encoding);
          if (textOf(next) !== text) changed++;
          return next;
        })
      : row,
  );
  const origin = { row: input.origin?.row ?? 0, column: input.origin?.column ?? 0 };
  const shown = cells
    .slice(0, SHOWN_CELLS)
    .map((p) => cellAddress(p.row + origin.row, p.column + origin.column))
    .join(", ");
  const first = cells[0]!;
  return {
    input: { ...input, cells: convertedRows },
    findings: [
      finding(
        "legacy-font",
        "warning",
        { sheet: input.sheetName ?? "", encoding, count: changed, cells: shown },
        first.row + origin.row + 1,
        cellAddress(first.row + origin.row, first.column + origin.column),
      ),
    ],
  };
}
