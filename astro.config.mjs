// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

// The public address and sub-path come from the environment, so the same build can be served
// at a domain root (BASE_PATH unset) or under a sub-path (BASE_PATH=/plan-explorer/).
const site = process.env.SITE_URL || 'https://plan-explorer.example.org';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [react()],
  vite: { build: { assetsInlineLimit: 0 } },
});
