import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { METHOD_NAMES } from '../../src/core/contract';
import { buildBridge } from './bridge';

// Runs sandboxed, with context isolation: the page sees only these functions, never ipcRenderer.
const bridge = buildBridge<File>(
  METHOD_NAMES,
  {
    invoke: (channel, arg) => ipcRenderer.invoke(channel, arg),
    on: (channel, listener) => {
      const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, wrapped);
      return () => void ipcRenderer.removeListener(channel, wrapped);
    },
  },
  (file) => webUtils.getPathForFile(file),
);

contextBridge.exposeInMainWorld('cercle', bridge);
