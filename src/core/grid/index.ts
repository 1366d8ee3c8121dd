/** Stage 1, cells → grid: rows of cells with merged areas resolved. */
export { Grid } from "./grid";
