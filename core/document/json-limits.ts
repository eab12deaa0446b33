/**
 * One walk over a parsed JSON value before anything recursive reads it (zod, ProseMirror, a link
 * filter): how deep it nests, how many values and characters it holds, and whether it is plain JSON
 * data at all. It keeps a stack of its own, so no nesting, cycle or shared value can overflow the call
 * stack or run without end; each caller words the refusal its own way.
 */

export interface JsonLimits {
  /** The deepest nesting allowed, counting every object and array (the value itself is level 1). */
  depth: number;
  /**
   * The most values (objects, arrays, strings, numbers…), counted as a tree: a value reached from two
   * places counts twice, so a small message that would unfold into an enormous one is refused.
   */
  values: number;
  /** The most UTF-16 code units in all strings and property names together, counted as a tree. */
  chars: number;
}

export type JsonLimitCheck =
  | { kind: 'ok' }
  /** Nested deeper than `limits.depth`. */
  | { kind: 'depth' }
  /** More values or characters than the limits allow. */
  | { kind: 'size' }
  /** Holds something other than plain objects, arrays, strings, numbers, booleans and null. */
  | { kind: 'not-json'; what: string };

const OK: JsonLimitCheck = { kind: 'ok' };
const DEPTH: JsonLimitCheck = { kind: 'depth' };
const SIZE: JsonLimitCheck = { kind: 'size' };

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

export function checkJsonLimits(value: unknown, limits: JsonLimits): JsonLimitCheck {
  // Two stacks side by side: a [value, depth] pair per value was most of what the walk allocated.
  const pending: unknown[] = [value];
  const depths: number[] = [1];
  let values = 1;
  let chars = 0;
  while (pending.length > 0) {
    const current = pending.pop();
    const depth = depths.pop()!;
    if (typeof current === 'string') {
      chars += current.length;
      if (chars > limits.chars) return SIZE;
      continue;
    }
    if (typeof current === 'function' || typeof current === 'symbol' || typeof current === 'bigint') {
      return { kind: 'not-json', what: typeof current };
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth > limits.depth) return DEPTH;
    if (Array.isArray(current)) {
      // Counted before they are pushed: an array's length alone may be absurd.
      values += current.length;
      if (values > limits.values) return SIZE;
      for (const child of current) {
        pending.push(child);
        depths.push(depth + 1);
      }
    } else if (isPlainObject(current)) {
      for (const key in current) {
        values++;
        chars += key.length;
        pending.push(current[key]);
        depths.push(depth + 1);
      }
      if (values > limits.values || chars > limits.chars) return SIZE;
    } else {
      return { kind: 'not-json', what: current.constructor?.name ?? 'value' };
    }
  }
  return OK;
}
