import { useEffect, useRef } from 'react';
import type { MenuCommand, NewsroomApi } from '../../core/api/newsroom-api';

/** What each command of the application menu does in the page: one entry per command, so a new one must be given a meaning. */
export type MenuCommandTable = Record<MenuCommand, () => void>;

/** The main process sends menu commands; this side decides what they do, from the table of the latest render. */
export function useMenuCommands(api: NewsroomApi, table: MenuCommandTable) {
  const latest = useRef(table);
  latest.current = table;
  useEffect(() => api.onMenuCommand((command) => latest.current[command]()), [api]);
}
