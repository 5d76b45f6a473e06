import type { Metadata } from "next";
import Link from "next/link";
import { SiteHeader } from "@/components/layout/site-header";
import { ViewsNav } from "@/components/layout/views-nav";
import { allDecks } from "@/lib/briefing";
import { toDataset } from "@/lib/dataset";
import { loadRawDataset } from "@/lib/load";

export const metadata: Metadata = { title: "Briefings — Tyl" };

export default function Briefings() {
  const raw = loadRawDataset();
  const decks = allDecks({ ...toDataset(raw), briefings: raw.briefings });
  return (
    <>
      <SiteHeader>
        <ViewsNav current="/brief" />
      </SiteHeader>
      <main id="main" className="sources-page">
        <h2>Briefing decks</h2>
        <p>Present a deck on a projector: arrow keys, Page Up and Page Down (clickers) or Space move between slides; F goes full screen; B blanks the screen.</p>
        <ul className="deck-list">
          {decks.map((deck) => (
            <li key={deck.id}>
              <h3>
                <Link href={`/brief/${deck.id}/1`}>{deck.title}</Link>
              </h3>
              <p className="source-byline">
                {deck.slides.length} slides{deck.audience ? ` · ${deck.audience}` : ""}
              </p>
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
