"use client";

import { liveViewHref, presentable, type LocalDeck } from "@/lib/local-deck";
import { Handout } from "../brief/handout";
import { useOpenData } from "../open-data/open-data-provider";
import { useDataset } from "../shared/data-provider";
import { LocalDeckGate } from "./local-deck-gate";
import { useStaticMaps } from "./use-static-maps";

function LocalDeckHandout({ deck }: { deck: LocalDeck }) {
  const dataset = useDataset();
  const version = useOpenData()?.onScreen.version ?? null;
  const briefing = presentable(deck);
  const maps = useStaticMaps(briefing.slides, 640, 420);
  if (typeof maps === "string")
    return (
      <p className="local-deck-note" role="alert">
        {maps}
      </p>
    );
  return (
    <div aria-busy={maps === null}>
      <Handout
        deck={briefing}
        dataset={dataset}
        maps={maps ?? []}
        livePaths={deck.slides.map(liveViewHref)}
        version={version}
        titleCard={deck.titleCard}
        closingCard={deck.closingCard}
      />
    </div>
  );
}

/** The printable handout of a deck kept in this browser: the shipped decks' handout, its maps drawn here. */
export function LocalHandout() {
  return <LocalDeckGate>{({ deck }) => <LocalDeckHandout deck={deck} />}</LocalDeckGate>;
}
