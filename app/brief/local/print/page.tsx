import type { Metadata } from "next";
import { LocalHandout } from "@/components/authoring/local-handout";
import { LocalDeckData } from "@/components/authoring/local-deck-data";
import { href } from "@/lib/links";
import { pageMetadata } from "@/lib/metadata";
import { getDatasetVersion } from "@/lib/server/data";

// One static page for every deck kept in a browser (the deck is in the query); its canonical page is the list of decks.
export const metadata: Metadata = pageMetadata({ title: "A deck kept in this browser: handout", path: href.briefings() });

export default function Page() {
  return (
    <main id="main">
      <LocalDeckData version={getDatasetVersion()}>
        <LocalHandout />
      </LocalDeckData>
    </main>
  );
}
