import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { invokeChannel, MENU_CHANNEL, type MenuCommand, type NewsroomApi } from '../core/api/newsroom-api';

/**
 * The whole of what the page can reach: the NewsroomApi, each method one invoke on its own channel.
 * Typed against the interface, so a method renamed or added there fails the build here. ipcRenderer
 * itself never crosses the bridge.
 */
const api: NewsroomApi = {
  listDrafts: () => ipcRenderer.invoke(invokeChannel('listDrafts')),
  createDraft: () => ipcRenderer.invoke(invokeChannel('createDraft')),
  openDraft: (id) => ipcRenderer.invoke(invokeChannel('openDraft'), id),
  saveDraft: (draft) => ipcRenderer.invoke(invokeChannel('saveDraft'), draft),
  deleteDraft: (id) => ipcRenderer.invoke(invokeChannel('deleteDraft'), id),
  listTrash: () => ipcRenderer.invoke(invokeChannel('listTrash')),
  restoreDraft: (id) => ipcRenderer.invoke(invokeChannel('restoreDraft'), id),
  searchDrafts: (query) => ipcRenderer.invoke(invokeChannel('searchDrafts'), query),
  getSettings: () => ipcRenderer.invoke(invokeChannel('getSettings')),
  updateSettings: (patch) => ipcRenderer.invoke(invokeChannel('updateSettings'), patch),
  exportHtml: (request) => ipcRenderer.invoke(invokeChannel('exportHtml'), request),
  copyHtml: (request) => ipcRenderer.invoke(invokeChannel('copyHtml'), request),
  importFile: () => ipcRenderer.invoke(invokeChannel('importFile')),
  getGlossary: () => ipcRenderer.invoke(invokeChannel('getGlossary')),
  addGlossaryEntry: (entry) => ipcRenderer.invoke(invokeChannel('addGlossaryEntry'), entry),
  listVersions: (draftId) => ipcRenderer.invoke(invokeChannel('listVersions'), draftId),
  saveVersion: (draftId, name) => ipcRenderer.invoke(invokeChannel('saveVersion'), draftId, name),
  readVersion: (draftId, versionId) => ipcRenderer.invoke(invokeChannel('readVersion'), draftId, versionId),
  restoreVersion: (draftId, versionId) => ipcRenderer.invoke(invokeChannel('restoreVersion'), draftId, versionId),
  getGlossaryView: () => ipcRenderer.invoke(invokeChannel('getGlossaryView')),
  editGlossaryEntry: (bn, entry) => ipcRenderer.invoke(invokeChannel('editGlossaryEntry'), bn, entry),
  removeGlossaryEntry: (bn) => ipcRenderer.invoke(invokeChannel('removeGlossaryEntry'), bn),
  previewGlossaryImport: () => ipcRenderer.invoke(invokeChannel('previewGlossaryImport')),
  applyGlossaryImport: (token) => ipcRenderer.invoke(invokeChannel('applyGlossaryImport'), token),
  exportGlossary: (format) => ipcRenderer.invoke(invokeChannel('exportGlossary'), format),
  chooseSharedGlossary: () => ipcRenderer.invoke(invokeChannel('chooseSharedGlossary')),
  clearSharedGlossary: () => ipcRenderer.invoke(invokeChannel('clearSharedGlossary')),
  journalDraft: (draft) => ipcRenderer.invoke(invokeChannel('journalDraft'), draft),
  pendingRecoveries: () => ipcRenderer.invoke(invokeChannel('pendingRecoveries')),
  acceptRecovery: (id) => ipcRenderer.invoke(invokeChannel('acceptRecovery'), id),
  declineRecovery: (id) => ipcRenderer.invoke(invokeChannel('declineRecovery'), id),
  resolveConflict: (draft, choice) => ipcRenderer.invoke(invokeChannel('resolveConflict'), draft, choice),
  takeNotices: () => ipcRenderer.invoke(invokeChannel('takeNotices')),
  onMenuCommand: (listener) => {
    const forward = (_event: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on(MENU_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('newsroom', api);
