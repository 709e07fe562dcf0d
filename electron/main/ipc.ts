import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { z } from 'zod';
import {
  ipcContract,
  ipcEvents,
  type IpcChannel,
  type IpcContract,
  type IpcEventName,
  type IpcEventPayload,
  type IpcResponse,
} from '../../shared/ipc/contract';

/** What a handler receives: the request after the contract's schema parsed it. */
export type HandlerRequest<C extends IpcChannel> = z.output<IpcContract[C]['request']>;
/** Channels whose response is `undefined` may have handlers that simply return nothing. */
type HandlerResult<C extends IpcChannel> = undefined extends IpcResponse<C> ? IpcResponse<C> | void : IpcResponse<C>;
export type IpcHandler<C extends IpcChannel> = (
  request: HandlerRequest<C>,
  event: IpcMainInvokeEvent,
) => HandlerResult<C> | Promise<HandlerResult<C>>;

/** The frame that sent a message, as main sees it (a WebFrameMain). */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * True only for the top frame of an app page. A message from a subframe, from
 * a page that navigated elsewhere, or from a frame already gone is refused.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, isAppUrl: (url: string) => boolean): boolean {
  return frame != null && frame.parent === null && isAppUrl(frame.url);
}

export interface IpcRegistry {
  /** Registers the handler for one contract channel; the request and response are validated around it. */
  handle<C extends IpcChannel>(channel: C, handler: IpcHandler<C>): void;
  /** Channels registered so far. */
  readonly channels: ReadonlySet<IpcChannel>;
}

/**
 * The one way main answers the renderer: every message is checked for its
 * sender frame, its request is parsed with the contract's schema, and the
 * response is parsed again before it leaves, so main never answers outside the contract.
 */
export function createIpcRegistry(
  ipcMain: Pick<IpcMain, 'handle'>,
  isAppUrl: (url: string) => boolean,
  warn: (message: string) => void,
): IpcRegistry {
  const channels = new Set<IpcChannel>();
  return {
    channels,
    handle(channel, handler) {
      if (channels.has(channel)) throw new Error(`IPC channel ${channel} registered twice`);
      channels.add(channel);
      const spec = ipcContract[channel];
      ipcMain.handle(channel, async (event, raw: unknown) => {
        if (!isTrustedSender(event.senderFrame, isAppUrl)) {
          warn(`Refused ${channel} from ${event.senderFrame?.url ?? 'a closed frame'}`);
          throw new Error(`${channel}: sender not allowed`);
        }
        const request = spec.request.safeParse(raw);
        if (!request.success) {
          warn(`Refused ${channel}: invalid request`);
          throw new Error(`${channel}: invalid request`);
        }
        const response = await handler(request.data as HandlerRequest<typeof channel>, event);
        return spec.response.parse(response);
      });
    },
  };
}

/** Sends an event to the renderer after checking its payload against the contract. */
export function sendEvent<E extends IpcEventName>(
  contents: Pick<WebContents, 'send' | 'isDestroyed'>,
  event: E,
  payload: IpcEventPayload<E>,
): void {
  if (contents.isDestroyed()) return;
  contents.send(event, ipcEvents[event].parse(payload));
}
