/**
 * Runs `task` after the browser has painted the next frame: a task queued from inside a frame callback runs
 * once that frame is on screen. The map's work goes through here, so the frame that shows the timeline's
 * answer never waits for WebGL. Returns a function that cancels the task if it has not run.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
