/** Errors cross the bridge as values the UI can show in either language, never as thrown strings. */
export type ErrorCode = 'invalid-id' | 'invalid-argument' | 'not-found' | 'corrupt' | 'read-only' | 'disk-full' | 'io' | 'conflict';

export interface AppError {
  code: ErrorCode;
  message: { bn: string; en: string };
  /** Technical detail for logs and the "details" disclosure; never shown as the headline. */
  detail?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, bn: string, en: string, detail?: string): Result<T> {
  return { ok: false, error: detail === undefined ? { code, message: { bn, en } } : { code, message: { bn, en }, detail } };
}
