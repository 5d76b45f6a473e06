"use client";

import { FACETS, type Filtered } from "@/lib/filter";
import type { ViewState } from "@/lib/links";

/** Props of the filter panel. */
export interface FilterPanelProps {
  state: ViewState;
  counts: Filtered["counts"];
  onChange: (patch: Partial<ViewState>) => void;
}

/**
 * Checkbox filters with faceted counts (events in the window, or sites for kinds). A value with nothing
 * behind it stays listed, at zero, unless it is not in the data at all.
 */
export function FilterPanel({ state, counts, onChange }: FilterPanelProps) {
  const active = state.cat.length + state.actor.length + state.kind.length + state.conf.length + (state.sources > 1 ? 1 : 0);
  return (
    <details className="filter-panel">
      <summary>Filters{active > 0 && <span className="filter-count"> ({active} on)</span>}</summary>
      <div className="filter-body">
        {FACETS.map(({ key, legend, values, label }) => {
          const tally = counts[key] as Record<string, number>;
          const chosen = state[key] as string[];
          const shown = values.filter((v) => tally[v]! > 0 || chosen.includes(v));
          return (
            <fieldset key={key}>
              <legend>
                {legend} <span className="count">({key === "kind" ? "sites" : "events"})</span>
              </legend>
              {shown.map((value) => (
                <label key={value} className="check">
                  <input
                    type="checkbox"
                    name={key}
                    value={value}
                    checked={chosen.includes(value)}
                    onChange={(e) => {
                      const next = e.target.checked ? [...chosen, value] : chosen.filter((v) => v !== value);
                      onChange({ [key]: values.filter((v) => next.includes(v)) } as Partial<ViewState>);
                    }}
                  />
                  <span>{label(value)}</span> <span className="count">{tally[value]}</span>
                </label>
              ))}
            </fieldset>
          );
        })}
        <fieldset>
          <legend>
            Sources <span className="count">(events)</span>
          </legend>
          <label className="check">
            <input type="checkbox" name="sources" checked={state.sources === 2} onChange={(e) => onChange({ sources: e.target.checked ? 2 : 1 })} />
            <span>At least 2 independent sources</span> <span className="count">{counts.sources}</span>
          </label>
        </fieldset>
        <button type="button" disabled={active === 0} onClick={() => onChange({ cat: [], actor: [], kind: [], conf: [], sources: 1 })}>
          Clear filters
        </button>
      </div>
    </details>
  );
}
