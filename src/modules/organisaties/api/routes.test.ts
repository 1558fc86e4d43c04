import { apiVersion } from '../../../api/openapi-helpers.ts';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp } from '../../../../tests/support/test-app.ts';

type Page = {
  data: { id: string; naam: string; soort: string; regio: { code: string }; bovenliggendeOrganisatie: { naam: string } | null }[];
  pagination: { page: number; pageSize: number; totalItems: number; totalPages: number };
  links: Record<string, string>;
};

describe('GET /api/v1/organisaties', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  async function get(path: string) {
    const res = await t.app.request(path);
    return { res, body: (await res.json()) as Page & Record<string, unknown> };
  }

  it('pages through all organisations with links', async () => {
    const { res, body } = await get('/api/v1/organisaties?pageSize=10&page=2');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('API-Version'), apiVersion);
    assert.equal(body.data.length, 10);
    assert.equal(body.pagination.totalItems, 92);
    assert.equal(body.pagination.totalPages, 10);
    assert.equal(body.links.prev, '/api/v1/organisaties?pageSize=10&page=1');
    assert.equal(body.links.next, '/api/v1/organisaties?pageSize=10&page=3');
    assert.equal(body.links.last, '/api/v1/organisaties?pageSize=10&page=10');
  });

  it('filters by soort and regio', async () => {
    const { body } = await get('/api/v1/organisaties?soort=universiteit&regio=noord&pageSize=100');
    assert.deepEqual(body.data.map((o) => o.naam), ['Rijksuniversiteit Groningen']);
    const { body: zuid } = await get('/api/v1/organisaties?regio=zuid&pageSize=100');
    assert.ok(zuid.data.length > 5);
    assert.ok(zuid.data.every((o) => o.regio.code === 'zuid'));
  });

  it('searches in Dutch: inflections, abbreviations and typos', async () => {
    const names = async (q: string) =>
      (await get(`/api/v1/organisaties?zoek=${encodeURIComponent(q)}&pageSize=100`)).body.data.map((o) => o.naam);
    assert.ok((await names('hogescholen')).includes('Hanzehogeschool Groningen'), 'plural finds singular');
    assert.ok((await names('hogescholen')).includes('Fontys Hogescholen'));
    assert.equal((await names('DUO'))[0], 'Dienst Uitvoering Onderwijs (DUO)');
    assert.equal((await names('BZK'))[0], 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties');
    assert.ok((await names('hanzehogeschol')).includes('Hanzehogeschool Groningen'), 'a typo still finds it');
    assert.equal((await names('belastingdinst'))[0], 'Belastingdienst', 'a typo still finds it first');
    assert.ok((await names('ministeries financien')).includes('Ministerie van Financiën'), 'plural and no diacritics');
    assert.ok((await names('belasting')).includes('Belastingdienst'), 'a prefix finds it');
    assert.deepEqual(await names('xq%_zv'), [], 'LIKE wildcards are taken literally');
  });

  it('sorts by name both ways', async () => {
    const { body: asc } = await get('/api/v1/organisaties?sort=naam&pageSize=3');
    const { body: desc } = await get('/api/v1/organisaties?sort=-naam&pageSize=3');
    assert.equal(asc.data[0]?.naam, 'Aeres Hogeschool');
    assert.equal(desc.data[0]?.naam, 'Zuyd Hogeschool');
  });

  it('answers bad input with problem+json that lists every invalid parameter', async () => {
    const res = await t.app.request('/api/v1/organisaties?page=0&pageSize=500&soort=school&zoek=%00');
    assert.equal(res.status, 400);
    assert.equal(res.headers.get('content-type'), 'application/problem+json');
    assert.equal(res.headers.get('API-Version'), apiVersion);
    const problem = (await res.json()) as { status: number; invalidParams: { name: string }[] };
    assert.equal(problem.status, 400);
    assert.deepEqual(problem.invalidParams.map((p) => p.name).sort(), ['page', 'pageSize', 'soort', 'zoek']);
  });

  it('refuses an unknown region', async () => {
    const res = await t.app.request('/api/v1/organisaties?regio=atlantis');
    assert.equal(res.status, 400);
    const problem = (await res.json()) as { invalidParams: { name: string }[] };
    assert.equal(problem.invalidParams[0]?.name, 'regio');
  });

  it('returns one organisation by id, and 404 or 400 otherwise', async () => {
    const { body } = await get('/api/v1/organisaties?zoek=Logius');
    const logius = body.data.find((o) => o.naam === 'Logius')!;
    const res = await t.app.request(`/api/v1/organisaties/${logius.id}`);
    assert.equal(res.status, 200);
    const one = (await res.json()) as Page['data'][number] & { provincie: string };
    assert.equal(one.bovenliggendeOrganisatie?.naam, 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties');
    assert.equal(one.provincie, 'Zuid-Holland');

    const missing = await t.app.request('/api/v1/organisaties/00000000-0000-4000-8000-000000000000');
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('content-type'), 'application/problem+json');
    const bad = await t.app.request('/api/v1/organisaties/1%27%20or%201=1');
    assert.equal(bad.status, 400);
  });
});
