import { useCallback, useState } from 'react';
import type { Result } from '../../core/api/result';
import type { BannerMessage } from '../components/ErrorBanner';

/** Unwraps a bridge result: its value, or null after the error is shown in the banner. */
export type Take = <T>(result: Result<T>) => T | null;

/** The one banner above the text: errors from the bridge, failed saves, refused switches. */
export function useBanner() {
  const [banner, setBanner] = useState<BannerMessage | null>(null);
  const take: Take = useCallback(<T>(result: Result<T>): T | null => {
    if (result.ok) return result.value;
    setBanner({ error: result.error });
    return null;
  }, []);
  return { banner, setBanner, take };
}
