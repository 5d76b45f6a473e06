import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";

/** Line and column (both from 1) of a character offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** Readable wording for jsonc-parser's error codes, in the terms a person editing JSON by hand uses. */
const REASONS: Partial<Record<string, string>> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected ':' after the property name",
  CommaExpected: "expected ',' between items (or a closing bracket or brace)",
  CloseBraceExpected: "expected '}' to close the object",
  CloseBracketExpected: "expected ']' to close the array",
  EndOfFileExpected: "unexpected text after the end of the JSON value",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "comments are not allowed in JSON",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unterminated number",
  InvalidUnicode: "invalid unicode escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "invalid character in a string",
};

/** A parsed JSON text that can say where any value in it is written. */
export interface JsonText {
  value: unknown;
  /**
   * Line and column of the value at `path`; where nothing is written at `path` (a missing field), the
   * position of the nearest enclosing value that is, so the editor still lands on the right object.
   */
  positionOf(path: readonly PropertyKey[]): { line: number; column: number };
}

/**
 * Parses strict JSON with jsonc-parser, which reports the offset of each syntax error itself, so positions
 * do not depend on the wording of a JavaScript engine's error messages. Comments and trailing commas are errors.
 */
export function parseJson(text: string): ({ ok: true } & JsonText) | { ok: false; line: number; column: number; reason: string } {
  const tree = () => {
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    return { root, first: errors[0] };
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const { root, first } = tree();
    if (first || !root) {
      const offset = first?.offset ?? text.length;
      const code = first ? printParseErrorCode(first.error) : "ValueExpected";
      return { ok: false, ...lineColumn(text, offset), reason: REASONS[code] ?? code };
    }
    // JSON.parse refused what jsonc-parser accepts (engines differ on edge cases); jsonc-parser has the say.
    value = getNodeValue(root);
  }
  // The syntax tree is only built when a position is asked for: for a valid file of 100,000 imported events
  // it costs far more than the check itself, and a file without problems never needs it.
  let root: Node | undefined;
  const positionOf = (path: readonly PropertyKey[]) => {
    root ??= tree().root;
    let node: Node | undefined;
    for (let n = path.length; n >= 0 && node === undefined && root; n--) {
      node = findNodeAtLocation(
        root,
        path.slice(0, n).map((p) => (typeof p === "number" ? p : String(p))),
      );
    }
    // A property's value node starts after its key; pointing at the key reads better in an editor.
    const at = node?.parent?.type === "property" ? node.parent : node;
    return lineColumn(text, at?.offset ?? 0);
  };
  return { ok: true, value, positionOf };
}
