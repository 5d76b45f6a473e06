import { describe, expect, it, vi } from "vitest";
import { cameraPadding, FIT_MAX_ZOOM, FLIGHT_MS, MapCamera, planCameraMove, SITE_ZOOM, type CameraTarget } from "../../lib/camera";

const padding = { top: 80, right: 80, bottom: 80, left: 80 };
const chapter: CameraTarget = { type: "view", camera: { center: [28, 53.5], zoom: 5.5 } };
const minsk: CameraTarget = {
  type: "sites",
  bounds: [
    [27.56, 53.9],
    [27.56, 53.9],
  ],
};
const spread: CameraTarget = {
  type: "sites",
  bounds: [
    [23.8, 52.1],
    [30.5, 55.2],
  ],
};

describe("planCameraMove", () => {
  it("flies to a chapter's or slide's exact camera, without padding", () => {
    expect(planCameraMove(chapter, { zoom: 8, padding, animate: true })).toEqual({ method: "flyTo", center: [28, 53.5], zoom: 5.5, duration: FLIGHT_MS });
  });

  it("jumps to it when motion is off", () => {
    expect(planCameraMove(chapter, { zoom: 8, padding, animate: false })).toEqual({ method: "jumpTo", center: [28, 53.5], zoom: 5.5 });
  });

  it("goes to a single site at the site zoom, never further out than the map already is", () => {
    expect(planCameraMove(minsk, { zoom: 5.4, padding, animate: true })).toMatchObject({ method: "flyTo", center: [27.56, 53.9], zoom: SITE_ZOOM });
    expect(planCameraMove(minsk, { zoom: 10, padding, animate: true })).toMatchObject({ method: "flyTo", zoom: 10 });
  });

  it("fits several sites with room around them, no closer than the fit limit or the target's own", () => {
    expect(planCameraMove(spread, { zoom: 5, padding, animate: false })).toEqual({
      method: "fitBounds",
      bounds: spread.type === "sites" ? spread.bounds : null,
      maxZoom: FIT_MAX_ZOOM,
      duration: 0,
      padding,
    });
    expect(planCameraMove({ ...spread, maxZoom: 7 } as CameraTarget, { zoom: 5, padding, animate: true })).toMatchObject({ maxZoom: 7, duration: FLIGHT_MS });
  });
});

describe("cameraPadding", () => {
  it("leaves an even margin on a wide screen", () => {
    expect(cameraPadding({ width: 1440, height: 900 }, { bottom: 600, height: 560 })).toEqual(padding);
  });

  it("keeps a phone's target above the details sheet that covers the lower half", () => {
    // The map runs from 300 px to 700 px; the sheet rises to 52 % of the screen, 439 px.
    const p = cameraPadding({ width: 390, height: 844 }, { bottom: 700, height: 400 });
    expect(p.bottom).toBeCloseTo(700 - 844 * 0.52 + 30, 5);
    expect(p.top).toBe(40);
    expect(cameraPadding({ width: 390, height: 844 }, { bottom: 400, height: 400 }).bottom).toBe(30);
  });

  it("never pads so much that nothing is left to fit into", () => {
    expect(cameraPadding({ width: 390, height: 844 }, { bottom: 840, height: 300 }).bottom).toBe(200);
  });
});

describe("MapCamera", () => {
  it("keeps a request made before the map loads and carries it out, without a flight, on attach", () => {
    const camera = new MapCamera();
    camera.goTo(chapter);
    const mover = vi.fn();
    camera.attach(mover, false);
    expect(mover).toHaveBeenCalledWith(chapter, false);
  });

  it("drops the early request when the link records its own view", () => {
    const camera = new MapCamera();
    camera.goTo(chapter);
    const mover = vi.fn();
    camera.attach(mover, true);
    expect(mover).not.toHaveBeenCalled();
  });

  it("sends later requests straight to the map, with the caller's choice of motion, and none once detached", () => {
    const camera = new MapCamera();
    const mover = vi.fn();
    camera.attach(mover, false);
    camera.goTo(minsk);
    camera.goTo(spread, false);
    expect(mover.mock.calls).toEqual([
      [minsk, true],
      [spread, false],
    ]);
    camera.detach();
    camera.goTo(chapter);
    expect(mover).toHaveBeenCalledTimes(2);
  });
});
