/** Findings about a table under a heading, each with its cell: the check's notes and the table's claims. */
import type { Finding } from "../core";
import { describe, type Language } from "../i18n";
import { useStyles } from "./styles";

export interface FindingListProps {
  readonly heading: string;
  readonly findings: readonly Finding[];
  readonly language: Language;
}

export function FindingList({ heading, findings, language }: FindingListProps): JSX.Element | null {
  const styles = useStyles();
  if (findings.length === 0) return null;
  return (
    <>
      <h3 className={styles.subheading}>{heading}</h3>
      <ul className={styles.plainList}>
        {findings.map((finding, index) => (
          <li key={`${finding.code}:${finding.cell ?? index}`}>
            {finding.cell ? `${finding.cell}: ` : ""}
            {describe(finding, language)}
          </li>
        ))}
      </ul>
    </>
  );
}
