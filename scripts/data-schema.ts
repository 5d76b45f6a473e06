/** Writes data/schema/*.schema.json from the zod schemas in lib/schema.ts. */
import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { FILES, type FileName } from "../lib/schema";
import { jsonSchemaText, schemaPathFor } from "../lib/json-schema";

const dir = path.resolve("data");
mkdirSync(path.join(dir, "schema"), { recursive: true });
for (const name of Object.keys(FILES) as FileName[]) {
  const target = path.join(dir, schemaPathFor(name));
  writeFileSync(target, jsonSchemaText(name));
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
