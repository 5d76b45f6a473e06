import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Handout } from "@/components/brief/handout";
import { allDecks } from "@/lib/briefing";
import { toDataset } from "@/lib/dataset";
import { loadRawDataset } from "@/lib/load";
import { readPublishedBasemap } from "@/lib/published-basemap";
import { renderStaticMap } from "@/lib/static-map";

interface Params {
  deck: string;
}

export const metadata: Metadata = { title: "Handout — Tyl" };

export function generateStaticParams(): Params[] {
  const raw = loadRawDataset();
  return allDecks({ ...toDataset(raw), briefings: raw.briefings }).map((d) => ({ deck: d.id }));
}

export default async function Print({ params }: { params: Promise<Params> }) {
  const { deck } = await params;
  const raw = loadRawDataset();
  const dataset = toDataset(raw);
  const found = allDecks({ ...dataset, briefings: raw.briefings }).find((d) => d.id === deck);
  if (!found) notFound();
  const { countries, borders } = readPublishedBasemap();
  const maps = found.slides.map((s) => renderStaticMap(countries, borders, s.camera, dataset.sites, new Set(s.siteIds), 640, 420));
  return (
    <main id="main">
      <Handout deck={found} dataset={dataset} maps={maps} />
    </main>
  );
}
