/**
 * The reviewer's mode: scores after review, the table's own claims, and the tasks to look at first, each
 * with the officer's own words, the check's reasons, and the reviewer's decision kept apart from them.
 */
import { useId, useMemo, useState } from "react";
import { Badge, Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import {
  decide,
  decisionKey,
  describeCounts,
  formatPercent,
  VERDICTS,
  withOverride,
  withoutOverride,
  type Decision,
  type Override,
  type TableResult,
  type TaskResult,
  type Verdict,
  type VerdictCounts,
} from "../core";
import { describe, ENGINE, fill, PANE, type Language, type PaneTexts } from "../i18n";
import type { CheckSuccess } from "../office";
import { BADGE_COLOURS } from "./badges";
import { ChoiceGroup, TextField } from "./controls";
import { FindingList } from "./FindingList";
import { useReviewStyles, useStyles } from "./styles";

/** Verdicts a reviewer looks at first. */
const FLAGGED: ReadonlySet<Verdict> = new Set<Verdict>(["unmet", "no-data", "review"]);

/** The table's own claims: a stated evaluation or a count of the plan that the check disagrees with. */
const CLAIM_CODES: ReadonlySet<string> = new Set(["evaluation-disagrees", "plan-claim-disagrees"]);

export interface ReviewPanelProps {
  readonly outcome: CheckSuccess;
  readonly reviewer: string;
  readonly onReviewer: (name: string) => void;
  readonly busy: boolean;
  /** Stores the whole new list of decisions; `notice` is said once it is stored. */
  readonly onSave: (next: readonly Override[], notice: string) => Promise<boolean>;
  readonly onSelect: (table: TableResult, task: TaskResult) => Promise<void>;
  readonly now: () => string;
  readonly t: PaneTexts;
  readonly language: Language;
}

interface Entry {
  readonly computedTable: TableResult;
  readonly reviewedTable: TableResult;
  readonly computed: TaskResult;
  readonly reviewed: TaskResult;
  readonly decision: Decision | undefined;
}

export function scoreLine(template: string, counts: VerdictCounts, language: Language): string {
  return fill(template, {
    met: counts.met,
    tasks: counts.tasks,
    percent: counts.percentMet === null ? "—" : formatPercent(counts.percentMet, ENGINE[language].numbers),
  });
}

export function ReviewPanel(props: ReviewPanelProps): JSX.Element {
  const { outcome, t, language } = props;
  const styles = useStyles();
  const [showMet, setShowMet] = useState(false);
  const sheet = outcome.result.sheet;

  const entries = useMemo(() => {
    const decisions = new Map(outcome.review.decisions.map((d) => [decisionKey(d.sheet, d.row), d]));
    return outcome.computed.tables.flatMap((computedTable, index) => {
      const reviewedTable = outcome.result.tables[index] ?? computedTable;
      return computedTable.tasks.map((computed, i): Entry => ({
        computedTable,
        reviewedTable,
        computed,
        reviewed: reviewedTable.tasks[i] ?? computed,
        decision: decisions.get(decisionKey(computedTable.sheet, computed.row)),
      }));
    });
  }, [outcome]);
  const flagged: Entry[] = [];
  const met: Entry[] = [];
  for (const e of entries) {
    (FLAGGED.has(e.computed.verdict) || FLAGGED.has(e.reviewed.verdict) ? flagged : met).push(e);
  }
  const notes = [...outcome.review.findings, ...outcome.storedFindings];
  const present = new Set(outcome.sheetNames);
  const otherSheets = outcome.stored.filter((o) => o.sheet !== sheet && present.has(o.sheet)).length;
  const lost = new Map<string, number>();
  for (const o of outcome.stored) {
    if (!present.has(o.sheet)) lost.set(o.sheet, (lost.get(o.sheet) ?? 0) + 1);
  }

  return (
    <>
      <p className={styles.intro}>{t.reviewIntro}</p>
      <TextField
        label={t.reviewer}
        hint={t.reviewerHint}
        value={props.reviewer}
        onChange={props.onReviewer}
        autoComplete="name"
      />
      {outcome.result.tables.map((table, index) => (
        <ScoreCard
          key={`${table.sheet}:${table.headerRow}`}
          table={table}
          computed={outcome.computed.tables[index] ?? table}
          decisions={outcome.review.decisions.filter((d) => d.sheet === table.sheet)}
          t={t}
          language={language}
        />
      ))}
      {notes.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <strong>{t.reviewNotes}</strong>
            <ul className={styles.plainList}>
              {notes.map((note, index) => (
                <li key={`${note.code}:${index}`}>{describe(note, language)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome.review.orphans.length > 0 && (
        <section className={styles.card} aria-label={t.orphans}>
          <h3 className={styles.subheading}>{t.orphans}</h3>
          <ul className={styles.plainList}>
            {outcome.review.orphans.map((orphan) => (
              <li key={decisionKey(orphan.sheet, orphan.row)}>
                {`${orphan.ordinal}. ${orphan.content} → ${ENGINE[language].verdicts[orphan.verdict]}`}{" "}
                <Button
                  size="small"
                  disabled={props.busy}
                  onClick={() =>
                    void props.onSave(
                      withoutOverride(outcome.stored, [orphan]),
                      fill(t.undone, { ordinal: orphan.ordinal }),
                    )
                  }
                >
                  {t.removeOrphan}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {otherSheets > 0 && <p className={styles.muted}>{fill(t.otherSheets, { count: otherSheets })}</p>}
      {lost.size > 0 && (
        <section className={styles.card} aria-label={t.lostSheets}>
          <h3 className={styles.subheading}>{t.lostSheets}</h3>
          <p className={styles.muted}>{t.lostSheetsHint}</p>
          <ul className={styles.plainList}>
            {[...lost].map(([name, count]) => (
              <li key={name}>
                {fill(t.lostSheet, { sheet: name, count })}{" "}
                <Button
                  size="small"
                  disabled={props.busy}
                  onClick={() =>
                    void props.onSave(
                      outcome.stored.map((o) => (o.sheet === name ? { ...o, sheet } : o)),
                      fill(t.adopted, { count }),
                    )
                  }
                >
                  {t.adoptDecisions}
                </Button>{" "}
                <Button
                  size="small"
                  disabled={props.busy}
                  onClick={() =>
                    void props.onSave(
                      outcome.stored.filter((o) => o.sheet !== name),
                      fill(t.dropped, { count }),
                    )
                  }
                >
                  {t.dropDecisions}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label={fill(t.flaggedTasks, { count: flagged.length })}>
        <h2 className={styles.heading}>{fill(t.flaggedTasks, { count: flagged.length })}</h2>
        {flagged.length === 0 ? (
          <p className={styles.muted}>{t.noFlagged}</p>
        ) : (
          <ReviewTasks entries={flagged} {...props} />
        )}
      </section>
      {met.length > 0 && (
        <section aria-label={fill(t.metTasks, { count: met.length })}>
          <h2 className={styles.heading}>{fill(t.metTasks, { count: met.length })}</h2>
          <Button appearance="subtle" onClick={() => setShowMet(!showMet)} aria-expanded={showMet}>
            {showMet ? t.hideMet : t.showMet}
          </Button>
          {showMet && <ReviewTasks entries={met} {...props} />}
        </section>
      )}
    </>
  );
}

function ReviewTasks({ entries, ...props }: ReviewPanelProps & { readonly entries: readonly Entry[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.tasks}>
      {entries.map((entry) => (
        <ReviewTask key={`${entry.computedTable.sheet}:${entry.computed.row}`} entry={entry} {...props} />
      ))}
    </ul>
  );
}

interface ScoreCardProps {
  readonly table: TableResult;
  readonly computed: TableResult;
  readonly decisions: readonly Decision[];
  readonly t: PaneTexts;
  readonly language: Language;
}

function ScoreCard({ table, computed, decisions, t, language }: ScoreCardProps): JSX.Element {
  const styles = useStyles();
  const id = useId();
  const changed = decisions.filter((d) => d.kind === "changed").length;
  const claims = table.findings.filter((f) => CLAIM_CODES.has(f.code));
  const sections = table.sections.filter((section) => section.summary.tasks > 0);
  return (
    <section className={styles.card} aria-labelledby={id}>
      <h2 id={id} className={styles.heading}>
        {t.score}
      </h2>
      <p className={styles.headline}>{scoreLine(t.tasksMet, table.summary, language)}</p>
      {decisions.length > 0 && (
        <>
          <p className={styles.muted}>{scoreLine(t.computedScore, computed.summary, language)}</p>
          <p className={styles.muted}>
            {fill(t.decisionCount, {
              count: decisions.length,
              changed,
              confirmed: decisions.length - changed,
            })}
          </p>
        </>
      )}
      {sections.length > 0 && (
        <>
          <h3 className={styles.subheading}>{t.sections}</h3>
          <ul className={styles.plainList}>
            {sections.map((section) => {
              const before = computed.sections.find(
                (c) => c.ordinal === section.ordinal && c.row === section.row,
              )?.summary;
              const moved = before !== undefined && before.met !== section.summary.met;
              return (
                <li key={`${section.ordinal}:${section.row ?? ""}`}>
                  {[section.ordinal, section.title].filter(Boolean).join(". ")}
                  {": "}
                  {describeCounts(section.summary, ENGINE[language])}
                  {moved && ` (${scoreLine(t.computedScore, before, language)})`}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <FindingList heading={t.claims} findings={claims} language={language} />
    </section>
  );
}

interface ReviewTaskProps extends ReviewPanelProps {
  readonly entry: Entry;
}

/** Day and time of a decision, in the pane's language; the stored text when it is not a date. */
export function decisionDate(at: string, language: Language): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  const two = (n: number) => String(n).padStart(2, "0");
  const day = `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()}`;
  const time = `${two(date.getHours())}:${two(date.getMinutes())}`;
  return fill(PANE[language].decidedAt, { time, day });
}

function ReviewTask({ entry, ...props }: ReviewTaskProps): JSX.Element {
  const { t, language, busy } = props;
  const styles = useStyles();
  const own = useReviewStyles();
  const detailId = useId();
  const labels = ENGINE[language].verdicts;
  const { computed, decision } = entry;
  const [editing, setEditing] = useState(false);
  const label = (verdict: Verdict): string => labels[verdict];
  const reasons = computed.reasons.map((reason) => describe(reason, language)).join(" ");

  // Decisions hidden by a later one have no effect: every save drops them, so none can come back.
  const stored = withoutOverride(props.outcome.stored, props.outcome.review.superseded);
  // By the record itself: a decision found again after rows moved is stored under its old row.
  const previous = decision ? [decision.override] : [];
  const save = (verdict: Verdict, comment: string): Promise<boolean> =>
    props.onSave(
      withOverride(
        stored,
        decide(entry.computedTable, computed, {
          verdict,
          comment,
          reviewer: props.reviewer,
          at: props.now(),
        }),
        previous,
      ),
      fill(t.saved, { ordinal: computed.ordinal }),
    );
  const undo = (): Promise<boolean> =>
    props.onSave(withoutOverride(stored, previous), fill(t.undone, { ordinal: computed.ordinal }));

  return (
    <li className={styles.task}>
      <div className={styles.taskHead}>
        <Badge appearance="filled" color={BADGE_COLOURS[computed.verdict]} shape="rounded">
          {fill(t.computedVerdict, { verdict: label(computed.verdict) })}
        </Badge>
      </div>
      <button
        type="button"
        className={styles.taskButton}
        onClick={() => void props.onSelect(entry.reviewedTable, entry.reviewed)}
        aria-describedby={detailId}
        title={fill(t.selectTask, { ordinal: computed.ordinal })}
      >
        <span className={styles.ordinal}>{computed.ordinal}.</span> {computed.content}
      </button>
      <dl id={detailId} className={own.facts}>
        <dt className={own.factName}>{t.target}</dt>
        <dd className={own.factValue}>{computed.target || t.empty}</dd>
        <dt className={own.factName}>{t.result}</dt>
        <dd className={own.factValue}>{computed.result || t.empty}</dd>
      </dl>
      {reasons && <p className={styles.detail}>{reasons}</p>}
      {decision && (
        <div className={own.decision} role="note">
          <div className={own.decisionHead}>
            <Badge appearance="outline" color={BADGE_COLOURS[decision.override.verdict]} shape="rounded">
              {fill(decision.kind === "changed" ? t.decidedVerdict : t.confirmedVerdict, {
                verdict: label(decision.override.verdict),
              })}
            </Badge>
            <span className={styles.muted}>
              {fill(t.decidedBy, {
                reviewer: decision.override.reviewer || t.reviewer,
                date: decisionDate(decision.override.at, language),
              })}
            </span>
          </div>
          {decision.override.comment && <p className={own.factValue}>{decision.override.comment}</p>}
          {decision.stale && (
            <p className={styles.muted}>
              {fill(t.staleDecision, { verdict: label(decision.override.computed) })}
            </p>
          )}
        </div>
      )}
      {editing ? (
        <DecisionForm
          computed={computed.verdict}
          initial={decision?.override}
          busy={busy}
          t={t}
          language={language}
          onCancel={() => setEditing(false)}
          onSave={async (verdict, comment) => {
            // A failed save keeps the form and what was typed in it.
            if (await save(verdict, comment)) setEditing(false);
          }}
        />
      ) : (
        <div className={own.actions}>
          {!decision && (
            <Button
              size="small"
              appearance="primary"
              disabled={busy}
              aria-label={fill(t.confirmHint, { ordinal: computed.ordinal })}
              onClick={() => void save(computed.verdict, "")}
            >
              {t.confirm}
            </Button>
          )}
          <Button size="small" disabled={busy} onClick={() => setEditing(true)}>
            {decision ? t.changeDecision : t.override}
          </Button>
          {decision && (
            <Button
              size="small"
              disabled={busy}
              aria-label={fill(t.undoHint, { ordinal: computed.ordinal })}
              onClick={() => void undo()}
            >
              {t.undo}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}

interface DecisionFormProps {
  readonly computed: Verdict;
  readonly initial: Override | undefined;
  readonly busy: boolean;
  readonly t: PaneTexts;
  readonly language: Language;
  readonly onSave: (verdict: Verdict, comment: string) => Promise<void>;
  readonly onCancel: () => void;
}

function DecisionForm({ computed, initial, busy, t, language, onSave, onCancel }: DecisionFormProps) {
  const own = useReviewStyles();
  const labels = ENGINE[language].verdicts;
  // A change is what the form is for: start on another verdict than the check's.
  const [verdict, setVerdict] = useState<Verdict>(initial?.verdict ?? (computed === "met" ? "unmet" : "met"));
  const [comment, setComment] = useState(initial?.comment ?? "");
  const [tried, setTried] = useState(false);
  const missing = verdict !== computed && comment.trim() === "";
  return (
    <form
      className={own.form}
      // Our own message, in the pane's language, instead of the browser's tooltip.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (!missing) void onSave(verdict, comment);
      }}
    >
      <ChoiceGroup
        legend={t.verdictChoice}
        options={VERDICTS.map((v) => ({ value: v, label: labels[v] }))}
        value={verdict}
        onChange={setVerdict}
      />
      <TextField
        label={t.comment}
        multiline
        required={verdict !== computed}
        value={comment}
        onChange={setComment}
        error={tried && missing ? t.commentRequired : null}
      />
      <div className={own.actions}>
        <Button type="submit" appearance="primary" size="small" disabled={busy}>
          {busy ? t.saving : t.save}
        </Button>
        <Button type="button" size="small" onClick={onCancel}>
          {t.cancel}
        </Button>
      </div>
    </form>
  );
}
