import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { XMLParser } from 'fast-xml-parser';
import { voegVraagstukToe } from '../../../../tests/support/marktplaats.ts';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { createAccount, getAs, loginAs, postForm, type Browserish } from '../../../../tests/support/accounts.ts';
import { auditLog } from '../../audit/index.ts';
import { organisaties } from '../../organisaties/schema.ts';
import { opgeslagenZoekopdrachten, type vraagstukken } from '../schema.ts';
import { fold } from './feeds.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe('vraagstukken list, feeds and saved searches', () => {
  let t: T;
  let org: { id: string; slug: string };
  let persoon: Browserish;
  let ander: Browserish;
  let partner: Browserish;
  const ids = {} as Record<'openbaar' | 'partners' | 'concept' | 'introductie' | 'lang', string>;
  const voegToe = async (v: Partial<typeof vraagstukken.$inferInsert>) =>
    voegVraagstukToe(t.db, org.id, { vraagNl: 'Vraag.', ...v });

  before(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://partnerschap.example.nl' });
    [org] = (await t.db.select({ id: organisaties.id, slug: organisaties.slug }).from(organisaties).where(eq(organisaties.soort, 'rijksorganisatie')).orderBy(organisaties.slug).limit(1)) as [typeof org];
    ids.openbaar = await voegToe({
      titelNl: 'Onderzoek naar archivering & <e-mail>',
      contextNl: 'Het ministerie bewaart e-mail; wij willen weten, hoe dat beter kan.',
      themaCodes: ['informatiehuishouding'],
      deadline: '2027-03-15',
      gepubliceerdOp: new Date('2026-02-01T10:00:00Z'),
      isDemo: true,
    });
    ids.partners = await voegToe({ titelNl: 'Vertrouwelijk onderzoek naar archivering', vertrouwelijkheid: 'partners', deadline: '2027-04-01', gepubliceerdOp: new Date('2026-02-02T10:00:00Z') });
    ids.concept = await voegToe({ titelNl: 'Concept over archivering', status: 'concept', gepubliceerdOp: null, deadline: '2027-04-02' });
    ids.introductie = await voegToe({
      titelNl: 'Cybersecurity in de keten',
      contextNl: 'Ketenpartners wisselen gegevens uit.',
      vraagNl: 'Welke geheime kwetsbaarheid vonden wij?',
      themaCodes: ['cybersecurity'],
      regioCode: 'noord',
      vertrouwelijkheid: 'na-introductie',
      deadline: '2027-05-01',
      gepubliceerdOp: new Date('2026-01-20T10:00:00Z'),
    });
    ids.lang = await voegToe({
      titelNl: null,
      titelEn: `Accessibility ${'of very long Dutch government forms, ünïcödé '.repeat(3)}`,
      vraagNl: null,
      vraagEn: 'How?',
      gepubliceerdOp: new Date('2026-01-10T10:00:00Z'),
      deadline: '2027-06-01',
    });
    persoon = await loginAs(t.db, t.config, (await createAccount(t.db, t.config)).id);
    ander = await loginAs(t.db, t.config, (await createAccount(t.db, t.config)).id);
    partner = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { lidmaatschappen: [{ organisatieId: org.id, rol: 'lid' }] })).id);
  });
  after(() => t.close());

  it('lists what an anonymous visitor may see, with a count, demo marker and feed links', async () => {
    const { res, text } = await t.fetch('/vraagstukken');
    assert.equal(res.status, 200);
    assert.match(text, /3 vraagstukken gevonden\./);
    assert.ok(text.includes(`href="/vraagstukken/${ids.openbaar}"`));
    assert.ok(!text.includes(ids.partners) && !text.includes(ids.concept));
    assert.match(text, /Onderzoek naar archivering &amp; &lt;e-mail&gt;/);
    assert.match(text, /Voorbeeld \(demo-inhoud\)/);
    assert.match(text, /lang="en">Accessibility/, 'a title in the other language says so');
    assert.match(text, /href="\/vraagstukken\/feeds\/atom"/);
    const head = text.slice(0, text.indexOf('</head>'));
    assert.ok(head.includes('<link rel="alternate" type="application/atom+xml" title="Atom-feed" href="/vraagstukken/feeds/atom"/>'), 'the head announces the feeds');
    assert.ok(head.includes('type="application/rss+xml"') && head.includes('type="text/calendar" title="Deadlines in uw agenda (iCal)"'));
    assert.match(text, /Log in om deze zoekopdracht te bewaren/);
    const en = await t.fetch('/en/vraagstukken');
    assert.match(en.text, /3 questions found\./);
    assert.ok(en.text.includes(`href="/en/vraagstukken/${ids.openbaar}"`));
    const asPartner = await t.app.request('/vraagstukken', getAs(partner));
    assert.match(await asPartner.text(), /4 vraagstukken gevonden/);
  });

  it('searches with highlighted snippets, filters, corrects typos and reports invalid filters', async () => {
    const found = await t.fetch('/vraagstukken?zoek=archiveren');
    assert.match(found.text, /1 vraagstuk gevonden\./);
    const typo = await t.fetch('/vraagstukken?zoek=archivring');
    assert.match(typo.text, /Bedoelde u: <a[^>]*href="\/vraagstukken\?zoek=archivering"[^>]*><strong>archivering<\/strong><\/a>/);
    assert.match(typo.text, /1 vraagstuk gevonden\./);
    const snippet = await t.fetch('/vraagstukken?zoek=ministerie');
    assert.match(snippet.text, /<mark>ministerie<\/mark> bewaart e-mail/);
    const filtered = await t.fetch('/vraagstukken?thema=cybersecurity&regio=noord');
    assert.match(filtered.text, /1 vraagstuk gevonden/);
    assert.match(filtered.text, /<input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="filter-thema-1" name="thema" value="cybersecurity" checked=""/);
    assert.ok(filtered.text.includes('href="/vraagstukken/feeds/atom?thema=cybersecurity&amp;regio=noord"'), 'the feeds follow the filter');
    const bad = await t.fetch('/vraagstukken?thema=bestaat-niet&niveau=kleuter&periodeVan=2027-02-30&page=9');
    assert.equal(bad.res.status, 200);
    assert.match(bad.text, /role="alert"/);
    assert.match(bad.text, /Dit thema bestaat niet/);
    assert.match(bad.text, /Dit onderwijsniveau bestaat niet/);
    assert.match(bad.text, /Vul een bestaande datum in/);
    assert.match(bad.text, /Deze pagina bestaat niet/);
    assert.match(bad.text, /3 vraagstukken gevonden/);
    const none = await t.fetch('/vraagstukken?zoek=qqqxxxzzz');
    assert.match(none.text, /Geen vraagstukken gevonden/);
  });

  it('never puts a partners-only vraagstuk or the question of a na-introductie one in a feed', async () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    const atom = await t.app.request('/vraagstukken/feeds/atom');
    assert.equal(atom.status, 200);
    assert.equal(atom.headers.get('content-type'), 'application/atom+xml; charset=utf-8');
    const atomText = await atom.text();
    const feed = parser.parse(atomText).feed;
    const entries = [feed.entry].flat();
    assert.equal(entries.length, 3);
    assert.equal(entries[0].id, `urn:uuid:${ids.openbaar}`);
    assert.equal(entries[0].title, 'Onderzoek naar archivering & <e-mail>');
    assert.equal(entries[0].link['@_href'], `https://partnerschap.example.nl/vraagstukken/${ids.openbaar}`);
    assert.ok(!atomText.includes(ids.partners) && !atomText.includes(ids.concept));
    assert.ok(!atomText.includes('kwetsbaarheid'));
    assert.equal(feed.link.find((l: Record<string, string>) => l['@_rel'] === 'self')['@_href'], 'https://partnerschap.example.nl/vraagstukken/feeds/atom');

    const rss = await t.app.request('/vraagstukken/feeds/rss?thema=cybersecurity');
    assert.equal(rss.headers.get('content-type'), 'application/rss+xml; charset=utf-8');
    const channel = parser.parse(await rss.text()).rss.channel;
    assert.equal(channel.item.title, 'Cybersecurity in de keten');
    assert.equal(channel.item.guid['#text'], `https://partnerschap.example.nl/vraagstukken/${ids.introductie}`);
    assert.match(channel.item.pubDate, /^Tue, 20 Jan 2026 10:00:00 GMT$/);
    assert.match(channel.title, /Cybersecurity/);

    const en = parser.parse(await (await t.app.request('/en/vraagstukken/feeds/rss?regio=noord')).text()).rss.channel;
    assert.equal([en.item].flat().length, 1);
    assert.match(en.item.link, /^https:\/\/partnerschap\.example\.nl\/en\/vraagstukken\//);
  });

  it('serves the deadlines as RFC 5545 iCalendar', async () => {
    const res = await t.app.request('/vraagstukken/feeds/deadlines.ics');
    assert.equal(res.headers.get('content-type'), 'text/calendar; charset=utf-8');
    const text = await res.text();
    assert.ok(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
    assert.ok(text.endsWith('END:VCALENDAR\r\n'));
    assert.ok(!/[^\r]\n/.test(text), 'every line ends in CRLF');
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `folded: ${line}`);
    // Unfold (RFC 5545 3.1) and read the events.
    const unfolded = text.replace(/\r\n /g, '');
    const events = unfolded.split('BEGIN:VEVENT').slice(1);
    assert.equal(events.length, 3, 'open, visible vraagstukken with a deadline');
    const first = events[0]!;
    assert.match(first, new RegExp(`UID:vraagstuk-${ids.openbaar}@partnerschap\\.example\\.nl\r\n`));
    assert.match(first, /DTSTART;VALUE=DATE:20270315\r\nDTEND;VALUE=DATE:20270316\r\n/);
    assert.match(first, /DTSTAMP:\d{8}T\d{6}Z\r\n/);
    assert.match(first, /SUMMARY:Deadline: Onderzoek naar archivering & <e-mail>\r\n/);
    assert.match(first, /DESCRIPTION:[^\r]*bewaart e-mail\\; wij willen weten\\, hoe/);
    assert.ok(!text.includes(ids.partners));
    assert.ok(unfolded.includes('ünïcödé'), 'multi-byte characters survive folding');
    const again = await (await t.app.request('/vraagstukken/feeds/deadlines.ics')).text();
    assert.deepEqual(again.match(/UID:[^\r]+/g), text.match(/UID:[^\r]+/g), 'stable UIDs');
  });

  it('folds at 75 octets without splitting a character', () => {
    const folded = fold(`SUMMARY:${'é'.repeat(100)}`);
    for (const line of folded.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75);
    assert.equal(folded.replace(/\r\n /g, ''), `SUMMARY:${'é'.repeat(100)}`);
  });

  it('saves, lists and deletes searches, normalised, audited and only for their owner', async () => {
    const list = await t.app.request('/vraagstukken?zoek=archivering&thema=informatiehuishouding&thema=cybersecurity&page=1', getAs(persoon));
    const html = await list.text();
    const zoekopdracht = /name="zoekopdracht" value="([^"]*)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    assert.equal(zoekopdracht, 'zoek=archivering&thema=cybersecurity&thema=informatiehuishouding');

    const save = await t.app.request('/account/zoekopdrachten', postForm(persoon, { lijst: 'vraagstukken', naam: 'Archief', zoekopdracht: 'page=3&status=open&thema=informatiehuishouding&zoek=archivering' }));
    assert.equal(save.status, 303);
    const [row] = await t.db.select().from(opgeslagenZoekopdrachten).where(eq(opgeslagenZoekopdrachten.naam, 'Archief'));
    assert.equal(row!.zoekopdracht, 'zoek=archivering&thema=informatiehuishouding', 'normalised: fixed order, no page, no default status');
    assert.ok((await t.db.select().from(auditLog).where(and(eq(auditLog.objectId, row!.id), eq(auditLog.actie, 'zoekopdracht.bewaard'))))[0]);

    const dubbel = await t.app.request('/account/zoekopdrachten', postForm(persoon, { lijst: 'vraagstukken', naam: 'archief', zoekopdracht: '' }));
    assert.equal(dubbel.status, 400);
    assert.match(await dubbel.text(), /U heeft al een zoekopdracht met deze naam/);
    const leeg = await t.app.request('/account/zoekopdrachten', postForm(persoon, {}));
    assert.equal(leeg.status, 400);
    const ongeldig = await t.app.request('/account/zoekopdrachten', postForm(persoon, { lijst: 'aanbod', naam: 'Raar', zoekopdracht: 'soort=kapper' }));
    assert.equal(ongeldig.status, 400);
    const aanbod = await t.app.request('/account/zoekopdrachten', postForm(persoon, { lijst: 'aanbod', naam: 'Bijscholing', zoekopdracht: 'soort=bijscholing&zoek=ai&page=2' }));
    assert.equal(aanbod.status, 303);
    assert.equal((await t.db.select().from(opgeslagenZoekopdrachten).where(eq(opgeslagenZoekopdrachten.naam, 'Bijscholing')))[0]!.zoekopdracht, 'zoek=ai&soort=bijscholing');

    const page = await (await t.app.request('/account/zoekopdrachten', getAs(persoon))).text();
    assert.ok(page.includes('href="/vraagstukken?zoek=archivering&amp;thema=informatiehuishouding">Archief</a>'));
    assert.ok(page.includes('href="/aanbod?zoek=ai&amp;soort=bijscholing">Bijscholing</a>'));
    assert.ok(!(await (await t.app.request('/account/zoekopdrachten', getAs(ander))).text()).includes('Archief'));

    assert.equal((await t.app.request(`/account/zoekopdrachten/${row!.id}/verwijderen`, getAs(ander))).status, 404);
    assert.equal((await t.app.request(`/account/zoekopdrachten/${row!.id}/verwijderen`, postForm(ander, { bevestig: 'ja' }))).status, 404);
    assert.equal((await t.app.request(`/account/zoekopdrachten/${row!.id}/verwijderen`, postForm(persoon, {}))).status, 303);
    assert.equal((await t.db.select().from(opgeslagenZoekopdrachten).where(eq(opgeslagenZoekopdrachten.id, row!.id))).length, 1, 'not without confirmation');
    const confirm = await t.app.request(`/account/zoekopdrachten/${row!.id}/verwijderen`, getAs(persoon));
    assert.match(await confirm.text(), /Wilt u de zoekopdracht &#39;Archief&#39; verwijderen\?|Wilt u de zoekopdracht 'Archief' verwijderen\?/);
    assert.equal((await t.app.request(`/account/zoekopdrachten/${row!.id}/verwijderen`, postForm(persoon, { bevestig: 'ja' }))).status, 303);
    assert.equal((await t.db.select().from(opgeslagenZoekopdrachten).where(eq(opgeslagenZoekopdrachten.id, row!.id))).length, 0);
    assert.ok((await t.db.select().from(auditLog).where(and(eq(auditLog.objectId, row!.id), eq(auditLog.actie, 'zoekopdracht.verwijderd'))))[0]);
  });

  it('refuses more than 50 saved searches', async () => {
    const account = await createAccount(t.db, t.config);
    const who = await loginAs(t.db, t.config, account.id);
    await t.db.insert(opgeslagenZoekopdrachten).values(Array.from({ length: 50 }, (_, i) => ({ accountId: account.id, naam: `Z${i}`, lijst: 'vraagstukken' as const, zoekopdracht: '' })));
    const res = await t.app.request('/account/zoekopdrachten', postForm(who, { lijst: 'vraagstukken', naam: 'Nog een', zoekopdracht: '' }));
    assert.equal(res.status, 400);
    assert.match(await res.text(), /U heeft al 50 zoekopdrachten bewaard/);
  });
});
