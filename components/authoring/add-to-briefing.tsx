"use client";

import { useId, useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { createPortal } from "react-dom";
import { listDecks, saveDeck } from "@/lib/deck-store";
import { href } from "@/lib/links";
import { captureSlide, newDeck, type CapturedView, type LocalDeck, type LocalSlide } from "@/lib/local-deck";
import { useRawDataset } from "../shared/data-provider";

/** Props of the "Add to briefing" control. */
export interface AddToBriefingProps {
  /** What is on screen, read when the control is pressed. */
  capture: () => CapturedView;
  /** Announces what happened through the page's polite live region. */
  onAnnounce: (message: string) => void;
}

const NEW = "";
const noSubscription = () => () => undefined;

/**
 * "Add to briefing": captures the view on screen as a slide and puts it, with a title the user can change
 * first, into a deck kept in this browser that the user picks or creates.
 */
export function AddToBriefing({ capture, onAnnounce }: AddToBriefingProps) {
  const raw = useRawDataset();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [decks, setDecks] = useState<LocalDeck[]>([]);
  const [draft, setDraft] = useState<LocalSlide | null>(null);
  const [title, setTitle] = useState("");
  const [deckId, setDeckId] = useState(NEW);
  const [deckTitle, setDeckTitle] = useState("");
  const [error, setError] = useState("");
  const [last, setLast] = useState<string | null>(null);
  // The dialog goes to <body>, out of the header whose styles are for its own buttons; the server renders none.
  const client = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  const open = async () => {
    const slide = captureSlide(raw, capture());
    setDraft(slide);
    setTitle(slide.slide.title);
    setError("");
    setDeckTitle("");
    const saved = await listDecks().catch((e: unknown) => {
      setError(`Saved decks could not be read: ${e instanceof Error ? e.message : String(e)}.`);
      return [];
    });
    setDecks(saved);
    setDeckId(saved.some((d) => d.id === last) ? last! : (saved[0]?.id ?? NEW));
    dialog.current?.showModal();
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    const slideTitle = title.trim();
    if (!slideTitle) return setError("Give the slide a title.");
    const target =
      decks.find((d) => d.id === deckId) ??
      newDeck(
        deckTitle.trim() || "Untitled briefing",
        decks.map((d) => d.id),
      );
    const deck: LocalDeck = { ...target, slides: [...target.slides, { ...draft, slide: { ...draft.slide, title: slideTitle.slice(0, 90) } }] };
    try {
      await saveDeck(deck);
    } catch (e) {
      return setError(`The slide was not saved: ${e instanceof Error ? e.message : String(e)}.`);
    }
    setLast(deck.id);
    dialog.current?.close();
    onAnnounce(`Slide “${slideTitle}” added to “${deck.title}”, slide ${deck.slides.length} of ${deck.slides.length}.`);
  };

  const form = (
    <dialog ref={dialog} className="add-brief-dialog" aria-labelledby={`${id}-title`}>
      <form onSubmit={add}>
        <h2 id={`${id}-title`}>Add this view to a briefing</h2>
        <p className="add-brief-help">
          The slide keeps the map&rsquo;s camera, the time window, the filters, the search, the selection and what is lit. Decks are kept in this browser.
        </p>
        <label htmlFor={`${id}-slide`}>Slide title</label>
        <input id={`${id}-slide`} value={title} maxLength={90} onChange={(e) => setTitle(e.target.value)} required />
        <fieldset>
          <legend>Deck</legend>
          {decks.map((deck) => (
            <label key={deck.id} className="check">
              <input type="radio" name={`${id}-deck`} value={deck.id} checked={deckId === deck.id} onChange={() => setDeckId(deck.id)} />
              {deck.title} <span className="count">({deck.slides.length} slides)</span>
            </label>
          ))}
          <label className="check">
            <input type="radio" name={`${id}-deck`} value={NEW} checked={deckId === NEW} onChange={() => setDeckId(NEW)} />
            New deck
          </label>
          {deckId === NEW && (
            <>
              <label htmlFor={`${id}-deck-title`}>New deck title</label>
              <input id={`${id}-deck-title`} value={deckTitle} placeholder="Untitled briefing" onChange={(e) => setDeckTitle(e.target.value)} />
            </>
          )}
        </fieldset>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary">
            Add slide
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          {last && (
            <a href={href.localEdit(last)} className="dialog-link">
              Edit the last deck used
            </a>
          )}
        </div>
      </form>
    </dialog>
  );

  return (
    <>
      <button type="button" className="add-brief" onClick={open}>
        <span className="add-brief-long">Add to </span>briefing
      </button>
      {client ? createPortal(form, document.body) : null}
    </>
  );
}
