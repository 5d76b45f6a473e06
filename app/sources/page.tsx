import type { Metadata } from "next";
import { SourcesPage } from "@/components/sources/sources-page";
import { getDataset } from "@/lib/server/data";

export const metadata: Metadata = { title: "Sources — Tyl" };

export default function Sources() {
  return <SourcesPage dataset={getDataset()} />;
}
