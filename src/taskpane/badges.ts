/** Badge colours per verdict, the same as the marks on the sheet. */
import type { BadgeProps } from "@fluentui/react-components";
import type { Verdict } from "../core";

export const BADGE_COLOURS: Readonly<Record<Verdict, NonNullable<BadgeProps["color"]>>> = {
  met: "success",
  unmet: "danger",
  "no-data": "informative",
  review: "warning",
};
