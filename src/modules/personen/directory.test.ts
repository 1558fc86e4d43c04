import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp } from '../../../tests/support/test-app.ts';
import { createAccount } from '../../../tests/support/accounts.ts';
import { accounts } from '../accounts/index.ts';
import { organisaties } from '../organisaties/index.ts';
import { provincies, themas } from '../taxonomie/index.ts';
import { themaSynoniemen } from '../taxonomie/schema.ts';
import { affiliaties, profielen, profielThemas } from './schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
type Page = { data: { id: string; naam: string; [k: string]: unknown }[]; pagination: { totalItems: number; totalPages: number; page: number } };

/**
 * The people directory, as a page and as the API: only public profiles, Dutch (and English)
 * full-text search, filters, sorting and pagination.
 */
describe('/personen and GET /api/v1/personen', () => {
  let t: T;
  const ids: Record<string, string> = {};
  let hs: { id: string; regio: string };
  let rijk: { id: string; regio: string };
  let thema: string;

  async function person(key: string, naam: string, options: { openbaar: boolean; persoonstype: 'docent' | 'ambtenaar' | 'student' | 'lector'; org?: string; expertiseNl?: string; expertiseEn?: string; trefwoorden?: string[]; thema?: string }) {
    const account = await createAccount(t.db, t.config, { naam, email: `${key}@example.org`, persoonstype: options.persoonstype });
    ids[key] = account.id;
    if (options.openbaar) await t.db.update(accounts).set({ profielOpenbaar: true }).where(eq(accounts.id, account.id));
    await t.db.insert(profielen).values({ accountId: account.id, expertiseNl: options.expertiseNl ?? null, expertiseEn: options.expertiseEn ?? null, trefwoorden: options.trefwoorden ?? [] });
    if (options.org) await t.db.insert(affiliaties).values({ accountId: account.id, organisatieId: options.org });
    if (options.thema) await t.db.insert(profielThemas).values({ accountId: account.id, themaCode: options.thema });
  }

  before(async () => {
    t = await createTestApp();
    const orgOf = async (soort: 'hogeschool' | 'rijksorganisatie') => {
      const [o] = await t.db
        .select({ id: organisaties.id, regio: provincies.regioCode })
        .from(organisaties)
        .innerJoin(provincies, eq(provincies.naam, organisaties.provincie))
        .where(eq(organisaties.soort, soort))
        .limit(1);
      return o!;
    };
    hs = await orgOf('hogeschool');
    rijk = await orgOf('rijksorganisatie');
    [{ code: thema }] = (await t.db.select({ code: themas.code }).from(themas).limit(1)) as [{ code: string }];
    await person('anna', 'Anna Informatica', { openbaar: true, persoonstype: 'lector', org: hs.id, expertiseNl: 'Onderzoek naar informatiebeveiliging in het hoger onderwijs.', trefwoorden: ['privacy'], thema });
    await person('bert', 'Bert Beleid', { openbaar: true, persoonstype: 'ambtenaar', org: rijk.id, expertiseNl: 'Beveiliging van overheidssystemen en archieven.', trefwoorden: ['archivering'] });
    await person('carla', 'Carla Cloud', { openbaar: true, persoonstype: 'docent', org: hs.id, expertiseEn: 'Teaching cloud computing and software engineering.' });
    await person('geheim', 'Gerrit Geheim', { openbaar: false, persoonstype: 'docent', org: hs.id, expertiseNl: 'Zeldzaamwoord kwantumcryptografie informatiebeveiliging.', trefwoorden: ['zeldzaamwoord'], thema });
    // A deleted account that was public once must not show either.
    await person('weg', 'Wim Weg', { openbaar: true, persoonstype: 'student', expertiseNl: 'Verwijderdwoord' });
    await t.db.update(accounts).set({ verwijderdOp: new Date() }).where(eq(accounts.id, ids.weg!));
    // A theme synonym: 'AI' also searches for the theme's other words.
    const [ai] = await t.db.select({ code: themas.code }).from(themas).where(eq(themas.code, 'data-en-ai'));
    assert.ok(ai, 'the reference themes have data-en-ai');
    await t.db.insert(themaSynoniemen).values([{ themaCode: 'data-en-ai', taal: 'nl', term: 'AI' }, { themaCode: 'data-en-ai', taal: 'nl', term: 'kunstmatige intelligentie' }]).onConflictDoNothing();
    await person('dirk', 'Dirk Denker', { openbaar: true, persoonstype: 'docent', expertiseNl: 'Toepassingen van kunstmatige intelligentie in de uitvoering.' });
    for (let i = 0; i < 22; i++) {
      await person(`extra${i}`, `Zz Extra ${String(i).padStart(2, '0')}`, { openbaar: true, persoonstype: 'student' });
    }
  });
  after(() => t.close());

  const api = async (query: string) => {
    const res = await t.app.request(`/api/v1/personen?${query}`);
    assert.equal(res.status, 200, query);
    return (await res.json()) as Page;
  };
  const names = async (query: string) => (await api(`${query}&pageSize=100`)).data.map((p) => p.naam);

  it('lists public profiles only: never a private or deleted one, not even by its own words', async () => {
    const all = await names('sort=naam');
    assert.equal(all.length, 26);
    assert.ok(!all.includes('Gerrit Geheim') && !all.includes('Wim Weg'));
    assert.deepEqual(await names('zoek=zeldzaamwoord'), []);
    assert.deepEqual(await names('zoek=Gerrit'), []);
    assert.deepEqual(await names('zoek=verwijderdwoord'), []);
    const page = await t.fetch('/personen?zoek=Gerrit');
    assert.ok(!page.text.includes('Gerrit Geheim'));
    assert.ok(page.text.includes('Geen personen gevonden'), 'empty state');
  });

  it('a private, deleted or unknown profile is the same 404, on the page and in the API', async () => {
    for (const id of [ids.geheim, ids.weg, '00000000-0000-4000-8000-000000000000']) {
      assert.equal((await t.app.request(`/personen/${id}`)).status, 404);
      assert.equal((await t.app.request(`/en/personen/${id}`)).status, 404);
      const res = await t.app.request(`/api/v1/personen/${id}`);
      assert.equal(res.status, 404);
      assert.match(res.headers.get('content-type') ?? '', /problem\+json/);
    }
    assert.equal((await t.app.request('/personen/geen-uuid')).status, 404);
  });

  it('searches in Dutch with stemming, compound parts, prefixes, English and names', async () => {
    assert.deepEqual(await names('zoek=informatiebeveiliging'), ['Anna Informatica']);
    const beveiliging = await names('zoek=beveiliging');
    assert.ok(beveiliging.includes('Bert Beleid'), 'the word itself');
    assert.ok(beveiliging.includes('Anna Informatica'), "'beveiliging' finds 'informatiebeveiliging'");
    assert.ok((await names('zoek=archieven')).includes('Bert Beleid'), 'plural');
    assert.ok((await names('zoek=informatiebev')).includes('Anna Informatica'), 'prefix while typing');
    assert.deepEqual(await names('zoek=software%20engineering'), ['Carla Cloud'], 'English expertise');
    assert.deepEqual(await names('zoek=teaching'), ['Carla Cloud'], 'English stemming');
    assert.deepEqual(await names('zoek=Carla'), ['Carla Cloud'], 'by name');
    assert.ok((await names('zoek=privacy')).includes('Anna Informatica'), 'by keyword');
    assert.deepEqual(await names('zoek=%25_%5C'), [], 'wildcards are literal');
    assert.ok((await names('zoek=AI')).includes('Dirk Denker'), "a theme synonym: 'AI' finds 'kunstmatige intelligentie'");
    assert.ok((await t.fetch('/personen?zoek=AI')).text.includes('Dirk Denker'), 'the page uses the synonyms too');
  });

  it('ranks by relevance when searching, and sorts by name both ways', async () => {
    const ranked = await names('zoek=informatiebeveiliging%20beveiliging');
    assert.ok(ranked.length >= 1);
    const asc = await names('sort=naam');
    const desc = await names('sort=-naam');
    assert.equal(asc[0], 'Anna Informatica');
    assert.equal(desc[0], 'Zz Extra 21');
    assert.deepEqual([...asc].reverse(), desc);
  });

  it('filters by soort, regio, thema and persoonstype', async () => {
    assert.deepEqual((await names('soort=rijksorganisatie')).sort(), ['Bert Beleid']);
    assert.deepEqual((await names('soort=hogeschool')).sort(), ['Anna Informatica', 'Carla Cloud']);
    assert.ok((await names(`regio=${hs.regio}`)).includes('Anna Informatica'));
    assert.deepEqual(await names(`thema=${thema}`), ['Anna Informatica']);
    assert.deepEqual(await names('persoonstype=ambtenaar'), ['Bert Beleid']);
    assert.deepEqual(await names('persoonstype=docent&zoek=cloud'), ['Carla Cloud']);
  });

  it('paginates with the shared envelope', async () => {
    const res = await t.app.request('/api/v1/personen?pageSize=10&page=2&sort=naam');
    const body = (await res.json()) as Page & { links: Record<string, string> };
    assert.equal(body.data.length, 10);
    assert.deepEqual(body.pagination, { page: 2, pageSize: 10, totalItems: 26, totalPages: 3 });
    assert.equal(body.links.next, '/api/v1/personen?pageSize=10&page=3&sort=naam');
    const page2 = await t.fetch('/personen?page=2');
    assert.ok(page2.text.includes('Pagina 2 van 2.'));
  });

  it('shows only public fields: never an e-mail address', async () => {
    const list = await t.fetch('/api/v1/personen?pageSize=100');
    const detail = await t.fetch(`/api/v1/personen/${ids.anna}`);
    const page = await t.fetch(`/personen/${ids.anna}`);
    const listPage = await t.fetch('/personen');
    for (const text of [list.text, detail.text, page.text, listPage.text]) {
      assert.ok(!text.includes('@example.org'), 'no e-mail address');
      assert.ok(!text.includes('Gerrit'), 'no private person');
    }
    const body = JSON.parse(detail.text) as Record<string, unknown>;
    assert.deepEqual(Object.keys(body).sort(), ['affiliaties', 'beschikbaarheden', 'expertise', 'id', 'links', 'naam', 'persoonstype', 'talen', 'themas', 'trefwoorden', 'webpagina']);
    assert.ok(page.text.includes('Anna Informatica') && page.text.includes('informatiebeveiliging'));
  });

  it('the detail has an ETag and answers 304 to it', async () => {
    const res = await t.app.request(`/api/v1/personen/${ids.anna}`);
    const etag = res.headers.get('etag');
    assert.ok(etag);
    const again = await t.app.request(`/api/v1/personen/${ids.anna}`, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
  });

  it('reports invalid filter values, ignores them and keeps the query', async () => {
    const { res, text } = await t.fetch('/personen?zoek=beveiliging&soort=kasteel&regio=atlantis&thema=onbekend&persoonstype=koning&sort=willekeurig&page=99');
    assert.equal(res.status, 200);
    for (const message of ['Deze soort organisatie bestaat niet', 'Deze regio bestaat niet', 'Dit thema bestaat niet', 'Deze soort persoon bestaat niet', 'Deze sortering bestaat niet', 'Deze pagina bestaat niet']) {
      assert.ok(text.includes(message), message);
    }
    for (const id of ['filter-soort', 'filter-regio', 'filter-thema', 'filter-persoonstype', 'filter-sort', 'resultaten']) assert.ok(text.includes(`href="#${id}"`), id);
    assert.ok(text.includes('value="beveiliging"'), 'the search term is kept');
    assert.ok(text.includes('Bert Beleid'), 'the valid part still applies');
    const apiRes = await t.app.request('/api/v1/personen?thema=onbekend');
    assert.equal(apiRes.status, 400);
    assert.equal((await t.app.request('/api/v1/personen?persoonstype=koning')).status, 400);
  });

  it('links to the organisations directory and works in English', async () => {
    const { text } = await t.fetch('/en/personen?zoek=teaching');
    assert.ok(text.includes('People') && text.includes('Carla Cloud'));
    assert.ok(text.includes('href="/en/organisaties"'));
  });
});
