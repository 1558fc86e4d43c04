import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createTestDatabase } from '../../../../tests/support/test-db.ts';
import type { Database } from '../../../db/client.ts';
import { decodeer } from './csv.ts';
import { leesDuoCsv } from './duo-csv.ts';
import { importeerRegister, leesRegisterBestand } from './import-register.ts';
import { leesRooCsv } from './roo-csv.ts';
import { momentopname, organisatieOpNaam, samplesDir } from './test-helpers.ts';

const sample = (naam: string) => fileURLToPath(new URL(naam, samplesDir));
const duoKop = '"SOORT HO";"PROVINCIE";"INSTELLINGSCODE";"INSTELLINGSNAAM";"PLAATSNAAM";"INTERNETADRES"';

describe('ROO CSV and DUO CSV import', () => {
  let database: Database;
  before(async () => {
    database = await createTestDatabase();
  });
  after(() => database.close());

  it('imports the ROO CSV sample with parents by systeemId and by name, and a second run changes nothing', async () => {
    const report = await importeerRegister(database.db, await leesRegisterBestand('roo-csv', sample('roo-organisaties.csv')));
    assert.deepEqual(report.nieuw.map((r) => r.naam).sort(), ['Nederlandse Emissieautoriteit', 'Rijksinstituut voor Volksgezondheid en Milieu']);
    assert.equal(report.gewijzigd.length, 5);
    assert.deepEqual(report.overgeslagen.map((o) => o.naam), ['Waterschap Rivierenland']);
    const ienw = await organisatieOpNaam(database.db, 'Ministerie van Infrastructuur en Waterstaat');
    assert.equal(ienw.oin, '00000001003214345000');
    const rws = await organisatieOpNaam(database.db, 'Rijkswaterstaat');
    assert.equal(rws.ouder, ienw.naam);
    assert.equal(rws.afkorting, 'RWS');
    assert.equal((await organisatieOpNaam(database.db, 'Nederlandse Emissieautoriteit')).ouder, ienw.naam);
    const rivm = await organisatieOpNaam(database.db, 'Rijksinstituut voor Volksgezondheid en Milieu');
    assert.equal(rivm.ouder, 'Ministerie van Volksgezondheid, Welzijn en Sport', "a parent named without 'Ministerie van'");
    assert.equal(rivm.type, 'agentschap');
    assert.equal(rivm.provincie, 'Utrecht');
    assert.equal((await organisatieOpNaam(database.db, 'Centraal Bureau voor de Statistiek')).type, 'zbo');

    const again = await importeerRegister(database.db, await leesRegisterBestand('roo-csv', sample('roo-organisaties.csv')));
    assert.deepEqual([again.nieuw.length, again.gewijzigd.length, again.ongewijzigd.length], [0, 0, 7]);
  });

  it('imports the DUO hoger-onderwijs sample: soort, BRIN, places and provincies', async () => {
    const bestand = await leesRegisterBestand('duo-csv', sample('duo-ho-instellingen.csv'));
    const voor = await momentopname(database.db);
    const proef = await importeerRegister(database.db, bestand, { dryRun: true });
    assert.equal(await momentopname(database.db), voor, 'a dry run writes nothing');
    const report = await importeerRegister(database.db, bestand);
    assert.deepEqual(report, { ...proef, dryRun: false });
    assert.deepEqual(report.nieuw.map((r) => r.naam), ['Hogeschool Wittenborg', 'Universiteit voor Humanistiek', 'Theologische Universiteit Utrecht']);
    assert.equal(report.gewijzigd.length, 5, 'reference organisaties matched by name are updated');

    const hu = await organisatieOpNaam(database.db, 'Hogeschool Utrecht');
    assert.deepEqual([hu.soort, hu.brinCode, hu.bron, hu.bronId, hu.website], ['hogeschool', '25DW', 'duo', '25DW', 'https://www.hu.nl']);
    const nhl = await organisatieOpNaam(database.db, 'NHL Stenden Hogeschool');
    assert.equal(nhl.provincie, 'Fryslân', "DUO's 'Friesland' is the provincie Fryslân");
    const haagse = await organisatieOpNaam(database.db, 'De Haagse Hogeschool');
    assert.equal(haagse.steden[0], 'Den Haag', "'S-GRAVENHAGE is written as Den Haag");
    const tuu = await organisatieOpNaam(database.db, 'Theologische Universiteit Utrecht');
    assert.deepEqual([tuu.soort, tuu.steden, tuu.website], ['universiteit', ['Utrecht'], 'https://www.tu-utrecht.nl']);
    assert.equal((await organisatieOpNaam(database.db, 'Hogeschool Wittenborg')).steden[0], 'Apeldoorn');

    const again = await importeerRegister(database.db, bestand);
    assert.deepEqual([again.nieuw.length, again.gewijzigd.length, again.ongewijzigd.length], [0, 0, 8]);
  });

  it('imports the DUO mbo sample with its RIO codes', async () => {
    const report = await importeerRegister(database.db, await leesRegisterBestand('duo-csv', sample('duo-mbo-instellingen.csv')));
    assert.equal(report.nieuw.length, 5);
    const deltion = await organisatieOpNaam(database.db, 'Deltion College');
    assert.deepEqual(
      [deltion.soort, deltion.provincie, deltion.steden, deltion.brinCode, deltion.rioOnderwijsaanbiederCode, deltion.rioOnderwijsbestuurCode],
      ['mbo-instelling', 'Overijssel', ['Zwolle'], '01OE', '100A203', '100B203'],
    );
  });

  it('refuses a missing column, a bad row and a broken quote with the line at fault', () => {
    assert.throws(() => leesDuoCsv('"PROVINCIE";"INSTELLINGSNAAM";"PLAATSNAAM"\n"Utrecht";"X";"UTRECHT"\n', 'duo.csv'), /duo\.csv: regel 1: missing required column 'INSTELLINGSCODE'/);
    assert.throws(() => leesRooCsv('Naam;Type\nX;Agentschap\n', 'roo.csv'), /regel 1: missing required column 'systeemId'/);
    assert.throws(() => leesDuoCsv(`${duoKop}\n"hbo";"Utrecht";"25DW";"HU";"UTRECHT";""\n"hbo";"Utrecht";"2X";"Fout";"UTRECHT";""\n`, 'duo.csv'), /regel 3: INSTELLINGSCODE: BRIN code must be/);
    assert.throws(() => leesDuoCsv(`${duoKop}\n"mbo?";"Utrecht";"25DW";"HU";"UTRECHT";""\n`, 'duo.csv'), /regel 2: SOORT HO 'mbo\?' is not 'hbo' or 'wo'/);
    assert.throws(() => leesDuoCsv(`${duoKop}\n"hbo";"Utrecht";"25DW";"HU";"UTRECHT"\n`, 'duo.csv'), /regel 2: not valid CSV/);
    assert.throws(() => leesDuoCsv(`${duoKop}\n"hbo";"Utrecht";"25DW";"HU";"UTRECHT";""\n"hbo";"Utr"echt";"25DX";"H";"UTRECHT";""\n`, 'duo.csv'), /regel 3: not valid CSV/);
    assert.throws(() => leesRooCsv('systeemId;Naam;Type;OIN\n1;A;Agentschap;\n2;B;Agentschap;12345\n', 'roo.csv'), /roo\.csv: regel 3: OIN: OIN '12345' must be 20 characters/);
    assert.throws(() => leesRooCsv('systeemId;Naam;Type\nabc;A;Agentschap\n', 'roo.csv'), /regel 2: systeemId 'abc' is not a number/);
  });

  it('refuses an unknown provincie and leaves the database as it was', async () => {
    const voor = await momentopname(database.db);
    const bestand = leesDuoCsv(`${duoKop}\n"hbo";"Utrecht";"99AA";"Nieuwe Hogeschool";"UTRECHT";""\n"hbo";"Atlantis";"99AB";"Hogeschool Atlantis";"ATLANTIS";""\n`, 'duo.csv');
    await assert.rejects(importeerRegister(database.db, bestand), /duo\.csv: regel 3: unknown provincie 'Atlantis'/);
    assert.equal(await momentopname(database.db), voor);
  });

  it('reads Windows-1252 files, as DUO wrote them, and leaves out a website that is no URL with a warning', () => {
    const bytes = Uint8Array.from([...Buffer.from(`${duoKop}\n"hbo";"Frysl`), 0xe2, ...Buffer.from('n";"31FR";"NHL";"LEEUWARDEN";"niet een url"\n')]);
    const parsed = leesDuoCsv(decodeer(bytes), 'oud.csv');
    assert.equal(parsed.records[0]?.provincie, 'Fryslân');
    assert.equal(parsed.records[0]?.website, undefined);
    assert.match(parsed.waarschuwingen[0] ?? '', /regel 2: website left out/);
  });
});
