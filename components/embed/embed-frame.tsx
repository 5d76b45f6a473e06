"use client";

import { useRef, type ReactNode } from "react";
import { useEmbedHeight } from "./use-embed-height";

/**
 * The box an embedded view lives in. Its height never depends on the frame's own height (a view sized to the
 * viewport would grow with every height it posts), so the CSS gives each kind a fixed or width-derived height.
 */
export function EmbedFrame({ kind, children }: { kind: "dashboard" | "story" | "slide"; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEmbedHeight(ref);
  return (
    <div ref={ref} className={`embed embed-${kind}`}>
      {children}
    </div>
  );
}
