import type { Metadata } from "next";
import { LocalPresenter } from "@/components/authoring/local-presenter";
import { LocalDeckData } from "@/components/authoring/local-deck-data";
import { href } from "@/lib/links";
import { pageMetadata } from "@/lib/metadata";
import { getDatasetVersion } from "@/lib/server/data";

// One static page for every deck kept in a browser (the deck is in the query); its canonical page is the list of decks.
export const metadata: Metadata = pageMetadata({ title: "A deck kept in this browser: presenter view", path: href.briefings() });

export default function Page() {
  return (
    <main id="main" className="brief">
      <LocalDeckData version={getDatasetVersion()}>
        <LocalPresenter />
      </LocalDeckData>
    </main>
  );
}
