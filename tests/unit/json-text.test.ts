import { describe, expect, it } from "vitest";
import { parseJson } from "../../lib/json-text";

describe("parseJson", () => {
  it("locates a missing comma from the parser's own offset, not an engine's error text", () => {
    const result = parseJson('{\n  "a": 1\n  "b": 2\n}');
    expect(result).toMatchObject({ ok: false, line: 3, column: 3 });
  });

  it("reports an unexpected end of the text at its end", () => {
    expect(parseJson('{ "a": [1, 2')).toMatchObject({ ok: false, line: 1, column: 13 });
  });

  it("rejects comments and trailing commas, which JSON does not allow", () => {
    expect(parseJson('{ "a": 1, }').ok).toBe(false);
    expect(parseJson('{ "a": 1 // note\n}').ok).toBe(false);
  });

  it("gives the position of a value at a path, pointing at its property name", () => {
    const result = parseJson('{\n  "items": [\n    { "id": "x", "n": 5 }\n  ]\n}');
    if (!result.ok) throw new Error("expected valid JSON");
    expect(result.positionOf(["items", 0, "n"])).toEqual({ line: 3, column: 18 });
  });

  it("falls back to the nearest enclosing value for a path that is not written", () => {
    const result = parseJson('{\n  "items": [\n    { "id": "x" }\n  ]\n}');
    if (!result.ok) throw new Error("expected valid JSON");
    expect(result.positionOf(["items", 0, "title"])).toEqual({ line: 3, column: 5 });
  });
});
