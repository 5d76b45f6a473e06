let webgl2: boolean | null = null;

/** Whether this browser can draw the live map (WebGL2); asked once, then remembered. Browser only. */
export function hasWebGL2(): boolean {
  if (webgl2 === null) webgl2 = Boolean(document.createElement("canvas").getContext("webgl2"));
  return webgl2;
}

/** A subscription for `useSyncExternalStore`: WebGL support does not change while the page is open. */
export const subscribeToWebGL = (): (() => void) => () => undefined;
