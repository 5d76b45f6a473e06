import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SlideShow } from "@/components/brief/slide-show";
import { DataProvider } from "@/components/shared/data-provider";
import { deckParams, getDeck, getRawDataset } from "@/lib/server/data";

interface Params {
  deck: string;
}

export const metadata: Metadata = { title: "Briefing — Tyl" };

export const generateStaticParams = deckParams;

/** /brief/<deck> presents the deck from its first slide; moving on writes /brief/<deck>/<n>. */
export default async function Deck({ params }: { params: Promise<Params> }) {
  const deck = getDeck((await params).deck);
  if (!deck) notFound();
  return (
    <main id="main" className="brief">
      <DataProvider raw={getRawDataset()}>
        <SlideShow deck={deck} initialIndex={0} />
      </DataProvider>
    </main>
  );
}
