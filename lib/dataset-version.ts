import { createHash } from "node:crypto";
import { canonicalJson } from "./canonical-json";

export { canonicalJson } from "./canonical-json";

/**
 * The dataset's version as citations name it: the first 12 hex digits of the SHA-256 of its canonical JSON.
 * It changes exactly when the content does, so a reader can tell whether a cited page still shows what the
 * citing author saw.
 */
export const datasetVersion = (raw: unknown): string => createHash("sha256").update(canonicalJson(raw)).digest("hex").slice(0, 12);
