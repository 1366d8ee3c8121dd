/// <reference types="office-js" />
/**
 * A reviewer's decisions live in the workbook as a custom XML part in our own namespace (ExcelApi 1.5):
 * they travel with the file, survive closing and reopening, and par-check reads them from the .xlsx. A
 * hidden sheet would clear the user's undo stack; `workbook.settings` is not where other tools look.
 */
import { parseReview, REVIEW_NAMESPACE, serializeReview, type Override, type ParsedReview } from "../core";
import type { Language } from "../i18n";
import { failure, hostError } from "./errors";
import type { ExcelHost, OfficeResult } from "./types";

/** The requirement set that has `workbook.customXmlParts`. */
export const REVIEW_API = "1.5";

/**
 * Reads the stored decisions in two steps that ride on a caller's syncs: queue, sync, `next()`, sync,
 * then the returned function gives the decisions. Several parts (two panes saving at once) are merged.
 */
export function queueReviewRead(context: Excel.RequestContext): () => () => ParsedReview {
  const parts = context.workbook.customXmlParts.getByNamespace(REVIEW_NAMESPACE);
  parts.load("items/id");
  return () => {
    const texts = parts.items.map((part) => part.getXml());
    return () => {
      const parsed = texts.map((text) => parseReview(text.value));
      return {
        overrides: parsed.flatMap((p) => p.overrides),
        findings: parsed.flatMap((p) => p.findings),
      };
    };
  };
}

export type ReviewRead = OfficeResult<ParsedReview>;

/** The decisions stored in the workbook, in two syncs. */
export async function readReview(excel: ExcelHost, language: Language = "vi"): Promise<ReviewRead> {
  if (!excel.supports(REVIEW_API)) return failure("unsupported", language);
  try {
    return await excel.run(async (context) => {
      const next = queueReviewRead(context);
      await context.sync();
      const done = next();
      await context.sync();
      return { ok: true as const, ...done() };
    });
  } catch (error) {
    return hostError(error, language);
  }
}

/**
 * Replaces the stored decisions with `overrides`, in two syncs; none left removes the part. The pane keeps
 * the whole list, so a write never depends on what another write did before it.
 */
export async function saveReview(
  excel: ExcelHost,
  overrides: readonly Override[],
  language: Language = "vi",
): Promise<OfficeResult<{ readonly count: number }>> {
  if (!excel.supports(REVIEW_API)) return failure("unsupported", language);
  try {
    return await excel.run(async (context) => {
      const collection = context.workbook.customXmlParts;
      const parts = collection.getByNamespace(REVIEW_NAMESPACE);
      parts.load("items/id");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- items were loaded before the sync above
      for (const part of parts.items) part.delete();
      if (overrides.length > 0) collection.add(serializeReview(overrides));
      await context.sync();
      return { ok: true as const, count: overrides.length };
    });
  } catch (error) {
    return hostError(error, language);
  }
}
