import { describe, expect, it } from "vitest";
import { toDataset } from "../../lib/dataset";
import { cameraTargetOf, chapterDashboardHref, litBy, viewOfChapter, viewOfSlide } from "../../lib/guided-view";
import { DEFAULT_STATE, parseMapHash, parseViewState } from "../../lib/links";
import { loadRawDataset } from "../../lib/load";
import { arrivalTarget, focusOf, linkedTo, selectEvent, selectFlow, selectSite } from "../../lib/selection";

const dataset = toDataset(loadRawDataset("tests/fixtures/minimal"));
const chapter = dataset.chapters[0]!;

describe("selectEvent", () => {
  it("selects the event, frames its sites and says so", () => {
    const action = selectEvent(dataset, DEFAULT_STATE, "fixture-day")!;
    expect(action.patch).toEqual({ event: "fixture-day", site: null, flow: null, chapter: null });
    expect(action.target).toEqual({
      type: "sites",
      bounds: [
        [26.05, 50.45],
        [30.52, 53.11],
      ],
    });
    expect(action.announcement).toBe("Selected event: Fixture day event, 24 February 2022. 2 sites highlighted on the map.");
  });

  it("moves a window that does not hold the event to centre it, keeping the window's length", () => {
    const action = selectEvent(dataset, { from: "2010-01-01", to: "2010-12-31" }, "fixture-day")!;
    expect(action.patch).toMatchObject({ from: "2021-08-26", to: "2022-08-25" });
  });

  it("leaves the window alone when the event is inside it, and does nothing for an unknown id", () => {
    expect(selectEvent(dataset, DEFAULT_STATE, "fixture-span")!.patch).not.toHaveProperty("from");
    expect(selectEvent(dataset, DEFAULT_STATE, "no-such-event")).toBeNull();
  });

  it("asks for no camera move when the event has no site", () => {
    expect(selectEvent(dataset, DEFAULT_STATE, "fixture-approximate")!.target).toBeNull();
  });
});

describe("selectSite", () => {
  it("selects the site, goes to it and counts its events", () => {
    const action = selectSite(dataset, "mzkt")!;
    expect(action.patch).toEqual({ site: "mzkt", event: null, flow: null, chapter: null });
    expect(action.target).toEqual({
      type: "sites",
      bounds: [
        [27.64, 53.88],
        [27.64, 53.88],
      ],
    });
    expect(action.announcement).toBe("Selected site: Fixture wheeled tractor plant. 1 event highlighted on the timeline.");
  });
});

describe("arrivalTarget", () => {
  it("frames a linked selection no closer than a region view, and nothing without one", () => {
    expect(arrivalTarget(dataset, { event: "fixture-day", site: null, flow: null, chapter: null })).toEqual({
      type: "sites",
      bounds: [
        [26.05, 50.45],
        [30.52, 53.11],
      ],
      maxZoom: 7,
    });
    expect(arrivalTarget(dataset, { event: null, site: null, chapter: null })).toBeNull();
  });

  it("reads the focus in the order the link codec keeps: event, then site, then chapter", () => {
    expect(focusOf({ event: null, site: "mzkt", chapter: "fixture-chapter" })).toEqual({ type: "site", id: "mzkt" });
  });
});

describe("a guided view", () => {
  it("is the same value for a chapter and for the slide made from it", () => {
    const fromChapter = viewOfChapter(chapter);
    const fromSlide = viewOfSlide(
      { title: chapter.title, eventIds: chapter.eventIds, siteIds: chapter.siteIds, camera: chapter.camera, period: chapter.period, notes: "" },
      chapter.id,
    );
    expect(fromSlide).toEqual(fromChapter);
    expect(fromChapter.window).toEqual({ start: new Date(Date.UTC(2022, 0, 1)), end: new Date(Date.UTC(2023, 0, 1)) });
  });

  it("lights its own events and sites, or an event chosen inside it and that event's sites", () => {
    const view = viewOfChapter(chapter);
    expect([...litBy(view, dataset, null).events]).toEqual(["fixture-day", "fixture-span"]);
    expect([...litBy(view, dataset, "fixture-span").sites]).toEqual(["mzkt"]);
  });

  it("points the camera at its own view, or at the chosen event's sites", () => {
    const view = viewOfChapter(chapter);
    expect(cameraTargetOf(view, dataset, null)).toEqual({ type: "view", camera: chapter.camera });
    expect(cameraTargetOf(view, dataset, "fixture-span")).toEqual({
      type: "sites",
      bounds: [
        [27.64, 53.88],
        [27.64, 53.88],
      ],
    });
  });

  it("links to the dashboard at its window and camera", () => {
    const url = new URL(chapterDashboardHref(chapter), "http://tyl.test");
    expect(parseViewState(url.search, { events: new Set(), sites: new Set(), chapters: new Set([chapter.id]) })).toMatchObject({
      chapter: chapter.id,
      from: "2022-01-01",
      to: "2022-12-31",
    });
    expect(parseMapHash(url.hash)).toEqual(chapter.camera);
  });
});

describe("flows in the selection", () => {
  const real = toDataset(loadRawDataset("data"));
  it("a flow lights its sites, the events that report it and its volume figure", () => {
    const linked = linkedTo(real, { type: "flow", id: "ammunition-to-russia-mar-sep-2022" });
    expect([...linked.sites]).toEqual(["minsk", "moscow"]);
    expect([...linked.events]).toEqual(["ammunition-equipment-transfers-mar-sep-2022"]);
    expect([...linked.figures!]).toEqual(["ammunition-tonnes-mar-sep-2022-euromaidan"]);
  });
  it("a site lights its flows, and an event the flows that name it", () => {
    expect([...linkedTo(real, { type: "site", id: "peleng" }).flows!]).toEqual(["shenzhen-5g-parts-to-peleng", "peleng-fire-control-to-russian-tanks"]);
    expect([...linkedTo(real, { type: "event", id: "bavar-373-on-mzkt-chassis-2024" }).flows!]).toEqual(["mzkt-chassis-to-iran"]);
  });
  it("selecting a flow outside the window moves the window to the flow and says what was selected", () => {
    const action = selectFlow(real, { from: "2025-01-01", to: "2025-12-31" }, "ammunition-to-russia-mar-sep-2022")!;
    expect(action.patch).toMatchObject({ flow: "ammunition-to-russia-mar-sep-2022", event: null, site: null, from: "2022-03-01", to: "2022-09-30" });
    expect(action.announcement).toMatch(/^Selected flow: Ammunition, more than 65,000 tonnes .*, from Minsk to Moscow\. 1 event highlighted/);
    expect(focusOf({ event: null, site: null, chapter: null, flow: "x" })).toEqual({ type: "flow", id: "x" });
  });
});
