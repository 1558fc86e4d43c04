import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadDemoContent } from '../../db/seed/demo.ts';
import { createTestApp } from '../../../tests/support/test-app.ts';

const pages = ['/', '/vraagstukken', '/aanbod', '/organisaties', '/kennisbank', '/over', '/toegankelijkheid', '/privacy'];

function attr(html: string, pattern: RegExp): string | undefined {
  return pattern.exec(html)?.[1];
}

describe('pages', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  for (const path of pages) {
    for (const [prefix, lang] of [['', 'nl'], ['/en', 'en']] as const) {
      const url = prefix + (path === '/' && prefix ? '' : path);
      it(`${url} renders in ${lang} with the page shell`, async () => {
        const { res, text } = await t.fetch(url);
        assert.equal(res.status, 200);
        assert.match(res.headers.get('content-type') ?? '', /text\/html/);
        assert.equal(attr(text, /<html lang="(\w+)"/), lang);
        assert.match(text, /^<!DOCTYPE html>/);
        assert.equal(text.match(/<h1[ >]/g)?.length, 1, 'one h1');
        assert.match(text, /<a class="utrecht-skip-link[^"]*" href="#inhoud">/);
        assert.match(text, /<main id="inhoud"/);
        assert.match(text, /<nav class="ip-main-nav" aria-label="(Hoofdmenu|Main menu)">/);
        assert.match(text, /href="(\/en)?\/toegankelijkheid"/);
        if (path !== '/') assert.match(text, /aria-label="(Kruimelpad|Breadcrumb)"/);
        // The language switch leads to the same page in the other language.
        const other = lang === 'nl' ? `/en${path === '/' ? '' : path}` : path;
        assert.ok(text.includes(`hreflang="${lang === 'nl' ? 'en' : 'nl'}" lang="${lang === 'nl' ? 'en' : 'nl'}"`));
        assert.ok(text.includes(`href="${other}"`), `switch to ${other}`);
      });
    }
  }

  it('keeps the query when switching language', async () => {
    const { text } = await t.fetch('/organisaties?soort=universiteit&zoek=groningen');
    assert.ok(text.includes('href="/en/organisaties?soort=universiteit&amp;zoek=groningen"'));
  });

  it('has no dead internal links (crawl from both home pages)', async () => {
    const seen = new Set<string>();
    const queue = ['/', '/en'];
    while (queue.length > 0 && seen.size < 400) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const { res, text } = await t.fetch(url);
      assert.equal(res.status, 200, `${url} answers ${res.status}`);
      if (!(res.headers.get('content-type') ?? '').includes('text/html')) continue;
      for (const [, href] of text.matchAll(/<a [^>]*href="([^"#]+)"/g)) {
        const link = href!.replace(/&amp;/g, '&');
        if (link.startsWith('/') && !link.startsWith('/organisaties/') || /^\/(en\/)?organisaties\/[a-z]/.test(link)) {
          // Detail pages: follow a sample, not all 92 x 2.
          if (/organisaties\/[a-z]/.test(link) && ![...seen].some((s) => s === link) && seen.size > 60) continue;
          if (!seen.has(link)) queue.push(link);
        }
      }
    }
    assert.ok(seen.size > 30, `crawled ${seen.size} pages`);
  });

  it('shows an organisation with its regio and provincie, and demo content marked as such', async () => {
    await loadDemoContent(t.db);
    const { res, text } = await t.fetch('/organisaties/hanzehogeschool-groningen');
    assert.equal(res.status, 200);
    assert.match(text, /<h1 class="utrecht-heading-1">Hanzehogeschool Groningen<\/h1>/);
    assert.match(text, /<dt>Provincie<\/dt><dd>Groningen<\/dd>/);
    assert.match(text, /href="\/organisaties\?regio=noord">Noord<\/a>/);
    assert.match(text, /<span class="utrecht-status-badge utrecht-status-badge--neutral">Voorbeeldinhoud<\/span>/);
  });

  it('lists, filters, searches and pages organisations', async () => {
    const all = await t.fetch('/organisaties');
    assert.match(all.text, /92 organisaties gevonden\. Pagina 1 van 5\./);
    assert.match(all.text, /aria-current="page" aria-label="Pagina 1">1</);
    const page5 = await t.fetch('/organisaties?page=5');
    assert.match(page5.text, /Pagina 5 van 5/);
    assert.match(page5.text, /rel="prev"/);
    const filtered = await t.fetch('/organisaties?soort=universiteit&regio=oost');
    assert.match(filtered.text, /3 organisaties gevonden/);
    assert.match(filtered.text, /<option value="oost" selected="">Oost<\/option>/);
    const search = await t.fetch('/en/organisaties?zoek=hogescholen');
    assert.match(search.text, /Fontys Hogescholen/);
    assert.match(search.text, /2\d organisations found/);
    assert.match(search.text, /value="hogescholen"/);
    const beyond = await t.fetch('/organisaties?page=99');
    assert.match(beyond.text, /Dit paginanummer bestaat niet/);
    assert.match(beyond.text, /Pagina 1 van 5/);
    const none = await t.fetch('/organisaties?zoek=qqqxxxzzz');
    assert.match(none.text, /Geen organisaties gevonden/);
  });

  it('reports invalid filters at the top, keeps the rest, and still shows results', async () => {
    const { res, text } = await t.fetch('/organisaties?soort=school&regio=atlantis&page=-3&zoek=hanze');
    assert.equal(res.status, 200);
    assert.match(text, /role="alert"/);
    assert.match(text, /Deze soort organisatie bestaat niet/);
    assert.match(text, /Deze regio bestaat niet/);
    assert.match(text, /Dit paginanummer bestaat niet/);
    assert.match(text, /href="#filter-soort"/);
    assert.match(text, /value="hanze"/);
    assert.match(text, /Hanzehogeschool Groningen/);
    assert.match(text, /<select class="utrecht-select utrecht-select--html-select utrecht-select--invalid" id="filter-soort" name="soort" aria-invalid="true" aria-describedby="filter-soort-fout">/);
    assert.match(text, /<p class="utrecht-form-field-error-message" id="filter-soort-fout">/);
  });

  it('keeps a refused search term in the box, as typed', async () => {
    const long = 'digitale '.repeat(30);
    const { text } = await t.fetch(`/organisaties?zoek=${encodeURIComponent(long)}`);
    assert.match(text, /De zoekterm is te lang/);
    assert.ok(text.includes(`value="${long}"`));
    assert.match(text, /id="filter-zoek" name="zoek" value="[^"]+" maxlength="200" autocomplete="off" aria-invalid="true"/);
  });

  it('escapes what visitors type', async () => {
    const { text } = await t.fetch('/organisaties?zoek=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    assert.ok(!text.includes('<script>alert(1)</script>'));
    assert.match(text, /&lt;script&gt;/);
  });

  it('shows the regions, themes and forms from the data on /over', async () => {
    const { text } = await t.fetch('/en/over');
    assert.match(text, /Noord-Holland, Zuid-Holland/);
    assert.match(text, /Data and AI/);
    assert.match(text, /Internship/);
  });

  it('answers unknown pages with a 404 page in the right language', async () => {
    const nl = await t.fetch('/bestaat-niet');
    assert.equal(nl.res.status, 404);
    assert.match(nl.text, /Pagina niet gevonden/);
    const en = await t.fetch('/en/organisaties/bestaat-niet');
    assert.equal(en.res.status, 404);
    assert.match(en.text, /<html lang="en"/);
    assert.match(en.text, /Page not found/);
  });

  it('redirects a trailing slash to the canonical page', async () => {
    const { res } = await t.fetch('/organisaties/');
    assert.equal(res.status, 301);
    assert.equal(new URL(res.headers.get('location')!, 'http://x').pathname, '/organisaties');
  });
});
