// Storybook 10 for the widgets: stories live next to each element
// (src/<name>/<name>.stories.ts) and in stories/ (guides, the large feed).
// demo/ is served at /demo, so stories read the real sample feed.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../src/**/*.stories.ts', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: [{ from: '../demo', to: '/demo' }],
  // No network: no telemetry, no "what's new" or version checks.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook's own chunks (axe, the docs blocks) are large; that is expected for a static docs site.
  viteFinal: (vite) => ({
    ...vite,
    build: { ...vite.build, chunkSizeWarningLimit: 2000, reportCompressedSize: false },
  }),
};

export default config;
