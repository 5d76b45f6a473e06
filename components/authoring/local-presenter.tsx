"use client";

import { presentable, type LocalDeck } from "@/lib/local-deck";
import { PresenterView } from "../brief/presenter-view";
import { StaticMapFigure } from "../shared/static-map-figure";
import { LocalDeckGate } from "./local-deck-gate";
import { useStaticMaps } from "./use-static-maps";

function Presenter({ deck }: { deck: LocalDeck }) {
  const briefing = presentable(deck);
  const maps = useStaticMaps(briefing.slides, 480, 300);
  const figures = briefing.slides.map((slide, i) =>
    Array.isArray(maps) ? (
      <StaticMapFigure key={i} map={maps[i]!} label={`Map of slide ${i + 1}: ${slide.title}`} />
    ) : (
      <p key={i}>{maps ?? "Drawing the map…"}</p>
    ),
  );
  return <PresenterView deck={briefing} maps={figures} channel={`local-${deck.id}`} />;
}

/** The presenter view of a deck kept in this browser, in step with its slide show. */
export function LocalPresenter() {
  return <LocalDeckGate>{({ deck }) => <Presenter deck={deck} />}</LocalDeckGate>;
}
