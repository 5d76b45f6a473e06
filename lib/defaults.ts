import type { Camera } from "./schema";

/**
 * The values several views share, each given once here: what an analyst sees first and how far time reaches.
 */

/** The window an analyst sees first: the period the briefing covers, as inclusive days. */
export const DEFAULT_WINDOW = { from: "2020-01-01", to: "2025-12-31" } as const;

/** The label of the button that returns the timeline to the default window. */
export const DEFAULT_WINDOW_LABEL = `${DEFAULT_WINDOW.from.slice(0, 4)}–${DEFAULT_WINDOW.to.slice(0, 4)}`;

/** The earliest and latest years an event may fall in; the data check and the timeline's reach both use these. */
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2030;

/** The view of Belarus and its neighbours that the live map opens on and the fallback static map frames. */
export const HOME_CAMERA: Camera = { center: [28.0, 53.6], zoom: 5.4 };
