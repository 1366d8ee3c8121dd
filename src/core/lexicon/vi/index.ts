/** The Vietnamese lexicon: every word the engine knows, with examples. */
import type { Lexicon } from "../types";
import { bareDenial, ceiling, duty, handling, levelUnder, reduction, zeroLead } from "./ceilings";
import { comparators, comparatorsAfter } from "./comparators";
import { dayWord, deadline, monthWord, periods, quarterWord, yearJoiner } from "./dates";
import { headers } from "./headers";
import {
  change,
  classifier,
  denial,
  exceed,
  filler,
  level,
  notCounted,
  notExistence,
  nounStop,
  numberReference,
  percentWord,
  perPeriod,
  placeholder,
  plan,
  rangeJoiner,
  relativeAfter,
} from "./numbers";
import { unitKinds, unitNotAfter, unitNotBefore, unitStop } from "./places";
import { claims, footer, planTask, sectionWord, subitemLead, total } from "./rows";
import { statuses } from "./statuses";
import { action, negation, ongoing, turn, unachieved, unfinished } from "./words";

export const VIETNAMESE: Lexicon = {
  classes: {
    negation,
    turn,
    unfinished,
    unachieved,
    ongoing,
    action,
    ceiling,
    "zero-lead": zeroLead,
    "bare-denial": bareDenial,
    handling,
    duty,
    reduction,
    "level-under": levelUnder,
    "number-reference": numberReference,
    "not-counted": notCounted,
    "noun-stop": nounStop,
    classifier,
    filler,
    "percent-word": percentWord,
    "range-joiner": rangeJoiner,
    placeholder,
    "not-existence": notExistence,
    change,
    level,
    "relative-after": relativeAfter,
    plan,
    exceed,
    "per-period": perPeriod,
    denial,
    deadline,
    "day-word": dayWord,
    "quarter-word": quarterWord,
    "month-word": monthWord,
    "year-joiner": yearJoiner,
    "section-word": sectionWord,
    total,
    footer,
    "subitem-lead": subitemLead,
    "plan-task": planTask,
    "unit-stop": unitStop,
    "unit-not-before": unitNotBefore,
    "unit-not-after": unitNotAfter,
  },
  statuses,
  comparators,
  comparatorsAfter,
  headers,
  periods,
  claims,
  unitKinds,
};
