import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp } from '../../tests/support/test-app.ts';

describe('health', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('is live and ready with a working database', async () => {
    assert.equal((await t.app.request('/health/live')).status, 200);
    const ready = await t.app.request('/health/ready');
    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), { status: 'ok', database: t.database.kind });
  });

  it('is not ready while shutting down', async () => {
    t.startShutdown();
    const ready = await t.app.request('/health/ready');
    assert.equal(ready.status, 503);
    assert.equal((await t.app.request('/health/live')).status, 200);
  });
});
