import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  INVOKE_METHODS,
  invokeChannel,
  MENU_CHANNEL,
  NEWSROOM_FILE_CHANNEL,
  type MenuCommand,
  type NewsroomFile,
  type NewsroomApi,
  type NewsroomService,
} from '../core/api/newsroom-api';

/**
 * The whole of what the page can reach: the NewsroomApi, each invoke method one `ipcRenderer.invoke`
 * on its own channel, made in one loop over INVOKE_METHODS (whose type makes it every method of the
 * interface, exactly), and the two subscriptions (menu commands, newsroom files changed). ipcRenderer itself never crosses the bridge, and the
 * page's arguments go on as they are: the main process validates them.
 */
const invokers = {} as Record<keyof NewsroomService, (...args: unknown[]) => Promise<unknown>>;
for (const method of INVOKE_METHODS) {
  const channel = invokeChannel(method);
  invokers[method] = (...args) => ipcRenderer.invoke(channel, ...args);
}

const api: NewsroomApi = {
  ...(invokers as NewsroomService),
  onMenuCommand: (listener) => {
    const forward = (_event: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on(MENU_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, forward);
    };
  },
  onNewsroomFileChanged: (listener) => {
    const forward = (_event: IpcRendererEvent, file: NewsroomFile) => listener(file);
    ipcRenderer.on(NEWSROOM_FILE_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(NEWSROOM_FILE_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('newsroom', api);
