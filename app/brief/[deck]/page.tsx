import type { Metadata } from "next";
import { SlideShow } from "@/components/brief/slide-show";
import { DataProvider } from "@/components/shared/data-provider";
import { deckOfRoute, deckParams, getRawDataset, type DeckParams } from "@/lib/server/data";

export const metadata: Metadata = { title: "Briefing — Tyl" };

export const generateStaticParams = deckParams;

/** /brief/<deck> presents the deck from its first slide; moving on writes /brief/<deck>/<n>. */
export default async function Deck({ params }: { params: Promise<DeckParams> }) {
  return (
    <main id="main" className="brief">
      <DataProvider raw={getRawDataset()}>
        <SlideShow deck={await deckOfRoute(params)} initialIndex={0} />
      </DataProvider>
    </main>
  );
}
