import type { SextantDb } from '../storage/schema';

/** Where the sidebar may appear, and whether it was left open, per site. */
export interface SidebarSettings {
  /** Off everywhere. */
  off: boolean;
  /** Sites where the person turned it off. */
  offOrigins: string[];
  /** Sites where the person left it open (collapsed is the default, so only these are kept). */
  expandedOrigins: string[];
}

export type SidebarChange =
  | { scope: 'global'; off: boolean }
  | { scope: 'origin'; origin: string; off: boolean }
  | { scope: 'expanded'; origin: string; expanded: boolean };

const KEY = 'sidebar';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

export async function readSidebarSettings(db: SextantDb): Promise<SidebarSettings> {
  const value = (await db.settings.get(KEY))?.value as Partial<Record<keyof SidebarSettings, unknown>> | undefined;
  return { off: value?.off === true, offOrigins: strings(value?.offOrigins), expandedOrigins: strings(value?.expandedOrigins) };
}

const toggle = (list: string[], item: string, on: boolean) => (on ? [...new Set([...list, item])] : list.filter((x) => x !== item));

export function nextSidebarSettings(current: SidebarSettings, change: SidebarChange): SidebarSettings {
  switch (change.scope) {
    case 'global':
      return { ...current, off: change.off };
    case 'origin':
      return { ...current, offOrigins: toggle(current.offOrigins, change.origin, change.off) };
    case 'expanded':
      return { ...current, expandedOrigins: toggle(current.expandedOrigins, change.origin, change.expanded) };
  }
}

export async function applySidebarChange(db: SextantDb, change: SidebarChange): Promise<SidebarSettings> {
  return db.transaction('rw', db.settings, async () => {
    const next = nextSidebarSettings(await readSidebarSettings(db), change);
    await db.settings.put({ key: KEY, value: next });
    return next;
  });
}
