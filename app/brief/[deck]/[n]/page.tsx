import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SlideShow } from "@/components/brief/slide-show";
import { allDecks } from "@/lib/briefing";
import { toDataset } from "@/lib/dataset";
import { loadRawDataset } from "@/lib/load";

interface Params {
  deck: string;
  n: string;
}

const decks = () => {
  const raw = loadRawDataset();
  return { raw, decks: allDecks({ ...toDataset(raw), briefings: raw.briefings }) };
};

export function generateStaticParams(): Params[] {
  return decks().decks.flatMap((deck) => deck.slides.map((_, i) => ({ deck: deck.id, n: String(i + 1) })));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { deck, n } = await params;
  const found = decks().decks.find((d) => d.id === deck);
  return { title: found ? `${found.title}, slide ${n} — Tyl` : "Briefing — Tyl" };
}

export default async function SlidePage({ params }: { params: Promise<Params> }) {
  const { deck, n } = await params;
  const { raw, decks: all } = decks();
  const found = all.find((d) => d.id === deck);
  const index = Number(n) - 1;
  if (!found || !Number.isInteger(index) || index < 0 || index >= found.slides.length) notFound();
  return (
    <main id="main" className="brief">
      <SlideShow raw={raw} deckId={deck} initialIndex={index} />
    </main>
  );
}
