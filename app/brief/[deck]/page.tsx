import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SlideShow } from "@/components/brief/slide-show";
import { allDecks } from "@/lib/briefing";
import { toDataset } from "@/lib/dataset";
import { loadRawDataset } from "@/lib/load";

interface Params {
  deck: string;
}

export const metadata: Metadata = { title: "Briefing — Tyl" };

export function generateStaticParams(): Params[] {
  const raw = loadRawDataset();
  return allDecks({ ...toDataset(raw), briefings: raw.briefings }).map((d) => ({ deck: d.id }));
}

/** /brief/<deck> presents the deck from its first slide; moving on writes /brief/<deck>/<n>. */
export default async function Deck({ params }: { params: Promise<Params> }) {
  const { deck } = await params;
  const raw = loadRawDataset();
  if (!allDecks({ ...toDataset(raw), briefings: raw.briefings }).some((d) => d.id === deck)) notFound();
  return (
    <main id="main" className="brief">
      <SlideShow raw={raw} deckId={deck} initialIndex={0} />
    </main>
  );
}
