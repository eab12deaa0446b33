import type { NewsroomApi } from '../core/api/newsroom-api';

declare global {
  interface Window {
    /** Exposed by electron/preload.ts (or by the UI test harness): the only way out of the renderer. */
    newsroom: NewsroomApi;
  }
}

/** The bridge, looked up when used so a missing preload fails loudly at the call, not at import. */
export function newsroom(): NewsroomApi {
  const api = window.newsroom;
  if (!api) throw new Error('window.newsroom is missing: the preload bridge did not load');
  return api;
}
