import type { Metadata } from "next";
import { pageMetadata } from "@/lib/metadata";
import { href } from "@/lib/links";
import { PresenterView } from "@/components/brief/presenter-view";
import { StaticMapFigure } from "@/components/shared/static-map-figure";
import { deckOfRoute, deckParams, staticMap, type DeckParams } from "@/lib/server/data";

export async function generateMetadata({ params }: { params: Promise<DeckParams> }): Promise<Metadata> {
  const deck = await deckOfRoute(params);
  return pageMetadata({ title: `${deck.title}: presenter view`, path: href.presenter(deck.id) });
}

export const generateStaticParams = deckParams;

export default async function Presenter({ params }: { params: Promise<DeckParams> }) {
  const deck = await deckOfRoute(params);
  const maps = deck.slides.map((slide, i) => (
    <StaticMapFigure key={i} map={staticMap(slide.camera, slide.siteIds, 480, 300, slide.flowIds)} label={`Map of slide ${i + 1}: ${slide.title}`} />
  ));
  return (
    <main id="main" className="brief">
      <PresenterView deck={deck} maps={maps} />
    </main>
  );
}
