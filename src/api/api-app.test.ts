import { apiVersion } from './openapi-helpers.ts';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp } from '../../tests/support/test-app.ts';

describe('/api/v1', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  before(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://ipartnerschap.example' });
  });
  after(() => t.close());

  it('publishes an OpenAPI 3 document with contact, readable from any origin', async () => {
    const res = await t.app.request('/api/v1/openapi.json', { headers: { Origin: 'https://elders.example' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.equal(res.headers.get('API-Version'), apiVersion);
    const doc = (await res.json()) as {
      openapi: string;
      info: { contact: Record<string, string>; version: string };
      servers: { url: string }[];
      paths: Record<string, Record<string, { responses: Record<string, { headers?: object; content?: object }> }>>;
    };
    assert.match(doc.openapi, /^3\./);
    assert.deepEqual(Object.keys(doc.info.contact).sort(), ['email', 'name', 'url']);
    assert.equal(doc.servers[0]?.url, 'https://ipartnerschap.example/api/v1');
    for (const p of ['/organisaties', '/organisaties/{id}', '/regios', '/themas', '/samenwerkingsvormen']) {
      assert.ok(doc.paths[p]?.get, `${p} documented`);
    }
    for (const [path, item] of Object.entries(doc.paths)) {
      assert.doesNotMatch(path, /\/$/, 'no trailing slash');
      assert.match(path, /^(\/([a-z-]+|\{[a-z]+\}))+$/, 'kebab-case');
      for (const [method, operation] of Object.entries(item)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          if (status === '304') continue; // no body, and RFC 9110 lists the headers a 304 repeats
          assert.ok(response.headers && 'API-Version' in response.headers, `${method} ${path} ${status} documents API-Version`);
          if (Number(status) >= 400) assert.ok(response.content && 'application/problem+json' in response.content, `${method} ${path} ${status} is problem+json`);
        }
      }
    }
  });

  it('sets API-Version and problem+json on errors too, and 405 for a wrong method', async () => {
    const notFound = await t.app.request('/api/v1/bestaat-niet');
    assert.equal(notFound.status, 404);
    assert.equal(notFound.headers.get('API-Version'), apiVersion);
    assert.equal(notFound.headers.get('content-type'), 'application/problem+json');

    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await t.app.request('/api/v1/organisaties', { method, body: '{}', headers: { 'content-type': 'application/json' } });
      assert.equal(res.status, 405, method);
      assert.equal(res.headers.get('allow'), 'GET, HEAD, OPTIONS');
      assert.equal(res.headers.get('content-type'), 'application/problem+json');
      const body = (await res.json()) as { status: number; instance: string };
      assert.equal(body.status, 405);
      assert.equal(body.instance, '/api/v1/organisaties');
    }
    const slash = await t.app.request('/api/v1/organisaties/');
    assert.equal(slash.status, 404, 'no trailing slashes');
  });

  it('answers HEAD and CORS preflight', async () => {
    const head = await t.app.request('/api/v1/regios', { method: 'HEAD' });
    assert.equal(head.status, 200);
    const preflight = await t.app.request('/api/v1/regios', {
      method: 'OPTIONS',
      headers: { Origin: 'https://elders.example', 'Access-Control-Request-Method': 'GET' },
    });
    assert.equal(preflight.status, 204);
  });

  it('lists regions with provinces, themes and forms with their characteristics', async () => {
    const regios = (await (await t.app.request('/api/v1/regios')).json()) as { data: { code: string; provincies: { naam: string }[] }[] };
    assert.deepEqual(regios.data.map((r) => r.code), ['noord', 'oost', 'midden', 'west', 'zuid']);
    assert.equal(regios.data.flatMap((r) => r.provincies).length, 12);
    const themas = (await (await t.app.request('/api/v1/themas')).json()) as { data: { code: string; naam: { nl: string; en: string } }[] };
    assert.equal(themas.data.length, 16);
    assert.deepEqual(themas.data[0], { code: 'data-en-ai', naam: { nl: 'Data en AI', en: 'Data and AI' } });
    const vormen = (await (await t.app.request('/api/v1/samenwerkingsvormen')).json()) as {
      data: { code: string; niveaus: string[]; typischeDuurInWeken: { min: number; max: number } }[];
    };
    const stage = vormen.data.find((v) => v.code === 'stage')!;
    assert.deepEqual(stage.niveaus, ['mbo', 'hbo', 'wo']);
    assert.deepEqual(stage.typischeDuurInWeken, { min: 10, max: 40 });
  });

  it('uses camelCase keys in every response', async () => {
    const bodies = await Promise.all(
      ['/api/v1/organisaties', '/api/v1/regios', '/api/v1/themas', '/api/v1/samenwerkingsvormen', '/api/v1/organisaties?page=x'].map(
        async (p) => (await t.app.request(p)).json(),
      ),
    );
    const keys = (value: unknown): string[] =>
      Array.isArray(value)
        ? value.flatMap(keys)
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([k, v]) => [k, ...keys(v)])
          : [];
    for (const key of bodies.flatMap(keys)) assert.match(key, /^[a-z][a-zA-Z0-9]*$/, key);
  });
});
