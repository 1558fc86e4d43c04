import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signalen, standaardGewichten } from '../configuratie.ts';
import {
  capaciteitSignaal,
  combineer,
  eerderSignaal,
  niveauSignaal,
  regioSignaal,
  tekstSignaal,
  themaSignaal,
  timingSignaal,
  timingUitsluiting,
  uitsluiting,
  vraagVenster,
  versheidSignaal,
  vormSignaal,
} from './signalen.ts';
import type { OnderwijsKant, Periode, VraagKant } from './typen.ts';

const vandaag = '2026-11-28';
const periode = (van: string, tot: string, label = `${van}/${tot}`): Periode => ({ van, tot, label: { nl: label, en: label } });

const vraag = (v: Partial<VraagKant> = {}): VraagKant => ({
  id: 'v',
  organisatieId: 'ministerie',
  organisatieNaam: 'Ministerie',
  onderdeelId: null,
  titel: 'Vraag',
  themas: new Map(),
  vormCodes: [],
  niveaus: [],
  regioCode: 'west',
  landelijk: false,
  vroegsteStart: '2027-02-01',
  deadline: '2027-07-31',
  aantalStudenten: null,
  aantalTeams: null,
  vertrouwelijkheid: 'openbaar',
  bijgewerkt: null,
  ...v,
});

const onderwijs = (o: Partial<OnderwijsKant> = {}): OnderwijsKant => ({
  soort: 'aanbod',
  id: 'a',
  titel: 'Aanbod',
  organisaties: [{ id: 'hogeschool', naam: 'Hogeschool' }],
  onderdeelIds: [],
  themas: new Map(),
  vormCodes: [],
  niveaus: [],
  sectoren: [],
  regioCodes: [],
  landelijk: false,
  periodes: [],
  intakeDeadline: null,
  aantalStudenten: null,
  aantalTeams: null,
  binnenPartners: true,
  lidVan: [],
  ambtenaar: false,
  bijgewerkt: null,
  ...o,
});

describe('timing against the academic calendar', () => {
  it('takes the window from the earliest start (not before today) to the deadline, or a year on', () => {
    assert.deepEqual(vraagVenster({ vroegsteStart: '2027-02-01', deadline: '2027-07-31' }, vandaag), { van: '2027-02-01', tot: '2027-07-31' });
    assert.deepEqual(vraagVenster({ vroegsteStart: '2026-01-01', deadline: null }, vandaag), { van: vandaag, tot: '2027-11-28' });
    assert.deepEqual(vraagVenster({ vroegsteStart: null, deadline: '2026-10-01' }, vandaag), { van: vandaag, tot: vandaag });
  });

  it('fits a period that starts in the window, partly one that is already running; neutral without periods', () => {
    const v = { vroegsteStart: '2027-02-01', deadline: '2027-07-31' };
    const past = timingSignaal(v, [periode('2026-09-01', '2027-01-31', 'Semester 1'), periode('2027-02-08', '2027-07-09', 'Semester 2, 2026-2027')], vandaag);
    assert.equal(past.waarde, 1);
    assert.deepEqual(past.uitleg, { sleutel: 'matching.uitleg.periodePast', params: { 'periode.nl': 'Semester 2, 2026-2027', 'periode.en': 'Semester 2, 2026-2027' } });
    const loopt = timingSignaal(v, [periode('2026-09-01', '2027-03-31', 'Jaarproject')], vandaag);
    assert.equal(loopt.waarde, 0.6);
    assert.equal(loopt.uitleg?.sleutel, 'matching.uitleg.periodeLoopt');
    assert.deepEqual(timingSignaal(v, [], vandaag), { waarde: 0.5, uitleg: null });
  });

  it('excludes a candidate whose periods all ended before the window or start after the deadline, or whose intake closed', () => {
    const v = { vroegsteStart: '2027-02-01', deadline: '2027-07-31' };
    assert.equal(timingUitsluiting(v, { periodes: [periode('2025-09-01', '2026-01-31')], intakeDeadline: null }, vandaag), 'periode');
    assert.equal(timingUitsluiting(v, { periodes: [periode('2027-09-01', '2028-01-31')], intakeDeadline: null }, vandaag), 'periode');
    assert.equal(timingUitsluiting(v, { periodes: [periode('2025-09-01', '2026-01-31'), periode('2027-02-01', '2027-06-30')], intakeDeadline: null }, vandaag), null);
    assert.equal(timingUitsluiting(v, { periodes: [], intakeDeadline: null }, vandaag), null);
    assert.equal(timingUitsluiting(v, { periodes: [periode('2027-02-01', '2027-06-30')], intakeDeadline: '2026-11-27' }, vandaag), 'intake');
    assert.equal(timingUitsluiting(v, { periodes: [periode('2027-02-01', '2027-06-30')], intakeDeadline: vandaag }, vandaag), null);
  });
});

describe('hard constraints', () => {
  it('excludes a form the vraagstuk does not allow, but not when either side states none', () => {
    assert.equal(uitsluiting(vraag({ vormCodes: ['afstudeeropdracht'] }), onderwijs({ vormCodes: ['gastcollege'] }), vandaag), 'vorm');
    assert.equal(uitsluiting(vraag({ vormCodes: ['afstudeeropdracht'] }), onderwijs({ vormCodes: ['gastcollege', 'afstudeeropdracht'] }), vandaag), null);
    assert.equal(uitsluiting(vraag({ vormCodes: ['afstudeeropdracht'] }), onderwijs({ soort: 'onderdeel' }), vandaag), null);
    assert.equal(uitsluiting(vraag(), onderwijs({ vormCodes: ['gastcollege'] }), vandaag), null);
  });

  it('keeps a partners-only vraagstuk from candidates outside the partner organisaties', () => {
    assert.equal(uitsluiting(vraag({ vertrouwelijkheid: 'partners' }), onderwijs({ binnenPartners: false, organisaties: [] }), vandaag), 'partners');
    assert.equal(uitsluiting(vraag({ vertrouwelijkheid: 'partners' }), onderwijs(), vandaag), null);
    assert.equal(uitsluiting(vraag(), onderwijs({ binnenPartners: false, organisaties: [] }), vandaag), null);
  });

  it('never suggests the civil servants of the question side as people', () => {
    assert.equal(uitsluiting(vraag(), onderwijs({ soort: 'persoon', ambtenaar: true }), vandaag), 'eigen-organisatie');
    assert.equal(uitsluiting(vraag(), onderwijs({ soort: 'persoon', lidVan: ['ministerie'] }), vandaag), 'eigen-organisatie');
    assert.equal(uitsluiting(vraag(), onderwijs({ soort: 'persoon', lidVan: ['hogeschool'] }), vandaag), null);
  });
});

describe('soft signals', () => {
  const themaNamen = new Map([
    ['data-en-ai', { nl: 'Data en AI', en: 'Data and AI' }],
    ['informatiehuishouding', { nl: 'Informatiehuishouding', en: 'Information management' }],
  ]);

  it('text: BM25 against its measure, blended with the title similarity', () => {
    assert.equal(tekstSignaal(4, 4, null, ['algoritmes']).waarde, 1);
    assert.equal(tekstSignaal(1, 4, null, []).waarde, 0.5);
    assert.equal(tekstSignaal(0, 0, null, []).waarde, 0);
    assert.equal(tekstSignaal(4, 4, 0, []).waarde, 0.85);
    assert.deepEqual(tekstSignaal(4, 4, null, ['algoritmes', 'toezicht']).uitleg, { sleutel: 'matching.uitleg.tekst', params: { woorden: 'algoritmes, toezicht' } });
  });

  it('themes: coverage of the vraagstuk themes, inferred ones weaker; neutral without themes', () => {
    const v = new Map([['data-en-ai', 1], ['informatiehuishouding', 1]]);
    const beide = themaSignaal(v, new Map([['data-en-ai', 1], ['informatiehuishouding', 1]]), themaNamen);
    assert.equal(beide.waarde, 1);
    assert.deepEqual(beide.uitleg?.params, { 'themas.nl': 'Data en AI, Informatiehuishouding', 'themas.en': 'Data and AI, Information management' });
    const een = themaSignaal(v, new Map([['data-en-ai', 1]]), themaNamen).waarde;
    const afgeleid = themaSignaal(v, new Map([['data-en-ai', 0.6]]), themaNamen).waarde;
    assert.ok(een < 1 && afgeleid < een && afgeleid > 0);
    assert.equal(themaSignaal(v, new Map([['cybersecurity', 1]]), themaNamen).waarde, 0);
    assert.deepEqual(themaSignaal(new Map(), new Map([['data-en-ai', 1]]), themaNamen), { waarde: 0.5, uitleg: null });
  });

  it('form and level', () => {
    const vormNamen = new Map([['stage', { nl: 'Stage', en: 'Internship' }]]);
    assert.equal(vormSignaal(['stage', 'onderzoek'], ['stage'], vormNamen).waarde, 1);
    assert.deepEqual(vormSignaal([], ['stage'], vormNamen), { waarde: 0.75, uitleg: { sleutel: 'matching.uitleg.vormOnbekend', params: {} } });
    assert.equal(vormSignaal(['stage'], [], vormNamen).waarde, 0.75);
    assert.equal(niveauSignaal(['hbo-bachelor'], ['hbo-bachelor', 'hbo-master'], []).waarde, 1);
    assert.equal(niveauSignaal(['hbo-bachelor'], ['hbo-master'], []).waarde, 0.6);
    assert.equal(niveauSignaal(['mbo'], ['wo-master'], []).waarde, 0.1);
    assert.equal(niveauSignaal(['wo-master'], [], ['wo']).waarde, 0.8);
    assert.equal(niveauSignaal(['mbo'], [], ['wo']).waarde, 0.15);
    assert.equal(niveauSignaal(['mbo'], [], []).waarde, 0.5);
    assert.equal(niveauSignaal([], ['mbo'], []).waarde, 0.5);
  });

  it('regio: same 1, landelijk 0.6, other 0.2, unknown neutral', () => {
    const namen = new Map([['oost', 'Oost'], ['west', 'West']]);
    assert.deepEqual(regioSignaal(vraag({ regioCode: 'oost' }), onderwijs({ regioCodes: ['oost'] }), namen), { waarde: 1, uitleg: { sleutel: 'matching.uitleg.regioZelfde', params: { regio: 'Oost' } } });
    assert.equal(regioSignaal(vraag(), onderwijs({ landelijk: true }), namen).waarde, 0.6);
    assert.equal(regioSignaal(vraag({ landelijk: true }), onderwijs({ regioCodes: ['oost'] }), namen).waarde, 0.6);
    assert.equal(regioSignaal(vraag(), onderwijs({ regioCodes: ['oost'] }), namen).waarde, 0.2);
    assert.equal(regioSignaal(vraag(), onderwijs(), namen).waarde, 0.5);
  });

  it('capacity, earlier collaboration and freshness', () => {
    assert.equal(capaciteitSignaal(vraag({ aantalStudenten: 4 }), onderwijs({ aantalStudenten: 30 })).waarde, 1);
    assert.equal(capaciteitSignaal(vraag({ aantalStudenten: 4 }), onderwijs({ aantalStudenten: 2 })).waarde, 0.5);
    assert.equal(capaciteitSignaal(vraag({ aantalStudenten: 4 }), onderwijs()).waarde, 0.5);
    const eerder = [{ vraagOrganisatieId: 'ministerie', vraagOnderdeelId: null, onderwijsOrganisatieId: 'hogeschool', onderwijsOnderdeelId: 'lectoraat' }];
    assert.equal(eerderSignaal(vraag(), onderwijs({ onderdeelIds: ['lectoraat'] }), eerder, 'vraagstuk').waarde, 1);
    const organisatie = eerderSignaal(vraag(), onderwijs(), eerder, 'vraagstuk');
    assert.deepEqual(organisatie, { waarde: 0.7, uitleg: { sleutel: 'matching.uitleg.eerder', params: { organisatie: 'Hogeschool' } } });
    assert.equal(eerderSignaal(vraag(), onderwijs(), eerder, 'aanbod').uitleg?.params.organisatie, 'Ministerie');
    assert.equal(eerderSignaal(vraag({ organisatieId: 'ander' }), onderwijs(), eerder, 'vraagstuk').waarde, 0);
    const peildatum = new Date('2026-11-28T12:00:00Z');
    assert.equal(versheidSignaal(peildatum.getTime(), peildatum).waarde, 1);
    assert.equal(versheidSignaal(peildatum.getTime() - 120 * 86_400_000, peildatum).waarde, 0.5);
    assert.equal(versheidSignaal(null, peildatum).waarde, 0.5);
  });
});

describe('combineer', () => {
  it('is the weighted mean; each signal carries its part, most contributing first, ties in signal order', () => {
    const uitkomsten = Object.fromEntries(signalen.map((s) => [s, { waarde: s === 'thema' ? 1 : 0.5, uitleg: null }])) as Parameters<typeof combineer>[0];
    const { score, signalen: lijst } = combineer(uitkomsten, standaardGewichten);
    const som = signalen.reduce((n, s) => n + standaardGewichten[s], 0);
    assert.ok(Math.abs(score - (0.5 * (som - standaardGewichten.thema) + standaardGewichten.thema) / som) < 1e-4);
    assert.deepEqual(lijst.map((s) => s.signaal).slice(0, 3), ['thema', 'tekst', 'vorm']);
    assert.ok(Math.abs(lijst.reduce((n, s) => n + s.bijdrage, 0) - score) < 1e-3);
    const alleenTekst = Object.fromEntries(signalen.map((s) => [s, s === 'tekst' ? 1 : 0])) as typeof standaardGewichten;
    assert.equal(combineer(uitkomsten, alleenTekst).score, 0.5);
  });
});
