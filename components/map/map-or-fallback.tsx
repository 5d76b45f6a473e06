"use client";

import { memo, useCallback, useLayoutEffect, useRef, useSyncExternalStore, type ReactNode } from "react";
import { hasWebGL2, subscribeToWebGL } from "@/lib/webgl";
import { LazySiteMap } from "./lazy-site-map";
import type { SiteMapProps } from "./site-map";
import { useAfterPaint } from "./use-after-paint";

const LiveMap = memo(LazySiteMap);

/** Props of the map slot: the site map's, the server-drawn map, and whether the live map may start yet. */
export interface MapOrFallbackProps extends SiteMapProps {
  fallback: ReactNode;
  /**
   * False until the page's first answer to the reader (the timeline) is interactive: MapLibre's download and
   * start-up wait for it, and the server-drawn map stands in meanwhile.
   */
  start?: boolean;
}

/**
 * The live map where the browser can draw it (WebGL2), and otherwise the server-drawn static map with a note
 * saying why, so a locked-down briefing laptop still shows where everything is. The live map gets each change
 * a frame after the other views (`useAfterPaint`), so their answer is on screen before WebGL does its work.
 */
export function MapOrFallback({
  fallback,
  start = true,
  sites,
  selected,
  preview,
  active,
  camera,
  onSelectSite,
  onHoverSite,
  flows,
  onSelectFlow,
}: MapOrFallbackProps) {
  const canDraw = useSyncExternalStore(subscribeToWebGL, hasWebGL2, () => true);
  const later = {
    sites: useAfterPaint(sites),
    selected: useAfterPaint(selected),
    preview: useAfterPaint(preview),
    active: useAfterPaint(active),
    flows: useAfterPaint(flows),
  };
  // The handlers change with every state; the memoised map keeps one pair that calls the latest.
  const handlers = useRef({ onSelectSite, onHoverSite, onSelectFlow });
  useLayoutEffect(() => {
    handlers.current = { onSelectSite, onHoverSite, onSelectFlow };
  });
  const selectSite = useCallback((id: string) => handlers.current.onSelectSite?.(id), []);
  const hoverSite = useCallback((id: string | null) => handlers.current.onHoverSite?.(id), []);
  const selectFlow = useCallback((id: string) => handlers.current.onSelectFlow?.(id), []);
  if (!canDraw)
    return (
      <div className="site-map map-fallback" data-map-state="static">
        <p className="map-fallback-note" role="note">
          This browser cannot draw the interactive map (WebGL is unavailable), so a static map of the sites is shown. Every site and event is in the lists.
        </p>
        {fallback}
      </div>
    );
  if (!start)
    return (
      <div className="site-map map-fallback" data-map-state="waiting">
        {fallback}
      </div>
    );
  return (
    <LiveMap
      {...later}
      camera={camera}
      onSelectSite={onSelectSite && selectSite}
      onHoverSite={onHoverSite && hoverSite}
      onSelectFlow={onSelectFlow && selectFlow}
    />
  );
}
