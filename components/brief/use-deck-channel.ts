"use client";

import { useEffect, useRef } from "react";

type Message = { type: "goto"; index: number } | { type: "hello" };

/**
 * Keeps the audience window and the presenter window on the same slide: each posts the slide it moves to on a
 * BroadcastChannel named after the deck, and follows what the other posts. A window that opens asks where the
 * other one is.
 */
export function useDeckChannel(deckId: string, index: number, onRemoteGoto: (index: number) => void): (index: number) => void {
  const channel = useRef<BroadcastChannel | null>(null);
  const current = useRef(index);
  const follow = useRef(onRemoteGoto);
  useEffect(() => {
    current.current = index;
    follow.current = onRemoteGoto;
  });
  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const bc = new BroadcastChannel(`tyl-brief-${deckId}`);
    channel.current = bc;
    bc.onmessage = (event: MessageEvent<Message>) => {
      if (event.data.type === "hello") bc.postMessage({ type: "goto", index: current.current } satisfies Message);
      else if (event.data.index !== current.current) follow.current(event.data.index);
    };
    bc.postMessage({ type: "hello" } satisfies Message);
    return () => {
      bc.close();
      channel.current = null;
    };
  }, [deckId]);
  return (next: number) => channel.current?.postMessage({ type: "goto", index: next } satisfies Message);
}
