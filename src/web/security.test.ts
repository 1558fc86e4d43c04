import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Hono } from 'hono';
import { createTestApp } from '../../tests/support/test-app.ts';
import { loadConfig } from '../platform/config.ts';
import { createLogger } from '../platform/logger.ts';
import type { AppEnv } from './context.ts';
import { csrf, csrfFieldName, issueToken } from './csrf.ts';

describe('security', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('sends a strict Content-Security-Policy and the other security headers', async () => {
    const res = await t.app.request('/');
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('referrer-policy'), 'strict-origin-when-cross-origin');
    assert.equal(res.headers.get('strict-transport-security'), null, 'no HSTS outside production');
    assert.match(res.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
  });

  it('sends HSTS and a __Host- cookie in production', async () => {
    const prod = await createTestApp({ NODE_ENV: 'production', APP_SECRET: 's'.repeat(40) });
    try {
      const res = await prod.app.request('/');
      assert.match(res.headers.get('strict-transport-security') ?? '', /max-age=31536000/);
      assert.match(res.headers.get('set-cookie') ?? '', /^__Host-ip_csrf=.*; Path=\/; HttpOnly; Secure; SameSite=Lax/);
    } finally {
      await prod.close();
    }
  });

  it('refuses a body larger than the limit', async () => {
    const res = await t.app.request('/api/v1/organisaties', {
      method: 'POST',
      body: 'x'.repeat(2 * 1024 * 1024),
      headers: { 'content-type': 'application/json', 'content-length': String(2 * 1024 * 1024) },
    });
    assert.equal(res.status, 413);
    assert.equal(res.headers.get('content-type'), 'application/problem+json');
  });

  it('shows a 500 page without internals when something breaks, in the visitor language', async () => {
    const broken = await createTestApp();
    await broken.database.close();
    const nl = await broken.fetch('/organisaties');
    assert.equal(nl.res.status, 500);
    assert.match(nl.text, /Er ging iets mis/);
    assert.match(nl.text, /Kenmerk voor de helpdesk: [0-9a-f-]{36}/);
    assert.doesNotMatch(nl.text, /at .*\.ts:\d+|Error:|PGlite/);
    const en = await broken.fetch('/en/organisaties');
    assert.match(en.text, /Something went wrong/);
    const api = await broken.app.request('/api/v1/organisaties');
    assert.equal(api.status, 500);
    assert.equal(api.headers.get('content-type'), 'application/problem+json');
    const ready = await broken.app.request('/health/ready');
    assert.equal(ready.status, 503);
  });
});

describe('CSRF protection for forms', () => {
  const config = loadConfig({ NODE_ENV: 'test', APP_SECRET: 'k'.repeat(40) });
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('deps', { config, logger: createLogger('silent'), database: undefined as never, mailer: undefined as never });
    await next();
  });
  app.use('*', csrf);
  app.get('/form', (c) => c.text(c.var.csrfToken));
  app.post('/form', (c) => c.text('saved'));

  async function session() {
    const res = await app.request('/form');
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    return { cookie, token: await res.text() };
  }

  const post = (body: Record<string, string>, cookie?: string) =>
    app.request('/form', {
      method: 'POST',
      body: new URLSearchParams(body),
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
    });

  it('accepts a form with the token of its cookie', async () => {
    const { cookie, token } = await session();
    const res = await post({ [csrfFieldName]: token, naam: 'x' }, cookie);
    assert.equal(res.status, 200);
  });

  it('refuses a missing, wrong or forged token', async () => {
    const { cookie } = await session();
    assert.equal((await post({ naam: 'x' }, cookie)).status, 403, 'missing');
    assert.equal((await post({ [csrfFieldName]: issueToken('k'.repeat(40)) }, cookie)).status, 403, 'another valid token');
    const forged = `ip_csrf=abc.def`;
    assert.equal((await post({ [csrfFieldName]: 'abc.def' }, forged)).status, 403, 'forged cookie');
    assert.equal((await post({ [csrfFieldName]: 'x' })).status, 403, 'no cookie');
  });
});
