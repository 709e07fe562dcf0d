import type { IpcRenderer, IpcRendererEvent } from 'electron';
import {
  ipcContract,
  ipcEvents,
  isIpcChannel,
  isIpcEventName,
  type ConexPreloadApi,
  type IpcChannel,
  type IpcEventName,
  type IpcEventPayload,
  type IpcRequest,
  type IpcResponse,
} from '../../shared/ipc/contract';

/**
 * The whole surface the renderer gets: `invoke` for contract channels and `on`
 * for contract events, each validated here with the contract's schemas. No
 * ipcRenderer, no Node, no raw event objects cross into the page.
 */
export function createPreloadApi(ipcRenderer: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): ConexPreloadApi {
  const api = {
    async invoke<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>> {
      if (!isIpcChannel(channel)) throw new Error(`Unknown IPC channel: ${String(channel)}`);
      const spec = ipcContract[channel];
      const response: unknown = await ipcRenderer.invoke(channel, spec.request.parse(request));
      return spec.response.parse(response) as IpcResponse<C>;
    },
    on<E extends IpcEventName>(event: E, listener: (payload: IpcEventPayload<E>) => void): () => void {
      if (!isIpcEventName(event)) throw new Error(`Unknown IPC event: ${String(event)}`);
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      const schema = ipcEvents[event];
      // The page sees only the validated payload, never Electron's event object (it holds `sender`).
      const wrapped = (_event: IpcRendererEvent, payload: unknown) => {
        const parsed = schema.safeParse(payload);
        if (parsed.success) listener(parsed.data as IpcEventPayload<E>);
      };
      ipcRenderer.on(event, wrapped);
      return () => {
        ipcRenderer.removeListener(event, wrapped);
      };
    },
  } satisfies ConexPreloadApi;
  return api;
}
