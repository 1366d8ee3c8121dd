/** Deadlines and periods: "trước ngày 15/12/2024", "Quý I/2024", "01 lần/quý". */
import type { PeriodEntry, WordClass } from "../types";
import { entry } from "./entry";

const t = (text: string) => ({ text, role: "target" as const });

/** Before a date, these make it a deadline. */
export const deadline: WordClass = [
  entry("trước [ngày]", t("Trước ngày 15/12/2024"), t("Hoàn thành trước 30/6/2024")),
  entry("chậm nhất [(là|vào)] [ngày]", t("Chậm nhất ngày 31/12/2024"), t("Chậm nhất là 30/6")),
  entry("hạn chót [là]", t("Hạn chót là 15/11/2024")),
  entry("không muộn hơn [ngày]", t("Không muộn hơn ngày 20/12/2024")),
  entry("hoàn thành (trong|trước)", t("Hoàn thành trong quý III/2024")),
  entry("trong", t("Trong quý I/2024")),
  entry("đến [hết] [ngày]", t("Đến hết ngày 30/9/2024")),
];

/** Before a day and month without a year, this makes them a date ("ngày 5/6", not five sixths). */
export const dayWord: WordClass = [entry("ngày", "Đã tổ chức kiểm tra ngày 02/10")];

export const quarterWord: WordClass = [entry("quý", t("Quý I/2024"), t("Trong quý IV năm 2024"))];

export const monthWord: WordClass = [entry("tháng", t("Tháng 6/2024"), t("Trong tháng 10 năm 2024"))];

/** Between a quarter or month and its year. */
export const yearJoiner: WordClass = [entry("(/|năm)", t("Quý II/2024"), t("Quý II năm 2024"))];

/** Periods a count is given per, and how many of each make a year. */
export const periods: readonly PeriodEntry[] = [
  {
    key: "quy",
    perYear: 4,
    pattern: "quý",
    examples: [{ text: "01 lần/quý", role: "target", note: "once per quarter" }],
  },
  { key: "thang", perYear: 12, pattern: "tháng", examples: [t("04 tin bài/tháng")] },
  { key: "tuan", perYear: 52, pattern: "tuần", examples: [t("01 buổi mỗi tuần")] },
  { key: "nam", perYear: 1, pattern: "năm", examples: [t("02 cuộc/năm")] },
];
