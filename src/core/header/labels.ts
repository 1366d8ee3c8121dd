/**
 * What a header cell's label says its column holds, by the lexicon's header words wherever they stand:
 * "Chỉ tiêu/Yêu cầu", "Mục tiêu, yêu cầu", "Chỉ tiêu huyện giao", "Theo Kế hoạch số 62", "Tỷ lệ\n(%)".
 */
import type { CompiledLexicon, LabelRole } from "../lexicon";
import { foldText } from "../text";

/** How strongly a label's words say each role, and the words that say it most. */
export interface LabelReading {
  /** The role with the highest score; "ambiguous" when "Chỉ tiêu" leaves task and target tied. */
  readonly role: LabelRole;
  readonly scores: Readonly<Partial<Record<LabelRole, number>>>;
  /** The folded words that gave the role. */
  readonly words: string;
}

/** The head of the label says most; the head of another part of a compound label, then words further in. */
const HEAD = 4;
const PART_HEAD = 2;
const INSIDE = 1;
/** Words after an ambiguous head outweigh its half share. */
const QUALIFIER = 3;
/** Words further in count only in a short label: a long one is a sentence, not a header. */
const INSIDE_MAX_WORDS = 8;
const MAX_LABEL = 80;

/** A cell's label, folded and stripped of numbering like "(1)", units in brackets and trailing marks. */
export function cleanLabel(text: string): string {
  const folded = foldText(text).replace(/\s+/g, " ");
  const unbracketed = folded.replace(/\([^()]*\)|\[[^\]]*\]/g, " ");
  // A label that is all brackets ("(1)", "(%)") keeps its words.
  const kept = /[a-z]/.test(unbracketed) ? unbracketed : folded.replace(/[()[\]]/g, " ");
  return kept
    .replace(/[:*.,;]+\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Parts of a compound label: "chi tieu/yeu cau", "muc tieu, yeu cau"; a date's slash does not split. */
const PART_SEPARATOR = /\s*(?:(?<!\d)\/|\/(?!\d)|[,;+&]|\s-\s|\s(?:va|hoac)\s)\s*/;

/** Reads a header cell's label; undefined when no header word is in it. */
export function readLabel(text: string, lexicon: CompiledLexicon): LabelReading | undefined {
  const label = cleanLabel(text);
  if (label === "" || label.length > MAX_LABEL) return undefined;
  const scores: Partial<Record<LabelRole, number>> = {};
  const best: Partial<Record<LabelRole, { weight: number; words: string }>> = {};
  const add = (role: LabelRole, weight: number, words: string): void => {
    // "Chỉ tiêu" says task or target alike: half to each, and the row decides when they stay tied.
    const shares: [LabelRole, number][] =
      role === "ambiguous"
        ? [
            ["content", weight / 2],
            ["target", weight / 2],
          ]
        : [[role, weight]];
    for (const [r, w] of shares) {
      scores[r] = (scores[r] ?? 0) + w;
      const before = best[r];
      if (!before || w > before.weight) best[r] = { weight: w, words };
    }
  };
  const insideCounts = label.split(" ").length <= INSIDE_MAX_WORDS;
  label.split(PART_SEPARATOR).forEach((part, i) => {
    const matches = lexicon.headers.matchesIn(part);
    // After "Chỉ tiêu" the next words say which: "Chỉ tiêu huyện giao" is a target, "… thực hiện" a result.
    const qualified = matches[0]?.index === 0 && matches[0].role === "ambiguous";
    for (const match of matches) {
      const head = match.index === 0;
      if (!head && !insideCounts) continue;
      const inside = qualified ? QUALIFIER : INSIDE;
      add(match.role, head ? (i === 0 ? HEAD : PART_HEAD) : inside, match.words);
    }
  });
  let role: LabelRole | undefined;
  let top = 0;
  for (const [r, score] of Object.entries(scores) as [LabelRole, number][]) {
    if (score > top) {
      role = r;
      top = score;
    }
  }
  if (role === undefined) return undefined;
  if ((role === "content" || role === "target") && scores.content === scores.target) role = "ambiguous";
  const words = (role === "ambiguous" ? best.content : best[role])?.words ?? "";
  return { role, scores, words };
}

/** The role a header cell's label gives its column, or undefined. */
export function roleOfLabel(text: string, lexicon: CompiledLexicon): LabelRole | undefined {
  return readLabel(text, lexicon)?.role;
}
