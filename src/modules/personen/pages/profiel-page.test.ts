import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { createAccount, getAs, loginAs, postForm, type Browserish, type TestAccount } from '../../../../tests/support/accounts.ts';
import { auditLog } from '../../audit/index.ts';
import { organisaties } from '../../organisaties/index.ts';
import { onderdelen } from '../../organisaties/schema.ts';
import { themas } from '../../taxonomie/index.ts';
import { affiliaties, beschikbaarheden, profielen, profielThemas } from '../schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe('/account/profiel: my profile', () => {
  let t: T;
  let me: TestAccount;
  let browser: Browserish;
  let hs: { id: string; naam: string };
  let uni: { id: string; naam: string };
  let lectoraat: string;
  let faculteitElders: string;
  let themaCodes: string[];

  before(async () => {
    t = await createTestApp();
    [hs] = (await t.db.select({ id: organisaties.id, naam: organisaties.naam }).from(organisaties).where(eq(organisaties.soort, 'hogeschool')).limit(1)) as [typeof hs];
    [uni] = (await t.db.select({ id: organisaties.id, naam: organisaties.naam }).from(organisaties).where(eq(organisaties.soort, 'universiteit')).limit(1)) as [typeof uni];
    const [l] = await t.db.insert(onderdelen).values({ organisatieId: hs.id, soort: 'lectoraat', naam: 'Lectoraat Digitale Overheid', slug: 'lectoraat-digitale-overheid' }).returning({ id: onderdelen.id });
    const [f] = await t.db.insert(onderdelen).values({ organisatieId: uni.id, soort: 'faculteit', naam: 'Faculteit Elders', slug: 'faculteit-elders' }).returning({ id: onderdelen.id });
    lectoraat = l!.id;
    faculteitElders = f!.id;
    themaCodes = (await t.db.select({ code: themas.code }).from(themas).limit(2)).map((r) => r.code);
    me = await createAccount(t.db, t.config, { naam: 'Pim Profiel', email: 'pim@example.org', persoonstype: 'lector', lidmaatschappen: [{ organisatieId: hs.id, rol: 'lid' }] });
    browser = await loginAs(t.db, t.config, me.id);
  });
  after(() => t.close());

  const valid = () => ({
    versie: '0',
    'affiliatie-0-organisatie': hs.id,
    'affiliatie-0-onderdeel': lectoraat,
    'affiliatie-0-rol': 'lector',
    'affiliatie-1-organisatie': uni.id,
    'affiliatie-1-onderdeel': '',
    'affiliatie-1-rol': '',
    [`thema-${themaCodes[0]}`]: 'on',
    trefwoorden: 'informatiebeveiliging, open data ,  archivering',
    expertiseNl: 'Ik onderzoek informatiebeveiliging bij gemeenten.',
    expertiseEn: '',
    'periode-0-van': '2026-09-01',
    'periode-0-tot': '2027-01-31',
    'periode-0-toelichting': 'najaarssemester',
    'taal-nl': 'on',
    'taal-de': 'on',
    'link-0-label': 'Lectoraat',
    'link-0-url': 'https://example.org/lectoraat',
  });

  it('sends anonymous visitors to the login page', async () => {
    const res = await t.app.request('/account/profiel');
    assert.equal(res.status, 303);
    assert.match(res.headers.get('location') ?? '', /^\/inloggen\?terug=%2Faccount%2Fprofiel/);
  });

  it('shows the empty form, says the profile is not public and links to the switch', async () => {
    const { res, text } = await t.fetch('/account/profiel', getAs(browser));
    assert.equal(res.status, 200);
    assert.ok(text.includes('Uw profiel is niet openbaar'));
    assert.ok(text.includes('/account/gegevens#openbaar-profiel'));
    assert.ok(text.includes('name="versie" value="0"'));
    assert.ok(text.includes('Organisaties waar u lid van bent'));
    assert.ok(text.includes('Lectoraat Digitale Overheid'), 'units of my organisations are offered');
    const en = await t.fetch('/en/account/profiel', getAs(browser));
    assert.ok(en.text.includes('Your profile is not public'));
  });

  it('saves a valid profile, with every part, and records it in the audit log', async () => {
    const res = await t.app.request('/account/profiel', postForm(browser, valid()));
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/account/profiel');
    const [p] = await t.db.select().from(profielen).where(eq(profielen.accountId, me.id));
    assert.equal(p!.versie, 1);
    assert.deepEqual(p!.trefwoorden, ['informatiebeveiliging', 'open data', 'archivering']);
    assert.equal(p!.expertiseNl, 'Ik onderzoek informatiebeveiliging bij gemeenten.');
    assert.equal(p!.expertiseEn, null);
    assert.deepEqual(p!.talen, ['nl', 'de']);
    assert.deepEqual(p!.links, [{ label: 'Lectoraat', url: 'https://example.org/lectoraat' }]);
    const affs = await t.db.select().from(affiliaties).where(eq(affiliaties.accountId, me.id));
    assert.equal(affs.length, 2);
    assert.deepEqual(affs.find((a) => a.organisatieId === hs.id)?.onderdeelId, lectoraat);
    assert.deepEqual((await t.db.select().from(profielThemas).where(eq(profielThemas.accountId, me.id))).map((r) => r.themaCode), [themaCodes[0]]);
    assert.deepEqual(
      (await t.db.select().from(beschikbaarheden).where(eq(beschikbaarheden.accountId, me.id))).map((b) => [b.van, b.tot, b.toelichting]),
      [['2026-09-01', '2027-01-31', 'najaarssemester']],
    );
    const entries = await t.db.select().from(auditLog).where(and(eq(auditLog.actie, 'profiel.gewijzigd'), eq(auditLog.betreftAccountId, me.id)));
    assert.equal(entries.length, 1);
    assert.deepEqual(entries[0]!.wijzigingen.trefwoorden, { voor: [], na: ['informatiebeveiliging', 'open data', 'archivering'] });

    const { text } = await t.fetch('/account/profiel', getAs(browser));
    assert.ok(text.includes('name="versie" value="1"'));
    assert.ok(text.includes('informatiebeveiliging, open data, archivering'), 'the form shows what is stored');
  });

  it('saving the same profile again changes nothing and logs nothing', async () => {
    const res = await t.app.request('/account/profiel', postForm(browser, { ...valid(), versie: '1' }));
    assert.equal(res.status, 303);
    const [p] = await t.db.select({ versie: profielen.versie }).from(profielen).where(eq(profielen.accountId, me.id));
    assert.equal(p!.versie, 1);
    const entries = await t.db.select().from(auditLog).where(and(eq(auditLog.actie, 'profiel.gewijzigd'), eq(auditLog.betreftAccountId, me.id)));
    assert.equal(entries.length, 1);
  });

  it('refuses every invalid field with a message at the field and in the summary, keeping the input', async () => {
    const invalid = {
      versie: '1',
      'affiliatie-0-organisatie': 'geen-uuid',
      'affiliatie-1-organisatie': hs.id,
      'affiliatie-1-rol': 'r'.repeat(101),
      [`thema-onbestaand_THEMA!`]: 'on',
      trefwoorden: `${'x'.repeat(51)}, goed`,
      expertiseNl: 'e'.repeat(2001),
      expertiseEn: 'f'.repeat(2001),
      'periode-0-van': '2027-02-01',
      'periode-0-tot': '2027-01-01',
      'periode-1-van': '2027-02-30',
      'periode-1-tot': '2027-03-01',
      'periode-2-van': '2027-01-01',
      'periode-2-tot': '2027-03-01',
      'periode-2-toelichting': 't'.repeat(201),
      'link-0-label': 'Onveilig',
      'link-0-url': 'http://example.org',
      'link-1-label': '',
      'link-1-url': 'https://example.org/zonder-label',
    };
    const res = await t.app.request('/account/profiel', postForm(browser, invalid));
    assert.equal(res.status, 400);
    const text = await res.text();
    assert.ok(text.includes('Er is iets niet goed gegaan') || text.includes('foutoverzicht-titel'), 'error summary');
    const expectations: [string, string][] = [
      ['profiel-affiliatie-0-organisatie', 'Kies een organisatie uit de lijst.'],
      ['profiel-affiliatie-1-rol', 'Een rol is hooguit 100 tekens.'],
      ['profiel-themas', 'Kies thema&#39;s uit de lijst.'],
      ['profiel-trefwoorden', 'Elk trefwoord is 1 tot 50 tekens lang.'],
      ['profiel-expertiseNl', 'Een expertisetekst is hooguit 2000 tekens.'],
      ['profiel-expertiseEn', 'Een expertisetekst is hooguit 2000 tekens.'],
      ['profiel-periode-0-tot', 'De einddatum ligt vóór de begindatum.'],
      ['profiel-periode-1-van', 'Vul een geldige datum in'],
      ['profiel-periode-2-toelichting', 'Een toelichting is hooguit 200 tekens.'],
      ['profiel-link-0-url', 'begint met https://'],
      ['profiel-link-1-label', 'Geef elke link een omschrijving'],
    ];
    for (const [id, message] of expectations) {
      assert.ok(text.includes(`href="#${id}"`), `the summary links to ${id}`);
      assert.ok(text.includes(`id="${id}-fout"`), `${id} has its message`);
      assert.ok(text.includes(message), `says: ${message}`);
    }
    assert.ok(text.includes('value="https://example.org/zonder-label"'), 'input kept');
    assert.ok(text.includes('aria-invalid="true"'));
    const [p] = await t.db.select({ versie: profielen.versie }).from(profielen).where(eq(profielen.accountId, me.id));
    assert.equal(p!.versie, 1, 'nothing saved');
  });

  it('refuses too many keywords, links and periods, and a duplicate keyword', async () => {
    const many = Array.from({ length: 21 }, (_, i) => `woord${i}`).join(', ');
    const links = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [[`link-${i}-label`, `L${i}`], [`link-${i}-url`, `https://example.org/${i}`]]).flat());
    const periodes = Object.fromEntries(
      Array.from({ length: 11 }, (_, i) => [[`periode-${i}-van`, '2026-01-01'], [`periode-${i}-tot`, '2026-02-01']]).flat(),
    );
    const res = await t.app.request('/account/profiel', postForm(browser, { versie: '1', trefwoorden: many, ...links, ...periodes }));
    assert.equal(res.status, 400);
    const text = await res.text();
    assert.ok(text.includes('Geef hooguit 20 trefwoorden.'));
    assert.ok(text.includes('Geef hooguit 5 links.'));
    assert.ok(text.includes('Geef hooguit 10 periodes.'));
    const dup = await t.app.request('/account/profiel', postForm(browser, { versie: '1', trefwoorden: 'Data, data' }));
    assert.equal(dup.status, 400);
    assert.ok((await dup.text()).includes('Geef elke waarde maar één keer.'));
  });

  it('refuses an unknown organisation and a unit of another organisation', async () => {
    const res = await t.app.request(
      '/account/profiel',
      postForm(browser, {
        versie: '1',
        'affiliatie-0-organisatie': '00000000-0000-4000-8000-000000000000',
        'affiliatie-1-organisatie': hs.id,
        'affiliatie-1-onderdeel': faculteitElders,
      }),
    );
    assert.equal(res.status, 400);
    const text = await res.text();
    assert.ok(text.includes('id="profiel-affiliatie-0-organisatie-fout"'));
    assert.ok(text.includes('id="profiel-affiliatie-1-onderdeel-fout"'));
    assert.ok(text.includes('Kies een onderdeel van de gekozen organisatie'));
  });

  it('refuses a stale save with 409, keeps the input and overwrites nothing', async () => {
    // Another tab saved first.
    const first = await t.app.request('/account/profiel', postForm(browser, { ...valid(), versie: '1', trefwoorden: 'eerste tabblad' }));
    assert.equal(first.status, 303);
    const res = await t.app.request('/account/profiel', postForm(browser, { ...valid(), versie: '1', trefwoorden: 'tweede tabblad' }));
    assert.equal(res.status, 409);
    const text = await res.text();
    assert.ok(text.includes('intussen ergens anders gewijzigd'));
    assert.ok(text.includes('value="tweede tabblad"'), 'the input is kept');
    assert.ok(text.includes('name="versie" value="2"'), 'the form now carries the current version');
    assert.ok(text.includes('eerste tabblad'), 'shows what is stored now');
    const [p] = await t.db.select().from(profielen).where(eq(profielen.accountId, me.id));
    assert.deepEqual(p!.trefwoorden, ['eerste tabblad']);
    assert.equal(p!.versie, 2);
  });

  it('says the profile is public when it is, with a link to it', async () => {
    const { accounts } = await import('../../accounts/index.ts');
    await t.db.update(accounts).set({ profielOpenbaar: true }).where(eq(accounts.id, me.id));
    const { text } = await t.fetch('/account/profiel', getAs(browser));
    assert.ok(text.includes('Uw profiel is openbaar'));
    assert.ok(text.includes(`href="/personen/${me.id}"`));
  });
});
