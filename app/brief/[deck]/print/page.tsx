import type { Metadata } from "next";
import { pageMetadata } from "@/lib/metadata";
import { href } from "@/lib/links";
import { Handout } from "@/components/brief/handout";
import { slideLiveHref } from "@/lib/local-deck";
import { deckOfRoute, deckParams, getDataset, getDatasetVersion, staticMap, type DeckParams } from "@/lib/server/data";

export async function generateMetadata({ params }: { params: Promise<DeckParams> }): Promise<Metadata> {
  const deck = await deckOfRoute(params);
  return pageMetadata({ title: `${deck.title}: handout`, path: href.handout(deck.id) });
}

export const generateStaticParams = deckParams;

export default async function Print({ params }: { params: Promise<DeckParams> }) {
  const deck = await deckOfRoute(params);
  return (
    <main id="main">
      <Handout
        deck={deck}
        dataset={getDataset()}
        maps={deck.slides.map((s) => staticMap(s.camera, s.siteIds, 640, 420, s.flowIds))}
        livePaths={deck.slides.map(slideLiveHref)}
        version={getDatasetVersion()}
      />
    </main>
  );
}
