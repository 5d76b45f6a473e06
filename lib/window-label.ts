import { utc } from "@date-fns/utc";
import { format } from "date-fns";

/** A time window as people read it: "1 Jan 2020 – 31 Dec 2025" (the end is the last day inside it). */
export function formatWindow(start: Date, end: Date): string {
  const last = new Date(end.getTime() - 1);
  return `${format(start, "d MMM yyyy", { in: utc })} – ${format(last, "d MMM yyyy", { in: utc })}`;
}
