"use client";

import { apaCitation, BIBTEX_TYPE, bibtex, chicagoCitation, citationKey, CSL_JSON_TYPE, cslJson, dataUrl, formatDay, type CitableItem } from "@/lib/citation";
import { useAccessDay } from "./use-access-day";

/**
 * "Cite this": the page in two citation styles and as CSL-JSON and BibTeX downloads, all naming the dataset
 * version and the day the reader opened the page. The downloads are `data:` URLs so they work from the static
 * export with nothing behind them.
 */
export function CiteThis({ item }: { item: CitableItem }) {
  const accessed = useAccessDay();
  const key = citationKey(item);
  return (
    <section className="cite-this" aria-labelledby="cite-this-title">
      <h3 id="cite-this-title">Cite this</h3>
      <p className="details-meta">
        Dataset version <code>{item.version}</code>, accessed {accessed ? formatDay(accessed) : "on the day you read this"}.
      </p>
      <dl>
        <dt>Chicago</dt>
        <dd>
          <p className="citation-text">{chicagoCitation(item, accessed)}</p>
        </dd>
        <dt>APA</dt>
        <dd>
          <p className="citation-text">{apaCitation(item, accessed)}</p>
        </dd>
      </dl>
      <p className="cite-downloads">
        <a href={dataUrl(CSL_JSON_TYPE, cslJson(item, accessed))} download={`${key}.json`}>
          Download CSL-JSON
        </a>
        <a href={dataUrl(BIBTEX_TYPE, bibtex(item, accessed))} download={`${key}.bib`}>
          Download BibTeX
        </a>
      </p>
    </section>
  );
}
