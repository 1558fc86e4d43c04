import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { createAccount } from '../../../../tests/support/accounts.ts';
import { apiTokens } from '../../accounts/index.ts';
import { hashToken, randomToken } from '../../../platform/secrets.ts';
import { organisaties } from '../schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
type Org = { id: string; naam: string; provincie: string; steden: string[]; beschrijving: { nl: string | null; en: string | null }; emailDomeinen?: string[] };

describe('API: organisations and onderdelen, ETag and If-Match', () => {
  let t: T;
  let org: { id: string; slug: string };
  let coordinator: string;
  let reader: string;
  let stranger: string;

  async function tokenFor(accountId: string, scopes: ('read' | 'write')[]) {
    const token = `ipt_${randomToken()}`;
    await t.db.insert(apiTokens).values({ accountId, naam: 'test', tokenHash: hashToken(token), prefix: token.slice(4, 12), scopes, verlooptOp: new Date(Date.now() + 86_400_000) });
    return token;
  }

  before(async () => {
    t = await createTestApp();
    const rows = await t.db.select({ id: organisaties.id, slug: organisaties.slug }).from(organisaties).where(eq(organisaties.soort, 'universiteit')).orderBy(organisaties.slug).limit(2);
    org = rows[0]!;
    const c = await createAccount(t.db, t.config, { lidmaatschappen: [{ organisatieId: org.id, rol: 'coordinator' }] });
    coordinator = await tokenFor(c.id, ['read', 'write']);
    reader = await tokenFor(c.id, ['read']);
    const s = await createAccount(t.db, t.config, { lidmaatschappen: [{ organisatieId: rows[1]!.id, rol: 'coordinator' }] });
    stranger = await tokenFor(s.id, ['read', 'write']);
  });
  after(() => t.close());

  const put = (path: string, token: string, body: unknown, ifMatch?: string) =>
    t.app.request(`/api/v1${path}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(ifMatch ? { 'if-match': ifMatch } : {}) },
      body: JSON.stringify(body),
    });

  it('GET sets an ETag and answers 304 to If-None-Match', async () => {
    const res = await t.app.request(`/api/v1/organisaties/${org.id}`);
    assert.equal(res.status, 200);
    const etag = res.headers.get('etag');
    assert.match(etag ?? '', /^"[0-9a-f-]+\.\d+"$/);
    const again = await t.app.request(`/api/v1/organisaties/${org.id}`, { headers: { 'if-none-match': etag! } });
    assert.equal(again.status, 304);
  });

  it('PUT needs If-Match (428), refuses a stale one (412), and saves with a raised version', async () => {
    const res = await t.app.request(`/api/v1/organisaties/${org.id}`);
    const etag = res.headers.get('etag')!;
    const body = (await res.json()) as Org;
    const change = { naam: body.naam, provincie: body.provincie, steden: body.steden, beschrijving: { nl: 'Via de API.', en: 'Through the API.' }, emailDomeinen: ['api-voorbeeld.nl'] };

    const missing = await put(`/organisaties/${org.id}`, coordinator, change);
    assert.equal(missing.status, 428);
    assert.equal(missing.headers.get('content-type'), 'application/problem+json');
    assert.equal((await put(`/organisaties/${org.id}`, reader, change, etag)).status, 403, 'a read token may not write');
    assert.equal((await put(`/organisaties/${org.id}`, stranger, change, etag)).status, 403, 'a coordinator elsewhere may not');
    assert.equal((await put(`/organisaties/${org.id}`, stranger, {}, etag)).status, 403, 'refused before the body is read');

    const saved = await put(`/organisaties/${org.id}`, coordinator, change, etag);
    assert.equal(saved.status, 200);
    const newEtag = saved.headers.get('etag')!;
    assert.notEqual(newEtag, etag);
    assert.ok(newEtag.endsWith(`.${Number(etag.slice(-2, -1)) + 1}"`) || Number(newEtag.split('.')[1]!.replace('"', '')) > Number(etag.split('.')[1]!.replace('"', '')));
    const out = (await saved.json()) as Org;
    assert.equal(out.beschrijving.nl, 'Via de API.');
    assert.deepEqual(out.emailDomeinen, ['api-voorbeeld.nl']);

    const stale = await put(`/organisaties/${org.id}`, coordinator, { ...change, beschrijving: { nl: 'Overschreven?' } }, etag);
    assert.equal(stale.status, 412);
    const [row] = await t.db.select({ nl: organisaties.beschrijvingNl }).from(organisaties).where(eq(organisaties.id, org.id));
    assert.equal(row!.nl, 'Via de API.', 'nothing overwritten');

    const badOin = await put(`/organisaties/${org.id}`, coordinator, { ...change, oin: '1234' }, newEtag);
    assert.equal(badOin.status, 400);
    const problem = (await badOin.json()) as { invalidParams: { name: string }[] };
    assert.ok(problem.invalidParams.some((p) => p.name === 'oin'));
  });

  it('creates, reads, changes and deletes an onderdeel', async () => {
    const created = await t.app.request(`/api/v1/organisaties/${org.id}/onderdelen`, {
      method: 'POST',
      headers: { authorization: `Bearer ${coordinator}`, 'content-type': 'application/json' },
      body: JSON.stringify({ soort: 'faculteit', naam: 'Faculteit Bètawetenschappen' }),
    });
    assert.equal(created.status, 201);
    const location = created.headers.get('location')!;
    assert.match(location, /^\/api\/v1\/onderdelen\/[0-9a-f-]+$/);
    const child = await t.app.request(`/api/v1/organisaties/${org.id}/onderdelen`, {
      method: 'POST',
      headers: { authorization: `Bearer ${coordinator}`, 'content-type': 'application/json' },
      body: JSON.stringify({ soort: 'leerstoel', naam: 'Leerstoel Data', bovenliggendOnderdeelId: location.split('/').pop(), themas: ['data-en-ai'] }),
    });
    assert.equal(child.status, 201, await child.clone().text());

    const read = await t.app.request(location);
    assert.equal(read.status, 200);
    const etag = read.headers.get('etag')!;
    assert.equal((await t.app.request(location, { headers: { 'if-none-match': etag } })).status, 304);
    const list = (await (await t.app.request(`/api/v1/organisaties/${org.id}/onderdelen`)).json()) as { data: { naam: string }[] };
    assert.deepEqual(list.data.map((o) => o.naam), ['Faculteit Bètawetenschappen', 'Leerstoel Data']);

    const path = location.replace('/api/v1', '');
    assert.equal((await put(path, coordinator, { soort: 'faculteit', naam: 'Faculteit Science' })).status, 428);
    const changed = await put(path, coordinator, { soort: 'faculteit', naam: 'Faculteit Science' }, etag);
    assert.equal(changed.status, 200);
    assert.equal((await put(path, coordinator, { soort: 'faculteit', naam: 'Oud' }, etag)).status, 412);

    const del = (ifMatch?: string) =>
      t.app.request(location, { method: 'DELETE', headers: { authorization: `Bearer ${coordinator}`, ...(ifMatch ? { 'if-match': ifMatch } : {}) } });
    assert.equal((await del()).status, 428);
    assert.equal((await del(etag)).status, 412);
    assert.equal((await del(changed.headers.get('etag')!)).status, 204);
    const after = (await (await t.app.request(`/api/v1/organisaties/${org.id}/onderdelen`)).json()) as { data: { naam: string; bovenliggendOnderdeelId: string | null }[] };
    assert.deepEqual(after.data.map((o) => [o.naam, o.bovenliggendOnderdeelId]), [['Leerstoel Data', null]], 'the child moved up');
  });
});
