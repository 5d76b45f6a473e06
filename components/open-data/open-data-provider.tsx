"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { ImportProblem } from "@/lib/import";
import type { OpenResult } from "@/lib/open-data/open-files";
import { clearStored, loadStored, saveStored, type StoredDataset } from "@/lib/open-data/store";
import { DatasetOverride } from "../shared/data-provider";

/** The name the banner gives the dataset Tyl ships with. */
export const SHIPPED_NAME = "Belarus as Russia's rear base (shipped with Tyl)";

/** What the open-data views read and do. */
export interface OpenData {
  /** The dataset on screen: its name and content hash (null while the hash is being worked out). */
  onScreen: { name: string; version: string | null; own: boolean };
  /** True once the dataset kept in this browser (if any) has been read back, so `onScreen` is settled. */
  restored: boolean;
  /** The problems of the last files opened; empty when they opened or none were opened. */
  problems: ImportProblem[];
  /** True while files are read and checked. */
  busy: boolean;
  /** The last thing that happened, for the live region. */
  status: string;
  open: (files: readonly File[]) => void;
  returnToShipped: () => void;
}

const OpenDataContext = createContext<OpenData | null>(null);

type Reply = { result: OpenResult; version: string | null; ms: number };

/**
 * Holds the reader's own dataset beside the shipped one: reads it back from IndexedDB on load, puts it on
 * screen through `DatasetOverride`, and replaces it only with files that opened without a problem.
 */
export function OpenDataProvider({ shippedVersion, children }: { shippedVersion: string; children: ReactNode }) {
  const [user, setUser] = useState<StoredDataset | null>(null);
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [restored, setRestored] = useState(false);
  const worker = useRef<Worker | null>(null);

  useEffect(() => {
    let live = true;
    void loadStored().then((stored) => {
      if (!live) return;
      if (stored) setUser((current) => current ?? stored);
      setRestored(true);
    });
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => () => worker.current?.terminate(), []);

  const open = useCallback((files: readonly File[]) => {
    setBusy(true);
    setStatus(`Reading ${files.length} file${files.length === 1 ? "" : "s"}…`);
    worker.current ??= new Worker(new URL("./open-files.worker.ts", import.meta.url), { type: "module" });
    const w = worker.current;
    w.onmessage = (message: MessageEvent<Reply>) => {
      const { result, version } = message.data;
      setBusy(false);
      if (!result.ok || version === null) {
        const found = result.ok ? [] : result.problems;
        setProblems(found);
        setStatus(`Not opened: ${found.length} problem${found.length === 1 ? "" : "s"}. What is on screen has not changed.`);
        return;
      }
      const stored: StoredDataset = { name: result.name, version, raw: result.raw, opened: new Date().toISOString() };
      setProblems([]);
      setUser(stored);
      setStatus(`Opened ${result.name}: ${result.raw.events.length} events at ${result.raw.sites.length} sites.`);
      saveStored(stored).catch(() => setStatus(`Opened ${result.name}, but this browser would not keep it: a reload will show the shipped data.`));
    };
    void Promise.all(files.map(async (f) => ({ name: f.name, content: await f.arrayBuffer() }))).then((read) =>
      w.postMessage(
        { files: read },
        read.map((f) => f.content),
      ),
    );
  }, []);

  const returnToShipped = useCallback(() => {
    setUser(null);
    setProblems([]);
    setStatus("Back to the shipped dataset.");
    void clearStored().catch(() => undefined);
  }, []);

  const value = useMemo<OpenData>(
    () => ({
      onScreen: user ? { name: user.name, version: user.version, own: true } : { name: SHIPPED_NAME, version: shippedVersion, own: false },
      restored,
      problems,
      busy,
      status,
      open,
      returnToShipped,
    }),
    [user, shippedVersion, restored, problems, busy, status, open, returnToShipped],
  );
  return (
    <OpenDataContext.Provider value={value}>
      <DatasetOverride raw={user?.raw ?? null}>{children}</DatasetOverride>
    </OpenDataContext.Provider>
  );
}

/** The open-data state of the nearest OpenDataProvider, or null outside one (the story, the decks). */
export const useOpenData = (): OpenData | null => useContext(OpenDataContext);
