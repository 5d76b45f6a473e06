import type { LocalDeck } from "./local-deck";

/**
 * Local decks in the browser's IndexedDB (database "tyl-authoring", store "decks", keyed by deck id), so they
 * survive reloads and work offline and from the static export. Every call opens, does one transaction and
 * closes: decks are few and small, and a held connection would block another tab's upgrade.
 */

const DB = "tyl-authoring";
const STORE = "decks";

const request = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB request failed"));
  });

function open(): Promise<IDBDatabase> {
  if (typeof indexedDB === "undefined") return Promise.reject(new Error("this browser keeps no local data (IndexedDB is unavailable)"));
  const req = indexedDB.open(DB, 1);
  req.onupgradeneeded = () => {
    if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: "id" });
  };
  return request(req);
}

async function withStore<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    const tx = db.transaction(STORE, mode);
    const result = await request(work(tx.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
      tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
    });
    return result;
  } finally {
    db.close();
  }
}

/** Every saved deck, by title. */
export async function listDecks(): Promise<LocalDeck[]> {
  const decks = await withStore("readonly", (store) => store.getAll() as IDBRequest<LocalDeck[]>);
  return decks.sort((a, b) => a.title.localeCompare(b.title));
}

/** The saved deck `id`, or null. */
export const getDeck = async (id: string): Promise<LocalDeck | null> =>
  (await withStore("readonly", (store) => store.get(id) as IDBRequest<LocalDeck | undefined>)) ?? null;

/** Saves `deck`, replacing the saved deck with its id. */
export const saveDeck = async (deck: LocalDeck): Promise<void> => {
  await withStore("readwrite", (store) => store.put(deck));
};

/** Forgets the saved deck `id`. */
export const deleteDeck = async (id: string): Promise<void> => {
  await withStore("readwrite", (store) => store.delete(id));
};
