// jest-environment-jsdom 29 leaves out TextEncoder/TextDecoder, which browsers and Node both have (the
// engine folds text with a TextDecoder). Node's are the same WHATWG classes.
import { TextDecoder, TextEncoder } from "util";

if (typeof globalThis.TextDecoder === "undefined") {
  Object.assign(globalThis, { TextDecoder, TextEncoder });
}
