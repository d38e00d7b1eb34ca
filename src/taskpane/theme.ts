/**
 * Which Fluent theme follows Office's: Office.context.officeTheme gives the pane's colours
 * (and isDarkTheme where the host sets it); Windows high contrast shows as the CSS
 * forced-colors media feature. https://learn.microsoft.com/office/dev/add-ins/design/add-in-color-schemes
 */
export type ThemeKind = 'light' | 'dark' | 'highContrast';

/** Relative luminance (0 black … 1 white) of #RRGGBB; undefined for anything else. */
export function luminance(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return undefined;
  const lin = (h: string) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(m[1]) + 0.7152 * lin(m[2]) + 0.0722 * lin(m[3]);
}

export function themeKind(officeTheme: { readonly bodyBackgroundColor?: string; readonly isDarkTheme?: boolean } | undefined, forcedColors: boolean): ThemeKind {
  if (forcedColors) return 'highContrast';
  if (!officeTheme) return 'light';
  if (officeTheme.isDarkTheme === true) return 'dark';
  const l = officeTheme.bodyBackgroundColor ? luminance(officeTheme.bodyBackgroundColor) : undefined;
  // Below mid-grey's luminance the pane's background is dark: dark Grey and Black Office themes.
  return l !== undefined && l < 0.18 ? 'dark' : 'light';
}

/** Reads what the host offers right now (guarded: outside Office there is no theme). */
export function currentThemeKind(): ThemeKind {
  const office = (globalThis as { Office?: { context?: { officeTheme?: { bodyBackgroundColor?: string; isDarkTheme?: boolean } } } }).Office;
  const forced = typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(forced-colors: active)').matches;
  let theme: { bodyBackgroundColor?: string; isDarkTheme?: boolean } | undefined;
  try {
    theme = office?.context?.officeTheme;
  } catch {
    theme = undefined; // some hosts throw when the theme is not available
  }
  return themeKind(theme, forced);
}
