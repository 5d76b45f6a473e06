"use client";

import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { allDecks } from "@/lib/briefing";
import { toDataset } from "@/lib/dataset";
import { spanOf } from "@/lib/dates";
import type { RawDataset } from "@/lib/schema";
import { formatWindow } from "@/lib/window-label";
import { useReducedMotion } from "../shared/use-reduced-motion";
import { GuidedMap } from "../map/guided-map";
import type { CameraRequest } from "../map/site-map";
import { Timeline } from "../timeline/timeline";
import { useDeckChannel } from "./use-deck-channel";
import { useSlideKeys } from "./use-slide-keys";

/** Props of the slide show. */
export interface SlideShowProps {
  raw: RawDataset;
  deckId: string;
  /** Zero-based slide index the page was opened at. */
  initialIndex: number;
}

const NOTHING: ReadonlySet<string> = new Set();
const THEME_EVENT = "tyl-theme";
const subscribeTheme = (onChange: () => void) => {
  window.addEventListener(THEME_EVENT, onChange);
  window.addEventListener("popstate", onChange);
  return () => {
    window.removeEventListener(THEME_EVENT, onChange);
    window.removeEventListener("popstate", onChange);
  };
};
/** The dark theme is kept in the URL (`?theme=dark`), so a projector laptop reopens the deck as it was. */
const readDark = () => new URLSearchParams(window.location.search).get("theme") === "dark";
const slidePath = (deck: string, index: number) => `/brief/${deck}/${index + 1}`;

/**
 * A deck presented slide by slide on the same map and timeline as the dashboard. Changing slide rewrites the
 * URL (`/brief/<deck>/<n>`, a history entry) without reloading, so the map is not rebuilt between slides.
 */
export function SlideShow({ raw, deckId, initialIndex }: SlideShowProps) {
  const dataset = useMemo(() => toDataset(raw), [raw]);
  const deck = useMemo(() => allDecks({ ...dataset, briefings: raw.briefings }).find((d) => d.id === deckId), [dataset, raw.briefings, deckId]);
  const [index, setIndex] = useState(initialIndex);
  const [blank, setBlank] = useState(false);
  const [animate, setAnimate] = useState(true);
  const reducedMotion = useReducedMotion();
  const dark = useSyncExternalStore(subscribeTheme, readDark, () => false);
  const count = deck?.slides.length ?? 0;

  useEffect(() => {
    const onPop = () => {
      const n = Number(/\/brief\/[^/]+\/(\d+)/.exec(window.location.pathname)?.[1]);
      if (Number.isInteger(n) && n >= 1 && n <= count) setIndex(n - 1);
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [count]);

  const show = (target: number) => {
    setIndex(target);
    window.history.pushState(window.history.state, "", `${slidePath(deckId, target)}${window.location.search}${window.location.hash}`);
  };
  const broadcast = useDeckChannel(deckId, index, show);
  const go = (next: number) => {
    const target = Math.max(0, Math.min(count - 1, next));
    if (target === index) return;
    show(target);
    broadcast(target);
  };
  useSlideKeys({
    next: () => go(index + 1),
    previous: () => go(index - 1),
    first: () => go(0),
    last: () => go(count - 1),
    jump: (n) => go(n - 1),
    toggleBlank: () => setBlank((b) => !b),
    unblank: () => setBlank(false),
    toggleAnimation: () => setAnimate((a) => !a),
    toggleTheme: () => {
      const params = new URLSearchParams(window.location.search);
      if (dark) params.delete("theme");
      else params.set("theme", "dark");
      const query = params.toString();
      window.history.replaceState(window.history.state, "", `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`);
      window.dispatchEvent(new Event(THEME_EVENT));
    },
    openPresenter: () => window.open(`/brief/${deckId}/presenter`, `tyl-presenter-${deckId}`, "popup,width=1280,height=800"),
    toggleFullscreen: () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
    },
  });

  const slide = deck?.slides[index];
  const lit = useMemo(() => ({ events: new Set(slide?.eventIds ?? []), sites: new Set(slide?.siteIds ?? []) }), [slide]);
  const camera = useMemo<CameraRequest | null>(
    () => (slide ? { key: index, center: slide.camera.center, zoom: slide.camera.zoom, exact: true } : null),
    [slide, index],
  );
  if (!deck || !slide) return null;
  const window_ = spanOf(slide.period.from, slide.period.to)!;

  return (
    <div className={["slide-show", dark && "theme-dark", blank && "is-blank"].filter(Boolean).join(" ")}>
      <header className="slide-header">
        <p className="slide-count">
          {deck.title} · slide {index + 1} of {count}
        </p>
        <h1>{slide.title}</h1>
      </header>
      <div className="slide-body">
        <section className="slide-map" aria-label="Map of the slide">
          <GuidedMap dataset={dataset} lit={lit.sites} camera={camera} reducedMotion={reducedMotion || !animate} />
        </section>
        {slide.points && slide.points.length > 0 && (
          <ul className="slide-points" aria-label="Key points">
            {slide.points.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </div>
      <Timeline
        events={dataset.events}
        allEvents={dataset.events}
        window={window_}
        windowLabel={formatWindow(window_.start, window_.end)}
        laneMode="category"
        onLaneMode={() => undefined}
        selected={lit.events}
        preview={NOTHING}
        focused
        reducedMotion={reducedMotion}
        onSelectEvent={() => undefined}
        onHoverEvent={() => undefined}
        onWindow={() => undefined}
        onReset={() => undefined}
      />
      <p className="slide-keys">→ next · ← back · number + Enter jumps · F full screen · B blank · D dark background · A camera animation {animate && !reducedMotion ? "on" : "off"} · P presenter view</p>
      <p className="visually-hidden" role="status" aria-live="polite">
        Slide {index + 1} of {count}: {slide.title}
      </p>
      {blank && <div className="blank-screen" role="presentation" data-blank="true" />}
    </div>
  );
}
