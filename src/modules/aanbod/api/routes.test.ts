import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { createAccount } from '../../../../tests/support/accounts.ts';
import { apiTokens } from '../../accounts/index.ts';
import { organisaties } from '../../organisaties/schema.ts';
import { hashToken, randomToken } from '../../../platform/secrets.ts';
import { aanbod } from '../schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
type Aanbod = { id: string; soort: string; status: string; titelNl: string | null; periodes: { label: string }[]; magBewerken: boolean; eigenaar: { naam: string } | null; versie: number };
type Problem = { status: number; invalidParams?: { name: string; reason: string }[] };

describe('API: aanbod', () => {
  let t: T;
  let hogeschool: string;
  const token: Record<string, string> = {};

  async function tokenFor(accountId: string, scopes: ('read' | 'write')[]) {
    const value = `ipt_${randomToken()}`;
    await t.db.insert(apiTokens).values({ accountId, naam: 'test', tokenHash: hashToken(value), prefix: value.slice(4, 12), scopes, verlooptOp: new Date(Date.now() + 86_400_000) });
    return value;
  }

  before(async () => {
    t = await createTestApp();
    const [h] = await t.db.select({ id: organisaties.id }).from(organisaties).where(eq(organisaties.soort, 'hogeschool')).orderBy(organisaties.slug).limit(1);
    hogeschool = h!.id;
    const docent = await createAccount(t.db, t.config, { naam: 'Dirk Docent', persoonstype: 'docent', lidmaatschappen: [{ organisatieId: hogeschool, rol: 'lid' }] });
    const coordinator = await createAccount(t.db, t.config, { persoonstype: 'docent', lidmaatschappen: [{ organisatieId: hogeschool, rol: 'coordinator' }] });
    const collega = await createAccount(t.db, t.config, { persoonstype: 'docent', lidmaatschappen: [{ organisatieId: hogeschool, rol: 'lid' }] });
    const student = await createAccount(t.db, t.config, { persoonstype: 'student' });
    token.docent = await tokenFor(docent.id, ['read', 'write']);
    token.docentLezen = await tokenFor(docent.id, ['read']);
    token.coordinator = await tokenFor(coordinator.id, ['read', 'write']);
    token.collega = await tokenFor(collega.id, ['read', 'write']);
    token.student = await tokenFor(student.id, ['read', 'write']);
  });
  after(() => t.close());

  function call(method: string, path: string, options: { token?: string; body?: unknown; ifMatch?: string; headers?: Record<string, string> } = {}) {
    return t.app.request(`/api/v1${path}`, {
      method,
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(options.ifMatch ? { 'if-match': options.ifMatch } : {}),
        ...options.headers,
      },
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
  }

  const cursus = (extra: Record<string, unknown> = {}) => ({
    soort: 'onderwijs',
    organisatieId: hogeschool,
    titelNl: 'Minor Data-gedreven overheid',
    beschrijvingNl: 'Studenten werken een semester aan een echte vraag over data bij de overheid.',
    geschikteVragenNl: 'Vragen over datakwaliteit en dashboards.',
    themaCodes: ['data-en-ai'],
    niveaus: ['hbo-bachelor'],
    opleiding: 'HBO-ICT',
    aantalTeams: 4,
    periodes: [{ soort: 'semester', label: 'Semester 2, 2026-2027', van: '2027-02-01', tot: '2027-06-30' }],
    ...extra,
  });

  it('creates, reads, changes, publishes, archives and deletes an item with ETag and If-Match', async () => {
    assert.equal((await call('POST', '/aanbod', { body: cursus() })).status, 401);
    assert.equal((await call('POST', '/aanbod', { token: token.docentLezen!, body: cursus() })).status, 403);
    const vreemd = await call('POST', '/aanbod', { token: token.student!, body: cursus() });
    assert.equal(vreemd.status, 400, 'not a member of the hogeschool');
    assert.ok(((await vreemd.json()) as Problem).invalidParams!.some((p) => p.name === 'organisatieId'));
    const bad = await call('POST', '/aanbod', { token: token.docent!, body: { soort: 'onderwijs', themaCodes: [] } });
    assert.equal(bad.status, 400);
    const names = ((await bad.json()) as Problem).invalidParams!.map((p) => `${p.name}=${p.reason}`);
    assert.ok(names.includes('themaCodes=aanbod.fouten.themaVerplicht'), names.join(', '));
    assert.equal(await t.db.$count(aanbod), 0, 'nothing stored');

    const created = await call('POST', '/aanbod', { token: token.docent!, body: cursus() });
    assert.equal(created.status, 201, await created.clone().text());
    const item = (await created.json()) as Aanbod;
    const path = `/aanbod/${item.id}`;
    assert.equal(created.headers.get('location'), `/api/v1${path}`);
    assert.equal(item.status, 'concept');
    assert.deepEqual(item.periodes.map((p) => p.label), ['Semester 2, 2026-2027']);
    assert.equal(item.magBewerken, true);
    let etag = created.headers.get('etag')!;

    assert.equal((await call('GET', path)).status, 404, 'a concept is not public');
    assert.equal((await call('GET', path, { token: token.collega! })).status, 404);
    assert.equal((await call('GET', path, { token: token.coordinator! })).status, 200, 'the coordinator of the hogeschool sees it');
    assert.equal((await call('GET', path, { token: token.docent!, headers: { 'if-none-match': etag } })).status, 304);

    assert.equal((await call('PUT', path, { token: token.docent!, body: cursus({ titelNl: 'Minor Datagedreven overheid' }) })).status, 428);
    const changed = await call('PUT', path, { token: token.docent!, body: cursus({ titelNl: 'Minor Datagedreven overheid' }), ifMatch: etag });
    assert.equal(changed.status, 200, await changed.clone().text());
    assert.equal(((await changed.json()) as Aanbod).titelNl, 'Minor Datagedreven overheid');
    assert.equal((await call('PUT', path, { token: token.docent!, body: cursus({ titelNl: 'Oud' }), ifMatch: etag })).status, 412);
    etag = changed.headers.get('etag')!;

    assert.equal((await call('POST', `${path}/archiveren`, { token: token.docent!, ifMatch: etag })).status, 409, 'a concept cannot be archived');
    assert.equal((await call('POST', `${path}/publiceren`, { token: token.docent! })).status, 428);
    const pub = await call('POST', `${path}/publiceren`, { token: token.docent!, ifMatch: etag });
    assert.equal(pub.status, 200);
    assert.equal(((await pub.json()) as Aanbod).status, 'gepubliceerd');
    etag = pub.headers.get('etag')!;
    const publiek = await call('GET', path);
    assert.equal(publiek.status, 200, 'published: public');
    assert.equal(((await publiek.json()) as Aanbod).magBewerken, false);

    assert.equal((await call('PUT', path, { token: token.collega!, body: cursus(), ifMatch: etag })).status, 403, 'a colleague who did not post it');
    assert.equal((await call('PUT', path, { token: token.student!, body: {}, ifMatch: etag })).status, 403, 'refused before the body is read');
    assert.equal((await call('DELETE', path, { token: token.collega!, ifMatch: etag })).status, 403);

    const arch = await call('POST', `${path}/archiveren`, { token: token.coordinator!, ifMatch: etag });
    assert.equal(arch.status, 200, 'the coordinator may archive it');
    assert.equal((await call('GET', path)).status, 404, 'archived: no longer public');
    etag = arch.headers.get('etag')!;

    assert.equal((await call('DELETE', path, { token: token.docent! })).status, 428);
    assert.equal((await call('DELETE', path, { token: token.docent!, ifMatch: `"${item.id}.1"` })).status, 412);
    assert.equal((await call('DELETE', path, { token: token.docent!, ifMatch: etag })).status, 204);
    assert.equal((await call('GET', path, { token: token.docent! })).status, 404);
  });

  it('lets a student post what they seek, and lists and searches published aanbod', async () => {
    const gezocht = await call('POST', '/aanbod?publiceren=true', {
      token: token.student!,
      body: {
        soort: 'studenten',
        titelNl: 'Afstudeerder zoekt opdracht over archivering',
        beschrijvingNl: 'Ik zoek een afstudeeropdracht over het archiveren van e-mail.',
        themaCodes: ['informatiehuishouding'],
        opdrachtsoort: 'afstudeeropdracht',
        vakgebied: 'Informatiekunde',
        periodes: [{ soort: 'periode', label: 'Voorjaar 2027', van: '2027-02-01', tot: '2027-06-30' }],
      },
    });
    assert.equal(gezocht.status, 201, await gezocht.clone().text());
    assert.equal(((await gezocht.json()) as Aanbod).status, 'gepubliceerd');
    await call('POST', '/aanbod', { token: token.docent!, body: cursus({ titelNl: 'Concept dat niemand ziet' }) });

    type Page = { data: { id: string; soort: string; titelNl: string; snippet: string | null; href: string }[]; pagination: { totalItems: number }; links: Record<string, string> };
    const lijst = (await (await call('GET', '/aanbod?pageSize=10')).json()) as Page;
    assert.ok(lijst.data.some((a) => a.titelNl === 'Afstudeerder zoekt opdracht over archivering'));
    assert.ok(!lijst.data.some((a) => a.titelNl === 'Concept dat niemand ziet'), 'concepts are not listed');
    const zoek = (await (await call('GET', `/aanbod?zoek=${encodeURIComponent('archiveren')}`)).json()) as Page;
    assert.ok(zoek.data.some((a) => a.titelNl === 'Afstudeerder zoekt opdracht over archivering'), 'an inflected word');
    const soort = (await (await call('GET', '/aanbod?soort=onderwijs')).json()) as Page;
    assert.ok(soort.data.every((a) => a.soort === 'onderwijs'));
    assert.equal((await call('GET', '/aanbod?soort=iets')).status, 400);
  });
});
