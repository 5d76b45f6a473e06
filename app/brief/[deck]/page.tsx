import type { Metadata } from "next";
import { pageMetadata } from "@/lib/metadata";
import { href } from "@/lib/links";
import { SlideShow } from "@/components/brief/slide-show";
import { DataProvider } from "@/components/shared/data-provider";
import { deckOfRoute, deckParams, getRawDataset, type DeckParams } from "@/lib/server/data";

export async function generateMetadata({ params }: { params: Promise<DeckParams> }): Promise<Metadata> {
  const deck = await deckOfRoute(params);
  // The same slide as /brief/<deck>/1, which is the address to cite.
  return pageMetadata({ title: `${deck.title}, slide 1`, path: href.slide(deck.id) });
}

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
