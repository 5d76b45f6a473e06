import { parseTheme, type SlideTheme } from "./links";

/**
 * The slide themes. Light is the default; dark suits a dim room. Map and timeline panels stay light in both,
 * so the category and site colours are always judged against white. The slides' CSS reads these values
 * through custom properties (`themeVariables`), so the colours the contrast test checks are the ones shown.
 */
export const THEMES = {
  light: { background: "#ffffff", text: "#1f2933", muted: "#4a5560", rule: "#d5d9de" },
  dark: { background: "#0b0f14", text: "#f5f7fa", muted: "#c3ccd5", rule: "#33404d" },
} as const satisfies Record<SlideTheme, Record<string, string>>;

/** A theme as the CSS custom properties the slide show's styles use. */
export function themeVariables(theme: SlideTheme): Record<`--slide-${keyof (typeof THEMES)["light"]}`, string> {
  const t = THEMES[theme];
  return { "--slide-background": t.background, "--slide-text": t.text, "--slide-muted": t.muted, "--slide-rule": t.rule };
}

/** The event the slide show fires when it changes the theme in the URL without navigating. */
export const THEME_EVENT = "tyl-theme";

/** Subscribes to theme changes (the D key, Back and Forward), for `useSyncExternalStore`. Browser only. */
export function subscribeToTheme(onChange: () => void): () => void {
  window.addEventListener(THEME_EVENT, onChange);
  window.addEventListener("popstate", onChange);
  return () => {
    window.removeEventListener(THEME_EVENT, onChange);
    window.removeEventListener("popstate", onChange);
  };
}

/** The theme the current URL asks for. Browser only. */
export const currentTheme = (): SlideTheme => parseTheme(window.location.search);
