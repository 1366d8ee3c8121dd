/** Numbers for people: Vietnamese style (1.240,5 and 83,33%) by default, or as a language's style says. */
import { VIETNAMESE_NUMBERS } from "./readings/number-token";
import type { NumberStyle } from "./types";

/** Rounds half away from zero to `decimals` places, without binary surprises (1.005 → 1.01). */
export function round(value: number, decimals = 2): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  // One ulp up, so 1.005 × 100 = 100.49999… still rounds to 101.
  const rounded = Math.round(Math.abs(value) * factor * (1 + Number.EPSILON)) / factor;
  return value < 0 ? -rounded : rounded;
}

/** "1.240,5" in Vietnamese style, "1,240.5" in English; at most `maxDecimals` decimals, trailing zeros dropped. */
export function formatNumber(
  value: number,
  style: NumberStyle = VIETNAMESE_NUMBERS,
  maxDecimals = 2,
): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = round(value, maxDecimals).toFixed(maxDecimals);
  const negative = fixed.startsWith("-");
  const [whole = "0", fractionDigits = ""] = (negative ? fixed.slice(1) : fixed).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, style.thousands);
  const trimmed = fractionDigits.replace(/0+$/, "");
  const body = trimmed ? `${grouped}${style.decimal}${trimmed}` : grouped;
  return negative && body !== "0" ? `-${body}` : body;
}

/** "83,33%" in Vietnamese style, "83.33%" in English. */
export function formatPercent(
  value: number,
  style: NumberStyle = VIETNAMESE_NUMBERS,
  maxDecimals = 2,
): string {
  return `${formatNumber(value, style, maxDecimals)}%`;
}

/** Counts written the Vietnamese official way, with a leading zero below ten ("05"). */
export function formatCount(value: number): string {
  return value >= 0 && value < 10 && Number.isInteger(value) ? `0${value}` : String(value);
}
