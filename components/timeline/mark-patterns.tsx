import { CATEGORY_COLOURS } from "@/lib/palette";
import { CATEGORIES } from "@/lib/vocabulary";

/** SVG fills the marks refer to: a hatch per category for disputed events, a fade for vague dates, a fade-in for known-by dates. */
export function MarkPatterns() {
  return (
    <defs>
      {CATEGORIES.map((c) => (
        <g key={c}>
          <pattern id={`hatch-${c}`} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="5" height="5" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="5" stroke={CATEGORY_COLOURS[c]} strokeWidth="2.5" />
          </pattern>
          <linearGradient id={`fade-${c}`}>
            <stop offset="0" stopColor={CATEGORY_COLOURS[c]} stopOpacity="0" />
            <stop offset="0.3" stopColor={CATEGORY_COLOURS[c]} stopOpacity="0.85" />
            <stop offset="0.7" stopColor={CATEGORY_COLOURS[c]} stopOpacity="0.85" />
            <stop offset="1" stopColor={CATEGORY_COLOURS[c]} stopOpacity="0" />
          </linearGradient>
          <linearGradient id={`fade-in-${c}`}>
            <stop offset="0" stopColor={CATEGORY_COLOURS[c]} stopOpacity="0" />
            <stop offset="1" stopColor={CATEGORY_COLOURS[c]} stopOpacity="0.9" />
          </linearGradient>
        </g>
      ))}
    </defs>
  );
}
