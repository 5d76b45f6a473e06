import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Where the source documents live: TYL_SEEDS_DIR, else ../shared/seeds beside the checkout. */
export const seedsDir = (): string => path.resolve(process.env.TYL_SEEDS_DIR ?? path.join(process.cwd(), "..", "shared", "seeds"));

/** The source documents by file name, or null when the folder is not there. */
export function readSeeds(dir: string = seedsDir()): Map<string, string> | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  return new Map(files.map((f) => [f, readFileSync(path.join(dir, f), "utf8")]));
}
