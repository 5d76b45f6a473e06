"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import { toDataset, type Dataset } from "@/lib/dataset";
import type { RawDataset } from "@/lib/schema";

const DatasetContext = createContext<Dataset | null>(null);
const OverrideContext = createContext<Dataset | null>(null);

/** Puts a dataset the reader opened (components/open-data) in place of the provider's own, for everything below it. */
export const DatasetOverride = OverrideContext.Provider;

/**
 * Shapes the checked data into the domain once for the whole client tree below it; every client view asks
 * `useDataset()` instead of shaping it again.
 */
export function DataProvider({ raw, children }: { raw: RawDataset; children: ReactNode }) {
  const dataset = useMemo(() => toDataset(raw), [raw]);
  return <DatasetContext.Provider value={dataset}>{children}</DatasetContext.Provider>;
}

/** The dataset of the nearest DataProvider, or the reader's own where a DatasetOverride gives one. */
export function useDataset(): Dataset {
  const override = useContext(OverrideContext);
  const dataset = useContext(DatasetContext);
  if (override) return override;
  if (!dataset) throw new Error("useDataset needs a DataProvider above it");
  return dataset;
}
