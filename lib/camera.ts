import type { Camera } from "./schema";

/**
 * Where the map should look and how it gets there. Views ask for a target where the user acts (a click, a
 * chapter scrolled into view, a slide change); the map applies it with `planCameraMove`. Nothing here touches
 * MapLibre, so the rules are testable.
 */

export type Bounds = [[number, number], [number, number]];

/** A place to look at: exactly a chapter's or slide's camera, or whatever frames some sites. */
export type CameraTarget = { type: "view"; camera: Camera } | { type: "sites"; bounds: Bounds; maxZoom?: number };

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The zoom a single site is shown at when nothing closer is already on screen. */
export const SITE_ZOOM = 7;
/** The closest a fit to several sites goes. */
export const FIT_MAX_ZOOM = 9;
/** How long a flight takes, when motion is allowed. */
export const FLIGHT_MS = 1200;

/**
 * Room around a camera target. On a phone the details sheet rises over the lower half of the screen, so the
 * bottom padding is however much of the map it covers (never so much that nothing is left to fit into).
 */
export function cameraPadding(viewport: { width: number; height: number }, map: { bottom: number; height: number } | null): Padding {
  if (viewport.width > 760 || !map) return { top: 80, left: 80, right: 80, bottom: 80 };
  const sheetTop = viewport.height * 0.52;
  const bottom = Math.min(Math.max(30, map.bottom - sheetTop + 30), map.height - 100);
  return { top: 40, left: 30, right: 30, bottom: Math.max(30, bottom) };
}

/** One MapLibre camera call, as data. */
export type CameraMove =
  | { method: "jumpTo"; center: [number, number]; zoom: number }
  | { method: "flyTo"; center: [number, number]; zoom: number; duration: number; padding?: Padding }
  | { method: "fitBounds"; bounds: Bounds; maxZoom: number; duration: number; padding: Padding };

/**
 * The call that brings a target into view. A chapter's or slide's camera is matched exactly; sites are framed
 * with room around them, and a single site never pulls the camera further out than it already is.
 */
export function planCameraMove(target: CameraTarget, now: { zoom: number; padding: Padding; animate: boolean }): CameraMove {
  const duration = now.animate ? FLIGHT_MS : 0;
  if (target.type === "view") {
    const { center, zoom } = target.camera;
    return now.animate ? { method: "flyTo", center, zoom, duration } : { method: "jumpTo", center, zoom };
  }
  const [[w, s], [e, n]] = target.bounds;
  if (w === e && s === n) return { method: "flyTo", center: [w, s], zoom: Math.max(now.zoom, target.maxZoom ?? SITE_ZOOM), duration, padding: now.padding };
  return { method: "fitBounds", bounds: target.bounds, maxZoom: target.maxZoom ?? FIT_MAX_ZOOM, duration, padding: now.padding };
}

/** Something that can carry out a camera request: the live map, once it has loaded. */
export type CameraMover = (target: CameraTarget, animate: boolean) => void;

/**
 * The map's camera as the views hold it. A request made before the map has loaded (it loads after the page)
 * is kept and carried out, without a flight, when it attaches; later requests go straight to the map.
 */
export class MapCamera {
  private mover: CameraMover | null = null;
  private pending: CameraTarget | null = null;

  /** Moves the map to `target`; `animate` false jumps (reduced motion is applied by the map in any case). */
  goTo(target: CameraTarget, animate = true): void {
    if (this.mover) this.mover(target, animate);
    else this.pending = target;
  }

  /**
   * Called by the map when it has loaded. A pending request is carried out unless `keepView` (a link that
   * already records a view with `#map=`).
   */
  attach(mover: CameraMover, keepView: boolean): void {
    this.mover = mover;
    const pending = this.pending;
    this.pending = null;
    if (pending && !keepView) mover(pending, false);
  }

  detach(): void {
    this.mover = null;
  }
}
