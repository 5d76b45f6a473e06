"use client";

import { useEffect, useRef } from "react";

/** What the presenter's keys do. */
export interface SlideKeyActions {
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  jump: (slideNumber: number) => void;
  /** Blanks the screen and back; absent in the presenter view, like the other audience-only keys below. */
  toggleBlank?: () => void;
  toggleFullscreen?: () => void;
  unblank?: () => void;
  /** Opens the presenter view; absent in the presenter view itself. */
  openPresenter?: () => void;
  /** Switches between the light and the dark background; absent in the presenter view. */
  toggleTheme?: () => void;
  /** Turns camera flights on or off; absent in the presenter view. */
  toggleAnimation?: () => void;
}

/**
 * Presenter keys, as clickers and projector habits expect: → ↓ Space Page Down next; ← ↑ Page Up previous;
 * Home and End; a number then Enter jumps; F full screen; B blanks; Escape unblanks (the browser leaves full
 * screen by itself); P opens the presenter view; D switches to a dark background; A turns camera flights off and on.
 */
export function useSlideKeys(actions: SlideKeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    let digits = "";
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      if ((event.target as Element).closest?.("input, select, textarea, [role=listbox]")) return;
      const a = latest.current;
      const key = event.key;
      if (/^[0-9]$/.test(key)) {
        digits += key;
        return;
      }
      const typed = digits;
      digits = "";
      const handled: Record<string, (() => void) | undefined> = {
        ArrowRight: a.next,
        ArrowDown: a.next,
        " ": a.next,
        PageDown: a.next,
        ArrowLeft: a.previous,
        ArrowUp: a.previous,
        PageUp: a.previous,
        Home: a.first,
        End: a.last,
        Enter: () => typed && a.jump(Number(typed)),
        b: a.toggleBlank,
        B: a.toggleBlank,
        f: a.toggleFullscreen,
        F: a.toggleFullscreen,
        Escape: a.unblank,
        p: a.openPresenter,
        P: a.openPresenter,
        d: a.toggleTheme,
        D: a.toggleTheme,
        a: a.toggleAnimation,
        A: a.toggleAnimation,
      };
      const action = handled[key];
      if (action) {
        event.preventDefault();
        action();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
