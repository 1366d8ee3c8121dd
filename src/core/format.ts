/** Numbers for people: Vietnamese style (1.240,5 and 83,33%) or English (1,240.5 and 83.33%). */

export type Language = "vi" | "en";
export const LANGUAGES: readonly Language[] = ["vi", "en"];

const SEPARATORS: Readonly<Record<Language, { decimal: string; thousands: string }>> = {
  vi: { decimal: ",", thousands: "." },
  en: { decimal: ".", thousands: "," },
};

/** Rounds half away from zero to `decimals` places, without binary surprises (1.005 → 1.01). */
export function round(value: number, decimals = 2): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  // One ulp up, so 1.005 × 100 = 100.49999… still rounds to 101.
  const rounded = Math.round(Math.abs(value) * factor * (1 + Number.EPSILON)) / factor;
  return value < 0 ? -rounded : rounded;
}

/** "1.240,5" in Vietnamese, "1,240.5" in English; at most `maxDecimals` decimals, trailing zeros dropped. */
export function formatNumber(value: number, language: Language = "vi", maxDecimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const { decimal, thousands } = SEPARATORS[language];
  const fixed = round(value, maxDecimals).toFixed(maxDecimals);
  const negative = fixed.startsWith("-");
  const [whole = "0", fractionDigits = ""] = (negative ? fixed.slice(1) : fixed).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const trimmed = fractionDigits.replace(/0+$/, "");
  const body = trimmed ? `${grouped}${decimal}${trimmed}` : grouped;
  return negative && body !== "0" ? `-${body}` : body;
}

/** "83,33%" in Vietnamese, "83.33%" in English. */
export function formatPercent(value: number, language: Language = "vi", maxDecimals = 2): string {
  return `${formatNumber(value, language, maxDecimals)}%`;
}

/** Counts written the Vietnamese official way, with a leading zero below ten ("05"). */
export function formatCount(value: number): string {
  return value >= 0 && value < 10 && Number.isInteger(value) ? `0${value}` : String(value);
}
