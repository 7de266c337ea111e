import { z } from '../zod';

/** How the background tells a tab's content script to draw the sidebar (see lib/sidebar/sidebar-layout.ts). */
export const sidebarLayoutSchema = z.object({ show: z.boolean(), expanded: z.boolean(), alert: z.boolean() });
