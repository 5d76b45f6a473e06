"use client";

import "maplibre-gl/dist/maplibre-gl.css";
import type { FeatureCollection, Point } from "geojson";
import type { GeoJSONSource } from "maplibre-gl";
import { useMemo, useRef, useState } from "react";
import Map, { Layer, NavigationControl, Popup, ScaleControl, Source, type ErrorEvent, type MapLayerMouseEvent, type MapRef } from "react-map-gl/maplibre";
import { FLOW_DASHED_LAYER, FLOW_SOLID_LAYER } from "@/lib/flow-layers";
import { CLUSTER_LAYER, embeddedStyle, HIGHLIGHT_SOURCE, highlightLayers, scaledSymbols, SITE_SOURCE, siteLayers, SYMBOL_LAYER } from "@/lib/map-style";
import type { MapCamera } from "@/lib/camera";
import { HOME_CAMERA } from "@/lib/defaults";
import { parseMapHash, type SlideTheme } from "@/lib/links";
import { addSiteImages } from "@/lib/map-images";
import { clusterTooltip, siteTooltip, type SiteFeatureProps } from "@/lib/site-features";
import { SITE_SYMBOLS } from "@/lib/site-symbols";
import { useMediaQuery } from "../shared/use-media-query";
import { useReducedMotion } from "../shared/use-reduced-motion";
import { ClusterChooser, type ClusterChoice } from "./cluster-chooser";
import { FlowLayer, type FlowLayerProps } from "./flow-layer";
import { MapErrors } from "./map-errors";
import { useCameraRequests } from "./use-camera-requests";
import { useFeatureStates } from "./use-feature-states";

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
  /**
   * The camera the views move. Whatever it was asked for before the map loaded is applied on load, unless the
   * link records a view with `#map=`, which is kept exactly.
   */
  camera: MapCamera;
  /** A click on a site; absent where the map only shows (the story, the slides). */
  onSelectSite?: (id: string) => void;
  onHoverSite?: (id: string | null) => void;
  /** The supply network to draw, or absent for none. */
  flows?: Omit<FlowLayerProps, "mapRef">;
  /** A click on a flow's line. */
  onSelectFlow?: (id: string) => void;
  /** The basemap variant: dark under the slides' dark (projector) theme, light everywhere else. */
  theme?: SlideTheme;
}

const FLOW_LAYERS: readonly string[] = [FLOW_SOLID_LAYER, FLOW_DASHED_LAYER];

type MapState = "loading" | "ready" | "error";

const customStyle = process.env.NEXT_PUBLIC_BASEMAP_STYLE;
const MAX_ZOOM = 12;

/**
 * The map of sites. It reports its state on `data-map-state` and shows MapLibre's errors in an alert, so a
 * blank map never goes unexplained. Selection and hover are feature-state on one source, never rebuilt layers.
 */
export function SiteMap({ sites, selected, preview, active, camera, onSelectSite, onHoverSite, flows, onSelectFlow, theme = "light" }: SiteMapProps) {
  const mapRef = useRef<MapRef>(null);
  const [state, setState] = useState<MapState>("loading");
  const [moving, setMoving] = useState(false);
  const projector = useMediaQuery("(min-width: 1800px)", false);
  const [imagesReady, setImagesReady] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [tooltip, setTooltip] = useState<{ lon: number; lat: number; text: string } | null>(null);
  const [choice, setChoice] = useState<ClusterChoice | null>(null);
  const mapStyle = useMemo(() => customStyle ?? embeddedStyle(window.location.origin, theme), [theme]);
  // MapLibre writes `#map=` as soon as it loads, so whether the link carried a view is read before that.
  const [linkHadView] = useState(() => parseMapHash(window.location.hash) !== null);
  const reducedMotion = useReducedMotion();
  const ids = useMemo(() => sites.features.map((f) => f.properties.id), [sites]);

  useFeatureStates(mapRef, imagesReady, ids, selected, preview, active);
  const highlight = useMemo(() => highlightLayers([...selected]), [selected]);

  useCameraRequests(mapRef, camera, imagesReady, linkHadView);

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
    if (FLOW_LAYERS.includes(feature.layer.id)) return onSelectFlow?.(String(feature.properties.id));
    if (feature.layer.id === SYMBOL_LAYER) {
      onSelectSite?.(String(feature.properties.id));
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
    if (feature && FLOW_LAYERS.includes(feature.layer.id))
      return setTooltip({ lon: event.lngLat.lng, lat: event.lngLat.lat, text: String(feature.properties.what) });
    if (!feature || feature.geometry.type !== "Point") {
      if (tooltip) {
        setTooltip(null);
        onHoverSite?.(null);
      }
      return;
    }
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    const p = feature.properties;
    if (feature.layer.id === SYMBOL_LAYER) {
      const kind = SITE_SYMBOLS[p.kind as keyof typeof SITE_SYMBOLS]?.label ?? p.kind;
      setTooltip({ lon, lat, text: siteTooltip({ name: String(p.name), events: Number(p.events) }, kind) });
      onHoverSite?.(String(p.id));
    } else {
      setTooltip({ lon, lat, text: clusterTooltip(Number(p.point_count)) });
      onHoverSite?.(null);
    }
  };

  return (
    <div className="site-map" data-map-state={state} data-map-moving={moving} data-map-theme={theme}>
      <Map
        ref={mapRef}
        initialViewState={{ longitude: HOME_CAMERA.center[0], latitude: HOME_CAMERA.center[1], zoom: HOME_CAMERA.zoom }}
        maxZoom={MAX_ZOOM}
        mapStyle={mapStyle}
        workerUrl="/maplibre/maplibre-gl-worker.mjs"
        hash="map"
        attributionControl={{ compact: true }}
        interactiveLayerIds={imagesReady ? [SYMBOL_LAYER, CLUSTER_LAYER, ...(flows ? FLOW_LAYERS : [])] : []}
        cursor={tooltip ? "pointer" : "grab"}
        onLoad={(event) => {
          addSiteImages(event.target);
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
          onHoverSite?.(null);
        }}
        style={{ width: "100%", height: "100%" }}
      >
        <NavigationControl showCompass={false} />
        <ScaleControl />
        {imagesReady && flows && <FlowLayer mapRef={mapRef} {...flows} />}
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
              onSelectSite?.(id);
            }}
            onClose={() => setChoice(null)}
          />
        )}
      </Map>
      <MapErrors errors={errors} />
    </div>
  );
}
