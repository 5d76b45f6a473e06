"use client";

import { useEffect, useRef, type RefObject } from "react";
import { panWindow, zoomWindow } from "@/lib/timeline";

type Window = { start: Date; end: Date };

/**
 * Wheel zooms around the pointer, drag pans, two-finger pinch zooms. The window is reported live
 * (`final` false) and once more when the gesture settles (`final` true), so the URL is written once.
 */
export function useWindowGestures(ref: RefObject<SVGSVGElement | null>, window: Window, onChange: (next: Window, final: boolean) => void): void {
  const latest = useRef({ window, onChange });
  useEffect(() => {
    latest.current = { window, onChange };
  });

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const report = (next: Window) => {
      latest.current.onChange(next, false);
      clearTimeout(settle);
      settle = setTimeout(() => latest.current.onChange(next, true), 250);
    };
    const anchorOf = (clientX: number) => {
      const box = element.getBoundingClientRect();
      return Math.min(1, Math.max(0, (clientX - box.left) / Math.max(1, box.width)));
    };

    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const { start, end } = latest.current.window;
      if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
        report(panWindow(start, end, event.deltaX / Math.max(1, element.clientWidth)));
      } else {
        report(zoomWindow(start, end, Math.exp(event.deltaY * 0.0015), anchorOf(event.clientX)));
      }
    };

    const pointers = new Map<number, number>();
    let origin: { window: Window; x: number; spread: number; anchor: number } | null = null;
    const begin = () => {
      const xs = [...pointers.values()];
      const x = xs.reduce((a, b) => a + b, 0) / xs.length;
      origin = { window: latest.current.window, x, spread: xs.length > 1 ? Math.abs(xs[0]! - xs[1]!) : 0, anchor: anchorOf(x) };
    };
    const onDown = (event: PointerEvent) => {
      if (event.button !== 0 || (event.target as Element).closest(".mark")) return;
      element.setPointerCapture(event.pointerId);
      pointers.set(event.pointerId, event.clientX);
      begin();
    };
    const onMove = (event: PointerEvent) => {
      if (!pointers.has(event.pointerId) || !origin) return;
      pointers.set(event.pointerId, event.clientX);
      const xs = [...pointers.values()];
      const { start, end } = origin.window;
      if (xs.length > 1 && origin.spread > 0) {
        const spread = Math.abs(xs[0]! - xs[1]!);
        report(zoomWindow(start, end, origin.spread / Math.max(1, spread), origin.anchor));
      } else {
        const dx = xs[0]! - origin.x;
        report(panWindow(start, end, -dx / Math.max(1, element.clientWidth)));
      }
    };
    const onUp = (event: PointerEvent) => {
      pointers.delete(event.pointerId);
      if (pointers.size > 0) begin();
      else origin = null;
    };

    element.addEventListener("wheel", onWheel, { passive: false });
    element.addEventListener("pointerdown", onDown);
    element.addEventListener("pointermove", onMove);
    element.addEventListener("pointerup", onUp);
    element.addEventListener("pointercancel", onUp);
    return () => {
      clearTimeout(settle);
      element.removeEventListener("wheel", onWheel);
      element.removeEventListener("pointerdown", onDown);
      element.removeEventListener("pointermove", onMove);
      element.removeEventListener("pointerup", onUp);
      element.removeEventListener("pointercancel", onUp);
    };
  }, [ref]);
}
