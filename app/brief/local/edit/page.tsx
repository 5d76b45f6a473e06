import type { Metadata } from "next";
import { DeckEditor } from "@/components/authoring/deck-editor";
import { LocalDeckData } from "@/components/authoring/local-deck-data";
import { SiteHeader } from "@/components/layout/site-header";
import { ViewsNav } from "@/components/layout/views-nav";
import { href } from "@/lib/links";
import { pageMetadata } from "@/lib/metadata";
import { getDatasetVersion } from "@/lib/server/data";

// One static page for every deck kept in a browser (the deck is in the query); its canonical page is the list of decks.
export const metadata: Metadata = pageMetadata({ title: "Edit a deck kept in this browser", path: href.briefings() });

export default function Page() {
  return (
    <>
      <SiteHeader>
        <ViewsNav />
      </SiteHeader>
      <main id="main" className="deck-editor-page">
        <LocalDeckData version={getDatasetVersion()}>
          <DeckEditor />
        </LocalDeckData>
      </main>
    </>
  );
}
