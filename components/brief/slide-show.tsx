"use client";

import { useEffect, useMemo, useState, useSyncExternalStore, type CSSProperties } from "react";
import { viewOfSlide } from "@/lib/guided-view";
import { formatEmbedPath, formatTheme, href, parseEmbeddedSlidePath, parseSlidePath, slidePath } from "@/lib/links";
import type { Briefing } from "@/lib/schema";
import { currentTheme, subscribeToTheme, THEME_EVENT, themeVariables } from "@/lib/theme";
import { GuidedMap } from "../map/guided-map";
import { useMapCamera } from "../map/use-map-camera";
import { useReducedMotion } from "../shared/use-reduced-motion";
import { ReadOnlyTimeline } from "../timeline/read-only-timeline";
import { useDeckNavigation } from "./use-deck-navigation";

/** Where a deck's slides live: how the URL names a slide, and the channel to its presenter window. */
export interface DeckAddress {
  /** The name of the channel the audience and presenter windows of this deck share. */
  channel: string;
  /** The URL (path, query and hash) of slide `index`, from the page's address `now`. */
  urlOf: (index: number, now: Location) => string;
  /** The slide of this deck the page's address names after Back or Forward, or null. */
  indexAt: (now: Location) => number | null;
  /** The presenter view's URL. */
  presenter: string;
}

/** Props of the slide show. */
export interface SlideShowProps {
  deck: Briefing;
  /** Zero-based slide index the page was opened at. */
  initialIndex: number;
  /** Embedded (`/embed/brief/<deck>/<n>`): the URL follows the slides under /embed, and the host is told the height. */
  embed?: boolean;
  /** Where the slides live when not at `/brief/<deck>/<n>` (or its embed): a deck kept in the browser. */
  address?: DeckAddress;
}

/** A shipped deck's address: `/brief/<deck>/<n>`, or `/embed/brief/<deck>/<n>` embedded. */
function shippedAddress(deck: Briefing, embed: boolean): DeckAddress {
  const pathOf = (index: number) => (embed ? formatEmbedPath({ view: "slide", deck: deck.id, index }) : slidePath({ deck: deck.id, index }));
  return {
    channel: deck.id,
    urlOf: (index, now) => `${pathOf(index)}${now.search}${now.hash}`,
    indexAt: (now) => {
      const place = (embed ? parseEmbeddedSlidePath : parseSlidePath)(now.pathname, deck.slides.length);
      return place && place.deck === deck.id ? place.index : null;
    },
    presenter: href.presenter(deck.id),
  };
}

/**
 * A deck presented slide by slide on the same map and timeline as the dashboard. Changing slide rewrites the
 * URL (`/brief/<deck>/<n>`, a history entry) without reloading, so the map is not rebuilt between slides.
 */
export function SlideShow({ deck, initialIndex, embed = false, address: given }: SlideShowProps) {
  const address = given ?? shippedAddress(deck, embed);
  const [blank, setBlank] = useState(false);
  const [animate, setAnimate] = useState(true);
  const reducedMotion = useReducedMotion();
  const camera = useMapCamera();
  const theme = useSyncExternalStore(subscribeToTheme, currentTheme, () => "light" as const);
  const count = deck.slides.length;
  const views = useMemo(() => deck.slides.map((slide, i) => viewOfSlide(slide, `${deck.id}-${i + 1}`)), [deck]);

  const { index, follow } = useDeckNavigation(
    address.channel,
    count,
    initialIndex,
    (target) => {
      const url = address.urlOf(target, window.location);
      const { pathname, search, hash } = window.location;
      // Back and Forward arrive here with the URL already at the slide: only a move of our own is recorded.
      if (`${pathname}${search}${hash}` !== url) window.history.pushState(window.history.state, "", url);
      const view = views[target];
      if (view) camera.goTo({ type: "view", camera: view.camera }, animate);
    },
    {
      toggleBlank: () => setBlank((b) => !b),
      unblank: () => setBlank(false),
      toggleAnimation: () => setAnimate((a) => !a),
      toggleTheme: () => {
        const search = formatTheme(window.location.search, theme === "dark" ? "light" : "dark");
        window.history.replaceState(window.history.state, "", `${window.location.pathname}${search}${window.location.hash}`);
        window.dispatchEvent(new Event(THEME_EVENT));
      },
      openPresenter: () => window.open(address.presenter, `tyl-presenter-${address.channel}`, "popup,width=1280,height=800"),
      toggleFullscreen: () => {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
      },
    },
  );

  useEffect(() => {
    const first = views[initialIndex];
    if (first) camera.goTo({ type: "view", camera: first.camera }, false);
  }, [camera, views, initialIndex]);

  useEffect(() => {
    const onPop = () => {
      const at = address.indexAt(window.location);
      if (at !== null) follow(at);
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  });

  const slide = deck.slides[index];
  const view = views[index];
  if (!slide || !view) return null;

  return (
    <div
      className={["slide-show", theme === "dark" && "theme-dark", blank && "is-blank"].filter(Boolean).join(" ")}
      style={themeVariables(theme) as CSSProperties}
    >
      <header className="slide-header">
        <p className="slide-count">
          {deck.title} · slide {index + 1} of {count}
        </p>
        <h1>{slide.title}</h1>
      </header>
      <div className="slide-body">
        <section className="slide-map" aria-label={view.flowIds.size > 0 ? `Map of the slide, with ${view.flowIds.size} flows` : "Map of the slide"}>
          <GuidedMap lit={view.siteIds} camera={camera} flows={view.flowIds} theme={theme} />
        </section>
        {slide.points && slide.points.length > 0 && (
          <ul className="slide-points" aria-label="Key points">
            {slide.points.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </div>
      <ReadOnlyTimeline window={view.window} lit={view.eventIds} />
      <p className="slide-keys">
        → next · ← back · number + Enter jumps · F full screen · B blank · D dark background · A camera animation {animate && !reducedMotion ? "on" : "off"} · P
        presenter view
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        Slide {index + 1} of {count}: {slide.title}
      </p>
      {blank && <div className="blank-screen" role="presentation" data-blank="true" />}
    </div>
  );
}
