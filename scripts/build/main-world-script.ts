import type { Plugin } from 'vite';

/**
 * For the script that runs in the page's own world (entrypoints/provider-observer.content.ts):
 * - `"use strict"` for the whole IIFE: WXT's IIFE drops the modules' implicit strictness, and in
 *   sloppy code a wrapper called with no `this` would see `window`;
 * - a `sourceURL` naming no file, so a stack trace taken inside a wallet call (the wallet's error,
 *   or the page's own `new Error().stack`) shows `<anonymous>` for Sextant's frame instead of
 *   `chrome-extension://<extension id>/content-scripts/…`, which would tell the page Sextant is
 *   there and identify the user's install.
 */
export function mainWorldScript(fileName: string): Plugin {
  return {
    name: 'sextant:main-world-script',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.fileName !== fileName) continue;
        // Inside the IIFE, not before it: WXT removes the `var <name> =` in front of it by matching the file's start.
        const start = chunk.code.indexOf('(function(){');
        if (start < 0) throw new Error(`${fileName}: no IIFE to make strict`);
        const body = start + '(function(){'.length;
        chunk.code = `${chunk.code.slice(0, body)}"use strict";${chunk.code.slice(body)}\n//# sourceURL=<anonymous>\n`;
      }
    },
  };
}
