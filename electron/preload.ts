/** Desktop preload: exposes one narrow function per contract channel, never ipcRenderer itself. */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type Channel } from '../shared/channels';
import type { DossierBridge } from '../shared/contract';

const invoke = (channel: Channel) => (input: unknown) => ipcRenderer.invoke(channel, input);

const bridge = Object.fromEntries(CHANNELS.map((channel) => [channel, invoke(channel)])) as unknown as DossierBridge;

contextBridge.exposeInMainWorld('dossier', bridge satisfies DossierBridge);
