"use client";

import { useState } from "react";
import { useDeckChannel } from "./use-deck-channel";
import { useSlideKeys, type SlideKeyActions } from "./use-slide-keys";

type Moves = "next" | "previous" | "first" | "last" | "jump";

/**
 * Moving through a deck, the same in the slide show and the presenter view: the presenter keys, clamping to the
 * deck, and keeping the other window on the same slide. `onShow` runs for every slide shown, whoever moved.
 */
export function useDeckNavigation(
  deckId: string,
  count: number,
  initialIndex: number,
  onShow: (index: number) => void,
  extraKeys: Omit<SlideKeyActions, Moves> = {},
): { index: number; go: (next: number) => void; follow: (index: number) => void } {
  const [index, setIndex] = useState(initialIndex);
  const follow = (target: number) => {
    setIndex(target);
    onShow(target);
  };
  const broadcast = useDeckChannel(deckId, index, follow);
  const go = (next: number) => {
    const target = Math.max(0, Math.min(count - 1, next));
    if (target === index) return;
    follow(target);
    broadcast(target);
  };
  useSlideKeys({
    next: () => go(index + 1),
    previous: () => go(index - 1),
    first: () => go(0),
    last: () => go(count - 1),
    jump: (n) => go(n - 1),
    ...extraKeys,
  });
  return { index, go, follow };
}
