"use client";

import { useEffect, useRef, useState } from "react";
import { href } from "@/lib/links";
import { duplicateSlide, moveSlide, presentable, type LocalDeck, type LocalSlide } from "@/lib/local-deck";
import { useDataset } from "../shared/data-provider";
import { DeckExport } from "./deck-export";
import { LocalDeckGate, type ReadyDeck } from "./local-deck-gate";
import { SlideEditor } from "./slide-editor";
import { TitleCardFields } from "./title-card-fields";
import { useStaticMaps } from "./use-static-maps";

/** A deleted slide, kept until the next change so it can be put back. */
interface Deleted {
  local: LocalSlide;
  index: number;
}

function Editor({ deck, save, error }: ReadyDeck) {
  const dataset = useDataset();
  const [announcement, setAnnouncement] = useState("");
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const dragged = useRef<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const [focusAfterMove, setFocusAfterMove] = useState<{ index: number; move: "up" | "down" } | null>(null);
  const maps = useStaticMaps(presentable(deck).slides, 400, 260);

  useEffect(() => {
    if (!focusAfterMove) return;
    const item = list.current?.querySelector<HTMLLIElement>(`[data-slide-index="${focusAfterMove.index}"]`);
    const button = item?.querySelector<HTMLButtonElement>(`[data-move="${focusAfterMove.move}"]:not(:disabled)`) ?? item?.querySelector("button");
    button?.focus();
  }, [focusAfterMove]);

  const change = (next: LocalDeck) => void save(next);
  const setSlide = (index: number, local: LocalSlide) => change({ ...deck, slides: deck.slides.map((s, i) => (i === index ? local : s)) });
  const move = (from: number, to: number, how: "keys" | "drag") => {
    if (to < 0 || to >= deck.slides.length || to === from) return;
    change(moveSlide(deck, from, to));
    setAnnouncement(`“${deck.slides[from]!.slide.title}” moved to slide ${to + 1} of ${deck.slides.length}.`);
    if (how === "keys") setFocusAfterMove({ index: to, move: to > from ? "down" : "up" });
  };
  const remove = (index: number) => {
    const local = deck.slides[index]!;
    change({ ...deck, slides: deck.slides.filter((_, i) => i !== index) });
    setDeleted({ local, index });
    setAnnouncement(`Slide “${local.slide.title}” deleted. Undo puts it back.`);
  };
  const undo = () => {
    if (!deleted) return;
    const slides = [...deck.slides];
    slides.splice(deleted.index, 0, deleted.local);
    change({ ...deck, slides });
    setDeleted(null);
    setAnnouncement(`Slide “${deleted.local.slide.title}” put back as slide ${deleted.index + 1}.`);
  };

  return (
    <div className="deck-editor">
      <h2>Edit “{deck.title || "untitled deck"}”</h2>
      <p className="deck-links">
        <a href={href.localSlide(deck.id)}>Present</a> · <a href={href.localPresenter(deck.id)}>Presenter view</a> ·{" "}
        <a href={href.localHandout(deck.id)}>Handout</a> · <a href={href.briefings()}>All decks</a>
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="deck-fields">
        <label>
          Deck title
          <input value={deck.title} onChange={(e) => change({ ...deck, title: e.target.value })} aria-invalid={deck.title.trim() === ""} />
        </label>
        <label>
          Audience <span className="field-hint">(optional)</span>
          <input
            value={deck.audience ?? ""}
            onChange={(e) => {
              const next: LocalDeck = { ...deck, audience: e.target.value };
              if (!next.audience) delete next.audience;
              change(next);
            }}
          />
        </label>
        <DeckExport deck={deck} onAnnounce={setAnnouncement} />
      </div>
      <TitleCardFields deck={deck} onChange={change} />
      <h2>
        {deck.slides.length} slide{deck.slides.length === 1 ? "" : "s"}
      </h2>
      <p className="field-hint">Drag a slide by its handle, or use Move up and Move down, to reorder.</p>
      {deleted && (
        <p className="undo-bar">
          Deleted “{deleted.local.slide.title}”.{" "}
          <button type="button" onClick={undo}>
            Undo
          </button>
        </p>
      )}
      {deck.slides.length === 0 && <p>No slides yet: add views from the dashboard or the story with “Add to briefing”.</p>}
      <ol className="slide-editor-list" ref={list}>
        {deck.slides.map((local, i) => (
          <SlideEditor
            key={i}
            local={local}
            index={i}
            count={deck.slides.length}
            dataset={dataset}
            map={Array.isArray(maps) ? (maps[i] ?? null) : maps}
            onChange={(next) => setSlide(i, next)}
            onMove={(to) => move(i, to, "keys")}
            onDuplicate={() => {
              change(duplicateSlide(deck, i));
              setAnnouncement(`Slide ${i + 1} duplicated as slide ${i + 2}.`);
            }}
            onDelete={() => remove(i)}
            onDragStart={() => (dragged.current = i)}
            onDrop={() => {
              if (dragged.current !== null) move(dragged.current, i, "drag");
              dragged.current = null;
            }}
          />
        ))}
      </ol>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

/** The editor of a deck kept in this browser (`/brief/local/edit?deck=<id>`): every change is saved as it is made. */
export function DeckEditor() {
  return <LocalDeckGate allowEmpty>{(ready) => <Editor {...ready} />}</LocalDeckGate>;
}
