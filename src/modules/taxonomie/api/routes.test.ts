import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { createAccount } from '../../../../tests/support/accounts.ts';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { hashToken, randomToken } from '../../../platform/secrets.ts';
import { apiTokens } from '../../accounts/index.ts';
import { auditLog } from '../../audit/index.ts';
import { provincies, themaSynoniemen } from '../schema.ts';
import { importThemaSynoniemen } from '../thema-synoniemen-import.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe('taxonomy API: ETag on reads, If-Match on writes', () => {
  let t: T;
  let beheerder: string;
  let alleenLezen: string;
  let docent: string;

  const token = async (accountId: string, scopes: ('read' | 'write')[]) => {
    const value = `ipt_${randomToken()}`;
    await t.db.insert(apiTokens).values({ accountId, naam: 'test', tokenHash: hashToken(value), prefix: value.slice(4, 12), scopes, verlooptOp: new Date(Date.now() + 86_400_000) });
    return value;
  };

  before(async () => {
    t = await createTestApp();
    await importThemaSynoniemen(t.db);
    const b = await createAccount(t.db, t.config, { platformrollen: [{ rol: 'beheerder' }] });
    beheerder = await token(b.id, ['read', 'write']);
    alleenLezen = await token(b.id, ['read']);
    docent = await token((await createAccount(t.db, t.config, { persoonstype: 'docent' })).id, ['read', 'write']);
  });
  after(() => t.close());

  const call = (path: string, init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
    t.app.request(`/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: {
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...init.headers,
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });

  const wijziging = { naam: { nl: 'Cyberveiligheid', en: 'Cybersecurity' }, beschrijving: { nl: 'Weerbaarheid.', en: null } };

  it('reads a theme with its synonyms and an ETag, and answers 304 to the same version', async () => {
    const res = await call('/themas/informatiehuishouding');
    assert.equal(res.status, 200);
    const etag = res.headers.get('etag')!;
    assert.match(etag, /^"informatiehuishouding\.\d+"$/);
    const body = (await res.json()) as { synoniemen: { term: string; taal: string }[]; versie: number; naam: { nl: string } };
    assert.ok(body.synoniemen.some((s) => s.term === 'IHH' && s.taal === 'nl'));
    assert.equal(etag, `"informatiehuishouding.${body.versie}"`);
    const again = await call('/themas/informatiehuishouding', { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal((await call('/themas/bestaat-niet')).status, 404);
    const junk = await call('/themas/NIET%20GELDIG');
    assert.equal(junk.status, 400);
    assert.equal(junk.headers.get('content-type'), 'application/problem+json');
  });

  it('refuses writes without a beheerder with write scope', async () => {
    assert.equal((await call('/themas/cybersecurity', { method: 'PUT', body: wijziging })).status, 401);
    assert.equal((await call('/themas/cybersecurity', { method: 'PUT', body: wijziging, token: docent, headers: { 'if-match': '*' } })).status, 403);
    assert.equal((await call('/themas/cybersecurity', { method: 'PUT', body: wijziging, token: alleenLezen, headers: { 'if-match': '*' } })).status, 403);
  });

  it('PUT: 428 without If-Match, 412 when stale, 200 with versie + 1; the list shows it at once', async () => {
    const read = await call('/themas/cybersecurity');
    const etag = read.headers.get('etag')!;
    const { versie } = (await read.json()) as { versie: number };
    await call('/themas'); // fills the cache

    const missing = await call('/themas/cybersecurity', { method: 'PUT', token: beheerder, body: wijziging });
    assert.equal(missing.status, 428);
    assert.equal(missing.headers.get('content-type'), 'application/problem+json');
    const stale = await call('/themas/cybersecurity', { method: 'PUT', token: beheerder, body: wijziging, headers: { 'if-match': `"cybersecurity.${versie - 1}"` } });
    assert.equal(stale.status, 412);
    const invalid = await call('/themas/cybersecurity', { method: 'PUT', token: beheerder, body: { naam: { nl: '', en: 'x' } }, headers: { 'if-match': etag } });
    assert.equal(invalid.status, 400);
    assert.ok(((await invalid.json()) as { invalidParams: unknown[] }).invalidParams.length > 0);

    const ok = await call('/themas/cybersecurity', { method: 'PUT', token: beheerder, body: wijziging, headers: { 'if-match': etag } });
    assert.equal(ok.status, 200);
    const saved = (await ok.json()) as { versie: number; naam: { nl: string }; beschrijving: { nl: string; en: null } };
    assert.equal(saved.versie, versie + 1);
    assert.equal(saved.naam.nl, 'Cyberveiligheid');
    assert.equal(ok.headers.get('etag'), `"cybersecurity.${versie + 1}"`);
    const again = await call('/themas/cybersecurity', { method: 'PUT', token: beheerder, body: wijziging, headers: { 'if-match': etag } });
    assert.equal(again.status, 412, 'the old ETag is stale now');

    const list = (await (await call('/themas')).json()) as { data: { code: string; naam: { nl: string } }[] };
    assert.equal(list.data.find((x) => x.code === 'cybersecurity')!.naam.nl, 'Cyberveiligheid', 'the cached list was dropped');
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.objectId, 'cybersecurity'));
    assert.equal(audit!.actie, 'thema.gewijzigd');
  });

  it('adds and removes synonyms under the theme ETag; a duplicate is 409', async () => {
    let etag = (await call('/themas/open-overheid')).headers.get('etag')!;
    const noMatch = await call('/themas/open-overheid/synoniemen', { method: 'POST', token: beheerder, body: { taal: 'nl', term: 'WOB' } });
    assert.equal(noMatch.status, 428);
    const added = await call('/themas/open-overheid/synoniemen', { method: 'POST', token: beheerder, body: { taal: 'nl', term: 'WOB' }, headers: { 'if-match': etag } });
    assert.equal(added.status, 201);
    const synoniem = (await added.json()) as { id: string; term: string };
    assert.equal(synoniem.term, 'WOB');
    const newEtag = added.headers.get('etag')!;
    assert.notEqual(newEtag, etag);
    etag = newEtag;

    const dup = await call('/themas/open-overheid/synoniemen', { method: 'POST', token: beheerder, body: { taal: 'nl', term: 'ihh' }, headers: { 'if-match': etag } });
    assert.equal(dup.status, 409);
    assert.match(((await dup.json()) as { detail: string }).detail, /informatiehuishouding/);
    assert.equal((await call('/themas/open-overheid')).headers.get('etag'), etag, 'a refused write changes nothing');

    const staleDelete = await call(`/themas/open-overheid/synoniemen/${synoniem.id}`, { method: 'DELETE', token: beheerder, headers: { 'if-match': '"open-overheid.1"' } });
    assert.equal(staleDelete.status, 412);
    const wrongTheme = await call(`/themas/cybersecurity/synoniemen/${synoniem.id}`, { method: 'DELETE', token: beheerder, headers: { 'if-match': '*' } });
    assert.equal(wrongTheme.status, 404);
    const del = await call(`/themas/open-overheid/synoniemen/${synoniem.id}`, { method: 'DELETE', token: beheerder, headers: { 'if-match': etag } });
    assert.equal(del.status, 204);
    assert.equal((await t.db.select().from(themaSynoniemen).where(eq(themaSynoniemen.id, synoniem.id))).length, 0);
  });

  it('samenwerkingsvormen: ETag, If-Match, min <= max', async () => {
    const read = await call('/samenwerkingsvormen/hackathon');
    assert.equal(read.status, 200);
    const etag = read.headers.get('etag')!;
    const current = (await read.json()) as Record<string, unknown> & { versie: number };
    assert.equal((await call('/samenwerkingsvormen/hackathon', { headers: { 'if-none-match': etag } })).status, 304);
    const { code: _code, versie: _versie, ...body } = current;
    const bad = await call('/samenwerkingsvormen/hackathon', { method: 'PUT', token: beheerder, headers: { 'if-match': etag }, body: { ...body, typischeDuurInWeken: { min: 3, max: 1 } } });
    assert.equal(bad.status, 400);
    const missing = await call('/samenwerkingsvormen/hackathon', { method: 'PUT', token: beheerder, body });
    assert.equal(missing.status, 428);
    const ok = await call('/samenwerkingsvormen/hackathon', { method: 'PUT', token: beheerder, headers: { 'if-match': etag }, body: { ...body, niveaus: ['wo', 'hbo'] } });
    assert.equal(ok.status, 200);
    const saved = (await ok.json()) as { versie: number; niveaus: string[] };
    assert.equal(saved.versie, current.versie + 1);
    assert.deepEqual(saved.niveaus, ['hbo', 'wo']);
    const stale = await call('/samenwerkingsvormen/hackathon', { method: 'PUT', token: beheerder, headers: { 'if-match': etag }, body });
    assert.equal(stale.status, 412);
  });

  it('regios and provincies: read with ETag, move a provincie with If-Match', async () => {
    const regio = await call('/regios/noord');
    assert.equal(regio.status, 200);
    const regioEtag = regio.headers.get('etag')!;
    assert.equal((await call('/regios/noord', { headers: { 'if-none-match': regioEtag } })).status, 304);

    const read = await call(`/provincies/${encodeURIComponent('Fryslân')}`);
    assert.equal(read.status, 200);
    const etag = read.headers.get('etag')!;
    assert.equal(etag, `"${encodeURIComponent('Fryslân')}.1"`);
    const path = `/provincies/${encodeURIComponent('Fryslân')}`;
    assert.equal((await call(path, { method: 'PUT', token: beheerder, body: { regioCode: 'oost' } })).status, 428);
    assert.equal((await call(path, { method: 'PUT', token: beheerder, body: { regioCode: 'atlantis' }, headers: { 'if-match': etag } })).status, 400);
    const ok = await call(path, { method: 'PUT', token: beheerder, body: { regioCode: 'oost' }, headers: { 'if-match': etag } });
    assert.equal(ok.status, 200);
    assert.deepEqual(await ok.json(), { naam: 'Fryslân', hoofdstad: 'Leeuwarden', regioCode: 'oost', versie: 2 });
    assert.equal((await call(path, { method: 'PUT', token: beheerder, body: { regioCode: 'noord' }, headers: { 'if-match': etag } })).status, 412);
    const [row] = await t.db.select().from(provincies).where(eq(provincies.naam, 'Fryslân'));
    assert.equal(row!.regioCode, 'oost');

    const changed = await call('/regios/noord', { headers: { 'if-none-match': regioEtag } });
    assert.equal(changed.status, 200, 'the regio changed, so its ETag did');
    const body = (await changed.json()) as { provincies: { naam: string }[] };
    assert.ok(!body.provincies.some((p) => p.naam === 'Fryslân'));
    const list = (await (await call('/regios')).json()) as { data: { code: string; provincies: { naam: string }[] }[] };
    assert.ok(list.data.find((r) => r.code === 'oost')!.provincies.some((p) => p.naam === 'Fryslân'), 'the cached list was dropped');
  });
});
