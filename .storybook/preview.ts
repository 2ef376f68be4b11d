// Every story: controls and docs from custom-elements.json (npm run analyze
// writes it; the storybook scripts run it first), the a11y addon, and three
// toolbar switches: the language (a `lang` on the wrapper, which the
// widgets follow), the direction (`dir`, to see right-to-left layouts) and the
// theme (documented --ogp-* properties on the wrapper).
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { manifest } from '../stories/manifest.js';
import { isThemeName, themes } from '../stories/themes.js';
import './preview.css';

if (!manifest) throw new Error('custom-elements.json is missing: run `npm run analyze` first.');
setCustomElementsManifest(manifest);

const withLanguageAndTheme: Decorator = (story, context) => {
  const lang = typeof context.globals.locale === 'string' ? context.globals.locale : 'es';
  const dir = context.globals.direction === 'rtl' ? 'rtl' : 'ltr';
  const theme = themes[isThemeName(context.globals.theme) ? context.globals.theme : 'default'];
  return html`<div class="ogp-story" lang=${lang} dir=${dir} style=${styleMap(theme.properties)}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withLanguageAndTheme],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'es', title: 'Español', right: 'es' },
          { value: 'en', title: 'English', right: 'en' },
          { value: 'fr', title: 'Français', right: 'fr' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Direction of the page around the widgets',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme, through the documented --ogp-* custom properties',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.entries(themes).map(([value, theme]) => ({ value, title: theme.title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'es', direction: 'ltr', theme: 'default' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    options: { storySort: { order: ['Guides', 'Widgets', 'Scenarios'] } },
  },
};

export default preview;
