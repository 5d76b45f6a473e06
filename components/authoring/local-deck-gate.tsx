"use client";

import type { ReactNode } from "react";
import { href } from "@/lib/links";
import type { LocalDeck } from "@/lib/local-deck";
import { useLocalDeck } from "./use-local-deck";

/** What a page about one local deck gets once the deck is read. */
export interface ReadyDeck {
  deck: LocalDeck;
  index: number;
  save: (next: LocalDeck) => Promise<void>;
  error: string;
}

/**
 * Reads the deck the page's `?deck=` names and renders `children` with it; says so when there is none, and,
 * unless `empty` is allowed, when it has no slide to show yet.
 */
export function LocalDeckGate({ children, allowEmpty = false }: { children: (ready: ReadyDeck) => ReactNode; allowEmpty?: boolean }) {
  const load = useLocalDeck();
  if (load.status === "loading") return <p className="local-deck-note">Reading the deck kept in this browser…</p>;
  if (load.status === "missing")
    return (
      <div className="local-deck-note" role="alert">
        <p>{load.message}</p>
        <p>
          <a href={href.briefings()}>See the briefing decks</a>
        </p>
      </div>
    );
  if (!allowEmpty && load.deck.slides.length === 0)
    return (
      <div className="local-deck-note" role="alert">
        <p>“{load.deck.title}” has no slides yet. Add views to it from the dashboard or the story with “Add to briefing”.</p>
        <p>
          <a href={href.localEdit(load.deck.id)}>Edit the deck</a>
        </p>
      </div>
    );
  return children(load);
}
