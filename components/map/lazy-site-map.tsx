"use client";

import dynamic from "next/dynamic";
import type { SiteMapProps } from "./site-map";

/**
 * The site map, loaded after the page so MapLibre's JavaScript never delays the lists, timeline and text.
 */
export const LazySiteMap = dynamic<SiteMapProps>(() => import("./site-map").then((m) => m.SiteMap), {
  ssr: false,
  loading: () => (
    <div className="site-map" data-map-state="loading">
      <p className="map-loading">Loading the map…</p>
    </div>
  ),
});
