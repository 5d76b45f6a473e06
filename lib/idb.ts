/**
 * One IndexedDB object store used a request at a time: open the database (creating the store on first use),
 * run one request in one transaction, wait for the transaction to commit, close. The stores Tyl keeps are few
 * and small, and a held connection would block another tab's upgrade.
 */

/** Where a store lives: its database, its name and, for values that carry their own key, the key's path. */
export interface StoreName {
  db: string;
  store: string;
  keyPath?: string;
}

const settle = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB request failed"));
  });

function open({ db, store, keyPath }: StoreName): Promise<IDBDatabase> {
  if (typeof indexedDB === "undefined") return Promise.reject(new Error("this browser keeps no local data (IndexedDB is unavailable)"));
  const req = indexedDB.open(db, 1);
  req.onupgradeneeded = () => {
    if (!req.result.objectStoreNames.contains(store)) req.result.createObjectStore(store, keyPath ? { keyPath } : undefined);
  };
  return settle(req);
}

/** Runs `work` on the store in a transaction of `mode` and resolves with its result once the transaction has committed. */
export async function inStore<T>(name: StoreName, mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open(name);
  try {
    const tx = db.transaction(name.store, mode);
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
      tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
    });
    const [result] = await Promise.all([settle(work(tx.objectStore(name.store))), done]);
    return result;
  } finally {
    db.close();
  }
}
