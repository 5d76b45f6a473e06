"use client";

import dynamic from "next/dynamic";

/**
 * The site map, loaded after the page so MapLibre's ~250 kB of JavaScript never delays the list and text.
 */
export const LazySiteMap = dynamic(() => import("./site-map").then((m) => m.SiteMap), {
  ssr: false,
  loading: () => (
    <div className="site-map" data-map-state="loading">
      <p className="map-loading">Loading the map…</p>
    </div>
  ),
});
