import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Model ids under a models folder: every folder holding a config.json, named by its path
 * ("sextant-use-static-256", "Xenova/all-MiniLM-L6-v2"). The extension cannot list its own
 * files at run time, so the build writes this list to models/index.json.
 */
export function listModelFolders(root: string, prefix = ''): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => {
      const id = prefix ? `${prefix}/${e.name}` : e.name;
      const dir = join(root, e.name);
      return existsSync(join(dir, 'config.json')) ? [id] : listModelFolders(dir, id);
    })
    .sort();
}
