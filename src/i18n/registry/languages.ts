/** The languages, Vietnamese first: the default everywhere. */
export const LANGUAGES = ["vi", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
