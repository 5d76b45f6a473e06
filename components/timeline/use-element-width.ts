"use client";

import { useLayoutEffect, useState, type RefObject } from "react";

/**
 * The content width of an element, kept current with a ResizeObserver. Until it has been measured (on the
 * server, and in the browser's first render) it is `fallback`; with `fallback` null it is null until then, for
 * a view that should not lay anything out at a width it does not have. It is measured before the first paint.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback?: number): number;
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number | null): number | null;
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number | null = 800): number | null {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
