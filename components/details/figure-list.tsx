import type { Dataset } from "@/lib/dataset";
import type { Figure } from "@/lib/schema";

const QUALIFIER_TEXT: Record<Figure["qualifier"], string> = {
  exactly: "",
  about: "about ",
  "at-least": "at least ",
  "more-than": "more than ",
  "up-to": "up to ",
  range: "",
};

/** A figure's value as the source hedges it: "more than 70,000 tonnes", "1,600–2,000 types". */
export function formatFigure(figure: Figure): string {
  const n = (v: number) => v.toLocaleString("en-GB");
  const value = figure.valueHigh !== undefined ? `${n(figure.value)}–${n(figure.valueHigh)}` : n(figure.value);
  return `${QUALIFIER_TEXT[figure.qualifier]}${value} ${figure.unit}`;
}

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
