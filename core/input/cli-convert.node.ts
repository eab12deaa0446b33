// Placeholder until the verb lands; replaced by its owner.
import type { CliVerb } from '../cli/io';
export const convert: CliVerb = async (_args, io) => { io.stderr('newsroom: not available yet\n'); return 2; };
