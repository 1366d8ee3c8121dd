/** Stage 8, summary: counts by verdict for a table and each of its sections. */
export { countVerdicts, summarizeSections } from "./summary";
