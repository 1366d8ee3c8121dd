/**
 * The checker pane: check the active sheet, read the summary, walk the tasks by verdict, jump to a task's
 * row, clear the marks, and re-check live while the officer edits. It talks to Excel only through `api`.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import {
  Badge,
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Switch,
  Tab,
  TabList,
  webLightTheme,
} from "@fluentui/react-components";
import {
  describeCounts,
  formatPercent,
  VERDICTS,
  type Override,
  type TableResult,
  type TaskResult,
  type Verdict,
} from "../core";
import { describe, ENGINE, fill, PANE, type Language, type PaneTexts } from "../i18n";
import type { CheckSuccess, ErrorCode } from "../office";
import type { CheckerApi, ReportChoice } from "./api";
import { ReportCard } from "./ReportCard";
import { FindingList } from "./FindingList";
import { ReviewPanel, scoreLine } from "./Review";
import { sheetAddress } from "./api";
import { BADGE_COLOURS } from "./badges";
import { useStyles } from "./styles";
import { ERROR_HINTS } from "./texts";

export interface AppProps {
  readonly api: CheckerApi;
  readonly language: Language;
}

type Filter = "all" | Verdict;
type Mode = "check" | "review";
type Busy = "check" | "clear" | "review" | "report";

interface ErrorNote {
  readonly title: string;
  readonly message: string;
  readonly hint: string | null;
}

const COUNT_KEYS: Readonly<Record<Verdict, "met" | "unmet" | "noData" | "review">> = {
  met: "met",
  unmet: "unmet",
  "no-data": "noData",
  review: "review",
};

export function App({ api, language }: AppProps): JSX.Element {
  const t = PANE[language];
  const styles = useStyles();
  const [outcome, setOutcome] = useState<CheckSuccess | null>(null);
  const [error, setError] = useState<ErrorNote | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [filter, setFilter] = useState<Filter>("all");
  const [mode, setMode] = useState<Mode>("check");
  const [reviewer, setReviewer] = useState(() => api.reviewerName());
  const [live, setLive] = useState(true);
  const inFlight = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const fail = useCallback(
    (title: string, message: string, code: ErrorCode | null) =>
      setError({ title, message, hint: code ? t[ERROR_HINTS[code]] : null }),
    [t],
  );

  // A live re-check can start while a decision is saved or a copy is made: it must not end their "busy".
  const release = useCallback((what: Busy) => setBusy((now) => (now === what ? null : now)), []);

  /**
   * One check at a time; an edit during a check asks for one more afterwards. Callers get a promise of the
   * run in flight, so a save waits for the check that shows it.
   */
  const runCheck = useCallback((): Promise<void> => {
    if (inFlight.current) {
      again.current = true;
      return inFlight.current;
    }
    setBusy((now) => now ?? "check");
    setNotice(null);
    const run = (async () => {
      try {
        do {
          again.current = false;
          const result = await api.check().catch(asHostError);
          if (!mounted.current) return;
          if (result.ok) {
            setOutcome(result);
            setError(null);
          } else {
            // A failed check leaves no result on the sheet to describe: show the error alone.
            setOutcome(null);
            fail(t.errorTitle, result.message, result.code);
          }
        } while (again.current);
      } finally {
        inFlight.current = null;
        if (mounted.current) release("check");
      }
    })();
    inFlight.current = run;
    return run;
  }, [api, fail, release, t]);

  const clear = useCallback(async (): Promise<void> => {
    setBusy("clear");
    setNotice(null);
    try {
      const result = await api.clear();
      if (!mounted.current) return;
      if (result.ok) {
        setOutcome(null);
        setError(null);
        setNotice(
          result.sheets.length > 0 ? fill(t.cleared, { sheets: result.sheets.join(", ") }) : t.nothingToClear,
        );
      } else {
        fail(t.errorTitle, result.message, result.code);
      }
    } finally {
      if (mounted.current) release("clear");
    }
  }, [api, fail, release, t]);

  const select = useCallback(
    async (table: TableResult, task: TaskResult): Promise<void> => {
      const result = await api.select(sheetAddress(table.sheet, task.cells.ordinal));
      if (mounted.current && !result.ok) fail(t.selectError, result.message, result.code);
    },
    [api, fail, t],
  );

  /**
   * Stores the decisions, then checks again so that marks, scores and lists all show them; true once both
   * are done. The pane stays busy throughout, so no decision is taken on a list about to be replaced.
   */
  const saveDecisions = useCallback(
    async (next: readonly Override[], message: string): Promise<boolean> => {
      setBusy("review");
      setNotice(null);
      try {
        const result = await api.saveReview(next).catch(asHostError);
        if (!mounted.current) return false;
        if (!result.ok) {
          fail(t.saveError, result.message, result.code);
          return false;
        }
        api.rememberReviewer(reviewer);
        await runCheck();
        if (mounted.current) setNotice(message);
        return true;
      } finally {
        if (mounted.current) release("review");
      }
    },
    [api, fail, release, reviewer, runCheck, t],
  );

  const createReport = useCallback(
    async (choice: ReportChoice): Promise<void> => {
      setBusy("report");
      setNotice(null);
      try {
        const result = await api.createReport(choice).catch(asHostError);
        if (!mounted.current) return;
        if (result.ok) {
          const made = fill(t.reportMade, { sheet: result.sheet, rows: result.rows });
          setNotice(result.pageSetup ? made : `${made} ${t.reportNoPageSetup}`);
        } else {
          fail(t.reportError, result.message, result.code);
        }
      } finally {
        if (mounted.current) release("report");
      }
    },
    [api, fail, release, t],
  );

  const copySentence = useCallback(
    async (sentence: string): Promise<void> => {
      const copied = await api.copyText(sentence).catch(() => false);
      if (mounted.current) setNotice(copied ? t.copied : t.copyFailed);
    },
    [api, t],
  );

  // Live re-check: watch the checked sheet while the switch is on and a check has succeeded.
  const watchedSheet = outcome?.result.sheet ?? null;
  useEffect(() => {
    if (!live || watchedSheet === null) return undefined;
    return api.watch(
      () => void runCheck(),
      (message) => fail(t.watchError, message, "host-error"),
    );
  }, [api, live, watchedSheet, runCheck, fail, t]);

  const tables = outcome?.result.tables ?? [];
  const status =
    busy === "check"
      ? t.checking
      : busy === "clear"
        ? t.clearing
        : busy === "review"
          ? t.saving
          : busy === "report"
            ? t.makingReport
            : (notice ?? (tables[0] ? headline(tables[0], t, language) : ""));

  return (
    <FluentProvider theme={webLightTheme} lang={language}>
      <main className={styles.root}>
        <h1 className={styles.title}>{t.title}</h1>
        {!outcome && !error && <p className={styles.intro}>{t.intro}</p>}
        <div className={styles.toolbar} role="group" aria-label={t.title}>
          <Button appearance="primary" onClick={() => void runCheck()} disabled={busy !== null}>
            {busy === "check" ? t.checking : outcome ? t.checkAgain : t.check}
          </Button>
          <Button onClick={() => void clear()} disabled={busy !== null}>
            {busy === "clear" ? t.clearing : t.clear}
          </Button>
          <Switch
            label={t.live}
            checked={live}
            onChange={(_, data) => setLive(data.checked)}
            aria-description={t.liveHint}
          />
        </div>
        <div role="status" aria-live="polite" className={notice ? styles.muted : styles.visuallyHidden}>
          {status}
        </div>
        {error && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{error.title}</MessageBarTitle>
              {error.message}
              {error.hint && <div>{error.hint}</div>}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" aria-label={t.dismiss} onClick={() => setError(null)}>
                  ×
                </Button>
              }
            />
          </MessageBar>
        )}
        {outcome?.truncated && (
          <MessageBar intent="warning">
            <MessageBarBody>{t.truncated}</MessageBarBody>
          </MessageBar>
        )}
        {outcome && outcome.verdictSheets.length > 0 && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              {fill(t.verdictSheets, { sheets: outcome.verdictSheets.map((name) => `“${name}”`).join(", ") })}
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome && (
          <TabList
            selectedValue={mode}
            onTabSelect={(_, data) => setMode(data.value as Mode)}
            aria-label={t.modes}
          >
            <Tab value="check">{t.modeCheck}</Tab>
            <Tab value="review">{t.modeReview}</Tab>
          </TabList>
        )}
        {outcome && mode === "review" ? (
          <ReviewPanel
            outcome={outcome}
            reviewer={reviewer}
            onReviewer={setReviewer}
            busy={busy !== null}
            onSave={saveDecisions}
            onSelect={select}
            now={api.now}
            t={t}
            language={language}
          />
        ) : (
          <>
            {tables.length > 0 && outcome && outcome.result.findings.length > 0 && (
              // Notes on the whole sheet (an old font read, say), above every table's own.
              <section className={styles.card} aria-label={t.sheetFindings}>
                <FindingList
                  heading={t.sheetFindings}
                  findings={outcome.result.findings}
                  language={language}
                />
              </section>
            )}
            {tables.map((table) => (
              <Summary
                key={`${table.sheet}:${table.headerRow}`}
                table={table}
                many={tables.length > 1}
                t={t}
                language={language}
              />
            ))}
            {tables.length > 0 && (
              <TaskList
                tables={tables}
                filter={filter}
                onFilter={setFilter}
                onSelect={select}
                t={t}
                language={language}
              />
            )}
          </>
        )}
        {tables.length > 0 && (
          <ReportCard
            tables={tables}
            busy={busy !== null}
            onCreate={createReport}
            onCopy={copySentence}
            t={t}
            language={language}
          />
        )}
      </main>
    </FluentProvider>
  );
}

/** A rejected promise from the host as the adapter's own failure. */
function asHostError(thrown: unknown): { ok: false; code: "host-error"; message: string } {
  return {
    ok: false,
    code: "host-error",
    message: thrown instanceof Error ? thrown.message : String(thrown),
  };
}

function headline(table: TableResult, t: PaneTexts, language: Language): string {
  return scoreLine(t.tasksMet, table.summary, language);
}

interface SummaryProps {
  readonly table: TableResult;
  readonly many: boolean;
  readonly t: PaneTexts;
  readonly language: Language;
}

function Summary({ table, many, t, language }: SummaryProps): JSX.Element {
  const styles = useStyles();
  const id = useId();
  const s = table.summary;
  const labels = ENGINE[language].verdicts;
  const sections = table.sections.filter((section) => section.summary.tasks > 0);
  return (
    <section className={styles.card} aria-labelledby={id}>
      <h2 id={id} className={styles.heading}>
        {many ? fill(t.table, { sheet: table.sheet, row: table.headerRow }) : t.summary}
      </h2>
      <p className={styles.headline}>{headline(table, t, language)}</p>
      <div className={styles.counts}>
        {VERDICTS.map((verdict) => (
          <Badge key={verdict} appearance="tint" color={BADGE_COLOURS[verdict]}>
            {`${labels[verdict]}: ${s[COUNT_KEYS[verdict]]}`}
          </Badge>
        ))}
      </div>
      {s.meanCompletion !== null && (
        <p className={styles.muted}>
          {fill(t.meanCompletion, { value: formatPercent(s.meanCompletion, ENGINE[language].numbers) })}
        </p>
      )}
      {sections.length > 0 && (
        <>
          <h3 className={styles.subheading}>{t.sections}</h3>
          <ul className={styles.plainList}>
            {sections.map((section) => (
              <li key={`${section.ordinal}:${section.row ?? ""}`}>
                {[section.ordinal, section.title].filter(Boolean).join(". ")}
                {": "}
                {describeCounts(section.summary, ENGINE[language])}
              </li>
            ))}
          </ul>
        </>
      )}
      <FindingList heading={t.findings} findings={table.findings} language={language} />
    </section>
  );
}

interface TaskListProps {
  readonly tables: readonly TableResult[];
  readonly filter: Filter;
  readonly onFilter: (filter: Filter) => void;
  readonly onSelect: (table: TableResult, task: TaskResult) => Promise<void>;
  readonly t: PaneTexts;
  readonly language: Language;
}

function TaskList({ tables, filter, onFilter, onSelect, t, language }: TaskListProps): JSX.Element {
  const styles = useStyles();
  const headingId = useId();
  const labels = ENGINE[language].verdicts;
  const all = useMemo(
    () => tables.flatMap((table) => table.tasks.map((task) => ({ table, task }))),
    [tables],
  );
  const shown = filter === "all" ? all : all.filter(({ task }) => task.verdict === filter);
  const count = (verdict: Verdict): number => all.filter(({ task }) => task.verdict === verdict).length;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t.taskList}
      </h2>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={filter}
        onTabSelect={(_, data) => onFilter(data.value as Filter)}
        aria-label={t.filter}
      >
        <Tab value="all">{`${t.all} (${all.length})`}</Tab>
        {VERDICTS.map((verdict) => (
          <Tab key={verdict} value={verdict}>
            {`${labels[verdict]} (${count(verdict)})`}
          </Tab>
        ))}
      </TabList>
      {shown.length === 0 ? (
        <p className={styles.muted}>{t.noTasks}</p>
      ) : (
        <ul className={styles.tasks} aria-label={t.taskList}>
          {shown.map(({ table, task }) => (
            <TaskItem
              key={`${table.sheet}:${task.row}`}
              table={table}
              task={task}
              onSelect={onSelect}
              t={t}
              language={language}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

interface TaskItemProps {
  readonly table: TableResult;
  readonly task: TaskResult;
  readonly onSelect: (table: TableResult, task: TaskResult) => Promise<void>;
  readonly t: PaneTexts;
  readonly language: Language;
}

function TaskItem({ table, task, onSelect, t, language }: TaskItemProps): JSX.Element {
  const styles = useStyles();
  const detailId = useId();
  const verdict = ENGINE[language].verdicts[task.verdict];
  const reasons = task.reasons.map((reason) => describe(reason, language)).join(" ");
  const completion =
    task.completion === null ? null : formatPercent(task.completion, ENGINE[language].numbers);
  return (
    <li className={styles.task}>
      <div className={styles.taskHead}>
        <Badge appearance="filled" color={BADGE_COLOURS[task.verdict]} shape="rounded">
          {verdict}
        </Badge>
        <button
          type="button"
          className={styles.taskButton}
          onClick={() => void onSelect(table, task)}
          aria-describedby={detailId}
          title={fill(t.selectTask, { ordinal: task.ordinal })}
        >
          <span className={styles.ordinal}>{task.ordinal}.</span> {task.content}
        </button>
      </div>
      <p id={detailId} className={styles.detail}>
        {`${verdict}${completion === null ? "" : ` · ${t.completion} ${completion}`}`}
        {reasons && ` · ${reasons}`}
      </p>
    </li>
  );
}
