/**
 * The app's screens in the one order the navigation rail, the Go menu and the Ctrl/Cmd+1..7 shortcuts all follow,
 * Settings last as in most desktop apps (it keeps Ctrl/Cmd+, too). Here, below both, so the renderer's rail and
 * main's menu cannot drift apart.
 */
export const SCREENS = ['licenses', 'entities', 'quotes', 'maintenance', 'backups', 'budget', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];
