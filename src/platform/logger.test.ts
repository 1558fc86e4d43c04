import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../app.ts';
import { createTestDatabase } from '../../tests/support/test-db.ts';
import type { Database } from '../db/client.ts';
import { loadConfig } from './config.ts';
import { createLogger } from './logger.ts';

describe('request logs', () => {
  let database: Database;
  const lines: Record<string, unknown>[] = [];
  before(async () => {
    database = await createTestDatabase();
  });
  after(() => database.close());

  it('are JSON with a request id and the route pattern, without search terms, cookies or addresses', async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info' });
    const mailer = { send() {}, flush: async () => {} };
    const app = createApp({ database, config, logger: createLogger('info', sink), mailer });
    const res = await app.request('/organisaties/hanzehogeschool-groningen?zoek=jan.jansen%40example.org', {
      headers: { cookie: 'ip_csrf=geheim', 'x-forwarded-for': '203.0.113.7' },
    });
    assert.equal(res.status, 200);
    const entry = lines.find((l) => l.msg === 'request');
    assert.ok(entry, 'a request line');
    assert.equal(entry.route, '/organisaties/:slug');
    assert.equal(entry.status, 200);
    assert.equal(entry.requestId, res.headers.get('x-request-id'));
    const all = JSON.stringify(lines);
    for (const secret of ['jansen', 'example.org', 'geheim', '203.0.113.7', 'hanzehogeschool-groningen']) {
      assert.ok(!all.includes(secret), `logs contain ${secret}`);
    }
  });
});
