"use client";

import { useEffect, useState, type ReactNode } from "react";
import { formatElapsed } from "@/lib/format";
import type { Briefing } from "@/lib/schema";
import { useDeckNavigation } from "./use-deck-navigation";

/** Props of the presenter view. */
export interface PresenterViewProps {
  deck: Briefing;
  /** A static map per slide, in deck order. */
  maps: ReactNode[];
  /** The channel shared with the audience window: the deck id for a shipped deck. */
  channel?: string;
}

/**
 * The presenter's window: the current and the next slide, the speaker notes, the slide number and the time
 * since the talk began. It follows and drives the audience window through the deck's channel.
 */
export function PresenterView({ deck, maps, channel = deck.id }: PresenterViewProps) {
  const [started, setStarted] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const count = deck.slides.length;
  const { index, go } = useDeckNavigation(channel, count, 0, () => undefined);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  const slide = deck.slides[index];
  if (!slide) return null;
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
          Elapsed <time className="elapsed">{formatElapsed(now - started)}</time>{" "}
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
