import { readFileSync } from "node:fs";
import path from "node:path";
import { checkDataset, type CheckResult, type DataTexts } from "./check";
import { formatProblem } from "./problems";
import { FILES, type FileName } from "./schema";

/** The data directory the app and scripts read: `TYL_DATA_DIR`, else `data/`. */
export const dataDir = (): string => path.resolve(/*turbopackIgnore: true*/ process.env.TYL_DATA_DIR ?? "data");

/** Reads the files of a data directory; a file that does not exist is `undefined`. */
export function readDataTexts(dir: string): DataTexts {
  const read = (name: FileName): string | undefined => {
    try {
      return readFileSync(path.join(dir, FILES[name].file), "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  };
  return {
    sources: read("sources"),
    sites: read("sites"),
    events: read("events"),
    chapters: read("chapters"),
    figures: read("figures"),
    briefings: read("briefings"),
    flows: read("flows"),
  };
}

/** Checks a data directory, labelling problems with paths relative to the working directory. */
export function checkDirectory(dir: string): CheckResult {
  return checkDataset(readDataTexts(dir), (name) => path.relative(process.cwd(), path.join(dir, FILES[name].file)) || FILES[name].file);
}

/** Raised when the data has problems: the message lists every one. */
export class DataError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The dataset has ${problems.length} problem${problems.length === 1 ? "" : "s"}; run \`npm run data:check\`:\n${problems.join("\n")}`);
    this.name = "DataError";
  }
}

/** Loads a data directory, throwing a DataError that lists every problem if any check fails. */
export function loadRawDataset(dir: string = dataDir()) {
  const { problems, data } = checkDirectory(dir);
  if (problems.length > 0) throw new DataError(problems.map(formatProblem));
  return data;
}
