/** Stage 0, legacy fonts: TCVN3 and VNI text found on a sheet and read in Unicode. */
export { fromLegacy, legacyEncodingOf, readLegacy, type LegacyEncoding, type LegacyReading } from "./legacy";
