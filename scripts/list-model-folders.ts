import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

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

/** sha256 (first 16 hex digits) over every file of one model folder, names included: changes when any weight or tokenizer file does. */
export function modelFingerprint(root: string, id: string): string {
  const dir = join(root, id);
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of files) hash.update(relative(dir, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** What the build writes to models/index.json: the model ids and each one's fingerprint. */
export function modelIndex(root: string): { models: string[]; fingerprints: Record<string, string> } {
  const models = listModelFolders(root);
  return { models, fingerprints: Object.fromEntries(models.map((id) => [id, modelFingerprint(root, id)])) };
}
