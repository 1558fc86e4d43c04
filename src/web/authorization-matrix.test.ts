import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq, ne, sql } from 'drizzle-orm';
import { createAccount, loginAs } from '../../tests/support/accounts.ts';
import { createTestApp } from '../../tests/support/test-app.ts';
import { apiTokens, platformrollen } from '../modules/accounts/index.ts';
import { lidmaatschappen, lidmaatschapsverzoeken, uitnodigingen } from '../modules/lidmaatschappen/index.ts';
import { onderdelen, organisaties } from '../modules/organisaties/index.ts';
import { provincies, themaSynoniemen } from '../modules/taxonomie/index.ts';
import { hashToken, randomToken } from '../platform/secrets.ts';
import { isAccessGate, type AccessLevel } from './access.ts';
import { opgeslagenZoekopdrachten, vraagstukBijlagen, vraagstukken } from '../modules/vraagstukken/index.ts';
import { aanbod } from '../modules/aanbod/index.ts';
import { belangstellingen } from '../modules/belangstellingen/index.ts';
import { koppelingen } from '../modules/koppelingen/index.ts';

/**
 * The authorization matrix, built from the route table: every route and method of the app (pages in
 * both languages, API, probes) is tried as each persona, on the resources of one organisation (A)
 * that none of them belongs to. A route without an access declaration fails the test, so a new
 * route is covered the moment it is added.
 *
 * Personas: anonymous, a student and a docent (members of another hogeschool), an ambtenaar and a
 * coordinator of another organisation (a ministry), a verbinder of another regio, and a beheerder.
 * Expected: 'public' routes serve everyone; 'account' routes everyone logged in, except where the
 * path names someone else's thing (then 403 or 404 for all); resource levels (lid, coordinator,
 * verbinder) and platform roles only the beheerder. Refused means 401/403 or a redirect to the login
 * page; no route may answer 5xx to anyone.
 */
type Persona = 'anoniem' | 'student' | 'docent' | 'ambtenaar' | 'coordinator-elders' | 'verbinder-elders' | 'beheerder';
const personas: Persona[] = ['anoniem', 'student', 'docent', 'ambtenaar', 'coordinator-elders', 'verbinder-elders', 'beheerder'];

// 'account' routes whose path names a thing of one particular person (a token, a request, a
// membership): someone else's is refused to everyone, the beheerder included (they act through /beheer).
const ownedByOthers = [
  /^\/account\/api-tokens\/:id/,
  /^\/account\/organisaties\/verzoeken\/:id/,
  /^\/account\/organisaties\/:slug/,
  /^\/account\/zoekopdrachten\/:id/,
  // An interest is seen only by the person who signalled it and the vraagstuk's owners.
  /^\/belangstellingen\/:id/,
  /^\/api\/v1\/belangstellingen\/:id/,
  // A koppeling is seen by its two sides, the verbinder of the regio and beheerders; a vraagstuk's
  // koppelingen and suggestions by its owners, that verbinder and beheerders (404 for others).
  /^\/(api\/v1\/)?koppelingen\/:id/,
  /^\/vraagstukken\/:id\/koppelingen$/,
  /^\/(api\/v1\/)?vraagstukken\/:id\/suggesties/,
  ...managedByOwnerOrBeheerder(),
];

// Aanbod is managed by its owner, a coordinator of its organisatie, or a beheerder (aanbod/policy.ts).
function managedByOwnerOrBeheerder() {
  return [/^\/aanbod\/:id\/./, /^\/api\/v1\/aanbod\/:id/];
}

// 'verbinder' routes that name no resource (a verbinder's own queue): every verbinder may open them.
const ownQueue = (level: AccessLevel, path: string) => level === 'verbinder' && !path.includes(':');

// The beheerder owns every vraagstuk (isEigenaar in the vraagstukken policy), so reads and answers
// every interest in one; withdrawing is only for the person who signalled it.
const beheerderAsOwner = /^\/(api\/v1\/)?belangstellingen\/:id(\/beantwoorden)?$/;
// A beheerder may do what a verbinder may with a koppeling and a vraagstuk's suggestions, but is not
// one of its sides (accepting and declining are for the sides).
const beheerderAsVerbinder = [
  /^\/(api\/v1\/)?koppelingen\/:id(\/(introduceren|intrekken|gebeurtenissen))?$/,
  /^\/vraagstukken\/:id\/koppelingen$/,
  /^\/(api\/v1\/)?vraagstukken\/:id\/suggesties/,
];
// Every verbinder may see which vraagstukken fit an aanbod item (to broker across regios).
const verbinderSeesAanbodSuggesties = /^\/(api\/v1\/)?aanbod\/:id\/suggesties/;

function expectAllowed(level: AccessLevel, path: string, persona: Persona): boolean | 'refused-or-404' {
  if (level === 'public') return true;
  if (persona === 'anoniem') return false;
  if (level === 'account' && persona === 'beheerder' && beheerderAsOwner.test(path)) return true;
  if (level === 'account' && persona === 'beheerder' && beheerderAsVerbinder.some((re) => re.test(path))) return true;
  if (level === 'account' && persona === 'verbinder-elders' && verbinderSeesAanbodSuggesties.test(path)) return true;
  if (level === 'account' && persona === 'beheerder' && managedByOwnerOrBeheerder().some((re) => re.test(path))) return true;
  if (level === 'account') return ownedByOthers.some((re) => re.test(path)) ? 'refused-or-404' : true;
  if (ownQueue(level, path)) return persona === 'beheerder' || persona === 'verbinder-elders';
  return persona === 'beheerder';
}

describe('authorization matrix', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  const params: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const accountOf: Partial<Record<Persona, string>> = {};
  const bearerOf: Partial<Record<Persona, string>> = {};

  before(async () => {
    t = await createTestApp();
    const db = t.db;
    const orgOf = async (soort: string, notIn: string[] = []) => {
      const rows = await db
        .select({ id: organisaties.id, slug: organisaties.slug, regio: provincies.regioCode })
        .from(organisaties)
        .innerJoin(provincies, eq(provincies.naam, organisaties.provincie))
        .where(eq(organisaties.soort, soort as 'hogeschool'))
        .orderBy(organisaties.slug);
      return rows.find((r) => !notIn.includes(r.id))!;
    };
    const orgA = await orgOf('hogeschool');
    const orgC = await orgOf('hogeschool', [orgA.id]);
    const orgB = await orgOf('rijksorganisatie');
    const [regioB] = await db.select({ code: provincies.regioCode }).from(provincies).where(ne(provincies.regioCode, orgA.regio)).limit(1);

    const make = async (persona: Persona, options: Parameters<typeof createAccount>[2]) => {
      const account = await createAccount(db, t.config, options);
      accountOf[persona] = account.id;
      const token = `ipt_${randomToken()}`;
      await db.insert(apiTokens).values({ accountId: account.id, naam: 'matrix', tokenHash: hashToken(token), prefix: token.slice(4, 12), scopes: ['read', 'write'], verlooptOp: new Date(Date.now() + 86_400_000) });
      bearerOf[persona] = token;
    };
    await make('student', { persoonstype: 'student', lidmaatschappen: [{ organisatieId: orgC.id, rol: 'lid' }] });
    await make('docent', { persoonstype: 'docent', lidmaatschappen: [{ organisatieId: orgC.id, rol: 'lid' }] });
    await make('ambtenaar', { persoonstype: 'ambtenaar', lidmaatschappen: [{ organisatieId: orgB.id, rol: 'lid' }] });
    await make('coordinator-elders', { persoonstype: 'ambtenaar', lidmaatschappen: [{ organisatieId: orgB.id, rol: 'coordinator' }] });
    await make('verbinder-elders', { persoonstype: 'anders', platformrollen: [{ rol: 'verbinder', regioCode: regioB!.code }] });
    await make('beheerder', { persoonstype: 'anders', platformrollen: [{ rol: 'beheerder' }] });

    // Organisation A's things: a coordinator and a member, an open invitation, an open request, a
    // token and a platform role of its coordinator.
    const owner = await createAccount(db, t.config, { persoonstype: 'lector', lidmaatschappen: [{ organisatieId: orgA.id, rol: 'coordinator' }], platformrollen: [{ rol: 'programmamanagement' }] });
    const member = await createAccount(db, t.config, { lidmaatschappen: [{ organisatieId: orgA.id, rol: 'lid' }] });
    const requester = await createAccount(db, t.config);
    const [lid] = await db.select({ id: lidmaatschappen.id }).from(lidmaatschappen).where(and(eq(lidmaatschappen.accountId, member.id), eq(lidmaatschappen.organisatieId, orgA.id)));
    const [uitnodiging] = await db
      .insert(uitnodigingen)
      .values({ organisatieId: orgA.id, email: 'uitgenodigd@example.org', tokenHash: hashToken(randomToken()), uitgenodigdDoor: owner.id, verlooptOp: new Date(Date.now() + 86_400_000) })
      .returning({ id: uitnodigingen.id });
    const [verzoek] = await db.insert(lidmaatschapsverzoeken).values({ organisatieId: orgA.id, accountId: requester.id }).returning({ id: lidmaatschapsverzoeken.id });
    const [token] = await db
      .insert(apiTokens)
      .values({ accountId: owner.id, naam: 'van een ander', tokenHash: hashToken(randomToken()), prefix: 'abcdefgh', scopes: ['read'], verlooptOp: new Date(Date.now() + 86_400_000) })
      .returning({ id: apiTokens.id });
    const [rol] = await db.select({ id: platformrollen.id }).from(platformrollen).where(eq(platformrollen.accountId, owner.id));
    const [onderdeel] = await db
      .insert(onderdelen)
      .values({ organisatieId: orgA.id, soort: 'lectoraat', naam: 'Lectoraat Digitale Overheid', slug: 'lectoraat-digitale-overheid' })
      .returning({ id: onderdelen.id, slug: onderdelen.slug });

    // The marketplace: a published, public vraagstuk of a ministry in a regio that is not the
    // verbinder's, with an attachment, an interest from someone else, and a published aanbod of A.
    const orgD = await db
      .select({ id: organisaties.id, regio: provincies.regioCode })
      .from(organisaties)
      .innerJoin(provincies, eq(provincies.naam, organisaties.provincie))
      .where(and(eq(organisaties.soort, 'rijksorganisatie'), ne(organisaties.id, orgB.id), ne(provincies.regioCode, regioB!.code)))
      .orderBy(organisaties.slug)
      .limit(1)
      .then((r) => r[0]!);
    const civilServant = await createAccount(db, t.config, { persoonstype: 'ambtenaar', lidmaatschappen: [{ organisatieId: orgD.id, rol: 'lid' }] });
    const [vraagstuk] = await db
      .insert(vraagstukken)
      .values({ organisatieId: orgD.id, aangemaaktDoor: civilServant.id, titelNl: 'Matrixvraagstuk', vraagNl: 'Wat mag wie?', themaCodes: ['cybersecurity'], niveaus: ['hbo-bachelor'], regioCode: orgD.regio, status: 'gepubliceerd', gepubliceerdOp: new Date() })
      .returning({ id: vraagstukken.id });
    const [bijlage] = await db
      .insert(vraagstukBijlagen)
      .values({ vraagstukId: vraagstuk!.id, bestandsnaam: 'vraag.pdf', mediatype: 'application/pdf', grootte: 9, sha256: 'x', inhoud: new TextEncoder().encode('%PDF-1.7\n') })
      .returning({ id: vraagstukBijlagen.id });
    const [belangstelling] = await db
      .insert(belangstellingen)
      .values({ vraagstukId: vraagstuk!.id, accountId: member.id, motivatie: 'Past bij ons vak.' })
      .returning({ id: belangstellingen.id });
    const [aanbodItem] = await db
      .insert(aanbod)
      .values({ soort: 'gastdocent', organisatieId: orgA.id, aangemaaktDoor: owner.id, titelNl: 'Gastcollege privacy', beschrijvingNl: 'Over de AVG.', themaCodes: ['cybersecurity'], status: 'gepubliceerd', gepubliceerdOp: new Date() })
      .returning({ id: aanbod.id });
    const [koppeling] = await db
      .insert(koppelingen)
      .values({ vraagstukId: vraagstuk!.id, kandidaatSoort: 'aanbod', aanbodId: aanbodItem!.id, status: 'geintroduceerd', bron: 'vraagzijde', toelichting: 'Kennismaken?', voorgesteldDoor: civilServant.id, geintroduceerdDoor: civilServant.id, geintroduceerdOp: new Date(), besluitVraagzijde: 'geaccepteerd', besluitVraagzijdeDoor: civilServant.id, besluitVraagzijdeOp: new Date() })
      .returning({ id: koppelingen.id });
    const [zoekopdracht] = await db
      .insert(opgeslagenZoekopdrachten)
      .values({ accountId: owner.id, naam: 'Van een ander', lijst: 'vraagstukken', zoekopdracht: 'zoek=data' })
      .returning({ id: opgeslagenZoekopdrachten.id });

    params.slugB = orgB.slug;
    params.bijlageId = bijlage!.id;
    params.bijlage = bijlage!.id;
    const [synoniem] = await db.insert(themaSynoniemen).values({ themaCode: 'cybersecurity', taal: 'nl', term: 'matrix-synoniem' }).returning({ id: themaSynoniemen.id });
    // One :code for every taxonomy route: a theme; regio and samenwerkingsvorm routes then answer 404.
    Object.assign(params, { code: 'cybersecurity', naam: 'Utrecht', onderdeel: onderdeel!.slug, slug: orgA.slug, accountId: owner.id, token: 'onbekend-token-0000000000', provider: 'onbekend' });
    Object.assign(ids, {
      'api-tokens': token!.id,
      verzoeken: verzoek!.id,
      uitnodigingen: uitnodiging!.id,
      leden: lid!.id,
      rollen: rol!.id,
      organisaties: orgA.id,
      personen: owner.id,
      onderdelen: onderdeel!.id,
      synoniemen: synoniem!.id,
      vraagstukken: vraagstuk!.id,
      bijlagen: bijlage!.id,
      belangstellingen: belangstelling!.id,
      aanbod: aanbodItem!.id,
      zoekopdrachten: zoekopdracht!.id,
      koppelingen: koppeling!.id,
      algoritmes: 'matching',
    });
    await db.execute(sql`select 1`);
  });
  after(() => t.close());

  it("refuses organisation A's things through organisation B's pages (ids are checked against the path)", async () => {
    const who = await loginAs(t.db, t.config, accountOf['coordinator-elders']!);
    const form = (fields: Record<string, string> = {}) => ({
      method: 'POST',
      headers: { cookie: who.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: who.csrf, ...fields }).toString(),
    });
    const base = `/organisaties/${params.slugB}/leden`;
    const attempts = [
      [`${base}/${ids.leden}/verwijderen`, form({ bevestig: 'ja' })],
      [`${base}/${ids.leden}/rol`, form({ rol: 'coordinator' })],
      [`${base}/uitnodigingen/${ids.uitnodigingen}/intrekken`, form({ bevestig: 'ja' })],
      [`${base}/verzoeken/${ids.verzoeken}`, form({ besluit: 'goedkeuren' })],
    ] as const;
    for (const [url, init] of attempts) {
      const res = await t.app.request(url, init);
      assert.equal(res.status, 404, `${url} answers 404`);
    }
    const [still] = await t.db.select({ id: lidmaatschappen.id }).from(lidmaatschappen).where(eq(lidmaatschappen.id, ids.leden!));
    assert.ok(still, "organisation A's member is still there");
    const [open] = await t.db.select({ status: lidmaatschapsverzoeken.status }).from(lidmaatschapsverzoeken).where(eq(lidmaatschapsverzoeken.id, ids.verzoeken!));
    assert.equal(open!.status, 'open');
  });

  /** The concrete URL for a route pattern, or an error naming the parameter the fixture lacks. */
  function fill(pattern: string): string {
    const segments = pattern.split('/');
    return segments
      .map((segment, i) => {
        if (segment === '*') return 'app.css';
        if (!segment.startsWith(':')) return segment;
        const name = segment.slice(1);
        const value = name === 'id' ? ids[segments[i - 1] ?? ''] : params[name];
        if (!value) throw new Error(`The matrix has no fixture for :${name} in ${pattern}; add one`);
        return value;
      })
      .join('/');
  }

  it('declares who may use every route, and enforces it for every persona', async () => {
    const routes = new Map<string, { method: string; path: string; level: AccessLevel | undefined }>();
    for (const r of t.app.routes) {
      if (r.method === 'ALL') continue;
      const key = `${r.method} ${r.path}`;
      const entry = routes.get(key) ?? { method: r.method, path: r.path, level: undefined };
      if (isAccessGate(r.handler)) entry.level = r.handler.accessLevel;
      routes.set(key, entry);
    }
    const undeclared = [...routes.keys()].filter((k) => routes.get(k)!.level === undefined);
    assert.deepEqual(undeclared, [], 'every route declares access(...)');

    // The English pages are the same handlers mounted under /en: they must declare the same access,
    // and then the Dutch routes stand for both in the persona runs (half the time).
    for (const [key, route] of routes) {
      const en = routes.get(key.replace(' /', ' /en/').replace(/\/en\/$/, '/en'));
      if (!route.path.startsWith('/en') && !route.path.startsWith('/api/') && !route.path.startsWith('/health') && !route.path.startsWith('/assets')) {
        assert.ok(en, `${key} has an English twin`);
        assert.equal(en.level, route.level, `${key} and its English twin declare the same access`);
      }
    }
    const failures: string[] = [];
    let cells = 0;
    for (const { method, path, level } of routes.values()) {
      if (path === '/en' || path.startsWith('/en/')) continue;
      const url = fill(path);
      const isApi = path.startsWith('/api/');
      const localPath = path.replace(/^\/en(?=\/|$)/, '') || '/';
      for (const persona of personas) {
        cells++;
        const headers: Record<string, string> = {};
        let body: string | undefined;
        if (persona !== 'anoniem' && isApi) headers.authorization = `Bearer ${bearerOf[persona]}`;
        const browser = persona === 'anoniem' || isApi ? undefined : await loginAs(t.db, t.config, accountOf[persona]!);
        const csrf = browser?.csrf ?? (await import('./csrf.ts')).issueToken(t.config.appSecret);
        if (!isApi) headers.cookie = browser?.cookie ?? `ip_csrf=${csrf}`;
        if (method !== 'GET') {
          if (isApi) {
            headers['content-type'] = 'application/json';
            body = '{}';
          } else {
            headers['content-type'] = 'application/x-www-form-urlencoded';
            body = new URLSearchParams({ _csrf: csrf }).toString();
          }
        }
        const res = await t.app.request(url, { method, headers, ...(body === undefined ? {} : { body }) });
        await res.body?.cancel();
        const location = res.headers.get('location') ?? '';
        // The gate sends the visitor to log in and come back (?terug=); other redirects to /inloggen
        // are a flow's own (after "log out everywhere", a second-factor page without a pending login).
        const refused = res.status === 401 || res.status === 403 || (res.status === 303 && /^(\/en)?\/inloggen\?terug=/.test(location));
        const expected = expectAllowed(level!, localPath, persona);
        const ok =
          res.status < 500 &&
          (expected === true ? !refused : expected === false ? refused : refused || res.status === 404);
        if (!ok) failures.push(`${method} ${url} as ${persona} (${level}): ${res.status} ${location}`);
      }
    }
    console.log(`authorization matrix: ${routes.size} routes (${cells / personas.length} tried) x ${personas.length} personas = ${cells} cells`);
    assert.deepEqual(failures, []);

    // Empty forms and bodies, sent as every persona (the beheerder included), changed nothing.
    const [v] = await t.db.select({ status: vraagstukken.status, versie: vraagstukken.versie }).from(vraagstukken).where(eq(vraagstukken.id, ids.vraagstukken!));
    assert.deepEqual(v, { status: 'gepubliceerd', versie: 1 }, 'the vraagstuk is unchanged');
    const [a] = await t.db.select({ status: aanbod.status, versie: aanbod.versie }).from(aanbod).where(eq(aanbod.id, ids.aanbod!));
    assert.deepEqual(a, { status: 'gepubliceerd', versie: 1 }, 'the aanbod is unchanged');
    const [b] = await t.db.select({ status: belangstellingen.status }).from(belangstellingen).where(eq(belangstellingen.id, ids.belangstellingen!));
    assert.deepEqual(b, { status: 'open' }, 'the interest is unchanged');
    const [z] = await t.db.select({ id: opgeslagenZoekopdrachten.id }).from(opgeslagenZoekopdrachten).where(eq(opgeslagenZoekopdrachten.id, ids.zoekopdrachten!));
    assert.ok(z, "someone else's saved search is still there");
    const [kp] = await t.db.select({ status: koppelingen.status, versie: koppelingen.versie }).from(koppelingen).where(eq(koppelingen.id, ids.koppelingen!));
    assert.deepEqual(kp, { status: 'geintroduceerd', versie: 1 }, 'the koppeling is unchanged');
  });
});
