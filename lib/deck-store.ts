import { inStore } from "./idb";
import type { LocalDeck } from "./local-deck";

/**
 * Local decks in the browser's IndexedDB (database "tyl-authoring", store "decks", keyed by deck id), so they
 * survive reloads and work offline and from the static export.
 */

const DECKS = { db: "tyl-authoring", store: "decks", keyPath: "id" };

/** Every saved deck, by title. */
export async function listDecks(): Promise<LocalDeck[]> {
  const decks = await inStore(DECKS, "readonly", (store) => store.getAll() as IDBRequest<LocalDeck[]>);
  return decks.sort((a, b) => a.title.localeCompare(b.title));
}

/** The saved deck `id`, or null. */
export const getDeck = async (id: string): Promise<LocalDeck | null> =>
  (await inStore(DECKS, "readonly", (store) => store.get(id) as IDBRequest<LocalDeck | undefined>)) ?? null;

/** Saves `deck`, replacing the saved deck with its id. */
export const saveDeck = async (deck: LocalDeck): Promise<void> => {
  await inStore(DECKS, "readwrite", (store) => store.put(deck));
};

/** Saves every deck of `decks` in one go: all of them or, if the browser refuses one, none. */
export const saveDecks = async (decks: readonly LocalDeck[]): Promise<void> => {
  if (decks.length === 0) return;
  // The transaction commits once every put has succeeded, so waiting on the last is waiting on them all.
  await inStore(DECKS, "readwrite", (store) => decks.map((deck) => store.put(deck)).at(-1)!);
};

/** Forgets the saved deck `id`. */
export const deleteDeck = async (id: string): Promise<void> => {
  await inStore(DECKS, "readwrite", (store) => store.delete(id));
};
