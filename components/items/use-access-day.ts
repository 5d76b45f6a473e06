"use client";

import { useSyncExternalStore } from "react";
import { neverChanges, parseDayKey, todayKey, type Day } from "@/lib/citation";

/**
 * The day the reader has the page open, for a citation's access date. The static HTML has none (it was written
 * at build time, which is not when anyone read it), so the server snapshot is null and the browser fills it in.
 */
export function useAccessDay(): Day | null {
  const key = useSyncExternalStore(neverChanges, todayKey, () => null);
  return key ? parseDayKey(key) : null;
}
