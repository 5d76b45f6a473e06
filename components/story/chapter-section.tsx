import type { Dataset } from "@/lib/dataset";
import { formatEventDate, formatFlowPeriod, formatWhen } from "@/lib/format";
import type { Chapter } from "@/lib/schema";
import type { StaticMap } from "@/lib/static-map";
import { chapterDashboardHref } from "@/lib/guided-view";
import { href } from "@/lib/links";
import { windowToDays } from "@/lib/timeline";
import { AddChapterToBriefing } from "../authoring/add-chapter-to-briefing";
import { StaticMapFigure } from "../shared/static-map-figure";
import { FigureLedger } from "./figure-ledger";

/** Props of one chapter of the story. */
export interface ChapterSectionProps {
  chapter: Chapter;
  index: number;
  dataset: Dataset;
  map: StaticMap;
}

/**
 * One chapter as an article section, complete without JavaScript: its text, a static map of its view, its
 * figures and its events with their sources. With JavaScript the live map and timeline beside it follow it.
 */
export function ChapterSection({ chapter, index, dataset, map }: ChapterSectionProps) {
  const events = chapter.eventIds.flatMap((id) => dataset.eventById.get(id) ?? []).sort((a, b) => a.interval.start.getTime() - b.interval.start.getTime());
  const figures = (chapter.figureIds ?? []).flatMap((id) => dataset.figures.find((f) => f.id === id) ?? []);
  const sites = chapter.siteIds.flatMap((id) => dataset.siteById.get(id)?.name ?? []);
  const flows = (chapter.flowIds ?? []).flatMap((id) => dataset.flowById.get(id) ?? []);
  const siteName = (id: string) => dataset.siteById.get(id)?.name ?? id;
  return (
    <section id={chapter.id} className="chapter" data-chapter-id={chapter.id} aria-labelledby={`${chapter.id}-title`}>
      <p className="chapter-period">
        {index + 1}. {formatEventDate(chapter.period.from, chapter.period.to, "month")}
      </p>
      <h2 id={`${chapter.id}-title`}>{chapter.title}</h2>
      {chapter.body.split(/\n\s*\n/).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
      <figure className="chapter-static-map">
        <StaticMapFigure map={map} label={`Map of ${chapter.title}: ${sites.length > 0 ? sites.join(", ") : "the region"}`} />
        <figcaption>The sites this chapter features{sites.length > 0 ? `: ${sites.join(", ")}` : ""}.</figcaption>
      </figure>
      {figures.length > 0 && (
        <>
          <h3>The figures</h3>
          <FigureLedger figures={figures} dataset={dataset} />
        </>
      )}
      {flows.length > 0 && (
        <>
          <h3>Flows in this chapter</h3>
          <ol className="chapter-events chapter-flows">
            {flows.map((flow) => (
              <li key={flow.id}>
                <a href={href.dashboard({ flow: flow.id, ...windowToDays(flow.interval.start, flow.interval.end) })} data-story-flow={flow.id}>
                  <span className="event-date">{formatFlowPeriod(flow)}</span> {flow.what}, {siteName(flow.from)} to {siteName(flow.to)}
                </a>
              </li>
            ))}
          </ol>
        </>
      )}
      <h3>Events in this chapter</h3>
      <ol className="chapter-events">
        {events.map((event) => (
          <li key={event.id}>
            <a href={href.dashboard({ event: event.id })} data-story-event={event.id}>
              <span className="event-date">{formatWhen(event)}</span> {event.title}
            </a>
            <span className="source-section">
              Sources: {[...new Set(event.sources.map((c) => dataset.sourceById.get(c.sourceId)?.title ?? c.sourceId))].join("; ")}
            </span>
          </li>
        ))}
      </ol>
      <p className="explore">
        <a href={chapterDashboardHref(chapter)}>Explore this on the dashboard</a> <AddChapterToBriefing chapterId={chapter.id} />
      </p>
    </section>
  );
}
