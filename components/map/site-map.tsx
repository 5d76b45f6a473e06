"use client";

import "maplibre-gl/dist/maplibre-gl.css";
import { useMemo, useState } from "react";
import Map, { Layer, NavigationControl, ScaleControl, Source, type ErrorEvent } from "react-map-gl/maplibre";
import { embeddedStyle, LABEL_FONTS } from "@/lib/map-style";
import type { SiteFeatureProps } from "@/lib/site-features";
import type { FeatureCollection, Point } from "geojson";

/** Props of the site map. */
export interface SiteMapProps {
  /** The sites, as built by `siteFeatures`. */
  sites: FeatureCollection<Point, SiteFeatureProps>;
}

type MapState = "loading" | "ready" | "error";

/** A MapLibre style URL from the environment, for users with their own tile service; the embedded style otherwise. */
const customStyle = process.env.NEXT_PUBLIC_BASEMAP_STYLE;

/**
 * The map of sites on the embedded basemap. It reports its state on `data-map-state` and shows MapLibre's
 * errors in an alert, so a blank map never goes unexplained.
 */
export function SiteMap({ sites }: SiteMapProps) {
  const [state, setState] = useState<MapState>("loading");
  const [errors, setErrors] = useState<string[]>([]);
  const mapStyle = useMemo(() => customStyle ?? embeddedStyle(window.location.origin), []);

  const onError = (event: ErrorEvent) => {
    const message = event.error?.message ?? String(event.error);
    setErrors((previous) => [...previous, message]);
    setState("error");
  };

  return (
    <div className="site-map" data-map-state={state}>
      <Map
        initialViewState={{ longitude: 28.0, latitude: 53.6, zoom: 5.4 }}
        mapStyle={mapStyle}
        workerUrl="/maplibre/maplibre-gl-worker.mjs"
        hash="map"
        attributionControl={{ compact: true }}
        onLoad={() => setState((s) => (s === "error" ? s : "ready"))}
        onError={onError}
        style={{ width: "100%", height: "100%" }}
      >
        <NavigationControl showCompass={false} />
        <ScaleControl />
        <Source id="sites" type="geojson" data={sites} promoteId="id">
          <Layer
            id="site-points"
            type="circle"
            paint={{
              "circle-radius": ["interpolate", ["linear"], ["zoom"], 4, 4, 9, 8],
              "circle-color": "#b3261e",
              "circle-stroke-color": "#ffffff",
              "circle-stroke-width": 1.5,
            }}
          />
          <Layer
            id="site-labels"
            type="symbol"
            minzoom={6}
            layout={{
              "text-field": ["get", "name"],
              "text-font": LABEL_FONTS,
              "text-size": 12,
              "text-offset": [0, 1.1],
              "text-anchor": "top",
              "text-optional": true,
            }}
            paint={{ "text-color": "#1f2933", "text-halo-color": "#ffffff", "text-halo-width": 1.2 }}
          />
        </Source>
      </Map>
      {errors.length > 0 && (
        <div role="alert" className="map-error">
          <p>The map could not be drawn completely:</p>
          <ul>
            {errors.map((message, i) => (
              <li key={i}>{message}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
