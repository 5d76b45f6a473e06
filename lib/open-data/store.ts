import { inStore } from "../idb";
import type { RawDataset } from "../schema";

/**
 * The reader's own dataset, kept in the browser's IndexedDB so a reload shows it again. Nothing is sent
 * anywhere: the database belongs to this origin and this browser.
 */

/** A dataset the reader opened, as it is kept. */
export interface StoredDataset {
  name: string;
  version: string;
  raw: RawDataset;
  /** ISO time it was opened. */
  opened: string;
}

const DATASETS = { db: "tyl-open-data", store: "datasets" };
const KEY = "current";

/** The kept dataset, or null when there is none (or the browser keeps no IndexedDB, as in some private modes). */
export async function loadStored(): Promise<StoredDataset | null> {
  if (typeof indexedDB === "undefined") return null;
  try {
    const value = await inStore<unknown>(DATASETS, "readonly", (store) => store.get(KEY));
    return isStored(value) ? value : null;
  } catch {
    return null;
  }
}

/** Keeps a dataset in place of any kept before. */
export const saveStored = (value: StoredDataset): Promise<unknown> => inStore(DATASETS, "readwrite", (store) => store.put(value, KEY));

/** Forgets the kept dataset, so the shipped one shows again. */
export const clearStored = (): Promise<unknown> => inStore(DATASETS, "readwrite", (store) => store.delete(KEY));

function isStored(value: unknown): value is StoredDataset {
  if (value === null || typeof value !== "object") return false;
  const v = value as Partial<StoredDataset>;
  return (
    typeof v.name === "string" && typeof v.version === "string" && typeof v.opened === "string" && Array.isArray(v.raw?.events) && Array.isArray(v.raw?.sites)
  );
}
