"use client";

import { useSyncExternalStore } from "react";
import { dayOf, type Day } from "@/lib/citation";

const never = () => () => {};
const today = () => {
  const d = dayOf(new Date());
  return `${d.year}-${d.month}-${d.day}`;
};

/**
 * The day the reader has the page open, for a citation's access date. The static HTML has none (it was written
 * at build time, which is not when anyone read it), so the server snapshot is null and the browser fills it in.
 */
export function useAccessDay(): Day | null {
  const key = useSyncExternalStore(never, today, () => null);
  if (!key) return null;
  const [year, month, day] = key.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}
