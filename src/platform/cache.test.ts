import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cachedPerDatabase } from './cache.ts';

describe('cachedPerDatabase', () => {
  it('runs a lazy query once per database within the time to live', async () => {
    let runs = 0;
    // Like a drizzle query: nothing happens until then() is called, and every then() runs it again.
    const lazyQuery: PromiseLike<number> = {
      then: (resolve) => Promise.resolve(++runs).then(resolve),
    };
    const get = cachedPerDatabase(60_000, () => lazyQuery);
    const a = {};
    const b = {};
    assert.equal(await get(a), 1);
    assert.equal(await get(a), 1);
    assert.equal(await get(b), 2);
    assert.equal(runs, 2);
  });

  it('forgets a failed read', async () => {
    let fail = true;
    const get = cachedPerDatabase(60_000, async () => {
      if (fail) throw new Error('down');
      return 'ok';
    });
    const db = {};
    await assert.rejects(get(db));
    fail = false;
    assert.equal(await get(db), 'ok');
  });
});
