/**
 * Keeps the result of a read for a short time, per database (tests use many databases in one
 * process). For figures that may be a little old, such as counts on the home page. A failed read
 * is not kept.
 */
export function cachedPerDatabase<Db extends object, T>(ttlMs: number, load: (db: Db) => PromiseLike<T>) {
  const entries = new WeakMap<Db, { until: number; value: Promise<T> }>();
  return (db: Db): Promise<T> => {
    const now = Date.now();
    const hit = entries.get(db);
    if (hit && hit.until > now) return hit.value;
    // Drizzle queries are lazy thenables that run again on every then(): settle it once, here.
    const value = Promise.resolve(load(db));
    entries.set(db, { until: now + ttlMs, value });
    value.catch(() => entries.delete(db));
    return value;
  };
}
