import type { SiteKind } from "@/lib/schema";
import { SITE_SYMBOLS } from "@/lib/site-symbols";

/** A site kind's symbol as inline SVG, the same path the map rasterises. Decorative: the kind is also in text. */
export function SiteSymbolIcon({ kind, size = 14 }: { kind: SiteKind; size?: number }) {
  const symbol = SITE_SYMBOLS[kind];
  return (
    <svg width={size} height={size} viewBox="-2 -2 28 28" aria-hidden="true" className="site-symbol">
      <path d={symbol.path} fill={symbol.colour} fillRule="evenodd" stroke="#ffffff" strokeWidth={2} />
    </svg>
  );
}
