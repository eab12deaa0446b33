/**
 * The one way a verb tells the user something went wrong: one line, Bengali then English (the order
 * of `messageLine`), prefixed with the command, and exit code 2. Never a stack trace.
 */
import type { AppError } from '../api/result';
import { messageLine } from '../checks/catalogue';
import type { CliIo } from './io';

export const USAGE_OR_FILE_ERROR = 2;

export interface Message {
  bn: string;
  en: string;
}

/** Strips line breaks from what a message quotes (a file name, a parser's detail) so it stays one line. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

export function say(io: CliIo, verb: string, message: Message, detail?: string): void {
  io.stderr(`newsroom${verb === '' ? '' : ` ${verb}`}: ${oneLine(messageLine(message))}${detail ? ` (${oneLine(detail)})` : ''}\n`);
}

/** A file or content error, its technical detail (if any) in brackets at the end of the same line. */
export function reportError(io: CliIo, verb: string, error: AppError): number {
  say(io, verb, error.message, error.detail);
  return USAGE_OR_FILE_ERROR;
}

/** A usage error: the message, then how the verb is used. */
export function reportUsage(io: CliIo, verb: string, message: Message, usage: string): number {
  say(io, verb, message);
  io.stderr(`usage: newsroom ${usage}\n`);
  return USAGE_OR_FILE_ERROR;
}
