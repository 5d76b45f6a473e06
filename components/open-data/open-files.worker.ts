import { openFiles, versionOf } from "@/lib/open-data/open-files";

/**
 * Parses and checks the reader's files off the main thread, so a 100,000-row export does not freeze the page.
 * It receives the files' names and bytes and answers with the dataset and its version, or the problems.
 */
self.onmessage = async (message: MessageEvent<{ files: { name: string; content: ArrayBuffer }[] }>) => {
  const started = performance.now();
  try {
    const result = openFiles(message.data.files.map((f) => ({ name: f.name, content: new Uint8Array(f.content) })));
    const version = result.ok ? await versionOf(result.raw) : null;
    self.postMessage({ result, version, ms: performance.now() - started });
  } catch (error) {
    self.postMessage({ result: { ok: false, problems: [{ file: "(all files)", message: `could not be read: ${String(error)}` }] }, version: null, ms: 0 });
  }
};
