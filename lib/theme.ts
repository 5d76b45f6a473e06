/**
 * The slide themes. Light is the default; dark suits a dim room. Map and timeline panels stay light in both,
 * so the category and site colours are always judged against white.
 */
export const THEMES = {
  light: { background: "#ffffff", text: "#1f2933", muted: "#4a5560" },
  dark: { background: "#0b0f14", text: "#f5f7fa", muted: "#c3ccd5" },
} as const;
export type ThemeName = keyof typeof THEMES;
