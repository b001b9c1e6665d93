/**
 * Checks on the shape of a value read back from storage, before anything in
 * it is trusted.
 */

/** Whether a value is an object of keys and values: not null, not an array. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether an object has exactly these keys: none missing, none besides. */
export function hasExactly(value: object, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => own.includes(key));
}
