/** The model shipped in public/models/, built by `npm run model:build` (see tools/model-build). */
export const DEFAULT_MODEL_ID = 'sextant-use-static-256';
