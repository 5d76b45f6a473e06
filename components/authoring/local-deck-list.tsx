"use client";

import { useEffect, useState } from "react";
import { deleteDeck, listDecks, saveDeck } from "@/lib/deck-store";
import { href } from "@/lib/links";
import type { LocalDeck } from "@/lib/local-deck";
import { DeckImport } from "./deck-import";

/** The decks kept in this browser, on the briefings page beside the shipped ones, with a way to import one. */
export function LocalDeckList() {
  const [decks, setDecks] = useState<LocalDeck[] | null>(null);
  const [status, setStatus] = useState("");
  const [removed, setRemoved] = useState<LocalDeck | null>(null);
  const reload = () =>
    listDecks().then(setDecks, (e: unknown) => {
      setDecks([]);
      setStatus(`Saved decks could not be read: ${e instanceof Error ? e.message : String(e)}.`);
    });
  useEffect(() => {
    void reload();
  }, []);
  const remove = async (deck: LocalDeck) => {
    await deleteDeck(deck.id);
    setRemoved(deck);
    setStatus(`Deleted “${deck.title}”.`);
    await reload();
  };
  const restore = async () => {
    if (!removed) return;
    await saveDeck(removed);
    setStatus(`“${removed.title}” is back.`);
    setRemoved(null);
    await reload();
  };
  return (
    <section className="local-decks" aria-labelledby="local-decks-title">
      <h2 id="local-decks-title">Your decks, kept in this browser</h2>
      {decks === null ? (
        <p>Reading your decks…</p>
      ) : decks.length === 0 ? (
        <p>None yet. On the dashboard or in the story, “Add to briefing” makes a slide of what you see.</p>
      ) : (
        <ul className="deck-list">
          {decks.map((deck) => (
            <li key={deck.id}>
              <h3>{deck.title}</h3>
              <p className="source-byline">
                {deck.slides.length} slide{deck.slides.length === 1 ? "" : "s"}
                {deck.audience ? ` · ${deck.audience}` : ""}
              </p>
              <p className="deck-links">
                <a href={href.localEdit(deck.id)} aria-label={`Edit “${deck.title}”`}>
                  Edit
                </a>
                {deck.slides.length > 0 && (
                  <>
                    {" · "}
                    <a href={href.localSlide(deck.id)} aria-label={`Present “${deck.title}”`}>
                      Present
                    </a>
                    {" · "}
                    <a href={href.localHandout(deck.id)} aria-label={`Handout of “${deck.title}”`}>
                      Handout
                    </a>
                  </>
                )}
                {" · "}
                <button type="button" onClick={() => void remove(deck)} aria-label={`Delete “${deck.title}”`}>
                  Delete
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
      {removed && (
        <p className="undo-bar">
          Deleted “{removed.title}”.{" "}
          <button type="button" onClick={() => void restore()}>
            Undo
          </button>
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      <DeckImport taken={(decks ?? []).map((d) => d.id)} onImported={() => void reload()} />
    </section>
  );
}
