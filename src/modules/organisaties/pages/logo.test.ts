import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { createAccount, getAs, loginAs, postForm, type Browserish } from '../../../../tests/support/accounts.ts';
import { checkLogo } from '../logo.ts';
import { organisaties } from '../schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

// A real 1x1 PNG.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

describe('logo /organisaties/:slug/logo', () => {
  let t: T;
  let org: { id: string; slug: string };
  let coordinator: Browserish;
  let stranger: Browserish;

  before(async () => {
    t = await createTestApp();
    const rows = await t.db.select({ id: organisaties.id, slug: organisaties.slug }).from(organisaties).where(eq(organisaties.soort, 'hogeschool')).orderBy(organisaties.slug).offset(3).limit(2);
    org = rows[0]!;
    coordinator = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { lidmaatschappen: [{ organisatieId: org.id, rol: 'coordinator' }] })).id);
    stranger = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { lidmaatschappen: [{ organisatieId: rows[1]!.id, rol: 'coordinator' }] })).id);
  });
  after(() => t.close());

  const upload = (who: Browserish, bytes: Uint8Array, name: string, type: string) => {
    const form = new FormData();
    form.set('_csrf', who.csrf);
    form.set('logo', new File([Buffer.from(bytes)], name, { type }));
    return t.app.request(`/organisaties/${org.slug}/logo`, { method: 'POST', headers: { cookie: who.cookie }, body: form });
  };
  const stored = async () => (await t.db.select({ type: organisaties.logoType }).from(organisaties).where(eq(organisaties.id, org.id)))[0]!.type;

  it('recognises images by content, with their dimensions', () => {
    assert.deepEqual(checkLogo(png), { ok: true, type: 'image/png', width: 1, height: 1 });
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0, 0, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x20, 0x00, 0x40, 0x03, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(checkLogo(jpeg), { ok: true, type: 'image/jpeg', width: 64, height: 32 });
    const webp = Buffer.concat([Buffer.from('RIFF\0\0\0\0WEBPVP8X'), Buffer.alloc(8), Buffer.from([9, 0, 0, 4, 0, 0])]);
    assert.deepEqual(checkLogo(webp), { ok: true, type: 'image/webp', width: 10, height: 5 });
    assert.equal(checkLogo(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')).ok, false);
  });

  it('refuses text dressed up as a PNG, SVG, and files over 200 kB, and someone else', async () => {
    const html = await upload(coordinator, Buffer.from('<html><script>alert(1)</script></html>'), 'logo.png', 'image/png');
    assert.equal(html.status, 415);
    assert.ok((await html.text()).includes('geen PNG-, JPEG- of WebP-afbeelding'));
    const svg = await upload(coordinator, Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'), 'logo.svg', 'image/svg+xml');
    assert.equal(svg.status, 415);
    const big = await upload(coordinator, Buffer.concat([png, Buffer.alloc(210 * 1024)]), 'groot.png', 'image/png');
    assert.equal(big.status, 413);
    assert.equal((await upload(stranger, png, 'logo.png', 'image/png')).status, 403);
    assert.equal(await stored(), null);
    assert.equal((await t.app.request(`/organisaties/${org.slug}/logo`)).status, 404);
  });

  it('accepts a good PNG (whatever its name), serves it with its type, and removes it after confirmation', async () => {
    const res = await upload(coordinator, png, 'iets.txt', 'text/plain');
    assert.equal(res.status, 303);
    assert.equal(await stored(), 'image/png');
    const logo = await t.app.request(`/organisaties/${org.slug}/logo`);
    assert.equal(logo.status, 200);
    assert.equal(logo.headers.get('content-type'), 'image/png');
    assert.equal(logo.headers.get('x-content-type-options'), 'nosniff');
    assert.match(logo.headers.get('cache-control') ?? '', /max-age/);
    assert.deepEqual(Buffer.from(await logo.arrayBuffer()), png);
    const etag = logo.headers.get('etag')!;
    assert.equal((await t.app.request(`/organisaties/${org.slug}/logo`, { headers: { 'if-none-match': etag } })).status, 304);
    const detail = await t.fetch(`/organisaties/${org.slug}`);
    assert.match(detail.text, /<img[^>]+alt="Logo van [^"]+"/);

    const ask = await t.fetch(`/organisaties/${org.slug}/logo/verwijderen`, getAs(coordinator));
    assert.equal(ask.res.status, 200);
    assert.equal(await stored(), 'image/png', 'asking removes nothing');
    const removed = await t.app.request(`/organisaties/${org.slug}/logo/verwijderen`, postForm(coordinator, { bevestig: 'ja' }));
    assert.equal(removed.status, 303);
    assert.equal(await stored(), null);
    assert.equal((await t.app.request(`/organisaties/${org.slug}/logo`)).status, 404);
  });
});
