// Every story: controls and docs from custom-elements.json (npm run analyze
// writes it; the storybook scripts run it first) through
// src/test-support/story-controls.ts, which gives each attribute a control of
// its kind; the a11y addon; a host page's font and three widths (phone,
// tablet, desktop); and three toolbar switches: the language (a `lang` on the
// wrapper, which the widgets follow), the direction (`dir`, to see
// right-to-left layouts) and the theme (documented --ogp-* properties on the
// wrapper).
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import sample from '../demo/feed.json' with { type: 'json' };
import type { PlanFeed } from '../src/shared/feed-schema.js';
import { sampleIds, widgetArgTypes } from '../src/test-support/story-controls.js';
import { manifest, manifestElements } from '../stories/manifest.js';
import { isThemeName, themes } from '../stories/themes.js';
import './preview.css';

if (!manifest) throw new Error('custom-elements.json is missing: run `npm run analyze` first.');
setCustomElementsManifest(manifest);

/** The widths a designer checks: the narrowest phone the widgets support, a tablet, a desktop page. */
const VIEWPORTS = {
  phone: { name: 'Teléfono (320 px)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
  tablet: { name: 'Tableta (768 px)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  desktop: { name: 'Escritorio (1280 px)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
};

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
  initialGlobals: {
    locale: 'es',
    direction: 'ltr',
    theme: 'default',
    viewport: { value: 'desktop', isRotated: false },
  },
  parameters: {
    docs: {
      extractArgTypes: (tag: string) =>
        widgetArgTypes(tag, manifestElements(), sampleIds(sample as unknown as PlanFeed)),
    },
    controls: { expanded: true, sort: 'none' },
    viewport: { options: VIEWPORTS },
    a11y: { test: 'error' },
    options: { storySort: { order: ['Guides', 'Widgets', 'Scenarios'] } },
  },
};

export default preview;
