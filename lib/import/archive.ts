import { unzipSync } from "fflate";
import type { ImportFile } from "./index";
import type { ImportProblem } from "./table";

/**
 * ZIP archives among the files opened, unpacked into the files they hold: Tyl's CSV download is one, and a set
 * of CSVs is often passed around zipped. Only data files inside are taken (CSV, TSV, text and JSON); a README
 * or a folder is left out, and a file is named by its own name so the template kind is read from it.
 */

const ZIP = /\.zip$/i;
const DATA_ENTRY = /\.(csv|tsv|txt|json|geojson)$/i;
const README = /(^|\/)readme[^/]*$/i;

/** The files with every archive replaced by the data files in it, and a problem for each archive that cannot be read. */
export function expandArchives(files: readonly ImportFile[]): { files: ImportFile[]; problems: ImportProblem[] } {
  const out: ImportFile[] = [];
  const problems: ImportProblem[] = [];
  for (const file of files) {
    if (!ZIP.test(file.name)) {
      out.push(file);
      continue;
    }
    if (typeof file.content === "string") {
      problems.push({ file: file.name, message: "is not a ZIP archive" });
      continue;
    }
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(file.content, { filter: (entry) => DATA_ENTRY.test(entry.name) && !README.test(entry.name) && !entry.name.startsWith("__MACOSX/") });
    } catch (error) {
      problems.push({
        file: file.name,
        message: `is not a readable ZIP archive (${error instanceof Error ? error.message : String(error)}); unpack it and open the files in it`,
      });
      continue;
    }
    const names = Object.keys(entries);
    if (names.length === 0) problems.push({ file: file.name, message: "holds no CSV or JSON file" });
    for (const name of names) out.push({ name: name.split("/").pop() ?? name, content: entries[name]! });
  }
  return { files: out, problems };
}
