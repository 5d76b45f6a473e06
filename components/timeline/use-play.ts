"use client";

import { useEffect, useRef } from "react";
import { EXTENT, panWindow } from "@/lib/timeline";

type Window = { start: Date; end: Date };

/**
 * Moves the window forward while `playing`: smoothly, a tenth of the window per second times `speed`; or,
 * with reduced motion, in steps of a quarter of the window every 1.5 seconds. Stops at the end of time.
 */
export function usePlay(
  playing: boolean,
  speed: number,
  reducedMotion: boolean,
  window: Window,
  onChange: (next: Window, final: boolean) => void,
  onStop: () => void,
): void {
  const latest = useRef({ window, onChange, onStop });
  useEffect(() => {
    latest.current = { window, onChange, onStop };
  });

  useEffect(() => {
    if (!playing) return;
    const advance = (fraction: number, final: boolean) => {
      const { start, end } = latest.current.window;
      const next = panWindow(start, end, fraction);
      latest.current.onChange(next, final);
      if (next.end.getTime() >= EXTENT.end.getTime() || next.start.getTime() === start.getTime()) latest.current.onStop();
    };
    if (reducedMotion) {
      const timer = setInterval(() => advance(0.25, true), 1500);
      return () => clearInterval(timer);
    }
    let frame = 0;
    let last = performance.now();
    const tick = (now: number) => {
      advance(((now - last) / 1000) * 0.1 * speed, false);
      last = now;
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(frame);
      const { window: w } = latest.current;
      latest.current.onChange(w, true);
    };
  }, [playing, speed, reducedMotion]);
}
