import type { ReactNode } from "react";
import { href } from "@/lib/links";
import { OpenDataProvider } from "../open-data/open-data-provider";
import { DataProvider } from "../shared/data-provider";

/**
 * The data of a page about decks kept in the browser: the shipped dataset as the static file the dashboard
 * fetches (these pages are the same for every deck, so nothing is inline), or the reader's own dataset where
 * they opened one, since their slides name its events and sites.
 */
export function LocalDeckData({ version, children }: { version: string; children: ReactNode }) {
  return (
    <DataProvider src={href.datasetAsset(version)} loading={<p className="local-deck-note">Loading the data…</p>}>
      <OpenDataProvider shippedVersion={version}>{children}</OpenDataProvider>
    </DataProvider>
  );
}
