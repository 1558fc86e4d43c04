import { eersteOrganisatie, voegVraagstukToe } from '../../../tests/support/marktplaats.ts';
import { createAccount } from '../../../tests/support/accounts.ts';
import type { createTestApp } from '../../../tests/support/test-app.ts';
import { accounts } from '../accounts/schema.ts';
import { aanbod, aanbodPeriodes } from '../aanbod/schema.ts';
import { onderdeelContactpersonen, onderdelen } from '../organisaties/schema.ts';
import { profielen } from '../personen/schema.ts';
import { eq } from 'drizzle-orm';

/**
 * The people and things the koppeling tests share (not a test file: the commands, pages and API
 * tests each build them in their own database):
 * - a ministry with a published na-introductie vraagstuk (made by `ambtenaar`), and a concept one;
 * - a hogeschool with published aanbod of `docent` (with a run in 2027) and a concept item, a
 *   lectoraat whose contact person is `lector`, and `coordinator` of the hogeschool;
 * - `persoon` with a public profile; the `verbinder` of the ministry's regio; a `vreemde` docent of
 *   another hogeschool; a `beheerder`; `beide`, a member of the ministry who also owns aanbod.
 */
export type Fixtures = Awaited<ReturnType<typeof koppelingFixtures>>;

export async function koppelingFixtures(t: Awaited<ReturnType<typeof createTestApp>>) {
  const db = t.db;
  const ministerie = await eersteOrganisatie(db, 'rijksorganisatie');
  const hogeschool = await eersteOrganisatie(db, 'hogeschool');
  const andereHogeschool = await eersteOrganisatie(db, 'hogeschool', { offset: 1 });
  const maak = (naam: string, extra: Parameters<typeof createAccount>[2] = {}) =>
    createAccount(db, t.config, { naam, email: `${naam.toLowerCase().replace(/\s+/g, '.')}@example.org`, ...extra });
  const ambtenaar = await maak('Anna Ambtenaar', { persoonstype: 'ambtenaar', lidmaatschappen: [{ organisatieId: ministerie.id, rol: 'lid' }] });
  const docent = await maak('Dirk Docent', { persoonstype: 'docent', lidmaatschappen: [{ organisatieId: hogeschool.id, rol: 'lid' }] });
  const coordinator = await maak('Cora Coordinator', { persoonstype: 'docent', lidmaatschappen: [{ organisatieId: hogeschool.id, rol: 'coordinator' }] });
  const lector = await maak('Lotte Lector', { persoonstype: 'lector', lidmaatschappen: [{ organisatieId: hogeschool.id, rol: 'lid' }] });
  const persoon = await maak('Pim Profiel', { persoonstype: 'onderzoeker' });
  const verbinder = await maak('Vera Verbinder', { platformrollen: [{ rol: 'verbinder', regioCode: ministerie.regio }] });
  const vreemde = await maak('Victor Vreemd', { persoonstype: 'docent', lidmaatschappen: [{ organisatieId: andereHogeschool.id, rol: 'lid' }] });
  const beheerder = await maak('Bea Beheerder', { platformrollen: [{ rol: 'beheerder' }] });
  const beide = await maak('Bram Beide', { persoonstype: 'anders', lidmaatschappen: [{ organisatieId: ministerie.id, rol: 'lid' }] });
  await db.update(accounts).set({ taal: 'en' }).where(eq(accounts.id, lector.id));

  const vraagstuk = await voegVraagstukToe(db, ministerie.id, {
    aangemaaktDoor: ambtenaar.id,
    titelNl: 'Chatberichten archiveren',
    contextNl: 'Ambtenaren chatten steeds meer.',
    vraagNl: 'Hoe bewaren we chatberichten volgens de Archiefwet?',
    vertrouwelijkheid: 'na-introductie',
    regioCode: ministerie.regio,
    vormCodes: ['praktijkopdracht', 'afstudeeropdracht'],
    aantalStudenten: 4,
    vroegsteStart: '2027-02-01',
    duurWeken: 20,
  });
  const tweede = await voegVraagstukToe(db, ministerie.id, { aangemaaktDoor: beide.id, titelNl: 'Toegankelijke formulieren', vraagNl: 'Hoe?', regioCode: ministerie.regio });
  const concept = await voegVraagstukToe(db, ministerie.id, { aangemaaktDoor: ambtenaar.id, titelNl: 'Nog een concept', vraagNl: 'Nog niet klaar', regioCode: ministerie.regio, status: 'concept', gepubliceerdOp: null });

  const item = async (titelNl: string, door: string, status: 'gepubliceerd' | 'concept') => {
    const [a] = await db
      .insert(aanbod)
      .values({
        soort: 'onderwijs',
        organisatieId: hogeschool.id,
        aangemaaktDoor: door,
        titelNl,
        beschrijvingNl: 'Een minor over informatiebeheer.',
        vormCodes: ['praktijkopdracht', 'stage'],
        aantalStudenten: 6,
        status,
        gepubliceerdOp: status === 'gepubliceerd' ? new Date() : null,
      })
      .returning({ id: aanbod.id });
    return a!.id;
  };
  const minor = await item('Minor Informatiebeheer', docent.id, 'gepubliceerd');
  await db.insert(aanbodPeriodes).values({ aanbodId: minor, soort: 'semester', label: 'Semester 2, 2026-2027', van: '2027-02-01', tot: '2027-06-30' });
  const conceptAanbod = await item('Minor in wording', docent.id, 'gepubliceerd').then(async (id) => {
    await db.update(aanbod).set({ status: 'concept', gepubliceerdOp: null }).where(eq(aanbod.id, id));
    return id;
  });
  const eigenAanbodBeide = await item('Gastcollege van Bram', beide.id, 'gepubliceerd');

  const [lectoraat] = await db
    .insert(onderdelen)
    .values({ organisatieId: hogeschool.id, soort: 'lectoraat', naam: 'Lectoraat Digitale Archieven', slug: 'lectoraat-digitale-archieven' })
    .returning({ id: onderdelen.id });
  await db.insert(onderdeelContactpersonen).values({ onderdeelId: lectoraat!.id, accountId: lector.id });
  await db.update(accounts).set({ profielOpenbaar: true }).where(eq(accounts.id, persoon.id));
  await db.insert(profielen).values({ accountId: persoon.id, expertiseNl: 'Archiefwet en e-mailarchivering' });

  return {
    ministerie,
    hogeschool,
    ids: { ambtenaar: ambtenaar.id, docent: docent.id, coordinator: coordinator.id, lector: lector.id, persoon: persoon.id, verbinder: verbinder.id, vreemde: vreemde.id, beheerder: beheerder.id, beide: beide.id },
    emails: { ambtenaar: ambtenaar.email, docent: docent.email, coordinator: coordinator.email, lector: lector.email, persoon: persoon.email, verbinder: verbinder.email },
    vraagstuk,
    tweede,
    concept,
    minor,
    conceptAanbod,
    eigenAanbodBeide,
    lectoraat: lectoraat!.id,
  };
}
