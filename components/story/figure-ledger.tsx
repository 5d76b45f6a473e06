import type { Dataset } from "@/lib/dataset";
import { formatEventDate, formatFigure } from "@/lib/format";
import { href } from "@/lib/links";
import type { Figure } from "@/lib/schema";

/** Figures grouped by what they measure, so where the documents disagree the numbers stand side by side. */
export function FigureLedger({ figures, dataset }: { figures: readonly Figure[]; dataset: Dataset }) {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) groups.set(f.quantity ?? f.id, [...(groups.get(f.quantity ?? f.id) ?? []), f]);
  return (
    <div className="figure-ledger">
      {[...groups.values()].map((group) => (
        <table key={group[0]!.id}>
          <caption>
            {group[0]!.what}
            {group.length > 1 && new Set(group.map((f) => `${f.value}-${f.valueHigh}`)).size > 1 && <span className="disagree"> — the sources disagree</span>}
          </caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">Period</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {group.map((f) => (
              <tr key={f.id}>
                <td>{formatFigure(f)}</td>
                <td>{formatEventDate(f.period.from, f.period.to === f.period.from ? undefined : f.period.to, "month")}</td>
                <td>
                  <a href={href.source(f.sourceId)}>
                    <cite>{dataset.sourceById.get(f.sourceId)?.title ?? f.sourceId}</cite>
                  </a>
                  {f.section && `, ${f.section}`}
                  {f.note && <span className="source-section">{f.note}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
