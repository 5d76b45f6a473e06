"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import { toDataset, type Dataset } from "@/lib/dataset";
import type { RawDataset } from "@/lib/schema";

const DatasetContext = createContext<Dataset | null>(null);

/**
 * Shapes the checked data into the domain once for the whole client tree below it; every client view asks
 * `useDataset()` instead of shaping it again.
 */
export function DataProvider({ raw, children }: { raw: RawDataset; children: ReactNode }) {
  const dataset = useMemo(() => toDataset(raw), [raw]);
  return <DatasetContext.Provider value={dataset}>{children}</DatasetContext.Provider>;
}

/** The dataset of the nearest DataProvider. */
export function useDataset(): Dataset {
  const dataset = useContext(DatasetContext);
  if (!dataset) throw new Error("useDataset needs a DataProvider above it");
  return dataset;
}
