"use client";

import { useEffect, type RefObject } from "react";
import type { MapRef } from "react-map-gl/maplibre";
import { cameraPadding, planCameraMove, type MapCamera } from "@/lib/camera";
import { useReducedMotion } from "../shared/use-reduced-motion";

/**
 * Lets `camera` move the map once it has loaded. The views ask for a place where the user acts; this only
 * carries the requests out, by the rules in `lib/camera.ts`, jumping instead of flying under reduced motion.
 */
export function useCameraRequests(mapRef: RefObject<MapRef | null>, camera: MapCamera, ready: boolean, linkHadView: boolean): void {
  const reducedMotion = useReducedMotion();
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    camera.attach((target, animate) => {
      const box = map.getContainer().getBoundingClientRect();
      const move = planCameraMove(target, {
        zoom: map.getZoom(),
        padding: cameraPadding({ width: innerWidth, height: innerHeight }, box),
        animate: animate && !reducedMotion,
      });
      if (move.method === "jumpTo") map.jumpTo(move);
      else if (move.method === "flyTo") map.flyTo({ ...move, essential: false });
      else map.fitBounds(move.bounds, move);
    }, linkHadView);
    return () => camera.detach();
  }, [mapRef, camera, ready, linkHadView, reducedMotion]);
}
