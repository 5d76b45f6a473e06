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

const DB = "tyl-open-data";
const STORE = "datasets";
const KEY = "current";

function database(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB could not be opened"));
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await database();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = act(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
    });
  } finally {
    db.close();
  }
}

/** The kept dataset, or null when there is none (or the browser keeps no IndexedDB, as in some private modes). */
export async function loadStored(): Promise<StoredDataset | null> {
  if (typeof indexedDB === "undefined") return null;
  try {
    const value = await run<unknown>("readonly", (store) => store.get(KEY));
    return isStored(value) ? value : null;
  } catch {
    return null;
  }
}

/** Keeps a dataset in place of any kept before. */
export const saveStored = (value: StoredDataset): Promise<unknown> => run("readwrite", (store) => store.put(value, KEY));

/** Forgets the kept dataset, so the shipped one shows again. */
export const clearStored = (): Promise<unknown> => run("readwrite", (store) => store.delete(KEY));

function isStored(value: unknown): value is StoredDataset {
  if (value === null || typeof value !== "object") return false;
  const v = value as Partial<StoredDataset>;
  return (
    typeof v.name === "string" && typeof v.version === "string" && typeof v.opened === "string" && Array.isArray(v.raw?.events) && Array.isArray(v.raw?.sites)
  );
}
