import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { apiTokens } from '../../accounts/index.ts';
import { hashToken, randomToken } from '../../../platform/secrets.ts';
import { koppelingFixtures, type Fixtures } from '../test-fixtures.ts';
import { suggesties } from '../../matching/schema.ts';
import { koppelingen } from '../schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
type Koppeling = {
  id: string;
  status: string;
  bron: string;
  kandidaat: { soort: string; id: string; titelNl: string | null; href: string | null };
  vraagzijde: { besluit: string | null; reden: string | null };
  aanbodzijde: { besluit: string | null; reden: string | null; besluitDoor: { naam: string | null } | null };
  uitleg: string[];
  mijnZijden: string[];
  mag: { introduceren: boolean; accepteren: boolean; afwijzen: boolean; intrekken: boolean };
  samenwerkingConcept: { op: string; gegevens: { kandidaatId: string; deelnemers: string[] } } | null;
  versie: number;
};
type Problem = { status: number; invalidParams?: { name: string; reason: string }[] };

describe('API: koppelingen', () => {
  let t: T;
  let f: Fixtures;
  const token: Record<string, string> = {};

  before(async () => {
    t = await createTestApp();
    f = await koppelingFixtures(t);
    const tokenFor = async (accountId: string, scopes: ('read' | 'write')[] = ['read', 'write']) => {
      const value = `ipt_${randomToken()}`;
      await t.db.insert(apiTokens).values({ accountId, naam: 'test', tokenHash: hashToken(value), prefix: value.slice(4, 12), scopes, verlooptOp: new Date(Date.now() + 86_400_000) });
      return value;
    };
    for (const [naam, id] of Object.entries(f.ids)) token[naam] = await tokenFor(id);
    token.docentLezen = await tokenFor(f.ids.docent, ['read']);
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

  it('proposes, introduces, and both sides accept with If-Match; the samenwerking-concept is in the resource', async () => {
    const voorstel = { vraagstukId: f.vraagstuk, kandidaatSoort: 'aanbod', kandidaatId: f.minor, toelichting: 'Uw minor zoekt zo een casus.' };
    assert.equal((await call('POST', '/koppelingen', { body: voorstel })).status, 401);
    assert.equal((await call('POST', '/koppelingen', { token: token.docentLezen!, body: voorstel })).status, 403);
    assert.equal((await call('POST', '/koppelingen', { token: token.vreemde!, body: voorstel })).status, 403, 'neither a side nor the verbinder');
    assert.equal((await call('POST', '/koppelingen', { token: token.docent!, body: { ...voorstel, vraagstukId: f.concept } })).status, 404);
    const fout = await call('POST', '/koppelingen', { token: token.docent!, body: { ...voorstel, kandidaatSoort: 'iets', toelichting: 'x'.repeat(2001) } });
    assert.equal(fout.status, 400);
    assert.deepEqual(((await fout.json()) as Problem).invalidParams!.map((p) => p.name).sort(), ['kandidaatSoort', 'toelichting']);
    const concept = await call('POST', '/koppelingen', { token: token.docent!, body: { ...voorstel, kandidaatId: f.conceptAanbod } });
    assert.equal(concept.status, 400);
    assert.equal(((await concept.json()) as Problem).invalidParams![0]!.reason, 'koppelingen.fouten.kandidaatOnbekend');
    assert.equal(await t.db.$count(koppelingen), 0, 'nothing stored');

    const created = await call('POST', '/koppelingen', { token: token.verbinder!, body: { ...voorstel, toelichting: null } });
    assert.equal(created.status, 201, await created.clone().text());
    const k = (await created.json()) as Koppeling;
    assert.equal(created.headers.get('location'), `/api/v1/koppelingen/${k.id}`);
    assert.equal(created.headers.get('etag'), `"${k.id}.1"`);
    assert.equal(k.status, 'voorgesteld');
    assert.equal(k.kandidaat.href, `/api/v1/aanbod/${f.minor}`);
    assert.deepEqual(k.uitleg, [], 'no stored suggestion: no explanation');
    assert.deepEqual(k.mag, { introduceren: true, accepteren: false, afwijzen: false, intrekken: true });
    assert.equal((await call('POST', '/koppelingen', { token: token.ambtenaar!, body: voorstel })).status, 409, 'one live koppeling per pair');

    const pad = `/koppelingen/${k.id}`;
    const lees = await call('GET', pad, { token: token.docent! });
    assert.equal(lees.status, 200);
    const etag = lees.headers.get('etag')!;
    assert.equal((await call('GET', pad, { token: token.docent!, headers: { 'if-none-match': etag } })).status, 304);
    assert.equal((await call('GET', pad, { token: token.vreemde! })).status, 404, 'nobody else learns it exists');
    assert.equal((await call('GET', '/koppelingen/niet-een-uuid', { token: token.docent! })).status, 400);

    assert.equal((await call('POST', `${pad}/accepteren`, { token: token.docent!, ifMatch: etag })).status, 409, 'not introduced yet');
    assert.equal((await call('POST', `${pad}/introduceren`, { token: token.docent!, ifMatch: etag })).status, 403);
    assert.equal((await call('POST', `${pad}/introduceren`, { token: token.vreemde!, ifMatch: etag })).status, 404);
    assert.equal((await call('POST', `${pad}/introduceren`, { token: token.verbinder!, body: { toelichting: 'Graag kennismaken.' } })).status, 428);
    const zonder = await call('POST', `${pad}/introduceren`, { token: token.verbinder!, ifMatch: etag });
    assert.equal(zonder.status, 400, 'an introduction needs a message');
    assert.equal(((await zonder.json()) as Problem).invalidParams![0]!.name, 'toelichting');
    const intro = await call('POST', `${pad}/introduceren`, { token: token.verbinder!, ifMatch: etag, body: { toelichting: 'Graag kennismaken.' } });
    assert.equal(intro.status, 200, await intro.clone().text());
    assert.equal(((await intro.json()) as Koppeling).status, 'geintroduceerd');
    const etag2 = intro.headers.get('etag')!;
    assert.equal((await call('POST', `${pad}/accepteren`, { token: token.docent!, ifMatch: etag })).status, 412, 'stale');

    const afwijzen = await call('POST', `${pad}/afwijzen`, { token: token.docent!, ifMatch: etag2, body: {} });
    assert.equal(afwijzen.status, 400, 'declining needs a reason');
    assert.equal(((await afwijzen.json()) as Problem).invalidParams![0]!.reason, 'koppelingen.fouten.redenVerplicht');
    const ja = await call('POST', `${pad}/accepteren`, { token: token.docent!, ifMatch: etag2, body: { reden: 'Past in semester 2.' } });
    assert.equal(ja.status, 200);
    const na = (await ja.json()) as Koppeling;
    assert.equal(na.aanbodzijde.besluit, 'geaccepteerd');
    assert.equal(na.aanbodzijde.besluitDoor?.naam, 'Dirk Docent');
    assert.deepEqual(na.mag, { introduceren: false, accepteren: false, afwijzen: false, intrekken: false });
    const beide = await call('POST', `${pad}/accepteren`, { token: token.ambtenaar!, ifMatch: ja.headers.get('etag')! });
    assert.equal(beide.status, 200, 'no body needed to accept');
    const klaar = (await beide.json()) as Koppeling;
    assert.equal(klaar.status, 'geaccepteerd');
    assert.equal(klaar.samenwerkingConcept?.gegevens.kandidaatId, f.minor);
    assert.deepEqual(klaar.samenwerkingConcept?.gegevens.deelnemers, [f.ids.ambtenaar, f.ids.docent]);
    assert.equal((await call('POST', `${pad}/intrekken`, { token: token.verbinder!, ifMatch: beide.headers.get('etag')! })).status, 409, 'decided');

    const geschiedenis = await call('GET', `${pad}/gebeurtenissen`, { token: token.ambtenaar! });
    const stappen = ((await geschiedenis.json()) as { data: { soort: string; opmerking: string | null }[] }).data;
    assert.deepEqual(
      stappen.map((s) => s.soort),
      ['voorgesteld', 'geintroduceerd', 'geaccepteerd-aanbodzijde', 'geaccepteerd-vraagzijde', 'geaccepteerd'],
    );
    assert.equal((await call('GET', `${pad}/gebeurtenissen`, { token: token.vreemde! })).status, 404);
  });

  it('lists the koppelingen of the actor, paginated and filtered; the explanation follows Accept-Language', async () => {
    await t.db.insert(suggesties).values({
      richting: 'vraagstuk',
      vraagstukId: f.vraagstuk,
      kandidaatSoort: 'persoon',
      kandidaatId: f.ids.persoon,
      score: 0.55,
      rang: 1,
      signalen: [{ signaal: 'thema', waarde: 1, gewicht: 0.22, bijdrage: 0.4, uitleg: { sleutel: 'matching.uitleg.thema', params: { 'themas.nl': 'Informatiehuishouding', 'themas.en': 'Information management' } } }],
    });
    const r = await call('POST', '/koppelingen', { token: token.ambtenaar!, body: { vraagstukId: f.vraagstuk, kandidaatSoort: 'persoon', kandidaatId: f.ids.persoon, toelichting: 'U kent de Archiefwet.' } });
    assert.equal(r.status, 201);
    const { id } = (await r.json()) as Koppeling;
    const nl = (await (await call('GET', `/koppelingen/${id}`, { token: token.persoon! })).json()) as Koppeling;
    assert.deepEqual(nl.uitleg, ["Gemeenschappelijke thema's: Informatiehuishouding"]);
    const en = (await (await call('GET', `/koppelingen/${id}`, { token: token.persoon!, headers: { 'accept-language': 'en-GB,en;q=0.9' } })).json()) as Koppeling;
    assert.ok(en.uitleg[0]!.includes('Information management'), en.uitleg[0]);
    const lijst = async (tok: string, query = '') => {
      const res = await call('GET', `/koppelingen${query}`, { token: tok });
      assert.equal(res.status, 200, await res.clone().text());
      return (await res.json()) as { data: Koppeling[]; pagination: { totalItems: number; totalPages: number }; links: { next?: string } };
    };
    assert.equal((await lijst(token.ambtenaar!)).pagination.totalItems, 2);
    assert.deepEqual((await lijst(token.persoon!)).data.map((k) => [k.kandidaat.soort, k.mijnZijden]), [['persoon', ['aanbodzijde']]]);
    assert.equal((await lijst(token.verbinder!)).pagination.totalItems, 2, 'the verbinder sees the regio');
    assert.equal((await lijst(token.vreemde!)).pagination.totalItems, 0);
    assert.equal((await lijst(token.beheerder!)).pagination.totalItems, 2);
    const gefilterd = await lijst(token.ambtenaar!, '?status=geaccepteerd&pageSize=1');
    assert.equal(gefilterd.data.length, 1);
    assert.equal(gefilterd.data[0]!.status, 'geaccepteerd');
    assert.equal(gefilterd.data[0]!.samenwerkingConcept?.gegevens.kandidaatId, f.minor, 'lists carry the samenwerking-concept too');
    const pagina = await lijst(token.ambtenaar!, '?pageSize=1');
    assert.equal(pagina.pagination.totalPages, 2);
    assert.ok(pagina.links.next, 'a link to the next page');
    assert.equal((await call('GET', '/koppelingen?status=onzin', { token: token.ambtenaar! })).status, 400);
    assert.equal((await call('GET', '/koppelingen?vraagstuk=niet-een-uuid&page=0', { token: token.ambtenaar! })).status, 400);
    assert.equal((await call('GET', '/koppelingen')).status, 401);
  });
});
