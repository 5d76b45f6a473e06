"use client";

import { BASEMAP_COLOURS } from "@/lib/map-style";
import type { SiteKind } from "@/lib/schema";
import { SITE_SYMBOLS } from "@/lib/site-symbols";
import { useMediaQuery } from "../shared/use-media-query";
import { SiteSymbolIcon } from "./site-symbol-icon";

/** The key to the map's symbols, listing only the kinds present; it starts folded on a phone. */
export function MapLegend({ kinds }: { kinds: readonly SiteKind[] }) {
  const wide = useMediaQuery("(min-width: 761px)", true);
  return (
    <details className="map-legend" open={wide} key={String(wide)}>
      <summary>Key</summary>
      <ul>
        {kinds.map((kind) => (
          <li key={kind}>
            <SiteSymbolIcon kind={kind} size={16} /> {SITE_SYMBOLS[kind].label}
          </li>
        ))}
        <li>
          <span className="legend-cluster" aria-hidden="true">
            3
          </span>{" "}
          Sites close together: click to spread
        </li>
        <li>
          <span className="legend-line" style={{ background: BASEMAP_COLOURS.ukraineBorder }} aria-hidden="true" /> Ukraine–Belarus border
        </li>
        <li className="legend-dim">Faded: no event in the time window</li>
      </ul>
    </details>
  );
}
