import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { createAccount } from '../../../../tests/support/accounts.ts';
import { apiTokens } from '../../accounts/index.ts';
import { aanbod } from '../../aanbod/schema.ts';
import { organisaties } from '../../organisaties/schema.ts';
import { provincies } from '../../taxonomie/schema.ts';
import { vraagstukken } from '../../vraagstukken/schema.ts';
import { hashToken, randomToken } from '../../../platform/secrets.ts';
import { belangstellingen } from '../schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
type Belangstelling = {
  id: string;
  status: string;
  motivatie: string;
  antwoord: string | null;
  persoon: { naam: string | null };
  aanbod: { id: string; titelNl: string | null } | null;
  vraagstuk: { id: string };
  magBeantwoorden: boolean;
  magIntrekken: boolean;
  rol?: string;
};
type Problem = { status: number; invalidParams?: { name: string; reason: string }[] };

describe('API: belangstellingen', () => {
  let t: T;
  let vraagstukId: string;
  let concept: string;
  let cursusId: string;
  const token: Record<string, string> = {};

  async function tokenFor(accountId: string, scopes: ('read' | 'write')[] = ['read', 'write']) {
    const value = `ipt_${randomToken()}`;
    await t.db.insert(apiTokens).values({ accountId, naam: 'test', tokenHash: hashToken(value), prefix: value.slice(4, 12), scopes, verlooptOp: new Date(Date.now() + 86_400_000) });
    return value;
  }

  before(async () => {
    t = await createTestApp();
    const [rijk] = await t.db
      .select({ id: organisaties.id, regio: provincies.regioCode })
      .from(organisaties)
      .innerJoin(provincies, eq(provincies.naam, organisaties.provincie))
      .where(eq(organisaties.soort, 'rijksorganisatie'))
      .orderBy(organisaties.slug)
      .limit(1);
    const [hogeschool] = await t.db.select({ id: organisaties.id }).from(organisaties).where(eq(organisaties.soort, 'hogeschool')).limit(1);
    const ambtenaar = await createAccount(t.db, t.config, { naam: 'Anna Ambtenaar', persoonstype: 'ambtenaar', lidmaatschappen: [{ organisatieId: rijk!.id, rol: 'lid' }] });
    const docent = await createAccount(t.db, t.config, { naam: 'Dirk Docent', persoonstype: 'docent', lidmaatschappen: [{ organisatieId: hogeschool!.id, rol: 'lid' }] });
    const student = await createAccount(t.db, t.config, { naam: 'Sam Student', persoonstype: 'student' });
    const verbinderElders = await createAccount(t.db, t.config, { platformrollen: [{ rol: 'verbinder', regioCode: 'zuid' === rijk!.regio ? 'noord' : 'zuid' }] });
    token.ambtenaar = await tokenFor(ambtenaar.id);
    token.docent = await tokenFor(docent.id);
    token.docentLezen = await tokenFor(docent.id, ['read']);
    token.student = await tokenFor(student.id);
    token.verbinderElders = await tokenFor(verbinderElders.id);

    const basis = { organisatieId: rijk!.id, aangemaaktDoor: ambtenaar.id, themaCodes: ['informatiehuishouding'], niveaus: ['hbo-bachelor'], regioCode: rijk!.regio };
    const [v] = await t.db
      .insert(vraagstukken)
      .values({ ...basis, titelNl: 'Chatberichten archiveren', vraagNl: 'Hoe bewaren we chats?', vertrouwelijkheid: 'na-introductie', status: 'gepubliceerd', gepubliceerdOp: new Date() })
      .returning({ id: vraagstukken.id });
    vraagstukId = v!.id;
    const [c] = await t.db.insert(vraagstukken).values({ ...basis, titelNl: 'Nog een concept', vraagNl: 'Nog niet klaar' }).returning({ id: vraagstukken.id });
    concept = c!.id;
    const [a] = await t.db
      .insert(aanbod)
      .values({ soort: 'onderwijs', organisatieId: hogeschool!.id, aangemaaktDoor: docent.id, titelNl: 'Minor Informatiebeheer', beschrijvingNl: 'Een minor.', themaCodes: ['informatiehuishouding'], status: 'gepubliceerd', gepubliceerdOp: new Date() })
      .returning({ id: aanbod.id });
    cursusId = a!.id;
  });
  after(() => t.close());

  function call(method: string, path: string, options: { token?: string; body?: unknown; ifMatch?: string } = {}) {
    return t.app.request(`/api/v1${path}`, {
      method,
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(options.ifMatch ? { 'if-match': options.ifMatch } : {}),
      },
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
  }

  it('signals interest linked to aanbod, the owner answers, and the person then sees the details', async () => {
    const pad = `/vraagstukken/${vraagstukId}/belangstellingen`;
    const motivatie = { motivatie: 'Past bij onze minor Informatiebeheer in semester 2.', aanbodId: cursusId };
    assert.equal((await call('POST', pad, { body: motivatie })).status, 401);
    assert.equal((await call('POST', pad, { token: token.docentLezen!, body: motivatie })).status, 403);
    const leeg = await call('POST', pad, { token: token.docent!, body: {} });
    assert.equal(leeg.status, 400);
    assert.equal(((await leeg.json()) as Problem).invalidParams![0]!.reason, 'belangstellingen.fouten.motivatieVerplicht');
    const vreemdAanbod = await call('POST', pad, { token: token.student!, body: motivatie });
    assert.equal(vreemdAanbod.status, 400, "someone else's aanbod");
    assert.equal(((await vreemdAanbod.json()) as Problem).invalidParams![0]!.name, 'aanbodId');
    assert.equal((await call('POST', pad, { token: token.ambtenaar!, body: { motivatie: 'Zelf' } })).status, 403, 'not in your own vraagstuk');
    assert.equal((await call('POST', `/vraagstukken/${concept}/belangstellingen`, { token: token.docent!, body: { motivatie: 'Ja' } })).status, 404, 'a concept does not exist for others');
    assert.equal(await t.db.$count(belangstellingen), 0, 'nothing stored');

    const created = await call('POST', pad, { token: token.docent!, body: motivatie });
    assert.equal(created.status, 201, await created.clone().text());
    const b = (await created.json()) as Belangstelling;
    assert.equal(created.headers.get('location'), `/api/v1/belangstellingen/${b.id}`);
    assert.equal(b.status, 'open');
    assert.equal(b.aanbod?.titelNl, 'Minor Informatiebeheer');
    assert.equal(b.magIntrekken, true);
    assert.equal(b.magBeantwoorden, false);
    assert.equal((await call('POST', pad, { token: token.docent!, body: motivatie })).status, 409, 'once per vraagstuk');

    const vooraf = (await (await call('GET', `/vraagstukken/${vraagstukId}`, { token: token.docent! })).json()) as { detailsVerborgen: boolean };
    assert.equal(vooraf.detailsVerborgen, true);

    const lijst = await call('GET', pad, { token: token.ambtenaar! });
    assert.equal(lijst.status, 200);
    const items = ((await lijst.json()) as { data: Belangstelling[] }).data;
    assert.deepEqual(items.map((i) => [i.persoon.naam, i.magBeantwoorden]), [['Dirk Docent', true]]);
    assert.equal((await call('GET', pad, { token: token.docent! })).status, 403, 'only owners and reviewers see who is interested');
    assert.equal((await call('GET', pad, { token: token.verbinderElders! })).status, 403);
    assert.equal((await call('GET', pad)).status, 401);

    const mijn = async (tok: string) => ((await (await call('GET', '/belangstellingen', { token: tok })).json()) as { data: Belangstelling[] }).data;
    assert.deepEqual((await mijn(token.docent!)).map((i) => [i.id, i.rol]), [[b.id, 'belangstellende']]);
    assert.deepEqual((await mijn(token.ambtenaar!)).map((i) => [i.id, i.rol, i.aanbod?.id]), [[b.id, 'eigenaar', cursusId]]);
    assert.deepEqual(await mijn(token.student!), []);

    const enkel = `/belangstellingen/${b.id}`;
    const lees = await call('GET', enkel, { token: token.ambtenaar! });
    assert.equal(lees.status, 200);
    const etag = lees.headers.get('etag')!;
    assert.equal((await t.app.request(`/api/v1${enkel}`, { headers: { authorization: `Bearer ${token.docent}`, 'if-none-match': etag } })).status, 304);
    assert.equal((await call('GET', enkel, { token: token.student! })).status, 404, 'nobody else learns it exists');
    assert.equal((await call('GET', enkel, { token: token.verbinderElders! })).status, 404);

    const besluit = { besluit: 'geaccepteerd', antwoord: 'Welkom, laten we kennismaken.' };
    assert.equal((await call('POST', `${enkel}/beantwoorden`, { token: token.ambtenaar!, body: besluit })).status, 428);
    assert.equal((await call('POST', `${enkel}/beantwoorden`, { token: token.docent!, body: besluit, ifMatch: etag })).status, 403, 'the interested person does not answer');
    assert.equal((await call('POST', `${enkel}/beantwoorden`, { token: token.student!, body: besluit, ifMatch: etag })).status, 404);
    const afwijzenZonderReden = await call('POST', `${enkel}/beantwoorden`, { token: token.ambtenaar!, body: { besluit: 'afgewezen' }, ifMatch: etag });
    assert.equal(afwijzenZonderReden.status, 400);
    const beantwoord = await call('POST', `${enkel}/beantwoorden`, { token: token.ambtenaar!, body: besluit, ifMatch: etag });
    assert.equal(beantwoord.status, 200, await beantwoord.clone().text());
    const na = (await beantwoord.json()) as Belangstelling;
    assert.equal(na.status, 'geaccepteerd');
    assert.equal(na.antwoord, 'Welkom, laten we kennismaken.');
    assert.equal((await call('POST', `${enkel}/beantwoorden`, { token: token.ambtenaar!, body: besluit, ifMatch: etag })).status, 412, 'stale');
    const nieuw = beantwoord.headers.get('etag')!;
    assert.equal((await call('POST', `${enkel}/beantwoorden`, { token: token.ambtenaar!, body: besluit, ifMatch: nieuw })).status, 409, 'already decided');
    assert.equal((await call('POST', `${enkel}/intrekken`, { token: token.docent!, ifMatch: nieuw })).status, 409, 'decided: no longer withdrawn');
    assert.equal((await call('POST', `${enkel}/intrekken`, { token: token.ambtenaar!, ifMatch: nieuw })).status, 403, 'only the interested person withdraws');

    const daarna = (await (await call('GET', `/vraagstukken/${vraagstukId}`, { token: token.docent! })).json()) as { detailsVerborgen: boolean; vraagNl: string | null };
    assert.equal(daarna.detailsVerborgen, false, 'introduced: the details are visible');
    assert.equal(daarna.vraagNl, 'Hoe bewaren we chats?');
  });

  it('withdraws with If-Match, and lets the person signal again afterwards', async () => {
    const pad = `/vraagstukken/${vraagstukId}/belangstellingen`;
    const created = await call('POST', pad, { token: token.student!, body: { motivatie: 'Ik zoek een afstudeeropdracht.' } });
    assert.equal(created.status, 201);
    const b = (await created.json()) as Belangstelling;
    const etag = created.headers.get('etag')!;
    assert.equal((await call('POST', `/belangstellingen/${b.id}/intrekken`, { token: token.student! })).status, 428);
    const weg = await call('POST', `/belangstellingen/${b.id}/intrekken`, { token: token.student!, ifMatch: etag });
    assert.equal(weg.status, 200);
    assert.equal(((await weg.json()) as Belangstelling).status, 'ingetrokken');
    assert.equal((await call('POST', `/belangstellingen/${b.id}/intrekken`, { token: token.student!, ifMatch: weg.headers.get('etag')! })).status, 409);
    assert.equal((await call('POST', pad, { token: token.student!, body: { motivatie: 'Toch wel.' } })).status, 201, 'again after withdrawing');
  });
});
