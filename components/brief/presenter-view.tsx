"use client";

import { useEffect, useMemo, useState, type ReactNode } from "react";
import { allDecks } from "@/lib/briefing";
import { toDataset } from "@/lib/dataset";
import type { RawDataset } from "@/lib/schema";
import { useDeckChannel } from "./use-deck-channel";
import { useSlideKeys } from "./use-slide-keys";

/** Props of the presenter view. */
export interface PresenterViewProps {
  raw: RawDataset;
  deckId: string;
  /** A server-drawn static map per slide, in deck order. */
  maps: ReactNode[];
}

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;

/**
 * The presenter's window: the current and the next slide, the speaker notes, the slide number and the time
 * since the talk began. It follows and drives the audience window through the deck's channel.
 */
export function PresenterView({ raw, deckId, maps }: PresenterViewProps) {
  const deck = useMemo(() => allDecks({ ...toDataset(raw), briefings: raw.briefings }).find((d) => d.id === deckId), [raw, deckId]);
  const [index, setIndex] = useState(0);
  const [started, setStarted] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const count = deck?.slides.length ?? 0;
  const broadcast = useDeckChannel(deckId, index, setIndex);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  const go = (next: number) => {
    const target = Math.max(0, Math.min(count - 1, next));
    if (target === index) return;
    setIndex(target);
    broadcast(target);
  };
  useSlideKeys({
    next: () => go(index + 1),
    previous: () => go(index - 1),
    first: () => go(0),
    last: () => go(count - 1),
    jump: (n) => go(n - 1),
    toggleBlank: () => undefined,
    unblank: () => undefined,
    toggleFullscreen: () => undefined,
  });

  const slide = deck?.slides[index];
  if (!deck || !slide) return null;
  const next = deck.slides[index + 1];
  return (
    <div className="presenter">
      <header className="presenter-bar">
        <p>
          <strong aria-live="polite">
            Slide {index + 1} of {count}
          </strong>{" "}
          · {deck.title}
        </p>
        <p>
          Elapsed <time className="elapsed">{clock(Math.max(0, Math.floor((now - started) / 1000)))}</time>{" "}
          <button type="button" onClick={() => setStarted(Date.now())}>
            Restart clock
          </button>
        </p>
        <p className="control-group">
          <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
            Previous
          </button>
          <button type="button" onClick={() => go(index + 1)} disabled={index === count - 1}>
            Next
          </button>
        </p>
      </header>
      <section className="presenter-current" aria-labelledby="presenter-current-title">
        <h2 id="presenter-current-title">Now: {slide.title}</h2>
        <div className="presenter-map">{maps[index]}</div>
        {slide.points && (
          <ul>
            {slide.points.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </section>
      <section className="presenter-notes" aria-labelledby="presenter-notes-title">
        <h2 id="presenter-notes-title">Speaker notes</h2>
        <p>{slide.notes || "No notes for this slide."}</p>
      </section>
      <section className="presenter-next" aria-labelledby="presenter-next-title">
        <h2 id="presenter-next-title">{next ? `Next: ${next.title}` : "End of the deck"}</h2>
        {next && <div className="presenter-map">{maps[index + 1]}</div>}
      </section>
    </div>
  );
}
