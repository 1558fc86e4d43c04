import { apiVersion } from './openapi-helpers.ts';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp } from '../../tests/support/test-app.ts';

/**
 * Every documented API operation, every parameter, a list of hostile values: the API must never
 * answer 5xx, and every 4xx must be problem+json. New operations are covered without a new test.
 */
const hostile = [
  '',
  ' ',
  '%00',
  '%ZZ',
  "'; drop table organisaties; --",
  '%5C%5C%25_',
  '-1',
  '0',
  '1e309',
  'NaN',
  '99999999999999999999',
  'a'.repeat(3000),
  '%F0%9F%98%80',
  '%3Cscript%3E',
  '!!!',
  '"unterminated',
  'a&b=c',
  '[]',
];

type Operation = { parameters?: { name: string; in: string }[] };

describe('hostile input on every API operation', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let operations: { path: string; method: string; op: Operation }[];
  before(async () => {
    t = await createTestApp();
    const doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, Operation>>;
    };
    operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
    );
  });
  after(() => t.close());

  async function check(method: string, url: string) {
    const res = await t.app.request(`/api/v1${url}`, { method });
    assert.ok(res.status < 500, `${method} ${url} answered ${res.status}`);
    if (res.status >= 400) {
      assert.equal(res.headers.get('content-type'), 'application/problem+json', `${method} ${url}`);
      const body = (await res.json()) as { status: number };
      assert.equal(body.status, res.status);
    }
    assert.equal(res.headers.get('API-Version'), apiVersion);
  }

  it('never fails with a server error, and explains every refusal as problem+json', async () => {
    assert.ok(operations.length >= 5);
    for (const { path, method, op } of operations) {
      const params = op.parameters ?? [];
      const base = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      for (const value of hostile) {
        for (const param of params) {
          if (param.in === 'path') await check(method, path.replace(`{${param.name}}`, value || '%20'));
          if (param.in === 'query') await check(method, `${base}?${param.name}=${value}`);
        }
        await check(method, `${base}?onbekend=${value}`);
      }
      for (const other of ['POST', 'PUT', 'PATCH', 'DELETE']) await check(other, base);
    }
  });
});
