// The storefront's build and dev server. In dev the browser talks to the gateway through this server's proxy,
// so it is same-origin (the session cookie just works), as it is in production where the gateway serves dist/.
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { GATEWAY_PREFIXES } from './gateway-prefixes.ts';

const gatewayUrl = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';
const port = Number(process.env.STOREFRONT_PORT ?? 5173);

export default defineConfig({
  root: import.meta.dirname,
  plugins: [preact()],
  server: {
    host: '127.0.0.1',
    port,
    strictPort: true,
    // `^/store(/|\?|$)`: the prefix as a whole path segment, so `/storefront.css` would stay here.
    proxy: Object.fromEntries(
      GATEWAY_PREFIXES.map((prefix) => [`^${prefix.replace('.', '\\.')}(/|\\?|$)`, { target: gatewayUrl }]),
    ),
  },
  preview: { host: '127.0.0.1', port },
  build: { outDir: 'dist', emptyOutDir: true },
});
