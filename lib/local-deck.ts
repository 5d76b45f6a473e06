import { checkDataset, fitsPeriod, type DataTexts } from "./check";
import { spanOf } from "./dates";
import { formatViewState, href, parseViewState, type ViewState } from "./links";
import type { Problem } from "./problems";
import { Briefing, FILES, type Camera, type FileName, type RawDataset, type Slide } from "./schema";
import { windowToDays } from "./timeline";

/**
 * Decks a user builds in the browser from what they see. Each slide is a shipped deck's slide (the same zod
 * schema, so the same saved-view value) plus the dashboard view it was captured from, which keeps the filters
 * and the search the slide schema has no room for and gives each slide a live link back.
 */

/** A slide of a local deck: the slide as a shipped deck writes it, and the dashboard query it was captured from. */
export interface LocalSlide {
  slide: Slide;
  /** The dashboard's query (`?…`, from `formatViewState`), with the filters and the search. */
  view: string;
}

/** The optional first page of a deck. */
export interface TitleCard {
  title: string;
  author: string;
  /** As the author writes it, e.g. "2 December 2026". */
  date: string;
  /** A classification or handling line, e.g. "Official, for internal use". */
  handling: string;
}

/** A deck kept in the browser. */
export interface LocalDeck {
  id: string;
  title: string;
  audience?: string;
  slides: LocalSlide[];
  titleCard?: TitleCard;
  /** Whether the deck ends on a card listing the sources of its events. */
  closingCard: boolean;
}

/** What the dashboard shows when "Add to briefing" is pressed. */
export interface CapturedView {
  state: ViewState;
  camera: Camera;
  /** The events and sites that are lit, in the order the dashboard lists them. */
  litEvents: readonly string[];
  litSites: readonly string[];
  /** The story chapter being read, when captured from the story. */
  chapterId?: string;
}

const MAX_TITLE = 90;
const MAX_POINT = 140;

const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** The default title of a captured slide: what is selected, else the chapter, else the search, else the window. */
function titleOf(raw: RawDataset, view: CapturedView): string {
  const { state } = view;
  const chapterId = state.chapter ?? view.chapterId;
  const named =
    (state.event && raw.events.find((e) => e.id === state.event)?.title) ||
    (state.site && raw.sites.find((s) => s.id === state.site)?.name) ||
    (chapterId && raw.chapters.find((c) => c.id === chapterId)?.title) ||
    (state.q.trim() && `Search: ${state.q.trim()}`);
  return clip(named || `${state.from} to ${state.to}`, MAX_TITLE);
}

/**
 * The slide a captured view makes: its camera, its window as the period, the lit events that belong in that
 * period (as data:check requires) and the lit sites; the title defaults from the selection or the chapter,
 * the points are the titles of the first three lit events outside the background.
 */
export function captureSlide(raw: RawDataset, view: CapturedView): LocalSlide {
  const period = { from: view.state.from, to: view.state.to };
  const window = spanOf(period.from, period.to);
  const eventById = new Map(raw.events.map((e) => [e.id, e]));
  const siteIds = new Set(raw.sites.map((s) => s.id));
  const events = view.litEvents.flatMap((id) => {
    const event = eventById.get(id);
    const span = event && spanOf(event.date, event.end);
    return event && span && window && fitsPeriod(window, span, event) ? [event] : [];
  });
  const chapterId = view.state.chapter ?? view.chapterId;
  const slide: Slide = {
    ...(chapterId && raw.chapters.some((c) => c.id === chapterId) ? { chapterId } : {}),
    title: titleOf(raw, view),
    eventIds: [...new Set(events.map((e) => e.id))],
    siteIds: [...new Set(view.litSites.filter((id) => siteIds.has(id)))],
    camera: { center: [round(view.camera.center[0]), round(view.camera.center[1])], zoom: round(view.camera.zoom, 2) },
    period,
    points: events
      .filter((e) => !e.context)
      .slice(0, 3)
      .map((e) => clip(e.title, MAX_POINT)),
    notes: "",
  };
  return { slide, view: formatViewState(view.state) };
}

const round = (n: number, digits = 4): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** The live dashboard link of a local slide: its query and its camera. */
export const liveViewHref = (local: LocalSlide): string => {
  const state = parseViewState(local.view);
  return href.dashboard(state, local.slide.camera);
};

/** The live dashboard link of a shipped deck's slide: its window, its chapter lit, its camera. */
export const slideLiveHref = (slide: Slide): string => liveViewHref({ slide, view: queryOfSlide(slide) });

/** A kebab-case id from a title, unique among `taken`, never the generated story deck's nor "local" (the local decks' route). */
export function deckIdOf(title: string, taken: Iterable<string>): string {
  const used = new Set([...taken, "story", "local"]);
  const base =
    title
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40)
      .replace(/-+$/, "") || "deck";
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** A new, empty deck (it is saved once it has a slide, as the schema needs one). */
export const newDeck = (title: string, taken: Iterable<string>): LocalDeck => ({
  id: deckIdOf(title, taken),
  title: title.trim() || "Untitled briefing",
  slides: [],
  closingCard: true,
});

/** A local deck as a shipped deck: what `data/briefings.json` holds. */
export const toBriefing = (deck: LocalDeck): Briefing => Briefing.parse(presentable(deck));

/**
 * A local deck as the slide show, presenter view and handout take a deck, unchecked: an edit in progress
 * (a title being typed) still presents, where export checks it with `toBriefing`.
 */
export const presentable = (deck: LocalDeck): Briefing => ({
  id: deck.id,
  title: deck.title,
  ...(deck.audience ? { audience: deck.audience } : {}),
  slides: deck.slides.map(({ slide }) => ({ ...slide, points: slide.points?.map((p) => p.trim()).filter(Boolean) })),
});

/** The text of a `briefings.json` file holding `decks`, as export writes it. */
export const briefingsFileText = (decks: readonly LocalDeck[]): string =>
  `${JSON.stringify({ $schema: "./schema/briefings.schema.json", briefings: decks.map(toBriefing) }, null, 2)}\n`;

/** The result of reading a deck file. */
export type DeckImport = { ok: true; decks: LocalDeck[] } | { ok: false; problems: Problem[] };

const textOf = (raw: RawDataset, name: FileName): string => JSON.stringify({ [FILES[name].key]: raw[name] });

/**
 * Reads a `briefings.json` file a user imports, with exactly the checks `npm run data:check` makes against this
 * dataset, so every problem names its JSON pointer (and line and column) in `fileName`. The decks come back
 * with ids that none of `taken` uses, so importing never replaces a saved deck.
 */
export function importDecks(text: string, fileName: string, raw: RawDataset, taken: Iterable<string>): DeckImport {
  const texts = Object.fromEntries((Object.keys(FILES) as FileName[]).map((name) => [name, textOf(raw, name)])) as DataTexts;
  texts.briefings = text;
  const { problems, data } = checkDataset(texts, (name) => (name === "briefings" ? fileName : FILES[name].file));
  const own = problems.filter((p) => p.file === fileName);
  if (own.length > 0) return { ok: false, problems: own };
  if (data.briefings.length === 0)
    return { ok: false, problems: [{ file: fileName, where: "/briefings", message: "holds no deck; export a deck from Tyl and import that file" }] };
  const used = new Set(taken);
  const decks = data.briefings.map((briefing) => {
    const id = used.has(briefing.id) || briefing.id === "story" ? deckIdOf(briefing.id, used) : briefing.id;
    used.add(id);
    return {
      id,
      title: briefing.title,
      ...(briefing.audience ? { audience: briefing.audience } : {}),
      closingCard: true,
      slides: briefing.slides.map((slide) => ({ slide, view: queryOfSlide(slide) })),
    };
  });
  return { ok: true, decks };
}

/** The dashboard query a shipped slide opens: its window and, for a chapter's slide, that chapter lit. */
function queryOfSlide(slide: Slide): string {
  const window = spanOf(slide.period.from, slide.period.to);
  return formatViewState({ ...parseViewState(""), chapter: slide.chapterId ?? null, ...(window ? windowToDays(window.start, window.end) : {}) });
}

/** Moves the slide at `from` to `to` (both clamped), returning a new deck. */
export function moveSlide(deck: LocalDeck, from: number, to: number): LocalDeck {
  const slides = [...deck.slides];
  const [moved] = slides.splice(from, 1);
  if (!moved) return deck;
  slides.splice(Math.max(0, Math.min(slides.length, to)), 0, moved);
  return { ...deck, slides };
}

/** A copy of the slide at `index`, placed after it. */
export function duplicateSlide(deck: LocalDeck, index: number): LocalDeck {
  const slide = deck.slides[index];
  if (!slide) return deck;
  const copy = { ...slide, slide: { ...slide.slide, title: clip(`${slide.slide.title} (copy)`, MAX_TITLE) } };
  return { ...deck, slides: [...deck.slides.slice(0, index + 1), copy, ...deck.slides.slice(index + 1)] };
}
