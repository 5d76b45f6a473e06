import type { Dataset, DatedEvent } from "@/lib/dataset";
import { FigureList } from "./figure-list";
import { SourceList } from "./source-list";

/** An event's figures and its sources with their sections, as the details panel and the event's page show them. */
export function EventEvidence({ event, dataset }: { event: DatedEvent; dataset: Dataset }) {
  const figures = dataset.figures.filter((f) => f.eventId === event.id);
  return (
    <>
      {figures.length > 0 && (
        <>
          <h3>Figures</h3>
          <FigureList figures={figures} dataset={dataset} />
        </>
      )}
      <h3>Sources</h3>
      <SourceList citations={event.sources} dataset={dataset} />
    </>
  );
}
