import type { Metadata } from "next";
import { pageMetadata } from "@/lib/metadata";
import { href } from "@/lib/links";
import { SourcesPage } from "@/components/sources/sources-page";
import { getDataset } from "@/lib/server/data";

export const metadata: Metadata = pageMetadata({
  title: "Sources",
  description: "Every document analysed and every public reference consulted for Tyl's events, sites and figures.",
  path: href.sources(),
});

export default function Sources() {
  return <SourcesPage dataset={getDataset()} />;
}
