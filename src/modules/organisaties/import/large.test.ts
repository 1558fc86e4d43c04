import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase } from '../../../../tests/support/test-db.ts';
import type { Database } from '../../../db/client.ts';
import { leesDuoCsv } from './duo-csv.ts';
import { importeerRegister } from './import-register.ts';
import { leesRooXml } from './roo-xml.ts';

const provincies = ['Groningen', 'Friesland', 'Drenthe', 'Overijssel', 'Flevoland', 'Gelderland', 'Utrecht', 'Noord-Holland', 'Zuid-Holland', 'Zeeland', 'Noord-Brabant', 'Limburg'];
const brin = (i: number) => `${String(10 + (i % 90)).padStart(2, '0')}${String.fromCharCode(65 + Math.floor(i / 90) % 26)}${String.fromCharCode(65 + Math.floor(i / 2340) % 26)}`;

describe('a large register file', () => {
  let database: Database;
  before(async () => {
    database = await createTestDatabase();
  });
  after(() => database.close());

  it('imports 5,000 DUO rows, and a second run changes nothing (times printed, not asserted)', async () => {
    const rijen = Array.from({ length: 5000 }, (_, i) =>
      `"${provincies[i % 12]}";"${brin(i)}";"Proefinstelling ${i}";"PLAATS ${i % 300}";"www.instelling-${i}.nl"`,
    );
    const csv = ['"PROVINCIE";"INSTELLINGSCODE";"INSTELLINGSNAAM";"PLAATSNAAM";"INTERNETADRES"', ...rijen].join('\n');
    let start = performance.now();
    const parsed = leesDuoCsv(csv, 'groot.csv');
    const lezen = performance.now() - start;
    let stappen = 0;
    start = performance.now();
    const report = await importeerRegister(database.db, parsed, { voortgang: () => stappen++ });
    const eerste = performance.now() - start;
    assert.equal(report.nieuw.length, 5000);
    assert.ok(stappen >= 10, 'progress is reported while writing');
    start = performance.now();
    const again = await importeerRegister(database.db, parsed);
    const tweede = performance.now() - start;
    assert.deepEqual([again.nieuw.length, again.gewijzigd.length, again.ongewijzigd.length], [0, 0, 5000]);
    console.log(`5,000 DUO rows: read ${lezen.toFixed(0)} ms, first import ${eerste.toFixed(0)} ms, second run ${tweede.toFixed(0)} ms`);
  });

  it('imports 2,000 nested ROO organisaties: every child under its ministry', async () => {
    const ministeries = Array.from({ length: 20 }, (_, m) => {
      const kinderen = Array.from({ length: 99 }, (_, k) =>
        `<p:organisatie p:systeemId="${800000 + m * 100 + k + 1}"><p:naam>Proefagentschap ${m}-${k}</p:naam><p:types><p:type>Agentschap</p:type></p:types>` +
        `<p:adressen><p:adres><p:adresType>Bezoekadres</p:adresType><p:woonplaats>Utrecht</p:woonplaats></p:adres></p:adressen></p:organisatie>`,
      ).join('');
      return `<p:organisatie p:systeemId="${800000 + m * 100}"><p:naam>Proefministerie ${m}</p:naam><p:types><p:type>Ministerie</p:type></p:types>` +
        `<p:adressen><p:adres><p:adresType>Bezoekadres</p:adresType><p:woonplaats>Den Haag</p:woonplaats></p:adres></p:adressen><p:organisaties>${kinderen}</p:organisaties></p:organisatie>`;
    }).join('\n');
    const xml = `<p:overheidsorganisaties xmlns:p="x"><p:organisaties>${ministeries}</p:organisaties></p:overheidsorganisaties>`;
    const start = performance.now();
    const report = await importeerRegister(database.db, leesRooXml(xml, 'groot.xml'));
    console.log(`2,000 nested ROO organisaties: ${(performance.now() - start).toFixed(0)} ms`);
    assert.equal(report.nieuw.length, 2000);
    assert.equal(report.nieuw.find((r) => r.naam === 'Proefagentschap 7-42')?.bovenliggende, 'Proefministerie 7');
  });
});
