import type { Dataset } from "@/lib/dataset";
import { formatWhen } from "@/lib/format";
import type { Briefing } from "@/lib/schema";
import type { StaticMap } from "@/lib/static-map";
import { SourceList } from "../details/source-list";
import { StaticMapFigure } from "../shared/static-map-figure";

/** Props of the printed handout. */
export interface HandoutProps {
  deck: Briefing;
  dataset: Dataset;
  maps: StaticMap[];
}

/**
 * A deck laid out for print, one slide per A4 landscape page: its map (drawn on the server), its events in
 * time order as the timeline, its points and notes, and the sources of its events; then a page of all sources.
 */
export function Handout({ deck, dataset, maps }: HandoutProps) {
  const cited = new Map<string, { sourceId: string; section?: string }>();
  return (
    <div className="handout">
      {deck.slides.map((slide, i) => {
        const events = slide.eventIds.flatMap((id) => dataset.eventById.get(id) ?? []).sort((a, b) => a.interval.start.getTime() - b.interval.start.getTime());
        const citations = events.flatMap((e) => e.sources);
        for (const c of citations) cited.set(c.sourceId, { sourceId: c.sourceId });
        return (
          <section key={i} className="handout-page" aria-labelledby={`handout-${i}`}>
            <p className="slide-count">
              {deck.title} · slide {i + 1} of {deck.slides.length}
            </p>
            <h2 id={`handout-${i}`}>{slide.title}</h2>
            <div className="handout-grid">
              <StaticMapFigure map={maps[i]!} label={`Map of slide ${i + 1}: ${slide.title}`} className="static-map handout-map" />
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
              </div>
            </div>
            <h3>Sources</h3>
            <SourceList citations={citations} dataset={dataset} />
          </section>
        );
      })}
      <section className="handout-page" aria-labelledby="handout-sources">
        <h2 id="handout-sources">All sources</h2>
        <SourceList citations={[...cited.values()]} dataset={dataset} />
      </section>
    </div>
  );
}
