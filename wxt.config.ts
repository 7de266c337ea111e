import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';
import { mainWorldScript } from './scripts/build/main-world-script';
import { modelIndex } from './scripts/list-model-folders';

const require = createRequire(import.meta.url);

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    // Firefox runs MAIN-world content scripts only in Manifest V3, from version 128. Sextant collects no data, and says so.
    ...(browser === 'firefox' && { browser_specific_settings: { gecko: { id: 'sextant@sextant.invalid', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } } }),
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab'],
    content_security_policy: {
      // The embedding model and the ranking's vector scan run in WebAssembly. connect-src leaves room for the one opt-in request (the
      // catalog refresh from a URL the user gives); nothing else in Sextant fetches, and a browser test checks it.
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
    },
    action: { default_title: '__MSG_extName__' },
    // The in-page sidebar is this page framed beside web pages (see entrypoints/sidebar-frame.content).
    web_accessible_resources: [{ resources: ['sidebar.html'], matches: ['http://*/*', 'https://*/*'] }],
  }),
  // A service worker is compiled eagerly on install, all of it: bundled data as JSON text is only
  // scanned then, where the same data as object literals was compiled into code.
  // Transformers.js runs its models on onnxruntime-web's WASM backend only: its WASM-only build
  // leaves out the WebGL backend, a third of the background's code.
  vite: () => ({
    json: { stringify: true },
    resolve: { alias: [{ find: /^onnxruntime-web$/, replacement: 'onnxruntime-web/dist/ort.wasm.min.js' }] },
    plugins: [mainWorldScript('content-scripts/provider-observer.js')],
  }),
  hooks: {
    'build:publicAssets': (_wxt, assets) => {
      // Ship the ONNX runtime's WASM with the extension instead of loading it from a CDN.
      const ortDir = require.resolve('onnxruntime-web/package.json', {
        paths: [require.resolve('@xenova/transformers/package.json')],
      });
      assets.push({
        absoluteSrc: ortDir.replace(/package\.json$/, 'dist/ort-wasm-simd.wasm'),
        relativeDest: 'wasm/ort-wasm-simd.wasm',
      });
      assets.push({ relativeDest: 'models/index.json', contents: JSON.stringify(modelIndex('public/models')) });
    },
  },
});
