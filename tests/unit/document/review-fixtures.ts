/** Authors and a predictable tracker for the suggestion tests, written for them. */
import type { Node as PMNode } from 'prosemirror-model';
import { schema, type DocJSON } from '../../../core/document/schema';
import type { TrackOptions } from '../../../core/document/suggestions';

export const EDITOR: TrackOptions = { author: { name: 'সম্পাদক', color: '#aa3300' }, time: '2026-12-02T08:00:00.000Z' };
export const REPORTER: TrackOptions = { author: { name: 'প্রতিবেদক', color: '#0055aa' }, time: '2026-12-02T09:00:00.000Z' };

let lastId = 0;
/** A tracker with predictable ids: s0001, s0002, ... */
export function tracker(options: TrackOptions = EDITOR): TrackOptions {
  return { ...options, newId: () => `s${String(++lastId).padStart(4, '0')}` };
}

export function node(json: DocJSON): PMNode {
  return schema.nodeFromJSON(json);
}
