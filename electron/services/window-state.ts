import { z } from 'zod';
import { readJsonFile, writeJsonFileAtomic } from './json-file';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(200).max(20_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };
export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;

/** How much of the title bar must stay on a screen for the remembered position to be kept. */
const MIN_VISIBLE = { width: 120, height: 40 } as const;

/** The remembered window state, or the default when none was saved or the file is damaged. */
export async function loadWindowState(file: string): Promise<WindowState> {
  return (await readJsonFile(file, windowStateSchema)) ?? DEFAULT_WINDOW_STATE;
}

/** Remembers the window's normal (not maximized) bounds and whether it was maximized. */
export async function saveWindowState(file: string, bounds: Rect, maximized: boolean): Promise<void> {
  const state: WindowState = {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
    maximized,
  };
  await writeJsonFileAtomic(file, windowStateSchema.parse(state));
}

function visibleArea(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/**
 * Fits a remembered state to today's screens: a window left on a monitor that is
 * gone loses its position (the OS centres it), and one larger than the primary
 * screen shrinks to fit it.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  if (!primary) return state;
  const width = Math.max(MIN_WINDOW_SIZE.width, Math.min(state.width, primary.width));
  const height = Math.max(MIN_WINDOW_SIZE.height, Math.min(state.height, primary.height));
  const { x, y } = state;
  if (x === undefined || y === undefined) return { width, height, maximized: state.maximized };
  // The title bar is what the user grabs, so that strip must be on a screen.
  const titleBar: Rect = { x, y, width, height: MIN_VISIBLE.height };
  const onScreen = workAreas.some((area) => {
    const v = visibleArea(titleBar, area);
    return v.width >= MIN_VISIBLE.width && v.height >= MIN_VISIBLE.height;
  });
  return onScreen ? { x, y, width, height, maximized: state.maximized } : { width, height, maximized: state.maximized };
}
