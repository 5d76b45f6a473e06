import type { RawDataset } from "./schema";

/**
 * The browser's copy of a dataset served as a static JSON file: fetched once per address and shared by every
 * view that asks for it, with listeners told when it arrives or fails. No React here; the data provider
 * subscribes to it.
 */

/** Where one address stands. */
export type DatasetLoad = { status: "loading" } | { status: "ready"; raw: RawDataset } | { status: "error"; message: string };

interface Entry {
  load: DatasetLoad;
  listeners: Set<() => void>;
}

const entries = new Map<string, Entry>();

function settle(entry: Entry, load: DatasetLoad): void {
  entry.load = load;
  for (const listener of entry.listeners) listener();
}

async function fetchRaw(src: string): Promise<RawDataset> {
  const response = await fetch(src);
  if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText || ""}`.trim());
  const raw = (await response.json()) as Partial<RawDataset> | null;
  if (!raw || !Array.isArray(raw.events) || !Array.isArray(raw.sites)) throw new Error("the file is not a Tyl dataset");
  return raw as RawDataset;
}

function entryOf(src: string): Entry {
  let entry = entries.get(src);
  if (!entry) {
    const created: Entry = { load: { status: "loading" }, listeners: new Set() };
    entries.set(src, created);
    fetchRaw(src).then(
      (raw) => settle(created, { status: "ready", raw }),
      (error: unknown) => settle(created, { status: "error", message: error instanceof Error ? error.message : String(error) }),
    );
    entry = created;
  }
  return entry;
}

/** Where `src` stands now; the first call starts the fetch. */
export const datasetLoad = (src: string): DatasetLoad => entryOf(src).load;

/** Calls `listener` when `src` arrives or fails; returns the unsubscribe function. */
export function subscribeDataset(src: string, listener: () => void): () => void {
  const entry = entryOf(src);
  entry.listeners.add(listener);
  return () => entry.listeners.delete(listener);
}
