import { z } from 'zod';
import { errorReportSchema } from './error-report';
import { ipcResult } from './results';

/**
 * The one IPC contract between the renderer (through the preload) and main.
 * Channels are `area:verb`. Both sides validate with these schemas: the preload
 * before sending, main before handling, and the preload again on the response.
 */
const bytes = z.instanceof(Uint8Array);
const fileFilter = z.object({ name: z.string().max(100), extensions: z.array(z.string().regex(/^[a-z0-9]{1,16}$/)).max(10) });

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  electron: z.string(),
  chrome: z.string(),
  node: z.string(),
  platform: z.string(),
  sandboxMode: z.boolean(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const updateStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('idle') }),
  z.object({ state: z.literal('disabled'), reason: z.enum(['development', 'web', 'no-feed']) }),
  z.object({ state: z.literal('checking') }),
  z.object({ state: z.literal('none'), version: z.string() }),
  z.object({ state: z.literal('available'), version: z.string() }),
  z.object({ state: z.literal('downloading'), percent: z.number().min(0).max(100) }),
  z.object({ state: z.literal('downloaded'), version: z.string() }),
  z.object({ state: z.literal('error'), messageKey: z.string(), offline: z.boolean() }),
]);
export type UpdateStatus = z.infer<typeof updateStatusSchema>;

/** The app's languages, as the renderer names them; main labels its menu and dialogs in them. */
export const appLanguageSchema = z.enum(['en', 'fr', 'ar']);
export type AppLanguage = z.infer<typeof appLanguageSchema>;

export const ipcContract = {
  'app:info': { request: z.undefined(), response: appInfoSchema },
  'app:system-locale': { request: z.undefined(), response: z.string() },
  /** The language the user reads the app in: main's menu and dialogs follow it (the system's until the renderer says). */
  'app:set-language': { request: z.strictObject({ language: appLanguageSchema }), response: z.undefined() },
  'file:save': {
    request: z.object({
      suggestedName: z.string().min(1).max(255),
      data: z.union([z.string(), bytes]),
      filters: z.array(fileFilter).max(5),
    }),
    /** Not written (a read-only folder, a full disk) is an error result: the user can choose elsewhere. */
    response: ipcResult(z.object({ saved: z.boolean(), path: z.string().optional() })),
  },
  'file:open': {
    request: z.object({ filters: z.array(fileFilter).max(5) }),
    /** null when the user cancels; too large or unreadable is an error result. */
    response: ipcResult(z.object({ name: z.string(), data: bytes }).nullable()),
  },
  'notify:show': {
    request: z.object({ id: z.string().max(200), title: z.string().max(200), body: z.string().max(1000) }),
    response: z.object({ shown: z.boolean() }),
  },
  'secret:get': { request: z.object({ key: z.string().regex(/^[a-z0-9.-]{1,64}$/) }), response: z.string().nullable() },
  'secret:set': {
    request: z.object({ key: z.string().regex(/^[a-z0-9.-]{1,64}$/), value: z.string().max(10_000) }),
    response: z.object({ encrypted: z.boolean() }),
  },
  'secret:delete': { request: z.object({ key: z.string().regex(/^[a-z0-9.-]{1,64}$/) }), response: z.undefined() },
  'shell:open-external': { request: z.object({ url: z.url({ protocol: /^https$/ }) }), response: z.undefined() },
  'backup:choose-folder': { request: z.undefined(), response: z.string().nullable() },
  'backup:write-auto': {
    request: z.object({ folder: z.string().min(1), data: z.string(), keep: z.number().int().min(1).max(100) }),
    /** A folder not chosen in the dialog, or one that cannot be written any more, is an error result. */
    response: ipcResult(z.object({ path: z.string(), removed: z.array(z.string()) })),
  },
  'updater:check': { request: z.undefined(), response: updateStatusSchema },
  'updater:download': { request: z.undefined(), response: updateStatusSchema },
  'updater:install': { request: z.undefined(), response: z.undefined() },
  'updater:set-channel': { request: z.object({ channel: z.enum(['stable', 'beta']) }), response: z.undefined() },
  'logs:open-folder': { request: z.undefined(), response: z.undefined() },
  /** A renderer failure for the log file, already redacted and cut to size (main redacts again: it trusts no page). */
  'logs:report-error': { request: errorReportSchema, response: z.undefined() },
  /** The backup file the app was started with (double-click on a .conexbackup), once; null when none. */
  'file:take-opened': { request: z.undefined(), response: z.object({ name: z.string(), data: bytes }).nullable() },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type IpcContract = typeof ipcContract;
export type IpcChannel = keyof IpcContract;
export type IpcRequest<C extends IpcChannel> = z.input<IpcContract[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.output<IpcContract[C]['response']>;

/** Events main pushes to the renderer. */
export const ipcEvents = {
  'menu:command': z.object({
    command: z.enum(['navigate', 'new-quote', 'back-up-now', 'sync-now', 'about', 'check-updates', 'open-settings']),
    target: z.string().optional(),
  }),
  'updater:status': updateStatusSchema,
  'notify:clicked': z.object({ id: z.string() }),
  /** A backup, keys file or key request opened from the system while the app runs (file associations). */
  'file:opened': z.object({ name: z.string(), data: bytes }),
} as const satisfies Record<string, z.ZodType>;
export type IpcEvents = typeof ipcEvents;
export type IpcEventName = keyof IpcEvents;
export type IpcEventPayload<E extends IpcEventName> = z.output<IpcEvents[E]>;

/** What the preload exposes as `window.conex`: nothing but the contract. */
export interface ConexPreloadApi {
  invoke<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>>;
  on<E extends IpcEventName>(event: E, listener: (payload: IpcEventPayload<E>) => void): () => void;
}

export function isIpcChannel(value: unknown): value is IpcChannel {
  return typeof value === 'string' && Object.hasOwn(ipcContract, value);
}

export function isIpcEventName(value: unknown): value is IpcEventName {
  return typeof value === 'string' && Object.hasOwn(ipcEvents, value);
}
