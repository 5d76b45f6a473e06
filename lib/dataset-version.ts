import { createHash } from "node:crypto";

/**
 * JSON with every object's keys sorted, so the same data gives the same text whatever order an editor or a
 * tool wrote the keys in.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * The dataset's version as citations name it: the first 12 hex digits of the SHA-256 of its canonical JSON.
 * It changes exactly when the content does, so a reader can tell whether a cited page still shows what the
 * citing author saw.
 */
export const datasetVersion = (raw: unknown): string => createHash("sha256").update(canonicalJson(raw)).digest("hex").slice(0, 12);
