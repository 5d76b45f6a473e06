import type { Metadata } from "next";
import { pageMetadata } from "@/lib/metadata";
import Link from "next/link";
import { SiteHeader } from "@/components/layout/site-header";
import { ViewsNav } from "@/components/layout/views-nav";
import { href } from "@/lib/links";
import { LocalDeckData } from "@/components/authoring/local-deck-data";
import { LocalDeckList } from "@/components/authoring/local-deck-list";
import { getDatasetVersion, getDecks } from "@/lib/server/data";

export const metadata: Metadata = pageMetadata({
  title: "Briefings",
  description: "Briefing decks on Belarus as Russia's rear base: slides with maps, timelines, speaker notes and printable handouts.",
  path: href.briefings(),
});

export default function Briefings() {
  const decks = getDecks();
  return (
    <>
      <SiteHeader>
        <ViewsNav current="/brief" />
      </SiteHeader>
      <main id="main" className="sources-page">
        <h2>Briefing decks</h2>
        <p>
          Present a deck on a projector: arrow keys, Page Up and Page Down (clickers) or Space move between slides; F goes full screen; B blanks the screen.
        </p>
        <ul className="deck-list">
          {decks.map((deck) => (
            <li key={deck.id}>
              <h3>
                <Link href={href.slide(deck.id)}>{deck.title}</Link>
              </h3>
              <p className="source-byline">
                {deck.slides.length} slides{deck.audience ? ` · ${deck.audience}` : ""}
              </p>
              <p className="deck-links">
                <Link href={href.slide(deck.id)} aria-label={`Present “${deck.title}”`}>
                  Present
                </Link>
                {" · "}
                <Link href={href.presenter(deck.id)} aria-label={`Presenter view of “${deck.title}”`}>
                  Presenter view
                </Link>
                {" · "}
                <Link href={href.handout(deck.id)} aria-label={`Handout of “${deck.title}”`}>
                  Handout
                </Link>
              </p>
            </li>
          ))}
        </ul>
        <LocalDeckData version={getDatasetVersion()}>
          <LocalDeckList />
        </LocalDeckData>
      </main>
    </>
  );
}
