/** The kinds of date the timeline draws, each with the swatch it is drawn as. */
const KINDS = [
  { kind: "point", label: "Exact day" },
  { kind: "span", label: "Span of days" },
  { kind: "bracket", label: "Month or year" },
  { kind: "fuzzy", label: "Vague date" },
  { kind: "inferred", label: "Worked out from a document's date" },
  { kind: "known-by", label: "Known only by a date (“by Sep 2025”)" },
  { kind: "background", label: "Long range, beneath the points" },
] as const;

const INK = "#3d4752";

function Swatch({ kind }: { kind: (typeof KINDS)[number]["kind"] }) {
  return (
    <svg width={34} height={14} aria-hidden="true" className="key-swatch" data-key={kind}>
      {kind === "point" && <circle cx={17} cy={7} r={5} fill={INK} stroke={INK} strokeWidth={1.5} />}
      {kind === "span" && <rect x={3} y={4} width={28} height={6} rx={3} fill={INK} />}
      {kind === "bracket" && <path d="M3 7H31M4 2V12M30 2V12" stroke={INK} strokeWidth={2} fill="none" />}
      {kind === "fuzzy" && <rect x={1} y={4.5} width={32} height={5} fill="url(#key-fade)" />}
      {kind === "inferred" && (
        <>
          <circle cx={17} cy={7} r={5.5} fill="#ffffff" stroke={INK} strokeWidth={1.6} strokeDasharray="2.5 2" />
          <circle cx={17} cy={7} r={2.5} fill={INK} />
        </>
      )}
      {kind === "known-by" && (
        <>
          <rect x={1} y={5} width={30} height={4} fill="url(#key-fade-in)" />
          <path d="M31 1V13" stroke={INK} strokeWidth={2} />
        </>
      )}
      {kind === "background" && <rect x={1} y={9} width={32} height={3} fill={INK} opacity={0.8} />}
    </svg>
  );
}

/** A small key beside the timeline: how each kind of date is drawn, and how confidence paints a mark. */
export function TimelineKey() {
  return (
    <details className="timeline-key" open>
      <summary>Key to dates</summary>
      <svg width={0} height={0} aria-hidden="true" className="key-defs">
        <defs>
          <linearGradient id="key-fade">
            <stop offset="0" stopColor={INK} stopOpacity="0" />
            <stop offset="0.3" stopColor={INK} stopOpacity="0.9" />
            <stop offset="0.7" stopColor={INK} stopOpacity="0.9" />
            <stop offset="1" stopColor={INK} stopOpacity="0" />
          </linearGradient>
          <linearGradient id="key-fade-in">
            <stop offset="0" stopColor={INK} stopOpacity="0" />
            <stop offset="1" stopColor={INK} stopOpacity="0.95" />
          </linearGradient>
        </defs>
      </svg>
      <ul>
        {KINDS.map(({ kind, label }) => (
          <li key={kind}>
            <Swatch kind={kind} />
            {label}
          </li>
        ))}
        <li className="key-confidence">Solid confirmed · tinted reported · hollow claimed · hatched disputed</li>
      </ul>
    </details>
  );
}
