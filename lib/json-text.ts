/** Line and column (both from 1) of a character offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * Parses JSON, turning a syntax error into its line and column. V8 reports either a character
 * position or a line and column depending on the Node version; an unexpected end points at the end.
 */
export function parseJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; line: number; column: number; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reason = message.replace(/\s*(?:in JSON )?at position \d+.*$/s, "").replace(/\s*\(line \d+ column \d+\)/, "");
    const lineCol = /\(line (\d+) column (\d+)\)/.exec(message);
    if (lineCol) return { ok: false, line: Number(lineCol[1]), column: Number(lineCol[2]), reason };
    const position = /at position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : text.length;
    return { ok: false, ...lineColumn(text, offset), reason };
  }
}
