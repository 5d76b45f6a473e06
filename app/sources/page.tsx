import type { Metadata } from "next";
import { SourcesPage } from "@/components/sources/sources-page";
import { toDataset } from "@/lib/dataset";
import { loadRawDataset } from "@/lib/load";

export const metadata: Metadata = { title: "Sources — Tyl" };

export default function Sources() {
  return <SourcesPage dataset={toDataset(loadRawDataset())} />;
}
