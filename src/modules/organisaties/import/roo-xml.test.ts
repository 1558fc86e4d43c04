import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { count } from 'drizzle-orm';
import { createTestDatabase } from '../../../../tests/support/test-db.ts';
import type { Database } from '../../../db/client.ts';
import { organisaties } from '../schema.ts';
import { importeerRegister, leesRegisterBestand } from './import-register.ts';
import { leesRooXml } from './roo-xml.ts';
import { momentopname, organisatieOpNaam, samplesDir } from './test-helpers.ts';

const sample = fileURLToPath(new URL('roo-organisaties.xml', samplesDir));

/** A one-organisatie export around the given inner XML. */
const export1 = (inner: string) => `<?xml version="1.0"?>
<p:overheidsorganisaties xmlns:p="https://organisaties.overheid.nl/static/schema/oo/export/2.6.9">
  <p:organisaties>
${inner}
  </p:organisaties>
</p:overheidsorganisaties>`;

const organisatie = (velden: string, systeemId = '900001') =>
  `<p:organisatie p:systeemId="${systeemId}">${velden}</p:organisatie>`;

describe('ROO XML import', () => {
  let database: Database;
  before(async () => {
    database = await createTestDatabase();
  });
  after(() => database.close());

  it('a dry run reports the changes and writes nothing', async () => {
    const voor = await momentopname(database.db);
    const report = await importeerRegister(database.db, await leesRegisterBestand('roo-xml', sample), { dryRun: true });
    assert.equal(report.nieuw.length, 3);
    assert.equal(report.gewijzigd.length, 6);
    const logius = report.gewijzigd.find((r) => r.naam === 'Logius');
    assert.deepEqual(logius?.wijzigingen.find((w) => w.veld === 'oin'), { veld: 'oin', voor: '—', na: '00000001822477348000' });
    assert.equal(await momentopname(database.db), voor);
  });

  it('imports the sample: names, types, identifiers and parents', async () => {
    const [{ n: voor } = { n: 0 }] = await database.db.select({ n: count() }).from(organisaties);
    const report = await importeerRegister(database.db, await leesRegisterBestand('roo-xml', sample));
    assert.deepEqual(report.nieuw.map((r) => r.naam).sort(), ['Autoriteit Persoonsgegevens', 'Inspectie van het Onderwijs', 'Kiesraad']);
    assert.deepEqual(
      report.overgeslagen.map((o) => o.naam),
      ['Directoraat-generaal Digitalisering en Overheidsorganisatie', 'Gemeente Utrecht', 'Agentschap Telecom'],
    );
    const [{ n: na } = { n: 0 }] = await database.db.select({ n: count() }).from(organisaties);
    assert.equal(na, voor + 3, 'matched organisaties are updated, not duplicated');

    const bzk = await organisatieOpNaam(database.db, 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties');
    assert.equal(bzk.type, 'ministerie');
    assert.equal(bzk.bron, 'roo');
    assert.equal(bzk.bronId, '100001');
    assert.equal(bzk.oin, '00000001001234567000');

    // The parent-child pair: Logius is nested in BZK in the export.
    const logius = await organisatieOpNaam(database.db, 'Logius');
    assert.equal(logius.ouder, bzk.naam);
    assert.equal(logius.type, 'agentschap');
    assert.equal(logius.website, 'https://www.logius.nl', 'http and a trailing slash are normalised');
    assert.equal(logius.slug, 'logius', 'an updated organisatie keeps its URL');

    // Matched on the name without its abbreviation; nested in a skipped directoraat-generaal.
    const rvig = await organisatieOpNaam(database.db, 'Rijksdienst voor Identiteitsgegevens');
    assert.equal(rvig.afkorting, 'RvIG');
    assert.equal(rvig.ouder, bzk.naam);

    const kiesraad = await organisatieOpNaam(database.db, 'Kiesraad');
    assert.equal(kiesraad.type, 'zbo');
    assert.equal(kiesraad.ouder, bzk.naam, 'relatieMetMinisterie resolved through the TOOI identifier');
    assert.equal(kiesraad.provincie, 'Zuid-Holland');
    assert.equal(kiesraad.website, 'https://www.kiesraad.nl');

    const inspectie = await organisatieOpNaam(database.db, 'Inspectie van het Onderwijs');
    assert.equal(inspectie.type, 'inspectie');
    assert.equal(inspectie.ouder, 'Ministerie van Onderwijs, Cultuur en Wetenschap');
    assert.deepEqual(inspectie.steden, ['Utrecht']);

    // A ZBO whose ministry is not in the file but on the platform; provincie from its place.
    const ap = await organisatieOpNaam(database.db, 'Autoriteit Persoonsgegevens');
    assert.equal(ap.ouder, 'Ministerie van Justitie en Veiligheid');
    assert.equal(ap.provincie, 'Zuid-Holland');

    const duo = await organisatieOpNaam(database.db, 'Dienst Uitvoering Onderwijs');
    assert.equal(duo.provincie, 'Groningen', 'a TOOI provincie URI is understood');
  });

  it('changes nothing when run again', async () => {
    const voor = await momentopname(database.db);
    const report = await importeerRegister(database.db, await leesRegisterBestand('roo-xml', sample));
    assert.equal(report.nieuw.length, 0);
    assert.equal(report.gewijzigd.length, 0);
    assert.equal(report.ongewijzigd.length, 9);
    assert.equal(await momentopname(database.db), voor);
  });

  it('refuses malformed XML with the line at fault', () => {
    assert.throws(
      () => leesRooXml(export1('<p:organisatie p:systeemId="1"><p:naam>X</p:organisatie>'), 'kapot.xml'),
      /kapot\.xml: regel 4, kolom \d+: not valid XML/,
    );
    assert.throws(() => leesRooXml('<!DOCTYPE x [<!ENTITY a "b">]><x/>', 'x.xml'), /DOCTYPE is not allowed/);
    assert.throws(() => leesRooXml('<andere/>', 'x.xml'), /root element must be p:overheidsorganisaties/);
  });

  it('refuses a missing name, a missing systeemId and an invalid OIN with the element at fault', () => {
    const waar = '/overheidsorganisaties/organisaties/organisatie[1]';
    assert.throws(
      () => leesRooXml(export1(organisatie('<p:types><p:type>Agentschap</p:type></p:types>')), 'x.xml'),
      new RegExp(`${waar.replace(/[[\]]/g, '\\$&')}: naam is missing`),
    );
    assert.throws(
      () => leesRooXml(export1('<p:organisatie><p:naam>Zonder id</p:naam><p:types><p:type>Agentschap</p:type></p:types></p:organisatie>'), 'x.xml'),
      /organisatie\[1\]: systeemId is missing/,
    );
    const metOin = (oin: string) =>
      export1(
        `${organisatie('<p:naam>Goed</p:naam><p:types><p:type>Agentschap</p:type></p:types>', '1')}` +
          organisatie(`<p:naam>Fout</p:naam><p:types><p:type>Agentschap</p:type></p:types><p:oin>${oin}</p:oin>`, '2'),
      );
    assert.throws(() => leesRooXml(metOin('0000000100123456700'), 'x.xml'), /organisatie\[2\]: OIN: OIN '0000000100123456700' must be 20 characters/);
    assert.throws(() => leesRooXml(metOin('00000005001234567000'), 'x.xml'), /unknown prefix 00000005/);
    assert.throws(() => leesRooXml(metOin('00000099001234567000'), 'x.xml'), /test OIN/);
  });

  it('refuses an unknown provincie, an unknown parent and a taken OIN, and leaves the database as it was', async () => {
    const voor = await momentopname(database.db);
    const importeer = (inner: string) => importeerRegister(database.db, leesRooXml(export1(inner), 'x.xml'));
    const adres = (provincie: string) =>
      `<p:adressen><p:adres><p:adresType>Bezoekadres</p:adresType><p:woonplaats>Atlantis</p:woonplaats>${provincie}</p:adres></p:adressen>`;
    // A good organisatie first: it must not be written either.
    const goed = organisatie(`<p:naam>Nieuwe Dienst</p:naam><p:types><p:type>Agentschap</p:type></p:types>${adres('<p:provincie>Utrecht</p:provincie>')}`, '900000');
    await assert.rejects(
      importeer(goed + organisatie(`<p:naam>Dienst Atlantis</p:naam><p:types><p:type>Agentschap</p:type></p:types>${adres('<p:provincie>Atlantis</p:provincie>')}`)),
      /organisatie\[2\]: unknown provincie 'Atlantis'/,
    );
    await assert.rejects(
      importeer(goed + organisatie(`<p:naam>Dienst Nergens</p:naam><p:types><p:type>Agentschap</p:type></p:types>${adres('')}`)),
      /organisatie\[2\]: no provincie for 'Dienst Nergens'.*plaats 'Atlantis'/,
    );
    await assert.rejects(
      importeer(goed + organisatie(`<p:naam>Wees</p:naam><p:types><p:type>Agentschap</p:type></p:types><p:relatieMetMinisterie>Ministerie van Magie</p:relatieMetMinisterie>${adres('<p:provincie>Utrecht</p:provincie>')}`)),
      /parent 'Ministerie van Magie' of 'Wees' is neither in the file nor on the platform/,
    );
    await assert.rejects(
      // The Kiesraad by its systeemId, with the OIN of Logius.
      importeer(goed + organisatie(`<p:naam>Kiesraad</p:naam><p:types><p:type>Zelfstandig bestuursorgaan</p:type></p:types><p:oin>00000001822477348000</p:oin>${adres('<p:provincie>Utrecht</p:provincie>')}`, '100010')),
      /OIN 00000001822477348000 of 'Kiesraad' already belongs to organisatie 'Logius'/,
    );
    await assert.rejects(importeer(goed + goed), /systeemId 900000 appears twice \(also at \/overheidsorganisaties\/organisaties\/organisatie\[1\]\)/);
    assert.equal(await momentopname(database.db), voor);
  });
});
