import { canvasPaint, markStyle } from "./mark-style";
import type { TimelineLayout } from "./timeline";

/**
 * Draws a layout's marks to a 2D canvas context, batched into one path per colour and paint so ten thousand
 * marks cost a few dozen fills. Same shapes and style table as the SVG marks, simplified.
 */
export function drawMarks(context: CanvasRenderingContext2D, layout: TimelineLayout, linked: ReadonlySet<string>, focused: boolean): void {
  context.clearRect(0, 0, layout.width, layout.height);
  const batches = new Map<string, { colour: string; alpha: number; stroke: boolean; path: Path2D }>();
  for (const event of layout.visible) {
    const { x0, x1, y, shape, track } = layout.geometry(event);
    const style = markStyle(event, focused && !linked.has(event.id));
    const { alpha, stroke } = canvasPaint(style);
    const outline = shape === "point" && stroke;
    const key = `${style.colour}|${alpha}|${outline}`;
    let batch = batches.get(key);
    if (!batch) {
      batch = { colour: style.colour, alpha, stroke: outline, path: new Path2D() };
      batches.set(key, batch);
    }
    if (shape === "point") {
      batch.path.moveTo(x0 + 4.5, y);
      batch.path.arc(x0, y, 4.5, 0, 2 * Math.PI);
    } else {
      const half = track === "background" ? 1.5 : shape === "span" ? 3 : 2;
      batch.path.rect(x0, y - half, Math.max(2, x1 - x0), 2 * half);
    }
  }
  for (const { colour, alpha, stroke, path } of batches.values()) {
    context.globalAlpha = alpha;
    if (stroke) {
      context.strokeStyle = colour;
      context.stroke(path);
    } else {
      context.fillStyle = colour;
      context.fill(path);
    }
  }
  context.globalAlpha = 1;
}
