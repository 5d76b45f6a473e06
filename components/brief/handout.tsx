import type { Dataset } from "@/lib/dataset";
import { formatWhen } from "@/lib/format";
import type { TitleCard } from "@/lib/local-deck";
import type { Briefing } from "@/lib/schema";
import type { StaticMap } from "@/lib/static-map";
import { SourceList } from "../details/source-list";
import { StaticMapFigure } from "../shared/static-map-figure";
import { SlideQr } from "./slide-qr";

/** Props of the printed handout. */
export interface HandoutProps {
  deck: Briefing;
  dataset: Dataset;
  maps: StaticMap[];
  /** Each slide's live view (a path from `href`), which its page's QR code opens. */
  livePaths: string[];
  /** The content hash of the dataset the handout was printed from; null while it is being worked out. */
  version: string | null;
  /** A first page with the title, author, date and handling line. */
  titleCard?: TitleCard;
  /** Whether the handout ends on a page listing every source; shipped decks always do. */
  closingCard?: boolean;
}

/**
 * A deck laid out for print, one slide per A4 landscape page: its map, its events in time order as the
 * timeline, its points and notes, the sources of its events, a QR code to its live view and the dataset
 * version; then a page of all sources.
 */
export function Handout({ deck, dataset, maps, livePaths, version, titleCard, closingCard = true }: HandoutProps) {
  const cited = new Map<string, { sourceId: string; section?: string }>();
  const versionLine = `Dataset version ${version ?? "being worked out"}`;
  return (
    <div className="handout">
      {titleCard && (
        <section className="handout-page handout-title" aria-labelledby="handout-title">
          {titleCard.handling && <p className="handling">{titleCard.handling}</p>}
          <h2 id="handout-title">{titleCard.title || deck.title}</h2>
          {titleCard.author && <p>{titleCard.author}</p>}
          {titleCard.date && <p>{titleCard.date}</p>}
          <p className="slide-count">
            {deck.slides.length} slides · {versionLine}
          </p>
        </section>
      )}
      {deck.slides.map((slide, i) => {
        const events = slide.eventIds.flatMap((id) => dataset.eventById.get(id) ?? []).sort((a, b) => a.interval.start.getTime() - b.interval.start.getTime());
        const citations = events.flatMap((e) => e.sources);
        for (const c of citations) cited.set(c.sourceId, { sourceId: c.sourceId });
        const map = maps[i];
        return (
          <section key={i} className="handout-page" aria-labelledby={`handout-${i}`}>
            <p className="slide-count">
              {deck.title} · slide {i + 1} of {deck.slides.length} · {versionLine}
            </p>
            <h2 id={`handout-${i}`}>{slide.title}</h2>
            <div className="handout-grid">
              {map ? <StaticMapFigure map={map} label={`Map of slide ${i + 1}: ${slide.title}`} className="static-map handout-map" /> : <p>Drawing the map…</p>}
              <div>
                {slide.points && (
                  <ul className="handout-points">
                    {slide.points.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                )}
                <h3>Timeline</h3>
                <ol className="handout-events">
                  {events.map((e) => (
                    <li key={e.id}>
                      <span className="event-date">{formatWhen(e)}</span> {e.title}
                    </li>
                  ))}
                </ol>
                {slide.notes && (
                  <>
                    <h3>Notes</h3>
                    <p>{slide.notes}</p>
                  </>
                )}
                {livePaths[i] && <SlideQr path={livePaths[i]} />}
              </div>
            </div>
            <h3>Sources</h3>
            <SourceList citations={citations} dataset={dataset} />
          </section>
        );
      })}
      {closingCard && (
        <section className="handout-page" aria-labelledby="handout-sources">
          <h2 id="handout-sources">All sources</h2>
          <SourceList citations={[...cited.values()]} dataset={dataset} />
        </section>
      )}
    </div>
  );
}
