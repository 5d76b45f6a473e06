"use client";

import { useState } from "react";
import { MapCamera } from "@/lib/camera";

/** The map's camera for one view tree: views call `goTo` where the user acts, the map carries it out. */
export function useMapCamera(): MapCamera {
  const [camera] = useState(() => new MapCamera());
  return camera;
}
