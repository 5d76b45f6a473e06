import type { Metadata } from "next";
import { Handout } from "@/components/brief/handout";
import { deckOfRoute, deckParams, getDataset, staticMap, type DeckParams } from "@/lib/server/data";

export const metadata: Metadata = { title: "Handout — Tyl" };

export const generateStaticParams = deckParams;

export default async function Print({ params }: { params: Promise<DeckParams> }) {
  const deck = await deckOfRoute(params);
  return (
    <main id="main">
      <Handout deck={deck} dataset={getDataset()} maps={deck.slides.map((s) => staticMap(s.camera, s.siteIds, 640, 420))} />
    </main>
  );
}
