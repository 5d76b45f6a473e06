"use client";

import "maplibre-gl/dist/maplibre-gl.css";
import type { FeatureCollection, Point } from "geojson";
import type { GeoJSONSource } from "maplibre-gl";
import { useEffect, useMemo, useRef, useState } from "react";
import Map, { Layer, NavigationControl, Popup, ScaleControl, Source, type ErrorEvent, type MapLayerMouseEvent, type MapRef } from "react-map-gl/maplibre";
import { CLUSTER_LAYER, embeddedStyle, HIGHLIGHT_SOURCE, highlightLayers, scaledSymbols, SITE_SOURCE, siteLayers, SYMBOL_LAYER } from "@/lib/map-style";
import type { SiteFeatureProps } from "@/lib/site-features";
import { SITE_SYMBOLS } from "@/lib/site-symbols";
import { useMediaQuery } from "../shared/use-media-query";
import { ClusterChooser, type ClusterChoice } from "./cluster-chooser";
import { addSiteImages } from "./site-images";
import { useFeatureStates } from "./use-feature-states";

/** A request to move the camera; `key` changes with each request so the same target can be asked for twice. */
export interface CameraRequest {
  key: number;
  bounds?: [[number, number], [number, number]];
  center?: [number, number];
  zoom?: number;
  /** Go to exactly `center` and `zoom` (a story chapter's camera) rather than keeping a closer zoom. */
  exact?: boolean;
}

/** Props of the site map. */
export interface SiteMapProps {
  /** The sites shown, as built by `siteFeatures`. */
  sites: FeatureCollection<Point, SiteFeatureProps>;
  /** Sites lit up by the selection. */
  selected: ReadonlySet<string>;
  /** Sites lit up by a hover on another view. */
  preview: ReadonlySet<string>;
  /** Sites with an event in the time window; the others are dimmed. */
  active: ReadonlySet<string>;
  camera: CameraRequest | null;
  /**
   * Where to look when the map first loads, if the URL names a selection: a link with `#map=` keeps exactly
   * the view it records instead.
   */
  fitOnLoad: [[number, number], [number, number]] | null;
  /** Jump instead of flying. */
  reducedMotion: boolean;
  onSelectSite: (id: string) => void;
  onHoverSite: (id: string | null) => void;
}

type MapState = "loading" | "ready" | "error";

const customStyle = process.env.NEXT_PUBLIC_BASEMAP_STYLE;

/**
 * Room around a camera target. On a phone the details sheet rises over the lower part of the screen, so the
 * bottom padding is however much of the map it covers (never so much that nothing is left to fit into).
 */
function cameraPadding(container: HTMLElement | null) {
  if (window.innerWidth > 760 || !container) return { top: 80, left: 80, right: 80, bottom: 80 };
  const box = container.getBoundingClientRect();
  const sheetTop = window.innerHeight * 0.52;
  const bottom = Math.min(Math.max(30, box.bottom - sheetTop + 30), box.height - 100);
  return { top: 40, left: 30, right: 30, bottom: Math.max(30, bottom) };
}

const MAX_ZOOM = 12;

/**
 * The map of sites. It reports its state on `data-map-state` and shows MapLibre's errors in an alert, so a
 * blank map never goes unexplained. Selection and hover are feature-state on one source, never rebuilt layers.
 */
export function SiteMap({ sites, selected, preview, active, camera, fitOnLoad, reducedMotion, onSelectSite, onHoverSite }: SiteMapProps) {
  const mapRef = useRef<MapRef>(null);
  const [state, setState] = useState<MapState>("loading");
  const [moving, setMoving] = useState(false);
  const projector = useMediaQuery("(min-width: 1800px)", false);
  const [imagesReady, setImagesReady] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [tooltip, setTooltip] = useState<{ lon: number; lat: number; text: string } | null>(null);
  const [choice, setChoice] = useState<ClusterChoice | null>(null);
  const mapStyle = useMemo(() => customStyle ?? embeddedStyle(window.location.origin), []);
  // MapLibre writes `#map=` as soon as it loads, so whether the link carried a view is read before that.
  const [linkHadView] = useState(() => /[#&]map=/.test(window.location.hash));
  const ids = useMemo(() => sites.features.map((f) => f.properties.id), [sites]);

  useFeatureStates(mapRef, imagesReady, ids, selected, preview, active);
  const highlight = useMemo(() => highlightLayers([...selected]), [selected]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !camera || state === "loading") return;
    const duration = reducedMotion ? 0 : 1200;
    const padding = cameraPadding(map.getContainer());
    if (camera.bounds) {
      const [[w, s], [e, n]] = camera.bounds;
      if (w === e && s === n) map.flyTo({ center: [w, s], zoom: Math.max(map.getZoom(), camera.zoom ?? 7), duration, padding, essential: false });
      else map.fitBounds(camera.bounds, { padding, maxZoom: 9, duration });
    } else if (camera.center && camera.exact) {
      if (reducedMotion) map.jumpTo({ center: camera.center, zoom: camera.zoom });
      else map.flyTo({ center: camera.center, zoom: camera.zoom, duration, essential: false });
    } else if (camera.center) {
      map.flyTo({ center: camera.center, zoom: Math.max(map.getZoom(), camera.zoom ?? 8), duration, padding, essential: false });
    }
  }, [camera, reducedMotion, state]);

  const onError = (event: ErrorEvent) => {
    const message = event.error?.message ?? String(event.error);
    // MapLibre can report while react-map-gl is rendering a layer: record it after that render.
    queueMicrotask(() => {
      setErrors((previous) => (previous.includes(message) ? previous : [...previous, message]));
      setState("error");
    });
  };

  const onClick = async (event: MapLayerMouseEvent) => {
    const feature = event.features?.[0];
    if (!feature) return;
    setChoice(null);
    if (feature.layer.id === SYMBOL_LAYER) {
      onSelectSite(String(feature.properties.id));
      return;
    }
    const source = mapRef.current?.getSource(SITE_SOURCE) as GeoJSONSource | undefined;
    if (!source || feature.geometry.type !== "Point") return;
    const clusterId = Number(feature.properties.cluster_id);
    const zoom = await source.getClusterExpansionZoom(clusterId);
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    if (zoom <= MAX_ZOOM) {
      mapRef.current?.easeTo({ center: [lon, lat], zoom, duration: reducedMotion ? 0 : 600 });
      return;
    }
    const leaves = await source.getClusterLeaves(clusterId, 50, 0);
    setChoice({ lon, lat, sites: leaves.map((leaf) => ({ id: String(leaf.properties?.id), name: String(leaf.properties?.name) })) });
  };

  const onMouseMove = (event: MapLayerMouseEvent) => {
    const feature = event.features?.[0];
    if (!feature || feature.geometry.type !== "Point") {
      if (tooltip) {
        setTooltip(null);
        onHoverSite(null);
      }
      return;
    }
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    const p = feature.properties;
    if (feature.layer.id === SYMBOL_LAYER) {
      const kind = SITE_SYMBOLS[p.kind as keyof typeof SITE_SYMBOLS]?.label ?? p.kind;
      setTooltip({ lon, lat, text: `${p.name} · ${kind} · ${p.events} event${p.events === 1 ? "" : "s"}` });
      onHoverSite(String(p.id));
    } else {
      setTooltip({ lon, lat, text: `${p.point_count} sites here: click to ${Number(p.point_count) > 0 ? "see them" : "zoom"}` });
      onHoverSite(null);
    }
  };

  return (
    <div className="site-map" data-map-state={state} data-map-moving={moving}>
      <Map
        ref={mapRef}
        initialViewState={{ longitude: 28.0, latitude: 53.6, zoom: 5.4 }}
        maxZoom={MAX_ZOOM}
        mapStyle={mapStyle}
        workerUrl="/maplibre/maplibre-gl-worker.mjs"
        hash="map"
        attributionControl={{ compact: true }}
        interactiveLayerIds={imagesReady ? [SYMBOL_LAYER, CLUSTER_LAYER] : []}
        cursor={tooltip ? "pointer" : "grab"}
        onLoad={(event) => {
          addSiteImages(event.target);
          if (fitOnLoad && !linkHadView) event.target.fitBounds(fitOnLoad, { padding: cameraPadding(event.target.getContainer()), maxZoom: 7, duration: 0 });
          setImagesReady(true);
        }}
        onError={onError}
        onMoveStart={() => setMoving(true)}
        onIdle={() => {
          setMoving(false);
          // "ready" means the sites are drawn, not just the basemap: they are added once the symbols exist.
          if (imagesReady && mapRef.current?.getSource(SITE_SOURCE)) setState((s) => (s === "loading" ? "ready" : s));
        }}
        onClick={onClick}
        onMouseMove={onMouseMove}
        onMouseLeave={() => {
          setTooltip(null);
          onHoverSite(null);
        }}
        style={{ width: "100%", height: "100%" }}
      >
        <NavigationControl showCompass={false} />
        <ScaleControl />
        {imagesReady && (
          <Source id={SITE_SOURCE} type="geojson" data={sites} promoteId="id" cluster clusterRadius={22} clusterMaxZoom={MAX_ZOOM}>
            <Layer {...siteLayers.ring} />
            <Layer {...siteLayers.clusters} />
            <Layer {...siteLayers.clusterCounts} />
            <Layer {...scaledSymbols(projector ? 1.45 : 1)} />
          </Source>
        )}
        {imagesReady && (
          <Source id={HIGHLIGHT_SOURCE} type="geojson" data={sites}>
            <Layer {...highlight.rings} />
            <Layer {...highlight.labels} />
          </Source>
        )}
        {tooltip && (
          <Popup longitude={tooltip.lon} latitude={tooltip.lat} closeButton={false} closeOnClick={false} offset={14} className="map-tooltip">
            {tooltip.text}
          </Popup>
        )}
        {choice && (
          <ClusterChooser
            choice={choice}
            onChoose={(id) => {
              setChoice(null);
              onSelectSite(id);
            }}
            onClose={() => setChoice(null)}
          />
        )}
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
