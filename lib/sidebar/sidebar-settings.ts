import { SETTINGS } from '../settings/registry';
import { updateSetting } from '../settings/write-setting';
import type { SextantDb } from '../storage/schema';
import type { SidebarSettings } from './sidebar-settings-schema';

export type { SidebarSettings };

export type SidebarChange =
  | { scope: 'global'; off: boolean }
  | { scope: 'origin'; origin: string; off: boolean }
  | { scope: 'expanded'; origin: string; expanded: boolean };

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

export function applySidebarChange(db: SextantDb, change: SidebarChange): Promise<SidebarSettings> {
  return updateSetting(db, SETTINGS.sidebar, (current) => nextSidebarSettings(current, change));
}
