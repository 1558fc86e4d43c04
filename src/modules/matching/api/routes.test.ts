import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, ne } from 'drizzle-orm';
import { createAccount } from '../../../../tests/support/accounts.ts';
import { eersteOrganisatie, voegVraagstukToe } from '../../../../tests/support/marktplaats.ts';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { hashToken, randomToken } from '../../../platform/secrets.ts';
import { apiTokens } from '../../accounts/index.ts';
import { aanbod } from '../../aanbod/schema.ts';
import { provincies } from '../../taxonomie/schema.ts';
import { signalen, standaardGewichten } from '../configuratie.ts';
import { matchingConfiguratie } from '../schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
type Suggestie = {
  kandidaat: { soort: string; id: string; titel: string; ondertitel: string | null; url: string };
  score: number;
  rang: number;
  uitleg: string[];
  signalen: { signaal: string; naam: string; waarde: number; gewicht: number; bijdrage: number; uitleg: string }[];
  berekendOp: string;
};
type Lijst = { berekendOp: string | null; data: Suggestie[] };
type Algoritme = {
  id: string;
  algemeneInformatie: { naam: string; korteOmschrijving: string; status: string; linkNaarPubliekspagina: string };
  werking: { gewichten: { signaal: string; gewicht: number; aandeel: number }[]; linkNaarBroncode: string };
  metadata: { taal: string; schema: string };
};

describe('API: algoritmes and suggesties', () => {
  let t: T;
  let vraagstukId: string;
  let aanbodId: string;
  const token: Record<string, string> = {};

  async function tokenFor(accountId: string) {
    const value = `ipt_${randomToken()}`;
    await t.db.insert(apiTokens).values({ accountId, naam: 'test', tokenHash: hashToken(value), prefix: value.slice(4, 12), scopes: ['read'], verlooptOp: new Date(Date.now() + 86_400_000) });
    return value;
  }
  const get = (path: string, headers: Record<string, string> = {}, wie?: string) =>
    t.app.request(`/api/v1${path}`, { headers: { ...headers, ...(wie ? { authorization: `Bearer ${token[wie]}` } : {}) } });

  before(async () => {
    t = await createTestApp();
    const ministerie = await eersteOrganisatie(t.db, 'rijksorganisatie', { type: 'ministerie' });
    const hogeschool = await eersteOrganisatie(t.db, 'hogeschool');
    const [elders] = await t.db.selectDistinct({ code: provincies.regioCode }).from(provincies).where(ne(provincies.regioCode, ministerie.regio)).limit(1);
    const ambtenaar = await createAccount(t.db, t.config, { persoonstype: 'ambtenaar', lidmaatschappen: [{ organisatieId: ministerie.id, rol: 'lid' }] });
    const docent = await createAccount(t.db, t.config, { persoonstype: 'docent', lidmaatschappen: [{ organisatieId: hogeschool.id, rol: 'lid' }] });
    const collega = await createAccount(t.db, t.config, { persoonstype: 'ambtenaar', lidmaatschappen: [{ organisatieId: ministerie.id, rol: 'lid' }] });
    token.eigenaar = await tokenFor(ambtenaar.id);
    token.docent = await tokenFor(docent.id);
    token.collega = await tokenFor(collega.id);
    token.verbinder = await tokenFor((await createAccount(t.db, t.config, { platformrollen: [{ rol: 'verbinder', regioCode: ministerie.regio }] })).id);
    token.verbinderElders = await tokenFor((await createAccount(t.db, t.config, { platformrollen: [{ rol: 'verbinder', regioCode: elders!.code }] })).id);
    vraagstukId = await voegVraagstukToe(t.db, ministerie.id, {
      aangemaaktDoor: ambtenaar.id,
      titelNl: 'Toezicht op algoritmes bij de uitvoering',
      vraagNl: 'Hoe houden wij verantwoord toezicht op algoritmes en kunstmatige intelligentie?',
      themaCodes: ['data-en-ai'],
      regioCode: ministerie.regio,
    });
    const [a] = await t.db
      .insert(aanbod)
      .values({
        soort: 'onderwijs',
        organisatieId: hogeschool.id,
        aangemaaktDoor: docent.id,
        titelNl: 'Minor toezicht op algoritmes',
        beschrijvingNl: 'Verantwoord toezicht op algoritmes en kunstmatige intelligentie in de publieke sector.',
        themaCodes: ['data-en-ai'],
        regioCode: ministerie.regio,
        status: 'gepubliceerd',
        gepubliceerdOp: new Date(),
      })
      .returning({ id: aanbod.id });
    aanbodId = a!.id;
  });
  after(() => t.close());

  it('publishes the algorithm entry with the live weights, in Dutch or English, with an ETag', async () => {
    const lijst = await get('/algoritmes');
    assert.equal(lijst.status, 200);
    const pagina = (await lijst.json()) as { data: Algoritme[]; pagination: { totalItems: number; page: number } };
    assert.equal(pagina.pagination.totalItems, 1);
    assert.equal(pagina.data[0]!.id, 'matching');
    assert.equal((((await (await get('/algoritmes?page=2')).json()) as { data: unknown[] }).data).length, 0);

    const res = await get('/algoritmes/matching');
    assert.equal(res.status, 200);
    const a = (await res.json()) as Algoritme;
    assert.ok(a.algemeneInformatie.naam.length <= 100);
    assert.ok(a.algemeneInformatie.korteOmschrijving.length <= 350);
    assert.equal(a.algemeneInformatie.status, 'In gebruik');
    assert.equal(a.metadata.schema, 'Algoritmeregister publicatiestandaard 1.0');
    assert.equal(a.metadata.taal, 'nl');
    assert.match(a.werking.linkNaarBroncode, /^https:\/\//, 'the repository URL from publiccode.yml');
    assert.deepEqual(
      a.werking.gewichten.map((g) => [g.signaal, g.gewicht]),
      signalen.map((s) => [s, standaardGewichten[s]]),
    );
    assert.equal(a.werking.gewichten.find((g) => g.signaal === 'tekst')!.aandeel, 30);

    const etag = res.headers.get('etag')!;
    assert.equal((await get('/algoritmes/matching', { 'if-none-match': etag })).status, 304);
    const en = (await (await get('/algoritmes/matching', { 'accept-language': 'en-GB,en;q=0.9' })).json()) as Algoritme;
    assert.equal(en.metadata.taal, 'en');
    assert.equal(en.algemeneInformatie.naam, 'Matching of questions and educational offers');
    assert.match(en.algemeneInformatie.linkNaarPubliekspagina, /\/en\/algoritme$/);

    await t.db.update(matchingConfiguratie).set({ gewichten: { ...standaardGewichten, tekst: 0.6 } }).where(eq(matchingConfiguratie.id, 1));
    const na = await get('/algoritmes/matching', { 'if-none-match': etag });
    assert.equal(na.status, 200, 'new weights, new ETag');
    assert.equal(((await na.json()) as Algoritme).werking.gewichten[0]!.gewicht, 0.6);
    await t.db.update(matchingConfiguratie).set({ gewichten: standaardGewichten }).where(eq(matchingConfiguratie.id, 1));

    const onbekend = await get('/algoritmes/iets-anders');
    assert.equal(onbekend.status, 404);
    assert.equal(onbekend.headers.get('content-type'), 'application/problem+json');
    for (const vijandig of ['/algoritmes/%00', `/algoritmes/${'a'.repeat(3000)}`, '/algoritmes?page=-1', '/algoritmes?pageSize=1e309']) {
      const r = await get(vijandig);
      assert.equal(r.status, 400, vijandig);
      assert.equal(r.headers.get('content-type'), 'application/problem+json');
    }
  });

  it("shows a vraagstuk's suggestions to its owner and its verbinder, and to nobody else", async () => {
    const pad = `/vraagstukken/${vraagstukId}/suggesties`;
    assert.equal((await get(pad)).status, 401);
    for (const wie of ['docent', 'collega', 'verbinderElders']) assert.equal((await get(pad, {}, wie)).status, 404, wie);
    assert.equal((await get(`/vraagstukken/${crypto.randomUUID()}/suggesties`, {}, 'eigenaar')).status, 404);
    assert.equal((await get('/vraagstukken/geen-uuid/suggesties', {}, 'eigenaar')).status, 400);
    assert.equal((await get(`${pad}?limit=0`, {}, 'eigenaar')).status, 400);
    assert.equal((await get(`${pad}?soort=vraagstuk`, {}, 'eigenaar')).status, 400);

    const res = await get(pad, {}, 'eigenaar');
    assert.equal(res.status, 200);
    const lijst = (await res.json()) as Lijst;
    const s = lijst.data.find((x) => x.kandidaat.id === aanbodId);
    assert.ok(s, 'the matching aanbod is suggested');
    assert.equal(s.kandidaat.soort, 'aanbod');
    assert.equal(s.kandidaat.titel, 'Minor toezicht op algoritmes');
    assert.match(s.kandidaat.url, new RegExp(`/aanbod/${aanbodId}$`));
    assert.equal(s.rang, 1);
    assert.ok(s.score > 0 && s.score <= 1);
    assert.ok(s.uitleg.length > 0 && s.uitleg.every((u) => typeof u === 'string'));
    assert.deepEqual(s.signalen.map((x) => x.signaal).sort(), [...signalen].sort(), 'the full breakdown');
    assert.ok(s.signalen.every((x) => x.naam && x.uitleg));
    assert.ok(lijst.berekendOp);

    const etag = res.headers.get('etag')!;
    assert.equal((await get(pad, { 'if-none-match': etag }, 'eigenaar')).status, 304);
    assert.equal((await get(pad, { 'if-none-match': etag }, 'verbinder')).status, 304, 'the verbinder of the regio sees the same list');
    const en = (await (await get(pad, { 'accept-language': 'en' }, 'eigenaar')).json()) as Lijst;
    const sEn = en.data.find((x) => x.kandidaat.id === aanbodId)!;
    assert.notDeepEqual(sEn.uitleg, s.uitleg, 'explained in English');
    assert.match(sEn.kandidaat.url, /\/en\/aanbod\//);

    const alleenAanbod = (await (await get(`${pad}?soort=aanbod&limit=1`, {}, 'eigenaar')).json()) as Lijst;
    assert.ok(alleenAanbod.data.length === 1 && alleenAanbod.data[0]!.kandidaat.soort === 'aanbod');
  });

  it("shows an aanbod item's vraagstukken to who may edit it and to verbinders", async () => {
    const pad = `/aanbod/${aanbodId}/suggesties`;
    assert.equal((await get(pad)).status, 401);
    assert.equal((await get(pad, {}, 'eigenaar')).status, 404, 'someone else');
    for (const wie of ['docent', 'verbinderElders']) {
      const res = await get(pad, {}, wie);
      assert.equal(res.status, 200, wie);
      const lijst = (await res.json()) as Lijst;
      const s = lijst.data.find((x) => x.kandidaat.id === vraagstukId);
      assert.ok(s, `${wie} sees the vraagstuk`);
      assert.equal(s.kandidaat.soort, 'vraagstuk');
      assert.match(s.kandidaat.url, new RegExp(`/vraagstukken/${vraagstukId}$`));
    }
    assert.equal((await get(`/aanbod/${crypto.randomUUID()}/suggesties`, {}, 'docent')).status, 404);
    assert.equal((await get(`${pad}?limit=51`, {}, 'docent')).status, 400);
  });
});
