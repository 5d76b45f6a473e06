import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Handout } from "@/components/brief/handout";
import { deckParams, getDataset, getDeck, staticMap } from "@/lib/server/data";

interface Params {
  deck: string;
}

export const metadata: Metadata = { title: "Handout — Tyl" };

export const generateStaticParams = deckParams;

export default async function Print({ params }: { params: Promise<Params> }) {
  const deck = getDeck((await params).deck);
  if (!deck) notFound();
  return (
    <main id="main">
      <Handout deck={deck} dataset={getDataset()} maps={deck.slides.map((s) => staticMap(s.camera, s.siteIds, 640, 420))} />
    </main>
  );
}
