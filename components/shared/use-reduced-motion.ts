"use client";

import { useMediaQuery } from "./use-media-query";

/** Whether the user asked for less motion; the camera jumps and playback steps when true. */
export const useReducedMotion = (): boolean => useMediaQuery("(prefers-reduced-motion: reduce)", false);
