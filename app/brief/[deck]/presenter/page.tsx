import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PresenterView } from "@/components/brief/presenter-view";
import { StaticMapFigure } from "@/components/shared/static-map-figure";
import { allDecks } from "@/lib/briefing";
import { toDataset } from "@/lib/dataset";
import { loadRawDataset } from "@/lib/load";
import { readPublishedBasemap } from "@/lib/published-basemap";
import { renderStaticMap } from "@/lib/static-map";

interface Params {
  deck: string;
}

export const metadata: Metadata = { title: "Presenter view — Tyl" };

export function generateStaticParams(): Params[] {
  const raw = loadRawDataset();
  return allDecks({ ...toDataset(raw), briefings: raw.briefings }).map((d) => ({ deck: d.id }));
}

export default async function Presenter({ params }: { params: Promise<Params> }) {
  const { deck } = await params;
  const raw = loadRawDataset();
  const dataset = toDataset(raw);
  const found = allDecks({ ...dataset, briefings: raw.briefings }).find((d) => d.id === deck);
  if (!found) notFound();
  const { countries, borders } = readPublishedBasemap();
  const maps = found.slides.map((slide, i) => (
    <StaticMapFigure
      key={i}
      map={renderStaticMap(countries, borders, slide.camera, dataset.sites, new Set(slide.siteIds), 480, 300)}
      label={`Map of slide ${i + 1}: ${slide.title}`}
    />
  ));
  return (
    <main id="main" className="brief">
      <PresenterView raw={raw} deckId={deck} maps={maps} />
    </main>
  );
}
