/**
 * `npm run data:check`: validates the data directory (TYL_DATA_DIR, else data/) and prints every problem as
 * `file: JSON pointer: message`. Exits 1 on any problem, 0 with one line of counts.
 */
import { checkDirectory, dataDir } from "../lib/load";
import { formatProblem } from "../lib/problems";

const dir = process.argv[2] ?? dataDir();
const { problems, data } = checkDirectory(dir);
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\ndata:check found ${problems.length} problem${problems.length === 1 ? "" : "s"} in ${dir}; nothing was built.`);
  process.exit(1);
}
console.log(
  `data:check ok: ${data.events.length} events, ${data.sites.length} sites, ${data.sources.length} sources, ${data.figures.length} figures, ${data.chapters.length} chapters, ${data.briefings.length} briefing decks, ${data.flows.length} flows`,
);
