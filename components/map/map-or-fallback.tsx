"use client";

import type { ReactNode } from "react";
import { useSyncExternalStore } from "react";
import { hasWebGL2, subscribeToWebGL } from "@/lib/webgl";
import { LazySiteMap } from "./lazy-site-map";
import type { SiteMapProps } from "./site-map";

/**
 * The live map where the browser can draw it (WebGL2), and otherwise the server-drawn static map with a note
 * saying why, so a locked-down briefing laptop still shows where everything is.
 */
export function MapOrFallback({ fallback, ...props }: SiteMapProps & { fallback: ReactNode }) {
  const canDraw = useSyncExternalStore(subscribeToWebGL, hasWebGL2, () => true);
  if (canDraw) return <LazySiteMap {...props} />;
  return (
    <div className="site-map map-fallback" data-map-state="static">
      <p className="map-fallback-note" role="note">
        This browser cannot draw the interactive map (WebGL is unavailable), so a static map of the sites is shown. Every site and event is in the lists.
      </p>
      {fallback}
    </div>
  );
}
