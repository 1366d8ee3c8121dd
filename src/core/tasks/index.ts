/** Stage 4, tasks: rows gathered into tasks with continuations, sub-items and sections. */
export { assembleTasks, type Assembled, type Draft, type SectionDraft, type SubDraft } from "./assemble";
