"use client";

import { formatLocalSlide, href, parseLocalPlace } from "@/lib/links";
import { presentable, type LocalDeck } from "@/lib/local-deck";
import { SlideShow, type DeckAddress } from "../brief/slide-show";
import { LocalDeckGate } from "./local-deck-gate";

/** A local deck's address: `/brief/local?deck=<id>&n=<n>`, on a channel of its own so it never drives a shipped deck of the same id. */
const localAddress = (deck: LocalDeck): DeckAddress => ({
  channel: `local-${deck.id}`,
  urlOf: (index, now) => `${now.pathname}${formatLocalSlide(now.search, index)}${now.hash}`,
  indexAt: (now) => {
    const place = parseLocalPlace(now.search, deck.slides.length);
    return place && place.deck === deck.id ? place.index : null;
  },
  presenter: href.localPresenter(deck.id),
});

/** A deck kept in this browser, presented as a shipped deck is. */
export function LocalSlideShow() {
  return <LocalDeckGate>{({ deck, index }) => <SlideShow deck={presentable(deck)} initialIndex={index} address={localAddress(deck)} />}</LocalDeckGate>;
}
