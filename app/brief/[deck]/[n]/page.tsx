import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SlideShow } from "@/components/brief/slide-show";
import { DataProvider } from "@/components/shared/data-provider";
import { parseSlideNumber } from "@/lib/links";
import { getDeck, getDecks, getRawDataset, type DeckParams } from "@/lib/server/data";

interface Params extends DeckParams {
  n: string;
}

export function generateStaticParams(): Params[] {
  return getDecks().flatMap((deck) => deck.slides.map((_, index) => ({ deck: deck.id, n: String(index + 1) })));
}

/** The deck and slide a route names, or null when either is unknown. */
async function place(params: Promise<Params>) {
  const { deck: id, n } = await params;
  const deck = getDeck(id);
  const at = deck ? parseSlideNumber(n, deck.slides.length) : null;
  return deck && at !== null ? { deck, index: at } : null;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = await place(params);
  return { title: found ? `${found.deck.title}, slide ${found.index + 1} — Tyl` : "Briefing — Tyl" };
}

export default async function SlidePage({ params }: { params: Promise<Params> }) {
  const found = await place(params);
  if (!found) notFound();
  return (
    <main id="main" className="brief">
      <DataProvider raw={getRawDataset()}>
        <SlideShow deck={found.deck} initialIndex={found.index} />
      </DataProvider>
    </main>
  );
}
