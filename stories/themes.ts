/**
 * The themes of Storybook's toolbar: each is a set of the documented
 * `--ogp-*` custom properties, the same ones a host page sets. Nothing else:
 * if a theme needs a property that does not exist, the widgets lack a token.
 */
export interface Theme {
  title: string;
  properties: Record<`--ogp-${string}`, string>;
}

export const themes = {
  default: { title: 'Default', properties: {} },
  dark: {
    title: 'Dark',
    properties: {
      '--ogp-color-text': '#e6edf3',
      '--ogp-color-muted': '#9da7b3',
      '--ogp-color-background': '#0d1117',
      '--ogp-color-surface': '#161b22',
      '--ogp-color-border': '#8b949e',
      '--ogp-color-accent': '#58a6ff',
      '--ogp-color-on-accent': '#0d1117',
      '--ogp-color-focus': '#79c0ff',
      '--ogp-color-danger': '#ff7b72',
      '--ogp-color-notice': '#3b2e00',
      '--ogp-color-status-not-started': '#9da7b3',
      '--ogp-color-status-in-progress': '#58a6ff',
      '--ogp-color-status-delayed': '#ff7b72',
      '--ogp-color-status-completed': '#3fb950',
      '--ogp-color-status-cancelled': '#8b949e',
    },
  },
  'high-contrast': {
    title: 'High contrast',
    properties: {
      '--ogp-color-text': '#000000',
      '--ogp-color-muted': '#1f1f1f',
      '--ogp-color-background': '#ffffff',
      '--ogp-color-surface': '#ffffff',
      '--ogp-color-border': '#000000',
      '--ogp-color-accent': '#00008b',
      '--ogp-color-on-accent': '#ffffff',
      '--ogp-color-focus': '#000000',
      '--ogp-color-danger': '#8b0000',
      '--ogp-color-notice': '#ffff66',
      '--ogp-color-status-not-started': '#000000',
      '--ogp-color-status-in-progress': '#00008b',
      '--ogp-color-status-delayed': '#8b0000',
      '--ogp-color-status-completed': '#004d00',
      '--ogp-color-status-cancelled': '#1f1f1f',
      '--ogp-radius': '0',
    },
  },
} satisfies Record<string, Theme>;

export type ThemeName = keyof typeof themes;

export function isThemeName(value: unknown): value is ThemeName {
  return typeof value === 'string' && Object.hasOwn(themes, value);
}
