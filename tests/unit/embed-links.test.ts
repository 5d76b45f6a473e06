import { describe, expect, it } from "vitest";
import {
  absoluteUrl,
  embedOfPage,
  embedSnippet,
  formatEmbedHeight,
  formatEmbedPath,
  href,
  parseEmbedHeight,
  parseEmbeddedSlidePath,
  parseEmbedPath,
  type EmbedTarget,
} from "../../lib/links";

describe("embed paths", () => {
  const targets: EmbedTarget[] = [
    { view: "dashboard" },
    { view: "story" },
    { view: "slide", deck: "story", index: 0 },
    { view: "slide", deck: "air-defence", index: 11 },
  ];

  it.each(targets)("reads back what it writes: %o", (target) => {
    expect(parseEmbedPath(formatEmbedPath(target))).toEqual(target);
  });

  it("reads the trailing slash the static export writes", () => {
    expect(parseEmbedPath("/embed/")).toEqual({ view: "dashboard" });
    expect(parseEmbedPath("/embed/brief/story/3/")).toEqual({ view: "slide", deck: "story", index: 2 });
  });

  it.each([
    "/",
    "/story",
    "/embed/stories",
    "/embed/brief/story/0",
    "/embed/brief/Story/1",
    "/embed/brief/story/x",
    "/brief/story/1",
    "/embed/brief/story/1/extra",
  ])("refuses a path that names no embed: %s", (path) => {
    expect(parseEmbedPath(path)).toBeNull();
  });

  it("refuses a slide past the end of its deck", () => {
    expect(parseEmbedPath("/embed/brief/story/9", 8)).toBeNull();
  });

  it("gives the embed of the page a reader is on, keeping the view's query and hash", () => {
    expect(embedOfPage("/", "?event=zapad-2025", "#map=6/53/28")).toBe("/embed?event=zapad-2025#map=6/53/28");
    expect(embedOfPage("/story/", "", "#chapter-2")).toBe("/embed/story#chapter-2");
    expect(embedOfPage("/brief/story/3", "?theme=dark", "")).toBe("/embed/brief/story/3?theme=dark");
    expect(embedOfPage("/sources", "", "")).toBeNull();
  });

  it("is what href.embed writes", () => {
    expect(href.embed({ view: "slide", deck: "story", index: 1 })).toBe("/embed/brief/story/2");
  });
});

describe("embed height messages", () => {
  it("reads back the message it writes, rounding the height up to a whole pixel", () => {
    expect(parseEmbedHeight(formatEmbedHeight("/embed?event=a", 640.2))).toEqual({ id: "/embed?event=a", height: 641 });
  });

  it("has the documented shape", () => {
    expect(formatEmbedHeight("x", 500)).toEqual({ "tyl-height": { id: "x", height: 500 } });
  });

  it.each([
    null,
    "tyl-height",
    5,
    {},
    { "datawrapper-height": { x: 500 } },
    { "tyl-height": null },
    { "tyl-height": { id: 3, height: 500 } },
    { "tyl-height": { id: "x", height: "500" } },
    { "tyl-height": { id: "x", height: -1 } },
    { "tyl-height": { id: "x", height: Infinity } },
  ])("ignores anything else: %o", (data) => {
    expect(parseEmbedHeight(data)).toBeNull();
  });
});

describe("item page links", () => {
  it("writes one path per item kind", () => {
    expect([href.event("zapad-2025"), href.site("mzkt"), href.source("rusi-2023-reliance"), href.figures()]).toEqual([
      "/events/zapad-2025",
      "/sites/mzkt",
      "/sources/rusi-2023-reliance",
      "/figures",
    ]);
  });

  it("makes a path absolute on the site's base URL", () => {
    expect(absoluteUrl("/events/a", "https://tyl.example.org")).toBe("https://tyl.example.org/events/a");
    expect(absoluteUrl("/", "https://tyl.example.org")).toBe("https://tyl.example.org/");
  });
});

describe("embedSnippet", () => {
  it("writes an iframe with the URL, a title for screen readers and a starting height", () => {
    expect(embedSnippet("https://tyl.example.org/embed?event=a", "Tyl dashboard", 500)).toBe(
      '<iframe src="https://tyl.example.org/embed?event=a" title="Tyl dashboard" style="width: 100%; height: 500px; border: 0;" loading="lazy"></iframe>',
    );
  });

  it("escapes quotes and ampersands so a URL or title cannot end the attribute", () => {
    expect(embedSnippet('https://t.example/embed?a=1&q="x"', "A <b>")).toContain('src="https://t.example/embed?a=1&amp;q=&quot;x&quot;" title="A &lt;b>"');
  });
});

describe("parseEmbeddedSlidePath", () => {
  it("gives the slide of a slide embed and nothing for the other embeds", () => {
    expect(parseEmbeddedSlidePath("/embed/brief/story/2")).toEqual({ deck: "story", index: 1 });
    expect(parseEmbeddedSlidePath("/embed/story")).toBeNull();
    expect(parseEmbeddedSlidePath("/brief/story/2")).toBeNull();
  });
});
