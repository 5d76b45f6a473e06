import type { ImportProblem } from "@/lib/import";

/** How many problems are listed before the rest are counted; a 100,000-row file can have that many. */
const SHOWN = 200;

/** The problems of files that did not open, one row each, placed by file, row and column. */
export function ProblemList({ problems }: { problems: readonly ImportProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="problem-list" tabIndex={0} role="region" aria-label="Problems">
      <table>
        <caption>
          {problems.length} problem{problems.length === 1 ? "" : "s"}; fix them and open the files again
        </caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Row</th>
            <th scope="col">Column</th>
            <th scope="col">Problem and fix</th>
          </tr>
        </thead>
        <tbody>
          {problems.slice(0, SHOWN).map((p, i) => (
            <tr key={i}>
              <td>{p.file}</td>
              <td>{p.row ?? "whole file"}</td>
              <td>{p.column ?? "—"}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > SHOWN ? <p>and {problems.length - SHOWN} more</p> : null}
    </div>
  );
}
