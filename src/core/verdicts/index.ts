/** Stage 6, verdicts: a target's reading against a result's, and a task's verdict from its parts. */
export { judgeContext, judgeReadings, judgeTask, type JudgeContext, type Judgement } from "./judge";
export { judgeDraft, taskContext, type TaskContext } from "./task";
