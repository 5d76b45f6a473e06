import { describe, expect, it } from "vitest";
import { toDataset } from "../../lib/dataset";
import { loadRawDataset } from "../../lib/load";
import { stackTimeline, timelineLayout, type TimelineLayout } from "../../lib/timeline";
import { estimateTextWidth, stackMarks, truncateLabel, type StackItem } from "../../lib/timeline-layout";

const { events } = toDataset(loadRawDataset("data"));
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const measure = (text: string) => text.length * 6;

/** Every box a layout draws: the mark and, separately, its label. */
function boxes(layout: TimelineLayout) {
  return layout.visible.flatMap((event) => {
    const g = layout.geometry(event);
    const r = g.shape === "point" ? 7 : g.track === "background" ? 3 : 6;
    const mark = {
      id: event.id,
      kind: "mark",
      x0: g.shape === "point" ? g.x0 - r : g.x0,
      x1: g.shape === "point" ? g.x0 + r : Math.max(g.x1, g.x0 + 2),
      y0: g.y - r,
      y1: g.y + r,
      point: g.shape === "point",
    };
    const label = {
      id: event.id,
      kind: "label",
      x0: g.labelX,
      x1: g.labelX + g.labelWidth,
      y0: g.labelY - layout.fontPx * 0.97,
      y1: g.labelY + layout.fontPx * 0.25,
      point: false,
    };
    return g.label ? [mark, label] : [mark];
  });
}
type Box = ReturnType<typeof boxes>[number];
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const windows = {
  full: { start: d("2020-01-01"), end: d("2026-01-01") },
  year: { start: d("2022-01-01"), end: d("2023-01-01") },
  quarter: { start: d("2022-01-01"), end: d("2022-04-01") },
};

describe("timeline stacking on the real data", () => {
  for (const [name, window] of Object.entries(windows)) {
    for (const width of [360, 1200, 1700]) {
      it(`lets no label overlap another label or another event's mark, and covers no point (${name} window, ${width} px)`, () => {
        const all = boxes(timelineLayout(events, events, window, "category", width));
        for (const a of all) {
          for (const b of all) {
            if (a === b || a.id === b.id) continue;
            if (a.kind === "label" || b.point) expect(overlap(a, b), `${a.kind} ${a.id} against ${b.kind} ${b.id}`).toBe(false);
          }
        }
      });
    }
  }

  it("labels every event in a one-year window on a desktop-sized plot", () => {
    for (const year of [2020, 2021, 2022, 2023, 2024, 2025]) {
      const layout = timelineLayout(events, events, { start: d(`${year}-01-01`), end: d(`${year + 1}-01-01`) }, "category", 1200);
      expect(layout.laneBoxes.flatMap((b) => b.hidden)).toEqual([]);
      expect(layout.visible.filter((e) => !layout.geometry(e).label).map((e) => e.id)).toEqual([]);
    }
  });

  it("labels at least half the events of the full 2020–2025 window", () => {
    const layout = timelineLayout(events, events, windows.full, "category", 1200);
    const inWindow = layout.visible.length + layout.laneBoxes.reduce((n, b) => n + b.hidden.length, 0);
    expect(layout.visible.filter((e) => layout.geometry(e).label).length).toBeGreaterThanOrEqual(inWindow / 2);
  });

  it("keeps every row and label while the window pans", () => {
    const span = windows.year.end.getTime() - windows.year.start.getTime();
    const a = stackTimeline(events, "category", span, 1200);
    const b = stackTimeline(events.slice().reverse(), "category", span, 1200);
    const plain = (stacking: typeof a) =>
      [...stacking.placed.entries()].map(([id, p]) => [id, p.row, p.track, p.label, p.labelRoom] as const).sort((x, y) => (x[0] < y[0] ? -1 : 1));
    expect(plain(b)).toEqual(plain(a));
    const shifted = { start: d("2022-03-01"), end: new Date(d("2022-03-01").getTime() + span) };
    const here = timelineLayout(events, events, windows.year, "category", 1200, {}, a);
    const there = timelineLayout(events, events, shifted, "category", 1200);
    const both = here.visible.filter((e) => there.visible.includes(e));
    expect(both.length).toBeGreaterThan(3);
    for (const e of both) {
      const [g, h] = [here.geometry(e), there.geometry(e)];
      if (here.laneBoxes.find((l) => l.key === e.category)?.pointRows !== there.laneBoxes.find((l) => l.key === e.category)?.pointRows) continue;
      expect(h.x0 - g.x0).toBeCloseTo(there.x(shifted.start) - here.x(shifted.start), 3);
      expect([h.label, h.track]).toEqual([g.label, g.track]);
    }
  });

  it("draws long spans and known-by bars as background lines beneath the lane's point rows", () => {
    const layout = timelineLayout(events, events, windows.year, "category", 1200);
    for (const lane of layout.laneBoxes) {
      const mine = layout.visible.filter((e) => e.category === lane.key).map((e) => layout.geometry(e));
      const lowestPoint = Math.max(-Infinity, ...mine.filter((g) => g.track === "point").map((g) => g.y));
      for (const g of mine.filter((g) => g.track === "background")) expect(g.y).toBeGreaterThan(lowestPoint + 6);
    }
    const knownBy = layout.visible.find((e) => e.dateBasis === "known-by")!;
    expect(layout.geometry(knownBy).track).toBe("background");
    expect(layout.geometry(knownBy).label).toMatch(/^by (\w+ )?\d{4}/);
  });
});

describe("stackMarks", () => {
  const item = (id: string, over: Partial<StackItem> = {}): StackItem => ({
    id,
    lane: "a",
    track: "point",
    x0: 0,
    x1: 10,
    labelX: 12,
    label: `Event ${id}`,
    tier: 3,
    time: 0,
    ...over,
  });
  const one = { point: 1, background: 1 };

  it("gives the one free row to the selection, then lit events, then confirmed ones, then the earliest", () => {
    const items = [
      item("late", { time: 2 }),
      item("early", { time: 1 }),
      item("confirmed", { tier: 2, time: 9 }),
      item("lit", { tier: 1, time: 9 }),
      item("chosen", { tier: 0, time: 9 }),
    ];
    const order: string[] = [];
    let left = items;
    while (left.length > 0) {
      const { placed } = stackMarks(left, { measure, maxRows: one });
      const [winner] = [...placed.keys()];
      order.push(winner!);
      left = left.filter((i) => i.id !== winner);
    }
    expect(order).toEqual(["chosen", "lit", "confirmed", "early", "late"]);
  });

  it("counts what does not fit within the row limit as overflow of its lane, and shows it once the lane is expanded", () => {
    const items = ["x", "y", "z"].map((id) => item(id));
    expect(stackMarks(items, { measure, maxRows: { point: 2, background: 1 } }).overflow.get("a")).toEqual(["z"]);
    const open = stackMarks(items, { measure, maxRows: { point: 2, background: 1 }, expanded: new Set(["a"]) });
    expect([open.placed.size, open.overflow.size]).toEqual([3, 0]);
  });

  it("opens sub-rows for marks whose labels would overlap, and shares a row when they do not", () => {
    const { placed } = stackMarks([item("a"), item("b", { x0: 40, x1: 50, labelX: 52 }), item("c", { x0: 400, x1: 410, labelX: 412 })], {
      measure,
      maxRows: { point: 3, background: 1 },
    });
    expect(["a", "b", "c"].map((id) => placed.get(id)!.row)).toEqual([0, 1, 0]);
  });

  it("cuts a label short with an ellipsis at the next mark in its row", () => {
    const long = item("long", { label: "A very long title that cannot fit" });
    const { placed } = stackMarks([long, item("next", { x0: 100, x1: 110, labelX: 112 })], { measure, maxRows: one });
    const label = placed.get("long")!.label;
    expect(label).toMatch(/…$/);
    expect(12 + measure(label)).toBeLessThanOrEqual(100);
  });

  it("keeps stacks of background spans in their own rows, apart from the point rows", () => {
    const { placed } = stackMarks([item("p"), item("bg", { track: "background", x1: 900 })], { measure, maxRows: one });
    expect([placed.get("p")!.row, placed.get("bg")!.row, placed.get("bg")!.track]).toEqual([0, 0, "background"]);
  });
});

describe("label text", () => {
  it("truncates to the longest start that fits with its ellipsis, and to nothing when not a letter fits", () => {
    expect(truncateLabel("Zapad 2021", 1000, measure)).toBe("Zapad 2021");
    expect(truncateLabel("Zapad 2021", 30, measure)).toBe("Zapa…");
    expect(truncateLabel("Zapad 2021", 8, measure)).toBe("");
  });

  it("estimates capitals and wide letters wider than narrow ones", () => {
    expect(estimateTextWidth("WWW", 11)).toBeGreaterThan(estimateTextWidth("iii", 11) * 2);
  });
});
