import type { Dataset } from "@/lib/dataset";
import { formatFigure } from "@/lib/format";
import type { Figure } from "@/lib/schema";

/** Figures with their sources, so conflicting numbers stand side by side. */
export function FigureList({ figures, dataset }: { figures: readonly Figure[]; dataset: Dataset }) {
  return (
    <ul className="figure-list">
      {figures.map((figure) => (
        <li key={figure.id}>
          <strong>{formatFigure(figure)}</strong> <span>{figure.what}</span>
          <span className="source-byline">
            {" "}
            — <cite>{dataset.sourceById.get(figure.sourceId)?.title ?? figure.sourceId}</cite>
            {figure.section && `, ${figure.section}`}
            {figure.note && `. ${figure.note}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
