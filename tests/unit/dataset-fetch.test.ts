import { afterEach, describe, expect, it, vi } from "vitest";
import { datasetLoad, subscribeDataset } from "@/lib/dataset-fetch";
import { independentSourceCount, independentSourceCounter } from "@/lib/independence";

const settled = (src: string) =>
  new Promise<void>((resolve) => {
    if (datasetLoad(src).status !== "loading") return resolve();
    const stop = subscribeDataset(src, () => (stop(), resolve()));
  });

describe("fetching the shipped dataset", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("fetches each address once and shares what arrives", async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ events: [], sites: [], sources: [] })));
    vi.stubGlobal("fetch", fetch);
    expect(datasetLoad("/data/a.json")).toEqual({ status: "loading" });
    await settled("/data/a.json");
    expect(datasetLoad("/data/a.json")).toMatchObject({ status: "ready", raw: { events: [] } });
    datasetLoad("/data/a.json");
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("says why when the server fails or the file is not a dataset", async () => {
    vi.stubGlobal("fetch", async (src: string) =>
      src.endsWith("b.json") ? new Response("down", { status: 503, statusText: "Service Unavailable" }) : new Response('{"hello": 1}'),
    );
    datasetLoad("/data/b.json");
    datasetLoad("/data/c.json");
    await Promise.all([settled("/data/b.json"), settled("/data/c.json")]);
    expect(datasetLoad("/data/b.json")).toEqual({ status: "error", message: "the server answered 503 Service Unavailable" });
    expect(datasetLoad("/data/c.json")).toEqual({ status: "error", message: "the file is not a Tyl dataset" });
  });
});

describe("counting independent sources for many events", () => {
  it("agrees with the one-off count, restatements counted with what they restate", () => {
    const sources = new Map([
      ["a", { id: "a" }],
      ["b", { id: "b", derivedFrom: ["a"] }],
      ["c", { id: "c" }],
    ]);
    const count = independentSourceCounter(sources);
    for (const ids of [["a"], ["a", "b"], ["b", "c"], ["a", "b", "c"], []]) {
      const citations = ids.map((sourceId) => ({ sourceId }));
      expect(count(citations)).toBe(independentSourceCount(citations, sources));
    }
    expect(count([{ sourceId: "a" }, { sourceId: "b" }])).toBe(1);
  });
});
