import type { Dataset } from "./dataset";
import type { Briefing, Chapter, Slide } from "./schema";

/** The id of the deck generated from the story's chapters. */
export const STORY_DECK = "story";

/** A chapter as a slide: its view and notes, and as points the titles of the first three events it features. */
export function slideOfChapter(chapter: Chapter, dataset: Pick<Dataset, "eventById">): Slide {
  const events = chapter.eventIds.flatMap((id) => dataset.eventById.get(id) ?? []);
  const points = events
    .filter((e) => !e.context)
    .slice(0, 3)
    .map((e) => e.title);
  return {
    chapterId: chapter.id,
    title: chapter.title,
    eventIds: chapter.eventIds,
    siteIds: chapter.siteIds,
    ...(chapter.flowIds ? { flowIds: chapter.flowIds } : {}),
    camera: chapter.camera,
    period: chapter.period,
    points,
    notes: chapter.notes,
  };
}

/** Every deck: the one generated from the chapters first, then those written in data/briefings.json. */
export function allDecks(dataset: Pick<Dataset, "chapters" | "eventById"> & { briefings: readonly Briefing[] }): Briefing[] {
  const story: Briefing = {
    id: STORY_DECK,
    title: "Belarus as Russia's rear base, 2020 to Zapad 2025",
    audience: "A general briefing, one slide per chapter of the story",
    slides: dataset.chapters.map((c) => slideOfChapter(c, dataset)),
  };
  return dataset.chapters.length > 0 ? [story, ...dataset.briefings] : [...dataset.briefings];
}
