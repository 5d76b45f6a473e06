"use client";

import type { FeatureCollection, LineString, Point } from "geojson";
import { useEffect, useMemo, useState, type RefObject } from "react";
import { Layer, Source, type MapRef } from "react-map-gl/maplibre";
import { siteLayers } from "@/lib/map-style";
import { arrowImage, FLOW_ARROW_IMAGE, FLOW_SOURCE, flowLayers, type FlowFeatureProps } from "@/lib/flow-layers";
import { useFeatureStates } from "./use-feature-states";

/** Props of the flow layer. */
export interface FlowLayerProps {
  mapRef: RefObject<MapRef | null>;
  /** The flows shown (active in the window, with the network on), as built by `flowFeatures`. */
  flows: FeatureCollection<LineString | Point, FlowFeatureProps>;
  /** Flows lit by the selection; when something is selected, the others are dimmed. */
  selected: ReadonlySet<string>;
  preview: ReadonlySet<string>;
  /** True when something is selected, so unlit flows are dimmed. */
  focused: boolean;
}

/**
 * The supply network on the map: curved lines (dashed unless confirmed) with arrowheads, under the sites.
 * Selection and hover are feature-state, as for sites, so selecting never rebuilds the layer.
 */
export function FlowLayer({ mapRef, flows, selected, preview, focused }: FlowLayerProps) {
  const [ready, setReady] = useState(false);
  // Under the sites where they are drawn already (they are, once the map has rendered them once).
  const [before, setBefore] = useState<string | undefined>(undefined);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map) return;
    if (!map.hasImage(FLOW_ARROW_IMAGE)) map.addImage(FLOW_ARROW_IMAGE, arrowImage(), { sdf: true });
    setBefore(map.getLayer(siteLayers.ring.id) ? siteLayers.ring.id : undefined);
    setReady(true);
  }, [mapRef]);
  const ids = useMemo(() => [...new Set(flows.features.map((f) => f.properties.id))], [flows]);
  // A flow is "active" (not dimmed) when nothing is selected, or when the selection lights it.
  const lit = useMemo(() => (focused ? selected : new Set(ids)), [focused, selected, ids]);
  useFeatureStates(mapRef, ready, ids, selected, preview, lit, FLOW_SOURCE);
  if (!ready) return null;
  return (
    <Source id={FLOW_SOURCE} type="geojson" data={flows} promoteId="id">
      <Layer {...flowLayers.solid} beforeId={before} />
      <Layer {...flowLayers.dashed} beforeId={before} />
      <Layer {...flowLayers.heads} beforeId={before} />
    </Source>
  );
}
