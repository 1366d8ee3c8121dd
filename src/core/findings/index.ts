/** Stage 7, findings: what is wrong with the table itself, and its own claims against the verdicts. */
export { checkClaims, statedClaim } from "./claims";
export { checkNumbering, type Numbered } from "./numbering";
export { rowFindings, taskFindings } from "./tasks";
