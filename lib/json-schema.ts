import { z } from "zod";
import { FILES, type FileName } from "./schema";

/** The JSON Schema text for one data file, exactly as written to data/schema/. */
export function jsonSchemaText(name: FileName): string {
  const { schema, file } = FILES[name];
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" });
  const document = {
    ...json,
    $id: `tyl/${file.replace(".json", ".schema.json")}`,
    title: `Tyl ${name}`,
    description: `Schema for data/${file}. Generated from lib/schema.ts by \`npm run data:schema\`; do not edit by hand.`,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Path of a data file's schema relative to the data directory, as its `$schema` references it. */
export const schemaPathFor = (name: FileName): string => `./schema/${FILES[name].file.replace(".json", ".schema.json")}`;
