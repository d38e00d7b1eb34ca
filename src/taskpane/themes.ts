import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { ThemeKind } from './theme';

/** Fluent's themes for Office's light, dark and high-contrast looks. */
export const THEMES: Readonly<Record<ThemeKind, Theme>> = { light: webLightTheme, dark: webDarkTheme, highContrast: teamsHighContrastTheme };
