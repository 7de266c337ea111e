import { packageJsonPath as resolveFrom, packageSource as sourceFrom } from '../../../scripts/generate/package-source';

// Resolved from this folder, so an address book is read from the tool's own node_modules.
const TOOL = import.meta.url;
/** The app's package.json: a package the extension itself depends on (viem) is read as the app installs it. */
export const APP = new URL('../../../package.json', import.meta.url).href;

export const packageJsonPath = (name: string): string => resolveFrom(name, TOOL);
export const packageSource = (name: string, from: string = TOOL): ReturnType<typeof sourceFrom> => sourceFrom(name, from);
