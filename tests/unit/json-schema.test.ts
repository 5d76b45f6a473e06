import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsonSchemaText, schemaPathFor } from "../../lib/json-schema";
import { FILES, type FileName } from "../../lib/schema";

describe("the generated JSON Schema in data/schema/", () => {
  for (const name of Object.keys(FILES) as FileName[]) {
    it(`is up to date for ${FILES[name].file} (run npm run data:schema if this fails)`, () => {
      const onDisk = readFileSync(`data/${schemaPathFor(name).slice(2)}`, "utf8");
      expect(onDisk).toBe(jsonSchemaText(name));
    });

    it(`is what data/${FILES[name].file} points its $schema at`, () => {
      const json = JSON.parse(readFileSync(`data/${FILES[name].file}`, "utf8")) as { $schema?: string };
      expect(json.$schema).toBe(schemaPathFor(name));
    });
  }
});
