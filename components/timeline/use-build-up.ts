"use client";

import { useEffect, useRef, useState } from "react";
import { advancePlayhead } from "@/lib/build-up";
import type { Interval } from "@/lib/dates";

/**
 * The playhead of build-up playback while `playing`: it crosses the window in ten seconds at 1× (faster at
 * `speed`), or with reduced motion in twelve steps 1.5 seconds apart, and stops at the window's end. Null when
 * build-up is off; it stays where it stopped on pause.
 */
export function useBuildUp(on: boolean, playing: boolean, speed: number, reducedMotion: boolean, window: Interval, onStop: () => void): Date | null {
  const [playhead, setPlayhead] = useState<Date | null>(null);
  const latest = useRef({ window, onStop });
  useEffect(() => {
    latest.current = { window, onStop };
  });
  const [lastOn, setLastOn] = useState(on);
  if (lastOn !== on) {
    setLastOn(on);
    setPlayhead(on ? window.start : null);
  }

  useEffect(() => {
    if (!on || !playing) return;
    // Play again after the end starts over; a step that lands after the end (timers can fire twice before
    // the stop arrives) stays there.
    let fresh = true;
    const step = (fraction: number) =>
      setPlayhead((current) => {
        const { window: w, onStop: stop } = latest.current;
        const ended = current !== null && current.getTime() >= w.end.getTime();
        const from = !current || (ended && fresh) ? w.start : current;
        fresh = false;
        if (from.getTime() >= w.end.getTime()) return from;
        const next = advancePlayhead(w, from, fraction);
        if (next.getTime() >= w.end.getTime()) queueMicrotask(stop);
        return next;
      });
    if (reducedMotion) {
      const timer = setInterval(() => step(1 / 12), 1500);
      return () => clearInterval(timer);
    }
    let frame = 0;
    let last = performance.now();
    const tick = (now: number) => {
      step(((now - last) / 1000) * 0.1 * speed);
      last = now;
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [on, playing, speed, reducedMotion]);
  return on ? (playhead ?? window.start) : null;
}
