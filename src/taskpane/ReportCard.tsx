/**
 * What goes into the report: the table as a clean copy on a new sheet, and the summary sentence for the
 * report body. Both count the reviewer's decisions.
 */
import { useId, useState } from "react";
import { Button } from "@fluentui/react-components";
import { summaryText, type TableResult } from "../core";
import { ENGINE, type Language, type PaneTexts } from "../i18n";
import type { ReportChoice } from "./api";
import { CheckField } from "./controls";
import { useReviewStyles, useStyles } from "./styles";

export interface ReportCardProps {
  readonly tables: readonly TableResult[];
  readonly busy: boolean;
  readonly onCreate: (choice: ReportChoice) => Promise<void>;
  readonly onCopy: (sentence: string) => Promise<void>;
  readonly t: PaneTexts;
  readonly language: Language;
}

export function ReportCard({ tables, busy, onCreate, onCopy, t, language }: ReportCardProps): JSX.Element {
  const styles = useStyles();
  const own = useReviewStyles();
  const headingId = useId();
  const sentenceId = useId();
  const [includeVerdict, setIncludeVerdict] = useState(true);
  const [includeCompletion, setIncludeCompletion] = useState(true);
  const sentence = summaryText(tables, ENGINE[language]);
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t.reportCard}
      </h2>
      <div className={own.options}>
        <CheckField label={t.includeVerdict} checked={includeVerdict} onChange={setIncludeVerdict} />
        <CheckField label={t.includeCompletion} checked={includeCompletion} onChange={setIncludeCompletion} />
      </div>
      <div className={styles.toolbar}>
        <Button disabled={busy} onClick={() => void onCreate({ includeVerdict, includeCompletion })}>
          {t.makeReport}
        </Button>
        <Button disabled={busy} onClick={() => void onCopy(sentence)} aria-describedby={sentenceId}>
          {t.copySentence}
        </Button>
      </div>
      <h3 className={styles.subheading}>{t.sentenceLabel}</h3>
      <p id={sentenceId} className={own.sentence}>
        {sentence}
      </p>
    </section>
  );
}
