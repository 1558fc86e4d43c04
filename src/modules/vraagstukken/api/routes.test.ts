import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq, ne } from 'drizzle-orm';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { createAccount } from '../../../../tests/support/accounts.ts';
import { apiTokens } from '../../accounts/index.ts';
import { organisaties } from '../../organisaties/schema.ts';
import { provincies } from '../../taxonomie/schema.ts';
import { hashToken, randomToken } from '../../../platform/secrets.ts';
import { vraagstukBijlagen, vraagstukken } from '../schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
type Vraagstuk = {
  id: string;
  status: string;
  titelNl: string | null;
  vraagNl: string | null;
  resultaatNl: string | null;
  detailsVerborgen: boolean;
  contactpersonen: { id: string; naam: string }[] | null;
  bijlagen: { id: string; href: string; bestandsnaam: string }[] | null;
  opmerkingVerbinder: string | null;
  mogelijkeTransities: string[];
  versie: number;
  themas: { code: string; naam: { nl: string; en: string } }[];
};
type Problem = { status: number; invalidParams?: { name: string; reason: string }[]; detail?: string };

describe('API: vraagstukken', () => {
  let t: T;
  let org: { id: string; regio: string };
  let andereRegio: string;
  const token: Record<string, string> = {};

  async function tokenFor(accountId: string, scopes: ('read' | 'write')[]) {
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
    org = rijk!;
    const [ander] = await t.db.select({ code: provincies.regioCode }).from(provincies).where(ne(provincies.regioCode, org.regio)).limit(1);
    andereRegio = ander!.code;
    const [hogeschool] = await t.db.select({ id: organisaties.id }).from(organisaties).where(eq(organisaties.soort, 'hogeschool')).limit(1);

    const ambtenaar = await createAccount(t.db, t.config, { naam: 'Anna Ambtenaar', persoonstype: 'ambtenaar', lidmaatschappen: [{ organisatieId: org.id, rol: 'lid' }] });
    const collega = await createAccount(t.db, t.config, { naam: 'Cor Collega', persoonstype: 'ambtenaar', lidmaatschappen: [{ organisatieId: org.id, rol: 'lid' }] });
    const verbinder = await createAccount(t.db, t.config, { platformrollen: [{ rol: 'verbinder', regioCode: org.regio }] });
    const verbinderElders = await createAccount(t.db, t.config, { platformrollen: [{ rol: 'verbinder', regioCode: andereRegio }] });
    const docent = await createAccount(t.db, t.config, { persoonstype: 'docent', lidmaatschappen: [{ organisatieId: hogeschool!.id, rol: 'lid' }] });
    const zonderOrganisatie = await createAccount(t.db, t.config, { persoonstype: 'student' });
    token.ambtenaar = await tokenFor(ambtenaar.id, ['read', 'write']);
    token.ambtenaarLezen = await tokenFor(ambtenaar.id, ['read']);
    token.collega = await tokenFor(collega.id, ['read', 'write']);
    token.verbinder = await tokenFor(verbinder.id, ['read', 'write']);
    token.verbinderElders = await tokenFor(verbinderElders.id, ['read', 'write']);
    token.docent = await tokenFor(docent.id, ['read', 'write']);
    token.zonderOrganisatie = await tokenFor(zonderOrganisatie.id, ['read', 'write']);
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

  const invoer = (extra: Record<string, unknown> = {}) => ({
    organisatieId: org.id,
    titelNl: 'Archiveren van chatberichten',
    contextNl: 'Medewerkers gebruiken chat voor hun werk.',
    vraagNl: 'Hoe bewaren we chatberichten volgens de Archiefwet?',
    resultaatNl: 'Een advies en een prototype.',
    themaCodes: ['informatiehuishouding'],
    vormCodes: ['afstudeeropdracht'],
    niveaus: ['hbo-bachelor', 'wo-master'],
    regioCode: org.regio,
    duurWeken: 20,
    aantalStudenten: 2,
    ...extra,
  });

  async function maak(extra: Record<string, unknown> = {}) {
    const res = await call('POST', '/vraagstukken', { token: token.ambtenaar!, body: invoer(extra) });
    assert.equal(res.status, 201, await res.clone().text());
    return { res, body: (await res.json()) as Vraagstuk, etag: res.headers.get('etag')! };
  }

  /** Walks a new vraagstuk to gepubliceerd through the API. */
  async function gepubliceerd(extra: Record<string, unknown> = {}) {
    const { body, etag } = await maak(extra);
    const ingediend = await call('POST', `/vraagstukken/${body.id}/indienen`, { token: token.ambtenaar!, ifMatch: etag });
    assert.equal(ingediend.status, 200, await ingediend.clone().text());
    const pub = await call('POST', `/vraagstukken/${body.id}/publiceren`, { token: token.verbinder!, ifMatch: ingediend.headers.get('etag')! });
    assert.equal(pub.status, 200, await pub.clone().text());
    return { id: body.id, etag: pub.headers.get('etag')! };
  }

  it('creates a concept with a write token only, with Location and ETag', async () => {
    assert.equal((await call('POST', '/vraagstukken', { body: invoer() })).status, 401);
    assert.equal((await call('POST', '/vraagstukken', { token: token.ambtenaarLezen!, body: invoer() })).status, 403, 'a read token may not write');
    assert.equal((await call('POST', '/vraagstukken', { token: token.docent!, body: invoer() })).status, 403, 'not a member of the organisatie');

    const bad = await call('POST', '/vraagstukken', { token: token.ambtenaar!, body: { organisatieId: org.id, themaCodes: [], niveaus: ['phd'], regioCode: org.regio } });
    assert.equal(bad.status, 400);
    assert.equal(bad.headers.get('content-type'), 'application/problem+json');
    const problem = (await bad.json()) as Problem;
    const reasons = Object.fromEntries(problem.invalidParams!.map((p) => [p.name, p.reason]));
    assert.equal(reasons.themaCodes, 'vraagstukken.fouten.themaVerplicht', 'the reason is the i18n key');
    assert.match(reasons['niveaus.0'] ?? '', /^vraagstukken\.fouten\./);
    assert.equal(await t.db.$count(vraagstukken), 0, 'nothing was stored');

    const unknown = await call('POST', '/vraagstukken', { token: token.ambtenaar!, body: invoer({ themaCodes: ['bestaat-niet'] }) });
    assert.equal(unknown.status, 400, 'a theme code that does not exist');
    assert.ok(((await unknown.json()) as Problem).invalidParams!.some((p) => p.name.startsWith('themaCodes')));

    const { res, body, etag } = await maak();
    assert.equal(res.headers.get('location'), `/api/v1/vraagstukken/${body.id}`);
    assert.equal(etag, `"${body.id}.${body.versie}"`);
    assert.equal(body.status, 'concept');
    assert.deepEqual(body.themas.map((th) => th.code), ['informatiehuishouding']);
    assert.deepEqual(body.mogelijkeTransities, ['indienen', 'intrekken']);
  });

  it('hides a concept from others (404), gives the owner an ETag and 304', async () => {
    const { body, etag } = await maak();
    assert.equal((await call('GET', `/vraagstukken/${body.id}`)).status, 404);
    assert.equal((await call('GET', `/vraagstukken/${body.id}`, { token: token.docent! })).status, 404);
    assert.equal((await call('GET', `/vraagstukken/${body.id}`, { token: token.verbinderElders! })).status, 404);
    const own = await call('GET', `/vraagstukken/${body.id}`, { token: token.ambtenaar! });
    assert.equal(own.status, 200);
    assert.equal(own.headers.get('etag'), etag);
    assert.equal((await call('GET', `/vraagstukken/${body.id}`, { token: token.ambtenaar!, headers: { 'if-none-match': etag } })).status, 304);
    assert.equal((await call('GET', '/vraagstukken/geen-uuid')).status, 400);
    assert.equal((await call('GET', '/vraagstukken/00000000-0000-4000-8000-000000000000')).status, 404);
  });

  it('PUT needs If-Match (428), refuses a stale one (412) and others (403/404)', async () => {
    const { body, etag } = await maak();
    const path = `/vraagstukken/${body.id}`;
    const change = invoer({ titelNl: 'Chatberichten bewaren' });
    assert.equal((await call('PUT', path, { token: token.ambtenaar!, body: change })).status, 428);
    assert.equal((await call('PUT', path, { token: token.collega!, body: change, ifMatch: etag })).status, 404, "a colleague who is no owner does not see a concept");
    assert.equal((await call('PUT', path, { token: token.docent!, body: change, ifMatch: etag })).status, 404, 'an outsider does not learn it exists');
    const saved = await call('PUT', path, { token: token.ambtenaar!, body: change, ifMatch: etag });
    assert.equal(saved.status, 200, await saved.clone().text());
    assert.equal(((await saved.json()) as Vraagstuk).titelNl, 'Chatberichten bewaren');
    assert.notEqual(saved.headers.get('etag'), etag);
    const stale = await call('PUT', path, { token: token.ambtenaar!, body: invoer({ titelNl: 'Overschreven?' }), ifMatch: etag });
    assert.equal(stale.status, 412);
    const [row] = await t.db.select({ titel: vraagstukken.titelNl }).from(vraagstukken).where(eq(vraagstukken.id, body.id));
    assert.equal(row!.titel, 'Chatberichten bewaren', 'nothing overwritten');

    const pub = await gepubliceerd();
    assert.equal((await call('PUT', `/vraagstukken/${pub.id}`, { token: token.collega!, body: change, ifMatch: pub.etag })).status, 403, 'a colleague who is no owner');
    assert.equal((await call('PUT', `/vraagstukken/${pub.id}`, { token: token.docent!, body: {}, ifMatch: pub.etag })).status, 403, 'refused before the body is read');
  });

  it('runs the lifecycle: submit, return with a remark, resubmit, publish; 403, 409 and 412 on the way', async () => {
    const { body, etag } = await maak();
    const path = `/vraagstukken/${body.id}`;
    assert.equal((await call('POST', `${path}/indienen`, { token: token.ambtenaar! })).status, 428);
    const ingediend = await call('POST', `${path}/indienen`, { token: token.ambtenaar!, ifMatch: etag });
    assert.equal(ingediend.status, 200);
    assert.equal(((await ingediend.json()) as Vraagstuk).status, 'ingediend');
    let current = ingediend.headers.get('etag')!;
    assert.equal((await call('POST', `${path}/indienen`, { token: token.ambtenaar!, ifMatch: etag })).status, 412, 'stale');
    assert.equal((await call('POST', `${path}/indienen`, { token: token.ambtenaar!, ifMatch: current })).status, 409, 'already submitted');
    assert.equal((await call('POST', `${path}/publiceren`, { token: token.ambtenaar!, ifMatch: current })).status, 403, 'an owner does not review');
    assert.equal((await call('POST', `${path}/publiceren`, { token: token.verbinderElders!, ifMatch: current })).status, 404, 'a verbinder of another regio does not see it');

    const zonder = await call('POST', `${path}/terugsturen`, { token: token.verbinder!, ifMatch: current, body: {} });
    assert.equal(zonder.status, 400, 'returning needs a remark');
    assert.equal(((await zonder.json()) as Problem).invalidParams![0]!.name, 'opmerking');
    const terug = await call('POST', `${path}/terugsturen`, { token: token.verbinder!, ifMatch: current, body: { opmerking: 'Graag de periode aanvullen.' } });
    assert.equal(terug.status, 200);
    const teruggestuurd = (await terug.json()) as Vraagstuk;
    assert.equal(teruggestuurd.status, 'teruggestuurd');
    assert.equal(teruggestuurd.opmerkingVerbinder, 'Graag de periode aanvullen.');
    current = terug.headers.get('etag')!;
    const eigen = (await (await call('GET', path, { token: token.ambtenaar! })).json()) as Vraagstuk;
    assert.equal(eigen.opmerkingVerbinder, 'Graag de periode aanvullen.', 'the owner sees the remark');

    const opnieuw = await call('POST', `${path}/indienen`, { token: token.ambtenaar!, ifMatch: current });
    assert.equal(opnieuw.status, 200);
    const pub = await call('POST', `${path}/publiceren`, { token: token.verbinder!, ifMatch: opnieuw.headers.get('etag')! });
    assert.equal(pub.status, 200);
    assert.equal(((await pub.json()) as Vraagstuk).status, 'gepubliceerd');
    current = pub.headers.get('etag')!;

    const publiek = await call('GET', path);
    assert.equal(publiek.status, 200, 'published: everyone sees it');
    const zichtbaar = (await publiek.json()) as Vraagstuk;
    assert.equal(zichtbaar.opmerkingVerbinder, null);
    assert.deepEqual(zichtbaar.mogelijkeTransities, []);

    assert.equal((await call('POST', `${path}/terugsturen`, { token: token.verbinderElders!, ifMatch: current, body: { opmerking: 'Nee.' } })).status, 403, 'a verbinder of another regio');
    assert.equal((await call('POST', `${path}/publiceren`, { token: token.verbinder!, ifMatch: current })).status, 409, 'already published');
    const sluitenZonder = await call('POST', `${path}/sluiten`, { token: token.ambtenaar!, ifMatch: current, body: {} });
    assert.equal(sluitenZonder.status, 400, 'closing needs a reason');
    const gesprek = await call('POST', `${path}/in-gesprek`, { token: token.ambtenaar!, ifMatch: current });
    assert.equal(gesprek.status, 200);
    const gesloten = await call('POST', `${path}/sluiten`, { token: token.ambtenaar!, ifMatch: gesprek.headers.get('etag')!, body: { sluitreden: 'afgerond' } });
    assert.equal(gesloten.status, 200);
    assert.equal(((await gesloten.json()) as Vraagstuk).status, 'gesloten');
    assert.equal((await call('POST', `${path}/intrekken`, { token: token.ambtenaar!, ifMatch: gesloten.headers.get('etag')! })).status, 409);

    type Geschiedenis = { data: { soort: string; opmerking: string | null; actor: { naam: string } | null }[] };
    const openbaar = (await (await call('GET', `${path}/geschiedenis`)).json()) as Geschiedenis;
    assert.deepEqual(openbaar.data.map((g) => g.soort), ['aangemaakt', 'ingediend', 'teruggestuurd', 'ingediend', 'gepubliceerd', 'in-gesprek', 'gesloten']);
    assert.ok(openbaar.data.every((g) => g.opmerking === null && g.actor === null), 'remarks and names only for owners and reviewers');
    const intern = (await (await call('GET', `${path}/geschiedenis`, { token: token.ambtenaar! })).json()) as Geschiedenis;
    assert.equal(intern.data.find((g) => g.soort === 'teruggestuurd')!.opmerking, 'Graag de periode aanvullen.');
    assert.equal(intern.data[0]!.actor!.naam, 'Anna Ambtenaar');
  });

  it("hides the details of 'na-introductie' from others, and 'partners' from the public", async () => {
    const intro = await gepubliceerd({ vertrouwelijkheid: 'na-introductie' });
    const anders = (await (await call('GET', `/vraagstukken/${intro.id}`, { token: token.docent! })).json()) as Vraagstuk;
    assert.equal(anders.detailsVerborgen, true);
    assert.equal(anders.vraagNl, null);
    assert.equal(anders.resultaatNl, null);
    assert.equal(anders.contactpersonen, null);
    assert.equal(anders.bijlagen, null);
    assert.equal(anders.titelNl, 'Archiveren van chatberichten', 'the summary stays');
    const eigen = (await (await call('GET', `/vraagstukken/${intro.id}`, { token: token.ambtenaar! })).json()) as Vraagstuk;
    assert.equal(eigen.detailsVerborgen, false);
    assert.equal(eigen.vraagNl, 'Hoe bewaren we chatberichten volgens de Archiefwet?');
    const beperkt = await call('GET', `/vraagstukken/${intro.id}`, { token: token.docent! });
    assert.notEqual(beperkt.headers.get('etag'), intro.etag, 'another body, another ETag');

    const partners = await gepubliceerd({ vertrouwelijkheid: 'partners' });
    assert.equal((await call('GET', `/vraagstukken/${partners.id}`)).status, 404);
    assert.equal((await call('GET', `/vraagstukken/${partners.id}`, { token: token.zonderOrganisatie! })).status, 404, 'an account without a partner organisatie');
    assert.equal((await call('GET', `/vraagstukken/${partners.id}`, { token: token.docent! })).status, 200);
    const lijst = async (tok?: string) =>
      ((await (await call('GET', '/vraagstukken?pageSize=100', tok ? { token: tok } : {})).json()) as { data: { id: string }[] }).data.map((v) => v.id);
    assert.ok(!(await lijst()).includes(partners.id));
    assert.ok((await lijst(token.docent!)).includes(partners.id));
  });

  it('serves attachments to who may see the details, as a download', async () => {
    const open = await gepubliceerd();
    const intro = await gepubliceerd({ vertrouwelijkheid: 'na-introductie' });
    const pdf = new TextEncoder().encode('%PDF-1.7\n%test\n');
    const ids: Record<string, string> = {};
    for (const v of [open, intro]) {
      const [b] = await t.db
        .insert(vraagstukBijlagen)
        .values({ vraagstukId: v.id, bestandsnaam: 'achtergrond ë.pdf', mediatype: 'application/pdf', grootte: pdf.length, sha256: 'x', inhoud: pdf })
        .returning({ id: vraagstukBijlagen.id });
      ids[v.id] = b!.id;
    }
    const lijst = (await (await call('GET', `/vraagstukken/${open.id}/bijlagen`)).json()) as { data: { href: string; bestandsnaam: string }[] };
    assert.equal(lijst.data.length, 1);
    const file = await t.app.request(lijst.data[0]!.href);
    assert.equal(file.status, 200);
    assert.equal(file.headers.get('content-type'), 'application/pdf');
    assert.match(file.headers.get('content-disposition') ?? '', /^attachment; filename="achtergrond _\.pdf"; filename\*=UTF-8''achtergrond%20%C3%AB\.pdf$/);
    assert.deepEqual(new Uint8Array(await file.arrayBuffer()), pdf);

    assert.equal((await call('GET', `/vraagstukken/${intro.id}/bijlagen`, { token: token.docent! })).status, 404);
    assert.equal((await call('GET', `/vraagstukken/${intro.id}/bijlagen/${ids[intro.id]}`, { token: token.docent! })).status, 404);
    assert.equal((await call('GET', `/vraagstukken/${intro.id}/bijlagen/${ids[intro.id]}`, { token: token.ambtenaar! })).status, 200);
    assert.equal((await call('GET', `/vraagstukken/${open.id}/bijlagen/${ids[intro.id]}`)).status, 404, 'an attachment of another vraagstuk');
  });

  it('takes an attachment upload from an owner, recognised by its content', async () => {
    const { body } = await maak();
    const upload = (tok: string, naam: string, inhoud: string) => {
      const form = new FormData();
      form.set('bestand', new File([inhoud], naam, { type: 'application/pdf' }));
      return t.app.request(`/api/v1/vraagstukken/${body.id}/bijlagen`, { method: 'POST', headers: { authorization: `Bearer ${tok}` }, body: form });
    };
    const ok = await upload(token.ambtenaar!, 'plan.pdf', '%PDF-1.7\n%inhoud\n');
    assert.equal(ok.status, 201, await ok.clone().text());
    const bijlage = (await ok.json()) as { id: string; bestandsnaam: string; mediatype: string; href: string };
    assert.equal(ok.headers.get('location'), bijlage.href);
    assert.equal(bijlage.mediatype, 'application/pdf');
    const nep = await upload(token.ambtenaar!, 'virus.pdf', 'MZ dit is geen pdf');
    assert.equal(nep.status, 400, 'the content decides, not the name');
    assert.equal(((await nep.json()) as Problem).invalidParams![0]!.reason, 'vraagstukken.fouten.bijlage.type');
    assert.equal((await upload(token.collega!, 'plan.pdf', '%PDF-1.7\n')).status, 404, 'not an owner of a concept');
    const json = await call('POST', `/vraagstukken/${body.id}/bijlagen`, { token: token.ambtenaar!, body: {} });
    assert.ok(json.status >= 400 && json.status < 500, 'JSON instead of a form');
    const lijst = (await (await call('GET', `/vraagstukken/${body.id}/bijlagen`, { token: token.ambtenaar! })).json()) as { data: { id: string }[] };
    assert.deepEqual(lijst.data.map((b) => b.id), [bijlage.id]);
  });

  it('lists, filters, searches and pages published vraagstukken', async () => {
    await gepubliceerd({ titelNl: 'Onderzoek naar digitale toegankelijkheid', themaCodes: ['digitale-inclusie'] });
    await gepubliceerd();
    await gepubliceerd();
    const page = async (q: string) => {
      const res = await call('GET', `/vraagstukken?${q}`);
      assert.equal(res.status, 200, q);
      return (await res.json()) as { data: { id: string; titelNl: string; snippet: string | null; href: string }[]; pagination: { totalItems: number; pageSize: number }; links: Record<string, string> };
    };
    const alle = await page('pageSize=2');
    assert.ok(alle.pagination.totalItems >= 3);
    assert.equal(alle.data.length, 2);
    assert.equal(alle.links.next, '/api/v1/vraagstukken?pageSize=2&page=2');
    assert.match(alle.data[0]!.href, /^\/api\/v1\/vraagstukken\/[0-9a-f-]{36}$/);
    const gezocht = await page(`zoek=${encodeURIComponent('onderzoeken')}`);
    assert.ok(gezocht.data.some((v) => v.titelNl === 'Onderzoek naar digitale toegankelijkheid'), 'an inflected word finds the title');
    const archief = await page('zoek=medewerkers');
    assert.ok(archief.data.length > 0 && archief.data.every((v) => v.snippet?.includes('<mark>')), 'snippets highlight the match');
    const thema = await page('thema=digitale-inclusie');
    assert.deepEqual(thema.data.map((v) => v.titelNl), ['Onderzoek naar digitale toegankelijkheid']);
    assert.equal((await call('GET', '/vraagstukken?niveau=phd')).status, 400);
    assert.equal((await call('GET', `/vraagstukken?regio=${andereRegio}`)).status, 200);
  });

  it('advises samenwerkingsvormen with reasons in Dutch and English', async () => {
    const res = await call('GET', '/vormenwijzer?duurWeken=20&diepgang=onderzoek&niveau=wo-master&aantalStudenten=1');
    assert.equal(res.status, 200);
    const body = (await res.json()) as { data: { code: string; redenen: { past: boolean; tekst: { nl: string; en: string } }[] }[]; ontbreekt: string[] };
    assert.ok(body.data.length > 0);
    assert.deepEqual(body.ontbreekt, []);
    const eerste = body.data[0]!;
    assert.ok(eerste.redenen.length > 0);
    assert.ok(eerste.redenen.every((r) => r.tekst.nl.length > 0 && r.tekst.en.length > 0 && r.tekst.nl !== r.tekst.en));
    const leeg = (await (await call('GET', '/vormenwijzer')).json()) as { data: unknown[]; ontbreekt: string[] };
    assert.deepEqual(leeg.data, []);
    assert.deepEqual(leeg.ontbreekt, ['duurWeken', 'diepgang', 'niveau', 'aantalStudenten']);
    assert.equal((await call('GET', '/vormenwijzer?diepgang=diep')).status, 400);
  });

  it('leaves a vraagstuk alone when someone else posts an empty body', async () => {
    const { id, etag } = await gepubliceerd();
    for (const op of ['in-gesprek', 'oppakken', 'sluiten', 'intrekken', 'publiceren', 'terugsturen', 'indienen']) {
      const res = await call('POST', `/vraagstukken/${id}/${op}`, { token: token.docent!, body: {}, ifMatch: etag });
      assert.equal(res.status, 403, op);
    }
    const [row] = await t.db.select({ status: vraagstukken.status, versie: vraagstukken.versie }).from(vraagstukken).where(and(eq(vraagstukken.id, id)));
    assert.equal(row!.status, 'gepubliceerd');
  });
});
