import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { createAccount, getAs, loginAs, postForm, type Browserish } from '../../../../tests/support/accounts.ts';
import { hashToken } from '../../../platform/secrets.ts';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { auditLog } from '../../audit/index.ts';
import { apiTokens } from '../schema.ts';
import { bearerMiddleware } from '../session-middleware.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

const tokenIn = (html: string) => /value="(ipt_[A-Za-z0-9_-]+)"/.exec(html)?.[1];

describe('personal API tokens /account/api-tokens', () => {
  let t: T;
  let who: Browserish;
  let accountId: string;

  before(async () => {
    t = await createTestApp();
    const a = await createAccount(t.db, t.config, { naam: 'Token Tester' });
    accountId = a.id;
    who = await loginAs(t.db, t.config, a.id);
  });
  after(() => t.close());

  async function make(fields: Record<string, string>) {
    const { res, text } = await t.fetch('/account/api-tokens', postForm(who, fields));
    assert.equal(res.status, 200, text.slice(0, 200));
    const token = tokenIn(text);
    assert.ok(token, 'the token is on the page');
    return { res, text, token };
  }

  it('needs a login', async () => {
    const res = await t.app.request('/account/api-tokens');
    assert.equal(res.status, 303);
    assert.match(res.headers.get('location') ?? '', /^\/inloggen\?terug=/);
  });

  it('creates a token shown once, stored hashed, that reads /api/v1/mij', async () => {
    const { res, text, token } = await make({ naam: 'Rapportage-script', scopeRead: 'on', geldigheid: '30' });
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.equal(res.headers.get('location'), null, 'no redirect carrying the token');
    assert.ok(!(res.headers.get('set-cookie') ?? '').includes(token));
    assert.match(token, /^ipt_[A-Za-z0-9_-]{43}$/);
    assert.ok(text.includes('Rapportage-script'));
    const [row] = await t.db.select().from(apiTokens).where(eq(apiTokens.accountId, accountId));
    assert.equal(row?.tokenHash, hashToken(token));
    assert.equal(row?.prefix, token.slice(4, 12));
    assert.deepEqual(row?.scopes, ['read']);
    const days = (row!.verlooptOp.getTime() - Date.now()) / 86_400_000;
    assert.ok(days > 29.9 && days <= 30);

    // Shown once: the list afterwards has the prefix, never the token.
    const list = await t.fetch('/account/api-tokens', getAs(who));
    assert.ok(!list.text.includes(token));
    assert.ok(list.text.includes(`ipt_${row!.prefix}…`));

    const api = await t.app.request('/api/v1/mij', { headers: { authorization: `Bearer ${token}` } });
    assert.equal(api.status, 200);
    const body = (await api.json()) as { naam: string; scopes: string[] };
    assert.equal(body.naam, 'Token Tester');
    assert.deepEqual(body.scopes, ['read']);
    const [used] = await t.db.select().from(apiTokens).where(eq(apiTokens.id, row!.id));
    assert.ok(used?.laatstGebruiktOp, 'last use recorded');
    const log = await t.db.select().from(auditLog).where(eq(auditLog.objectId, row!.id));
    assert.equal(log[0]?.actie, 'apitoken.aangemaakt');
    assert.ok(!JSON.stringify(log[0]?.wijzigingen).includes(token));
  });

  it('re-renders bad input with errors and the input kept', async () => {
    const { res, text } = await t.fetch('/account/api-tokens', postForm(who, { naam: '', scopeWrite: 'on', geldigheid: '7' }));
    assert.equal(res.status, 400);
    for (const id of ['token-naam', 'token-scopeRead', 'token-geldigheid']) assert.ok(text.includes(`href="#${id}"`), id);
    assert.ok(/id="token-scopeWrite"[^>]*checked/.test(text), 'write stays ticked');
    const long = await t.fetch('/account/api-tokens', postForm(who, { naam: `<b>${'x'.repeat(100)}`, scopeRead: 'on', geldigheid: '90' }));
    assert.equal(long.res.status, 400);
    assert.ok(long.text.includes('&lt;b&gt;xxx'));
    assert.ok(!tokenIn(long.text));
  });

  it('refuses a POST without a CSRF token', async () => {
    const res = await t.app.request('/account/api-tokens', {
      method: 'POST',
      headers: { cookie: who.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'naam=x&scopeRead=on&geldigheid=30',
    });
    assert.equal(res.status, 403);
  });

  it('revokes after confirmation: the token then gets 401 problem+json', async () => {
    const { token } = await make({ naam: 'Weg ermee', scopeRead: 'on', scopeWrite: 'on', geldigheid: '365' });
    const [row] = await t.db.select().from(apiTokens).where(eq(apiTokens.tokenHash, hashToken(token)));
    assert.deepEqual(row?.scopes, ['read', 'write']);
    const confirm = await t.fetch(`/account/api-tokens/${row!.id}/intrekken`, getAs(who));
    assert.equal(confirm.res.status, 200);
    assert.ok(confirm.text.includes('Weg ermee'));
    const res = await t.app.request(`/account/api-tokens/${row!.id}/intrekken`, postForm(who, {}));
    assert.equal(res.status, 303);
    const api = await t.app.request('/api/v1/mij', { headers: { authorization: `Bearer ${token}` } });
    assert.equal(api.status, 401);
    assert.match(api.headers.get('content-type') ?? '', /application\/problem\+json/);
    const list = await t.fetch('/account/api-tokens', getAs(who));
    assert.ok(list.text.includes('Ingetrokken'));
  });

  it('an expired token gets 401', async () => {
    const { token } = await make({ naam: 'Oud', scopeRead: 'on', geldigheid: '30' });
    await t.db.update(apiTokens).set({ verlooptOp: new Date(Date.now() - 1000) }).where(eq(apiTokens.tokenHash, hashToken(token)));
    const api = await t.app.request('/api/v1/mij', { headers: { authorization: `Bearer ${token}` } });
    assert.equal(api.status, 401);
    assert.match(api.headers.get('content-type') ?? '', /application\/problem\+json/);
  });

  it("refuses someone else's token (403) and an unknown one (404)", async () => {
    const { token } = await make({ naam: 'Van mij', scopeRead: 'on', geldigheid: '30' });
    const [row] = await t.db.select().from(apiTokens).where(eq(apiTokens.tokenHash, hashToken(token)));
    const stranger = await loginAs(t.db, t.config, (await createAccount(t.db, t.config)).id);
    assert.equal((await t.app.request(`/account/api-tokens/${row!.id}/intrekken`, getAs(stranger))).status, 403);
    assert.equal((await t.app.request(`/account/api-tokens/${row!.id}/intrekken`, postForm(stranger, {}))).status, 403);
    assert.equal((await t.app.request('/account/api-tokens/00000000-0000-4000-8000-000000000000/intrekken', getAs(who))).status, 404);
    const [still] = await t.db.select().from(apiTokens).where(eq(apiTokens.id, row!.id));
    assert.equal(still?.ingetrokkenOp, null);
  });

  it("a read-only token is refused by a write gate; a write token passes", async () => {
    // There is no write route in the API yet: test the gate itself on a tiny app with the real middleware.
    const tiny = new Hono<AppEnv>();
    tiny.use('*', async (c, next) => {
      c.set('deps', { database: t.database, config: t.config } as AppEnv['Variables']['deps']);
      await next();
    });
    tiny.use('/api/*', bearerMiddleware);
    tiny.post('/api/v1/proef', access('account', { scope: 'write' }), (c) => c.json({ ok: true }, 201));
    const { token: readOnly } = await make({ naam: 'Alleen lezen', scopeRead: 'on', geldigheid: '30' });
    const { token: writer } = await make({ naam: 'Schrijver', scopeRead: 'on', scopeWrite: 'on', geldigheid: '30' });
    const refused = await tiny.request('/api/v1/proef', { method: 'POST', headers: { authorization: `Bearer ${readOnly}` } });
    assert.equal(refused.status, 403);
    assert.match(refused.headers.get('content-type') ?? '', /application\/problem\+json/);
    const allowed = await tiny.request('/api/v1/proef', { method: 'POST', headers: { authorization: `Bearer ${writer}` } });
    assert.equal(allowed.status, 201);
    const anonymous = await tiny.request('/api/v1/proef', { method: 'POST' });
    assert.equal(anonymous.status, 401);
  });
});
