import type { DatedEvent } from "./dataset";
import { CATEGORY_COLOURS } from "./palette";
import type { Confidence } from "./vocabulary";

/**
 * How a timeline mark is painted, one table for the SVG marks and the canvas alike: the category gives the
 * colour, the confidence the paint, and dimming or background status the opacity.
 */

/** solid: confirmed; tint: reported; hollow: claimed; hatch: disputed. */
export type Paint = "solid" | "tint" | "hollow" | "hatch";

export const CONFIDENCE_PAINT: Record<Confidence, Paint> = { confirmed: "solid", reported: "tint", claimed: "hollow", disputed: "hatch" };

/** The opacity of a tinted fill, of a background (context) event, and of a mark dimmed by a selection elsewhere. */
export const MARK_OPACITY = { tint: 0.6, context: 0.5, dim: 0.22 } as const;

export interface MarkStyle {
  colour: string;
  paint: Paint;
  /** Opacity of the whole mark. */
  opacity: number;
}

export function markStyle(event: Pick<DatedEvent, "category" | "confidence" | "context">, dim: boolean): MarkStyle {
  return {
    colour: CATEGORY_COLOURS[event.category],
    paint: CONFIDENCE_PAINT[event.confidence],
    opacity: dim ? MARK_OPACITY.dim : event.context ? MARK_OPACITY.context : 1,
  };
}

/** The SVG fill of a style: tints as an alpha colour, hatches through the pattern `MarkPatterns` defines. */
export function svgFill(style: MarkStyle, category: string): string {
  if (style.paint === "solid") return style.colour;
  if (style.paint === "tint") return `${style.colour}${Math.round(MARK_OPACITY.tint * 255).toString(16)}`;
  if (style.paint === "hollow") return "#ffffff";
  return `url(#hatch-${category})`;
}

/** The canvas's simplification: solid and tinted marks are filled (tints at their alpha), the others outlined. */
export function canvasPaint(style: MarkStyle): { alpha: number; stroke: boolean } {
  const tint = style.paint === "tint" ? MARK_OPACITY.tint : 1;
  return { alpha: style.opacity * tint, stroke: style.paint === "hollow" || style.paint === "hatch" };
}
