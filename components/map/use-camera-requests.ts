"use client";

import { useEffect, type RefObject } from "react";
import type { MapRef } from "react-map-gl/maplibre";
import { afterNextPaint } from "@/lib/after-paint";
import { cameraPadding, planCameraMove, type CameraTarget, type MapCamera } from "@/lib/camera";
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
    let cancel = () => {};
    // The move starts after the frame that shows the views' answer, so the flight never holds that frame up.
    camera.attach((target, animate) => {
      cancel();
      cancel = afterNextPaint(() => move(target, animate));
    }, linkHadView);
    function move(target: CameraTarget, animate: boolean) {
      if (!map) return;
      const box = map.getContainer().getBoundingClientRect();
      const plan = planCameraMove(target, {
        zoom: map.getZoom(),
        padding: cameraPadding({ width: innerWidth, height: innerHeight }, box),
        animate: animate && !reducedMotion,
      });
      if (plan.method === "jumpTo") map.jumpTo(plan);
      else if (plan.method === "flyTo") map.flyTo({ ...plan, essential: false });
      else map.fitBounds(plan.bounds, plan);
    }
    return () => {
      cancel();
      camera.detach();
    };
  }, [mapRef, camera, ready, linkHadView, reducedMotion]);
}
