"use client";

import { useCallback, useEffect, useState } from "react";
import { getDeck, saveDeck } from "@/lib/deck-store";
import { parseLocalPlace } from "@/lib/links";
import type { LocalDeck } from "@/lib/local-deck";

/** A local deck page's deck, read from `?deck=` once the page is in the browser. */
export type LocalDeckLoad =
  | { status: "loading" }
  | { status: "missing"; message: string }
  | { status: "ready"; deck: LocalDeck; index: number; save: (next: LocalDeck) => Promise<void>; error: string };

/**
 * The deck a local deck page (`/brief/local…?deck=<id>&n=<n>`) names, from this browser's IndexedDB; `save`
 * keeps an edit there and on screen, and `error` says when the browser refused to keep one.
 */
export function useLocalDeck(): LocalDeckLoad {
  const [load, setLoad] = useState<{ status: "loading" } | { status: "missing"; message: string } | { status: "ready"; deck: LocalDeck; index: number }>({
    status: "loading",
  });
  const [error, setError] = useState("");
  useEffect(() => {
    let live = true;
    const place = parseLocalPlace(window.location.search);
    const done = (next: typeof load) => live && setLoad(next);
    if (!place) done({ status: "missing", message: "This address names no deck: it needs ?deck= followed by a deck id." });
    else
      getDeck(place.deck).then(
        (deck) =>
          done(
            deck
              ? { status: "ready", deck, index: Math.min(place.index, Math.max(0, deck.slides.length - 1)) }
              : { status: "missing", message: `No deck “${place.deck}” is kept in this browser. Decks live in the browser they were made in.` },
          ),
        (e: unknown) => done({ status: "missing", message: `Saved decks could not be read: ${e instanceof Error ? e.message : String(e)}.` }),
      );
    return () => {
      live = false;
    };
  }, []);
  const save = useCallback(async (next: LocalDeck) => {
    setLoad((current) => (current.status === "ready" ? { ...current, deck: next } : current));
    try {
      await saveDeck(next);
      setError("");
    } catch (e) {
      setError(`This change is on screen but was not saved: ${e instanceof Error ? e.message : String(e)}.`);
    }
  }, []);
  return load.status === "ready" ? { ...load, save, error } : load;
}
