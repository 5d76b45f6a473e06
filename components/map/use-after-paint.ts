"use client";

import { useEffect, useState } from "react";
import { afterNextPaint } from "@/lib/after-paint";

/**
 * `value`, handed on only after the frame that shows the change elsewhere has been painted. The map takes its
 * props through this, so a selection or a new window is drawn on the timeline first and on the map a frame
 * later. A value that changes again before then replaces the pending one.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    return afterNextPaint(() => setShown(() => value));
  }, [value, shown]);
  return shown;
}
