"use client";

import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from "react";
import { toDataset, type Dataset } from "@/lib/dataset";
import { href } from "@/lib/links";
import { datasetLoad, subscribeDataset, type DatasetLoad } from "@/lib/dataset-fetch";
import type { RawDataset } from "@/lib/schema";

/** The dataset as the files hold it and shaped into the domain, both: checks such as a deck import need the former. */
interface Data {
  raw: RawDataset;
  dataset: Dataset;
}

const DatasetContext = createContext<Data | null>(null);
const OverrideContext = createContext<Data | null>(null);

/** Puts a dataset the reader opened (components/open-data) in place of the provider's own, for everything below it; `raw` null keeps the provider's. */
export function DatasetOverride({ raw, children }: { raw: RawDataset | null; children: ReactNode }) {
  const value = useMemo(() => (raw ? { raw, dataset: toDataset(raw) } : null), [raw]);
  return <OverrideContext.Provider value={value}>{children}</OverrideContext.Provider>;
}

/** Where the data comes from: inline in the page (`raw`), or fetched from a static file (`src`). */
export type DataProviderProps = { children: ReactNode } & (
  | { raw: RawDataset; src?: never; loading?: never }
  | {
      src: string;
      /** What stands in for `children` until the file arrives: it is what the server renders. */
      loading: ReactNode;
      raw?: never;
    }
);

const LOADING: DatasetLoad = { status: "loading" };

/**
 * Shapes the checked data into the domain once for the whole client tree below it; every client view asks
 * `useDataset()` instead of shaping it again. Pages that must read without JavaScript (the story, slides,
 * item pages) pass the data inline; the dashboard passes `src`, so its HTML stays small and the data is one
 * cacheable file fetched beside the scripts.
 */
export function DataProvider(props: DataProviderProps) {
  return props.src !== undefined ? (
    <FetchedData src={props.src} loading={props.loading}>
      {props.children}
    </FetchedData>
  ) : (
    <ShapedData raw={props.raw}>{props.children}</ShapedData>
  );
}

function ShapedData({ raw, children }: { raw: RawDataset; children: ReactNode }) {
  const value = useMemo(() => ({ raw, dataset: toDataset(raw) }), [raw]);
  return <DatasetContext.Provider value={value}>{children}</DatasetContext.Provider>;
}

function FetchedData({ src, loading, children }: { src: string; loading: ReactNode; children: ReactNode }) {
  const subscribe = useCallback((listener: () => void) => subscribeDataset(src, listener), [src]);
  // The server, and the browser while it hydrates, render the stand-in; the data is only ever the browser's.
  const load = useSyncExternalStore(
    subscribe,
    () => datasetLoad(src),
    () => LOADING,
  );
  if (load.status === "ready") return <ShapedData raw={load.raw}>{children}</ShapedData>;
  if (load.status === "error")
    return (
      <div className="data-error" role="alert">
        <p>
          The events and sites could not be loaded ({load.message}). Check the connection to this site and reload the page. The <a href={href.story()}>story</a>{" "}
          and the <a href={href.sources()}>sources</a> carry their own copy of the data and work meanwhile.
        </p>
        <button type="button" onClick={() => globalThis.location.reload()}>
          Reload
        </button>
      </div>
    );
  return loading;
}

/** The dataset of the nearest DataProvider, or the reader's own where a DatasetOverride gives one. */
export const useDataset = (): Dataset => useData().dataset;

/** The nearest dataset as its files hold it (the reader's own where a DatasetOverride gives one). */
export const useRawDataset = (): RawDataset => useData().raw;

function useData(): Data {
  const override = useContext(OverrideContext);
  const data = useContext(DatasetContext);
  if (override) return override;
  if (!data) throw new Error("useDataset needs a DataProvider above it");
  return data;
}
