import { labelGroups, NAME_SIZES, paintOrder, PLACE_GAP, type StaticMap } from "@/lib/static-map";
import { FLOW_COLOUR } from "@/lib/flow-layers";
import { BASEMAP_COLOURS } from "@/lib/map-style";
import { SITE_SYMBOLS } from "@/lib/site-symbols";

/** Props of a static map. */
export interface StaticMapFigureProps {
  map: StaticMap;
  /** What the map shows, for the image's accessible name. */
  label: string;
  className?: string;
}

/**
 * A map view rendered on the server as SVG: what readers without JavaScript or WebGL, and printed pages, see.
 * Lit-up sites are drawn larger and named.
 */
export function StaticMapFigure({ map, label, className }: StaticMapFigureProps) {
  const ordered = paintOrder(map.sites);
  return (
    <svg viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-label={label} className={className ?? "static-map"} preserveAspectRatio="xMidYMid slice">
      <rect width={map.width} height={map.height} fill={BASEMAP_COLOURS.water} />
      <path d={map.land} fill={BASEMAP_COLOURS.land} />
      <path d={map.belarus} fill={BASEMAP_COLOURS.belarus} />
      <path d={map.borders} fill="none" stroke={BASEMAP_COLOURS.border} strokeWidth={0.8} />
      {map.ukraine && (
        <path
          d={map.ukraine}
          fill="none"
          stroke={BASEMAP_COLOURS.ukraineBorder}
          strokeWidth={2.2}
          strokeLinejoin="round"
          strokeLinecap="round"
          data-border="ukraine"
        />
      )}
      {map.names.length > 0 && (
        <g className="static-map-names" aria-hidden="true" stroke={BASEMAP_COLOURS.halo} strokeWidth={2.5} paintOrder="stroke" strokeLinejoin="round">
          {map.names.map((name) =>
            name.kind === "capital" || name.kind === "place" ? (
              <g key={`${name.kind}-${name.text}-${name.x}`} data-place={name.text}>
                <circle
                  cx={name.x}
                  cy={name.y}
                  r={name.kind === "capital" ? 3 : 2.2}
                  fill={name.kind === "capital" ? BASEMAP_COLOURS.place : BASEMAP_COLOURS.halo}
                  stroke={BASEMAP_COLOURS.place}
                  strokeWidth={1.1}
                />
                <text
                  x={name.side === "left" ? name.x - PLACE_GAP.left : name.x + PLACE_GAP.right}
                  y={name.y + 3.5}
                  textAnchor={name.side === "left" ? "end" : undefined}
                  fontSize={NAME_SIZES[name.kind]}
                  fill={BASEMAP_COLOURS.place}
                >
                  {name.text}
                </text>
              </g>
            ) : (
              <text
                key={`${name.kind}-${name.text}-${name.x}`}
                data-country={name.text}
                x={name.x}
                y={name.y}
                textAnchor="middle"
                fontSize={NAME_SIZES[name.kind]}
                letterSpacing="0.12em"
                fill={name.kind === "belarus" ? BASEMAP_COLOURS.belarusLabel : BASEMAP_COLOURS.label}
              >
                {name.text}
              </text>
            ),
          )}
        </g>
      )}
      {map.flows.length > 0 && (
        <g className="static-map-flows" fill="none" stroke={FLOW_COLOUR} strokeOpacity={0.85}>
          {map.flows.map((flow) => (
            <g key={flow.id} data-flow={flow.id}>
              <title>{flow.what}</title>
              <path d={flow.d} strokeWidth={flow.width} strokeDasharray={flow.dashed ? `${flow.width * 2} ${flow.width * 1.5}` : undefined} />
              {flow.head && (
                <path
                  d="M0,0L-5,10L5,10Z"
                  transform={`translate(${flow.head.x},${flow.head.y}) rotate(${flow.head.angle}) translate(0,6) scale(${Math.max(1, flow.width / 3)})`}
                  fill={FLOW_COLOUR}
                  stroke="none"
                />
              )}
            </g>
          ))}
        </g>
      )}
      {ordered.map((site) => {
        const size = site.highlighted ? 16 : 10;
        return (
          <g key={site.id} transform={`translate(${site.x - size / 2},${site.y - size / 2}) scale(${size / 24})`} opacity={site.highlighted ? 1 : 0.45}>
            <path d={SITE_SYMBOLS[site.kind].path} fill={SITE_SYMBOLS[site.kind].colour} stroke="#ffffff" strokeWidth={2.5} fillRule="evenodd" />
          </g>
        );
      })}
      {labelGroups(map.sites).map((group) => (
        <text key={`label-${group.x}-${group.y}`} x={group.x + 10} y={group.y + 4} className="static-map-label">
          {group.names.join(", ")}
        </text>
      ))}
    </svg>
  );
}
