import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { eersteOrganisatie, voegVraagstukToe, type TestOrganisatie } from '../../../../tests/support/marktplaats.ts';
import { createTestDatabase } from '../../../../tests/support/test-db.ts';
import type { Db } from '../../../db/client.ts';
import { translator } from '../../../platform/i18n.ts';
import { aanbod, aanbodPeriodes } from '../../aanbod/schema.ts';
import { accounts } from '../../accounts/schema.ts';
import { onderdelen, onderdeelThemas } from '../../organisaties/schema.ts';
import { affiliaties, profielen, profielThemas } from '../../personen/schema.ts';
import { koppelingen } from '../../koppelingen/schema.ts';
import { leesConfiguratie, standaardGewichten } from '../configuratie.ts';
import { matchingConfiguratie } from '../schema.ts';
import { uitlegRegels } from '../uitleg.ts';
import { rangschikVoorAanbod, rangschikVoorVraagstuk } from './rangschik.ts';

/** A fixed 'today': the vraagstuk window and the course periods are set around it. */
const peildatum = new Date('2026-12-01T10:00:00Z');

describe('matching engine', () => {
  let db: Db;
  let close: () => Promise<void>;
  let ministerie: TestOrganisatie;
  let hogeschool: TestOrganisatie;
  const id = {} as Record<'vraag' | 'partners' | 'open' | 'verborgen' | 'discriminatie' | 'minor' | 'boekhouden' | 'verlopen' | 'gastdocent' | 'lectoraat' | 'persoon', string>;

  before(async () => {
    const database = await createTestDatabase();
    db = database.db;
    close = () => database.close();
    ministerie = await eersteOrganisatie(db, 'rijksorganisatie', { type: 'ministerie' });
    hogeschool = await eersteOrganisatie(db, 'hogeschool');
    const vraagstuk = (v: Parameters<typeof voegVraagstukToe>[2]) => voegVraagstukToe(db, ministerie.id, { regioCode: ministerie.regio, ...v });
    const tekst = {
      titelNl: 'Toezicht op algoritmes bij de uitvoering',
      contextNl: 'Onze dienst gebruikt kunstmatige intelligentie bij het beoordelen van aanvragen.',
      vraagNl: 'Hoe houden wij verantwoord toezicht op algoritmes en voorkomen wij discriminatie?',
    };
    id.vraag = await vraagstuk({ ...tekst, vormCodes: ['praktijkopdracht', 'onderwijsmodule'], niveaus: ['hbo-bachelor'], vroegsteStart: '2027-01-15', deadline: '2027-07-01' });
    id.partners = await vraagstuk({ ...tekst, vertrouwelijkheid: 'partners' });
    id.open = await vraagstuk({ ...tekst });
    id.verborgen = await vraagstuk({ ...tekst, vertrouwelijkheid: 'na-introductie' });

    const eigenaarZonderOrganisatie = (await db.insert(accounts).values({ naam: 'Losse gastdocent' }).returning({ id: accounts.id }))[0]!.id;
    const voegAanbodToe = async (v: Partial<typeof aanbod.$inferInsert>, periode?: { label: string; van: string; tot: string }) => {
      const [rij] = await db
        .insert(aanbod)
        .values({ soort: 'onderwijs', status: 'gepubliceerd', gepubliceerdOp: new Date('2026-11-01'), organisatieId: hogeschool.id, regioCode: hogeschool.regio, ...v })
        .returning({ id: aanbod.id });
      if (periode) await db.insert(aanbodPeriodes).values({ aanbodId: rij!.id, soort: 'semester', ...periode });
      return rij!.id;
    };
    id.minor = await voegAanbodToe(
      { titelNl: 'Minor Verantwoorde AI', beschrijvingNl: 'Studenten onderzoeken algoritmes en het toezicht daarop in de publieke sector.', themaCodes: ['data-en-ai'], vormCodes: ['praktijkopdracht'], niveaus: ['hbo-bachelor'] },
      { label: 'Semester 2, 2026-2027', van: '2027-02-01', tot: '2027-06-30' },
    );
    id.boekhouden = await voegAanbodToe({ titelNl: 'Boekhouden voor beginners', beschrijvingNl: 'Een vak over boekhouding bij de uitvoering van subsidies.', vormCodes: ['praktijkopdracht'] });
    id.verlopen = await voegAanbodToe(
      { titelNl: 'Cursus toezicht op algoritmes', beschrijvingNl: 'Verantwoord toezicht op algoritmes.', themaCodes: ['data-en-ai'] },
      { label: 'Semester 1, 2025-2026', van: '2025-09-01', tot: '2026-01-31' },
    );
    id.discriminatie = await voegAanbodToe({ titelNl: 'Werkgroep discriminatie', beschrijvingNl: 'Discriminatie door beslissystemen voorkomen.' });
    id.gastdocent = await voegAanbodToe({ soort: 'gastdocent', organisatieId: null, regioCode: null, aangemaaktDoor: eigenaarZonderOrganisatie, titelNl: 'Gastcollege over toezicht op algoritmes', beschrijvingNl: 'Verantwoord toezicht op algoritmes.' });

    id.lectoraat = (await db.insert(onderdelen).values({ organisatieId: hogeschool.id, soort: 'lectoraat', naam: 'Lectoraat Verantwoorde AI', slug: 'lectoraat-verantwoorde-ai', beschrijvingNl: 'Onderzoek naar toezicht op algoritmes.' }).returning({ id: onderdelen.id }))[0]!.id;
    await db.insert(onderdeelThemas).values({ onderdeelId: id.lectoraat, themaCode: 'data-en-ai' });
    id.persoon = (await db.insert(accounts).values({ naam: 'Dr. A. Lector', persoonstype: 'lector', profielOpenbaar: true }).returning({ id: accounts.id }))[0]!.id;
    await db.insert(affiliaties).values({ accountId: id.persoon, organisatieId: hogeschool.id, onderdeelId: id.lectoraat, rol: 'lector' });
    await db.insert(profielen).values({ accountId: id.persoon, expertiseNl: 'Toezicht op algoritmes en uitlegbare AI.' });
    await db.insert(profielThemas).values({ accountId: id.persoon, themaCode: 'data-en-ai' });
    await db.execute(sql`select ip_matching_statistiek_verversen()`);
  });
  after(() => close());

  it('ranks the minor on responsible AI above an unrelated course, and leaves out a course whose only period ended', async () => {
    const r = await rangschikVoorVraagstuk(db, id.vraag, { peildatum, soorten: ['aanbod'] });
    const ids = r.map((s) => s.kandidaatId);
    assert.equal(ids[0], id.minor);
    assert.ok(!ids.includes(id.verlopen), 'the ended course is excluded');
    if (ids.includes(id.boekhouden)) assert.ok(r[0]!.score > r[ids.indexOf(id.boekhouden)]!.score);
    const minor = r[0]!;
    assert.equal(minor.richting, 'vraagstuk');
    assert.equal(minor.vraagstukId, id.vraag);
    assert.ok(minor.score > 0 && minor.score <= 1);
    assert.equal(minor.signalen.length, 9);
    for (let i = 1; i < minor.signalen.length; i++) assert.ok(minor.signalen[i - 1]!.bijdrage >= minor.signalen[i]!.bijdrage);
    const som = minor.signalen.reduce((n, s) => n + s.bijdrage, 0);
    assert.ok(Math.abs(som - minor.score) < 0.001);
  });

  it('explains a suggestion in Dutch and English', async () => {
    const [minor] = await rangschikVoorVraagstuk(db, id.vraag, { peildatum, soorten: ['aanbod'], limiet: 1 });
    const nl = uitlegRegels(minor!.signalen, translator('nl'), 9);
    const en = uitlegRegels(minor!.signalen, translator('en'), 9);
    assert.ok(nl.includes("Gemeenschappelijke thema's: Data en AI"), nl.join(' | '));
    assert.ok(nl.includes('Periode past: Semester 2, 2026-2027'), nl.join(' | '));
    assert.ok(nl.includes('Vorm past: Praktijkopdracht'), nl.join(' | '));
    assert.ok(nl.some((z) => /^Gedeelde woorden: .*algoritmes/.test(z)), nl.join(' | '));
    assert.ok(en.includes('Shared themes: Data and AI'), en.join(' | '));
    assert.ok(en.includes('Period fits: Semester 2, 2026-2027'), en.join(' | '));
    assert.equal(uitlegRegels(minor!.signalen, translator('nl')).length, 3);
  });

  it('also suggests onderdelen and people, each kind limited separately', async () => {
    const r = await rangschikVoorVraagstuk(db, id.vraag, { peildatum, limiet: 1 });
    assert.deepEqual(new Set(r.map((s) => s.kandidaatSoort)), new Set(['aanbod', 'onderdeel', 'persoon']));
    assert.equal(r.find((s) => s.kandidaatSoort === 'onderdeel')!.kandidaatId, id.lectoraat);
    assert.equal(r.find((s) => s.kandidaatSoort === 'persoon')!.kandidaatId, id.persoon);
    for (let i = 1; i < r.length; i++) assert.ok(r[i - 1]!.score >= r[i]!.score);
  });

  it('never suggests a candidate outside the partners for a partners-only vraagstuk', async () => {
    const open = (await rangschikVoorVraagstuk(db, id.open, { peildatum, soorten: ['aanbod'] })).map((s) => s.kandidaatId);
    assert.ok(open.includes(id.gastdocent), 'an openbaar vraagstuk may get the guest lecturer without organisatie');
    const partners = (await rangschikVoorVraagstuk(db, id.partners, { peildatum, soorten: ['aanbod'] })).map((s) => s.kandidaatId);
    assert.ok(partners.length > 0);
    assert.ok(!partners.includes(id.gastdocent));
  });

  it('explains a na-introductie vraagstuk with words of its public summary only', async () => {
    const woorden = async (vraagstukId: string) => {
      const r = await rangschikVoorVraagstuk(db, vraagstukId, { peildatum, soorten: ['aanbod'] });
      const s = r.find((x) => x.kandidaatId === id.discriminatie);
      return String(s?.signalen.find((x) => x.signaal === 'tekst')?.uitleg?.params.woorden ?? '');
    };
    assert.equal(await woorden(id.open), 'discriminatie, voorkomen');
    const verborgen = await woorden(id.verborgen);
    assert.ok(!verborgen.includes('discriminatie') && !verborgen.includes('voorkomen'), verborgen);
  });

  it('ranks vraagstukken for an aanbod item', async () => {
    const r = await rangschikVoorAanbod(db, id.minor, { peildatum });
    assert.ok(r.length > 0);
    assert.ok(r.every((s) => s.richting === 'aanbod' && s.kandidaatSoort === 'aanbod' && s.kandidaatId === id.minor));
    assert.ok(r.some((s) => s.vraagstukId === id.vraag));
    const viaVraagstuk = (await rangschikVoorVraagstuk(db, id.vraag, { peildatum, soorten: ['aanbod'], limiet: 1 }))[0]!;
    const viaAanbod = r.find((s) => s.vraagstukId === id.vraag)!;
    assert.equal(viaAanbod.signalen.find((s) => s.signaal === 'thema')!.waarde, viaVraagstuk.signalen.find((s) => s.signaal === 'thema')!.waarde);
  });

  it('uses the given weights instead of the configured ones', async () => {
    const alleenVersheid = Object.fromEntries(Object.keys(standaardGewichten).map((s) => [s, s === 'versheid' ? 1 : 0])) as typeof standaardGewichten;
    const [s] = await rangschikVoorVraagstuk(db, id.vraag, { peildatum, soorten: ['aanbod'], limiet: 1, gewichten: alleenVersheid });
    assert.equal(s!.score, s!.signalen.find((x) => x.signaal === 'versheid')!.waarde);
  });

  it('counts an earlier accepted koppeling between the same organisaties', async () => {
    const eerder = async () => (await rangschikVoorVraagstuk(db, id.vraag, { peildatum, soorten: ['aanbod'], limiet: 1 }))[0]!.signalen.find((s) => s.signaal === 'eerder')!;
    assert.equal((await eerder()).waarde, 0);
    await db.insert(koppelingen).values({ vraagstukId: id.open, kandidaatSoort: 'onderdeel', onderdeelId: id.lectoraat, status: 'geaccepteerd', bron: 'verbinder' });
    const s = await eerder();
    assert.equal(s.waarde, 0.7);
    assert.deepEqual(s.uitleg, { sleutel: 'matching.uitleg.eerder', params: { organisatie: hogeschool.naam } });
  });

  it('reads the configured weights, and falls back to the defaults without a usable row', async () => {
    assert.deepEqual((await leesConfiguratie(db)).gewichten, standaardGewichten);
    await db.update(matchingConfiguratie).set({ gewichten: { ...standaardGewichten, tekst: 0.9, thema: 7 } });
    assert.deepEqual((await leesConfiguratie(db)).gewichten, { ...standaardGewichten, tekst: 0.9 });
    await db.delete(matchingConfiguratie);
    const c = await leesConfiguratie(db);
    assert.deepEqual([c.gewichten, c.versie, c.stagnatieDagen], [standaardGewichten, 0, 14]);
    assert.ok((await rangschikVoorVraagstuk(db, id.vraag, { peildatum })).length > 0);
  });

  it('answers [] for an unknown or malformed id', async () => {
    assert.deepEqual(await rangschikVoorVraagstuk(db, '00000000-0000-4000-8000-000000000000'), []);
    assert.deepEqual(await rangschikVoorVraagstuk(db, 'geen-uuid'), []);
    assert.deepEqual(await rangschikVoorAanbod(db, "1' or 1=1 --"), []);
  });
});
