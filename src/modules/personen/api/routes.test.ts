import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { createAccount, type TestAccount } from '../../../../tests/support/accounts.ts';
import { hashToken, randomToken } from '../../../platform/secrets.ts';
import { accounts, apiTokens } from '../../accounts/index.ts';
import { organisaties } from '../../organisaties/index.ts';
import { themas } from '../../taxonomie/index.ts';
import { profielen } from '../schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe('GET and PUT /api/v1/mij/profiel', () => {
  let t: T;
  let me: TestAccount;
  let writeToken: string;
  let readToken: string;
  let org: string;
  let thema: string;

  async function tokenFor(accountId: string, scopes: ('read' | 'write')[]) {
    const token = `ipt_${randomToken()}`;
    await t.db.insert(apiTokens).values({ accountId, naam: 'test', tokenHash: hashToken(token), prefix: token.slice(4, 12), scopes, verlooptOp: new Date(Date.now() + 86_400_000) });
    return token;
  }

  before(async () => {
    t = await createTestApp();
    me = await createAccount(t.db, t.config, { naam: 'Api Persoon', email: 'api.persoon@example.org', persoonstype: 'onderzoeker' });
    writeToken = await tokenFor(me.id, ['read', 'write']);
    readToken = await tokenFor(me.id, ['read']);
    [{ id: org }] = (await t.db.select({ id: organisaties.id }).from(organisaties).limit(1)) as [{ id: string }];
    [{ code: thema }] = (await t.db.select({ code: themas.code }).from(themas).limit(1)) as [{ code: string }];
  });
  after(() => t.close());

  const body = () => ({
    affiliaties: [{ organisatieId: org, onderdeelId: null, rol: 'onderzoeker' }],
    themas: [thema],
    trefwoorden: ['open data', 'algoritmes'],
    expertiseNl: 'Ik onderzoek algoritmeregisters.',
    expertiseEn: 'I study algorithm registers.',
    beschikbaarheden: [{ van: '2026-02-01', tot: '2026-06-30', toelichting: null }],
    talen: ['nl', 'en'],
    links: [{ label: 'ORCID', url: 'https://orcid.org/0000-0002-1825-0097' }],
  });
  const put = (token: string, payload: unknown, ifMatch?: string) =>
    t.app.request('/api/v1/mij/profiel', {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(ifMatch ? { 'if-match': ifMatch } : {}) },
      body: JSON.stringify(payload),
    });

  it('needs a token', async () => {
    assert.equal((await t.app.request('/api/v1/mij/profiel')).status, 401);
    assert.equal((await put('ipt_' + 'x'.repeat(30), body(), '"x"')).status, 401);
  });

  it('reads my (empty) profile with an ETag', async () => {
    const res = await t.app.request('/api/v1/mij/profiel', { headers: { authorization: `Bearer ${readToken}` } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('etag'), `"${me.id}.0"`);
    const json = (await res.json()) as Record<string, unknown>;
    assert.equal(json.openbaar, false);
    assert.deepEqual(json.trefwoorden, []);
  });

  it('refuses a write with a read-only token (403), without If-Match (428), and with a stale one (412)', async () => {
    assert.equal((await put(readToken, body(), `"${me.id}.0"`)).status, 403);
    const missing = await put(writeToken, body());
    assert.equal(missing.status, 428);
    assert.match(missing.headers.get('content-type') ?? '', /problem\+json/);
    assert.equal((await put(writeToken, body(), `"${me.id}.7"`)).status, 412);
    assert.equal((await t.db.select().from(profielen).where(eq(profielen.accountId, me.id))).length, 0, 'nothing written');
  });

  it('saves with the right If-Match and returns the new ETag; the old one is then stale', async () => {
    const res = await put(writeToken, body(), `"${me.id}.0"`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('etag'), `"${me.id}.1"`);
    const json = (await res.json()) as { trefwoorden: string[]; affiliaties: { organisatieId: string }[] };
    assert.deepEqual(json.trefwoorden, ['open data', 'algoritmes']);
    assert.equal(json.affiliaties[0]?.organisatieId, org);
    assert.equal((await put(writeToken, { ...body(), trefwoorden: ['ander'] }, `"${me.id}.0"`)).status, 412);
    const [p] = await t.db.select().from(profielen).where(eq(profielen.accountId, me.id));
    assert.deepEqual(p!.trefwoorden, ['open data', 'algoritmes']);
  });

  it('refuses invalid input with 400 and the invalid parameters', async () => {
    const cases: unknown[] = [
      { ...body(), trefwoorden: Array.from({ length: 21 }, (_, i) => `w${i}`) },
      { ...body(), links: [{ label: 'x', url: 'http://example.org' }] },
      { ...body(), beschikbaarheden: [{ van: '2026-05-01', tot: '2026-04-01' }] },
      { ...body(), talen: ['xx'] },
      { ...body(), expertiseNl: 'a'.repeat(2001) },
      { ...body(), affiliaties: [{ organisatieId: '00000000-0000-4000-8000-000000000000' }] },
      { ...body(), themas: ['bestaat-niet'] },
      'geen object',
    ];
    for (const payload of cases) {
      const res = await put(writeToken, payload, `"${me.id}.1"`);
      assert.equal(res.status, 400, JSON.stringify(payload).slice(0, 80));
      const problem = (await res.json()) as { invalidParams?: unknown[] };
      assert.ok(problem.invalidParams && problem.invalidParams.length > 0);
    }
  });

  it('the public API shows the profile only once it is public, and never the e-mail address', async () => {
    assert.equal((await t.app.request(`/api/v1/personen/${me.id}`)).status, 404);
    await t.db.update(accounts).set({ profielOpenbaar: true }).where(eq(accounts.id, me.id));
    const res = await t.app.request(`/api/v1/personen/${me.id}`);
    assert.equal(res.status, 200);
    const text = await res.text();
    assert.ok(text.includes('algoritmeregisters'));
    assert.ok(!text.includes('api.persoon@example.org'));
    assert.ok(!text.includes('openbaar'));
  });
});
