import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { translator } from '../../platform/i18n.ts';
import type { OpgeslagenSignaal } from './schema.ts';
import { signaalNaam, signaalOmschrijving, uitlegRegels } from './uitleg.ts';

const nl = translator('nl');
const en = translator('en');

const signaal = (signaal: string, waarde: number, bijdrage: number, uitleg: OpgeslagenSignaal['uitleg']): OpgeslagenSignaal => ({ signaal, waarde, gewicht: 0.1, bijdrage, uitleg });

const signalen: OpgeslagenSignaal[] = [
  signaal('thema', 1, 0.22, { sleutel: 'matching.uitleg.thema', params: { 'themas.nl': 'Data en AI, Informatiehuishouding', 'themas.en': 'Data and AI, Information management' } }),
  signaal('tekst', 0.4, 0.12, { sleutel: 'matching.uitleg.tekst', params: { woorden: 'algoritmes, toezicht' } }),
  signaal('timing', 1, 0.1, { sleutel: 'matching.uitleg.periodePast', params: { 'periode.nl': 'Semester 2, 2026-2027', 'periode.en': 'Semester 2, 2026-2027' } }),
  signaal('regio', 1, 0.08, { sleutel: 'matching.uitleg.regioZelfde', params: { regio: 'Oost' } }),
  signaal('niveau', 0.6, 0.05, { sleutel: 'matching.uitleg.niveau', params: { niveaus: 'hbo-bachelor,wo-master' } }),
  signaal('vorm', 0.75, 0.05, { sleutel: 'matching.uitleg.vormOnbekend', params: {} }),
  signaal('capaciteit', 0.25, 0.01, { sleutel: 'matching.uitleg.capaciteit.studentenTeWeinig', params: { aangeboden: 1, gevraagd: 4 } }),
  signaal('versheid', 0.9, 0.01, { sleutel: 'matching.uitleg.versheid', params: { count: 1 } }),
  signaal('eerder', 0, 0, null),
];

describe('uitleg', () => {
  it('gives the top contributions as plain sentences, in Dutch and English', () => {
    assert.deepEqual(uitlegRegels(signalen, nl), ["Gemeenschappelijke thema's: Data en AI, Informatiehuishouding", 'Gedeelde woorden: algoritmes, toezicht', 'Periode past: Semester 2, 2026-2027']);
    assert.deepEqual(uitlegRegels(signalen, en, 4), ['Shared themes: Data and AI, Information management', 'Shared words: algoritmes, toezicht', 'Period fits: Semester 2, 2026-2027', 'Same region: Oost']);
  });

  it('never gives a reason against the candidate as a reason for it', () => {
    const alle = uitlegRegels(signalen, nl, 20);
    assert.equal(alle.length, 6);
    assert.ok(!alle.some((z) => z.includes('gevraagde studenten')));
    assert.ok(alle.includes('Niveau past: hbo-bachelor, wo-master'));
    assert.ok(alle.includes('1 dag geleden bijgewerkt'));
  });

  it('describes every signal for the full breakdown, also those without an explanation', () => {
    assert.equal(signaalOmschrijving(signalen[6]!, nl), 'Plaats voor 1 van de 4 gevraagde studenten');
    assert.equal(signaalOmschrijving(signalen[5]!, nl), 'Vorm niet opgegeven; telt als waarschijnlijk passend');
    assert.equal(signaalOmschrijving(signaal('capaciteit', 0.5, 0.015, null), nl), 'Niet bekend; telt neutraal mee.');
    assert.equal(signaalOmschrijving(signalen[8]!, en), 'No earlier collaboration.');
    assert.equal(signaalOmschrijving(signaal('niveau', 0.8, 0.06, { sleutel: 'matching.uitleg.sector', params: { sector: 'hbo' } }), en), 'Same sector of education: HBO (applied sciences)');
    assert.equal(signaalNaam('thema', nl), "Thema's");
    assert.equal(signaalNaam('tekst', en), 'Text similarity');
  });
});
