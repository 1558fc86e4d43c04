import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { adviseerVormen, type Vorm } from './vormenwijzer.ts';

// The reference forms, exactly as the seed loads them into samenwerkingsvormen.
type RefForm = { key: string; nl: string; en: string; levels: string[]; typicalWeeks: [number, number]; typicalStudents: [number, number]; depth: string };
const ref = JSON.parse(readFileSync(new URL('../../../reference/partnership.json', import.meta.url), 'utf8')) as { forms: RefForm[] };
const vormen: Vorm[] = ref.forms.map((f) => ({
  code: f.key,
  naamNl: f.nl,
  naamEn: f.en,
  niveaus: f.levels,
  wekenMin: f.typicalWeeks[0],
  wekenMax: f.typicalWeeks[1],
  studentenMin: f.typicalStudents[0],
  studentenMax: f.typicalStudents[1],
  diepgang: f.depth,
}));
const codes = (r: ReturnType<typeof adviseerVormen>) => r.adviezen.map((a) => a.vorm.code);

describe('vormenwijzer', () => {
  it('suggests a graduation project for half a year of research by one or two students', () => {
    const r = adviseerVormen({ duurWeken: 20, diepgang: 'onderzoek', niveaus: ['hbo-bachelor'], aantalStudenten: 1 }, vormen);
    assert.equal(codes(r)[0], 'afstudeeropdracht');
    assert.deepEqual(r.ontbreekt, []);
    const eerste = r.adviezen[0]!;
    assert.equal(eerste.score, eerste.maxScore, 'everything fits');
    assert.deepEqual(
      eerste.redenen.map((x) => [x.key, x.params]),
      [
        ['vraagstukken.vormenwijzer.reden.niveauPast', { niveaus: 'hbo' }],
        ['vraagstukken.vormenwijzer.reden.duurPast', { min: '17', max: '26', duur: '20' }],
        ['vraagstukken.vormenwijzer.reden.studentenPast', { aantal: '1', min: '1', max: '2' }],
        ['vraagstukken.vormenwijzer.reden.diepgangPast', { diepgang: 'onderzoek' }],
      ],
    );
    assert.ok(!codes(r).includes('promotieonderzoek'), 'a PhD is wo only and years long');
    assert.ok(!codes(r).includes('gastcollege'));
  });

  it('suggests practical and group assignments for eight weeks of applied work by a team', () => {
    const r = adviseerVormen({ duurWeken: 8, diepgang: 'toepassing', niveaus: ['hbo-bachelor', 'wo-master'], aantalStudenten: 4 }, vormen);
    assert.deepEqual(codes(r).slice(0, 2).sort(), ['groepsopdracht', 'praktijkopdracht']);
    const praktijk = r.adviezen.find((a) => a.vorm.code === 'praktijkopdracht')!;
    assert.ok(praktijk.redenen.some((x) => x.key.endsWith('duurPast') && x.params.duur === '8' && x.params.min === '4' && x.params.max === '10'));
  });

  it('leaves out forms of another level, and names the missing inputs', () => {
    const r = adviseerVormen({ niveaus: ['mbo'] }, vormen);
    assert.deepEqual(r.ontbreekt, ['duurWeken', 'diepgang', 'aantalStudenten']);
    assert.ok(codes(r).includes('stage'));
    for (const hboWo of ['groepsopdracht', 'onderwijsmodule', 'onderzoek', 'promotieonderzoek', 'professional-doctorate', 'bijscholing']) assert.ok(!codes(r).includes(hboWo), hboWo);
  });

  it('gives no advice without any input, and a near duration half the points', () => {
    assert.deepEqual(adviseerVormen({}, vormen), { adviezen: [], ontbreekt: ['duurWeken', 'diepgang', 'niveaus', 'aantalStudenten'] });
    const r = adviseerVormen({ duurWeken: 12 }, vormen);
    const praktijk = r.adviezen.find((a) => a.vorm.code === 'praktijkopdracht')!;
    assert.equal(praktijk.score, 1);
    assert.equal(praktijk.redenen[0]!.key, 'vraagstukken.vormenwijzer.reden.duurBijna');
    assert.ok(!codes(r).includes('promotieonderzoek') && !codes(r).includes('gastcollege'), 'another length is left out');
  });
});
