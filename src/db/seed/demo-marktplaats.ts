import { readFile } from 'node:fs/promises';
import { and, eq, inArray, isNull, like, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../client.ts';
import { accounts, persoonstypes } from '../../modules/accounts/schema.ts';
import { aanbod, aanbodPeriodes, aanbodSoorten, bijscholingFormaten, opdrachtsoorten, periodeSoorten } from '../../modules/aanbod/schema.ts';
import { belangstellingen } from '../../modules/belangstellingen/schema.ts';
import { organisaties } from '../../modules/organisaties/schema.ts';
import { diepgangen, onderwijsniveaus, provincies, regios, samenwerkingsvormen, themas } from '../../modules/taxonomie/schema.ts';
import { vertrouwelijkheden, vraagstukGebeurtenissen, vraagstukken, type VraagstukStatus } from '../../modules/vraagstukken/schema.ts';

/**
 * Demo content of the marketplace: about twelve vraagstukken of rijksorganisaties in every regio,
 * about ten aanbod items of hogescholen and universities, and two belangstellingen, so that a new
 * installation shows what the platform is for. The texts are invented; the organisations are the
 * reference organisations, looked up by name in the database (an item whose organisation is gone is
 * skipped). Vraagstukken and aanbod are marked is_demo and have no owner (no personal data). A
 * belangstelling needs a person: two invented people, without a password, whose address lies in
 * the reserved '.invalid' domain (RFC 2606), so that they can never log in or receive mail and are
 * recognised for removal.
 */
const demoFile = new URL('./demo-marktplaats.json', import.meta.url);
export const demoEmailDomein = 'demo.i-partnerschap.invalid';

const datum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const vraagstukSchema = z.object({
  sleutel: z.string(),
  organisatie: z.string(),
  regio: z.string().optional(),
  titelNl: z.string(),
  titelEn: z.string().optional(),
  contextNl: z.string(),
  vraagNl: z.string(),
  resultaatNl: z.string(),
  contextEn: z.string().optional(),
  vraagEn: z.string().optional(),
  themas: z.array(z.string()),
  vormen: z.array(z.string()),
  niveaus: z.array(z.enum(onderwijsniveaus)),
  landelijk: z.boolean().optional(),
  vroegsteStart: datum,
  deadline: datum,
  duurWeken: z.number().int(),
  diepgang: z.enum(diepgangen),
  aantalStudenten: z.number().int().optional(),
  aantalTeams: z.number().int().optional(),
  vertrouwelijkheid: z.enum(vertrouwelijkheden).optional(),
  status: z.enum(['concept', 'ingediend', 'gepubliceerd', 'in-gesprek']),
  dagen: z.number().int().min(1),
});
const aanbodSchema = z.object({
  sleutel: z.string(),
  soort: z.enum(aanbodSoorten),
  organisatie: z.string(),
  titelNl: z.string(),
  titelEn: z.string().optional(),
  beschrijvingNl: z.string(),
  beschrijvingEn: z.string().optional(),
  geschikteVragenNl: z.string().optional(),
  opleiding: z.string().optional(),
  opdrachtsoort: z.enum(opdrachtsoorten).optional(),
  vakgebied: z.string().optional(),
  formaat: z.enum(bijscholingFormaten).optional(),
  kostenEuro: z.number().int().optional(),
  aanmeldUrl: z.url().optional(),
  themas: z.array(z.string()),
  vormen: z.array(z.string()),
  niveaus: z.array(z.enum(onderwijsniveaus)),
  aantalStudenten: z.number().int().optional(),
  aantalTeams: z.number().int().optional(),
  intakeDeadline: datum.optional(),
  periodes: z.array(z.object({ soort: z.enum(periodeSoorten), label: z.string(), van: datum, tot: datum })),
});
const demoSchema = z.object({
  vraagstukken: z.array(vraagstukSchema),
  aanbod: z.array(aanbodSchema),
  personen: z.array(z.object({ sleutel: z.string(), naam: z.string(), persoonstype: z.enum(persoonstypes) })),
  belangstellingen: z.array(
    z.object({
      persoon: z.string(),
      vraagstuk: z.string(),
      aanbod: z.string().optional(),
      motivatie: z.string(),
      status: z.enum(['open', 'in-gesprek', 'geaccepteerd', 'afgewezen']),
      antwoord: z.string().optional(),
      dagen: z.number().int().min(1),
    }),
  ),
});
export type DemoMarktplaats = z.infer<typeof demoSchema>;

export async function readDemoMarktplaats(): Promise<DemoMarktplaats> {
  return demoSchema.parse(JSON.parse(await readFile(demoFile, 'utf8')));
}

export type DemoMarktplaatsTelling = { vraagstukken: number; aanbod: number; belangstellingen: number };

const dagGeleden = (nu: Date, dagen: number, uren = 0) => new Date(nu.getTime() - dagen * 86_400_000 + uren * 3_600_000);

/** The steps of the visible history that lead to `status`, each with the status it leads to. */
const stappen: Record<DemoMarktplaats['vraagstukken'][number]['status'], { soort: string; naar: VraagstukStatus }[]> = {
  concept: [{ soort: 'aangemaakt', naar: 'concept' }],
  ingediend: [
    { soort: 'aangemaakt', naar: 'concept' },
    { soort: 'ingediend', naar: 'ingediend' },
  ],
  gepubliceerd: [
    { soort: 'aangemaakt', naar: 'concept' },
    { soort: 'ingediend', naar: 'ingediend' },
    { soort: 'gepubliceerd', naar: 'gepubliceerd' },
  ],
  'in-gesprek': [
    { soort: 'aangemaakt', naar: 'concept' },
    { soort: 'ingediend', naar: 'ingediend' },
    { soort: 'gepubliceerd', naar: 'gepubliceerd' },
    { soort: 'in-gesprek', naar: 'in-gesprek' },
  ],
};

/**
 * Loads the demo marketplace unless demo vraagstukken or aanbod are already there (then it
 * changes nothing and reports zeros). Call it inside a transaction: it writes several tables.
 */
export async function loadDemoMarktplaats(db: Db, options: { nu?: Date; data?: DemoMarktplaats } = {}): Promise<DemoMarktplaatsTelling> {
  const geen = { vraagstukken: 0, aanbod: 0, belangstellingen: 0 };
  const [alVraagstuk] = await db.select({ id: vraagstukken.id }).from(vraagstukken).where(eq(vraagstukken.isDemo, true)).limit(1);
  const [alAanbod] = await db.select({ id: aanbod.id }).from(aanbod).where(eq(aanbod.isDemo, true)).limit(1);
  if (alVraagstuk || alAanbod) return geen;
  const data = options.data ?? (await readDemoMarktplaats());
  const nu = options.nu ?? new Date();

  const namen = [...new Set([...data.vraagstukken.map((v) => v.organisatie), ...data.aanbod.map((a) => a.organisatie)])];
  const orgRijen = await db
    .select({ id: organisaties.id, naam: organisaties.naam, regio: provincies.regioCode })
    .from(organisaties)
    .innerJoin(provincies, eq(provincies.naam, organisaties.provincie))
    .where(and(inArray(organisaties.naam, namen), isNull(organisaties.samengevoegdIn)));
  const orgVan = new Map(orgRijen.map((o) => [o.naam, o]));
  // Codes a beheerder may have removed since the reference import are left out rather than fail.
  const themaCodes = new Set((await db.select({ code: themas.code }).from(themas)).map((r) => r.code));
  const vormCodes = new Set((await db.select({ code: samenwerkingsvormen.code }).from(samenwerkingsvormen)).map((r) => r.code));
  const regioCodes = new Set((await db.select({ code: regios.code }).from(regios)).map((r) => r.code));
  const bekendeThemas = (codes: string[]) => codes.filter((c) => themaCodes.has(c));
  const bekendeVormen = (codes: string[]) => codes.filter((c) => vormCodes.has(c));

  const vraagstukId = new Map<string, string>();
  for (const v of data.vraagstukken) {
    const org = orgVan.get(v.organisatie);
    if (!org) continue;
    // A vraagstuk may be reviewed in another regio than its organisatie's (a location elsewhere).
    const regioCode = v.regio && regioCodes.has(v.regio) ? v.regio : org.regio;
    const tijden = stappen[v.status].map((s, i) => ({ ...s, op: dagGeleden(nu, v.dagen, i * 50) }));
    const op = (soort: string) => tijden.find((s) => s.soort === soort)?.op ?? null;
    const [rij] = await db
      .insert(vraagstukken)
      .values({
        organisatieId: org.id,
        aangemaaktDoor: null,
        titelNl: v.titelNl,
        titelEn: v.titelEn ?? null,
        contextNl: v.contextNl,
        contextEn: v.contextEn ?? null,
        vraagNl: v.vraagNl,
        vraagEn: v.vraagEn ?? null,
        resultaatNl: v.resultaatNl,
        themaCodes: bekendeThemas(v.themas),
        vormCodes: bekendeVormen(v.vormen),
        niveaus: v.niveaus,
        regioCode,
        landelijk: v.landelijk ?? false,
        vroegsteStart: v.vroegsteStart,
        deadline: v.deadline,
        duurWeken: v.duurWeken,
        diepgang: v.diepgang,
        aantalStudenten: v.aantalStudenten ?? null,
        aantalTeams: v.aantalTeams ?? null,
        vertrouwelijkheid: v.vertrouwelijkheid ?? 'openbaar',
        status: v.status,
        ingediendOp: op('ingediend'),
        gepubliceerdOp: op('gepubliceerd'),
        isDemo: true,
        createdAt: tijden[0]!.op,
        updatedAt: tijden[tijden.length - 1]!.op,
      })
      .returning({ id: vraagstukken.id });
    vraagstukId.set(v.sleutel, rij!.id);
    let van: VraagstukStatus | null = null;
    for (const stap of tijden) {
      await db.insert(vraagstukGebeurtenissen).values({ vraagstukId: rij!.id, op: stap.op, actorId: null, soort: stap.soort, vanStatus: van, naarStatus: stap.naar });
      van = stap.naar;
    }
  }

  const aanbodId = new Map<string, string>();
  for (const [i, a] of data.aanbod.entries()) {
    const org = orgVan.get(a.organisatie);
    if (!org) continue;
    const gepubliceerd = dagGeleden(nu, 45 - i * 3);
    const [rij] = await db
      .insert(aanbod)
      .values({
        soort: a.soort,
        organisatieId: org.id,
        aangemaaktDoor: null,
        titelNl: a.titelNl,
        titelEn: a.titelEn ?? null,
        beschrijvingNl: a.beschrijvingNl,
        beschrijvingEn: a.beschrijvingEn ?? null,
        geschikteVragenNl: a.geschikteVragenNl ?? null,
        themaCodes: bekendeThemas(a.themas),
        vormCodes: bekendeVormen(a.vormen),
        niveaus: a.niveaus,
        regioCode: org.regio,
        opleiding: a.opleiding ?? null,
        aantalStudenten: a.aantalStudenten ?? null,
        aantalTeams: a.aantalTeams ?? null,
        intakeDeadline: a.intakeDeadline ?? null,
        opdrachtsoort: a.opdrachtsoort ?? null,
        vakgebied: a.vakgebied ?? null,
        formaat: a.formaat ?? null,
        kostenEuro: a.kostenEuro ?? null,
        aanmeldUrl: a.aanmeldUrl ?? null,
        status: 'gepubliceerd',
        gepubliceerdOp: gepubliceerd,
        isDemo: true,
        createdAt: gepubliceerd,
        updatedAt: gepubliceerd,
      })
      .returning({ id: aanbod.id });
    aanbodId.set(a.sleutel, rij!.id);
    if (a.periodes.length > 0) await db.insert(aanbodPeriodes).values(a.periodes.map((p) => ({ aanbodId: rij!.id, ...p })));
  }

  let aantalBelangstellingen = 0;
  const persoonId = new Map<string, string>();
  for (const b of data.belangstellingen) {
    const vId = vraagstukId.get(b.vraagstuk);
    const persoon = data.personen.find((p) => p.sleutel === b.persoon);
    if (!vId || !persoon) continue;
    let accountId = persoonId.get(persoon.sleutel);
    if (!accountId) {
      // No password and no verified address: this account cannot log in.
      const [account] = await db
        .insert(accounts)
        .values({ email: `${persoon.sleutel}@${demoEmailDomein}`, naam: persoon.naam, persoonstype: persoon.persoonstype })
        .onConflictDoNothing()
        .returning({ id: accounts.id });
      const bestaand = account ?? (await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, `${persoon.sleutel}@${demoEmailDomein}`)))[0];
      if (!bestaand) continue;
      accountId = bestaand.id;
      persoonId.set(persoon.sleutel, accountId);
    }
    const getoond = dagGeleden(nu, b.dagen);
    const beantwoord = b.status === 'open' ? null : dagGeleden(nu, b.dagen - 1);
    await db.insert(belangstellingen).values({
      vraagstukId: vId,
      accountId,
      aanbodId: (b.aanbod && aanbodId.get(b.aanbod)) || null,
      motivatie: b.motivatie,
      status: b.status,
      antwoord: b.antwoord ?? null,
      beantwoordOp: beantwoord,
      createdAt: getoond,
      updatedAt: beantwoord ?? getoond,
    });
    aantalBelangstellingen += 1;
  }
  return { vraagstukken: vraagstukId.size, aanbod: aanbodId.size, belangstellingen: aantalBelangstellingen };
}

/**
 * Removes the demo marketplace: demo vraagstukken (with their history, contacts, attachments and
 * every belangstelling in them), demo aanbod (a real belangstelling that linked one keeps standing,
 * without the link) and the invented people. Real content is left alone.
 */
export async function removeDemoMarktplaats(db: Db): Promise<DemoMarktplaatsTelling> {
  const demoVraagstukken = (await db.select({ id: vraagstukken.id }).from(vraagstukken).where(eq(vraagstukken.isDemo, true))).map((r) => r.id);
  // Only password-less accounts in the reserved domain: a real account is never removed here.
  const demoPersonen = (
    await db
      .select({ id: accounts.id })
      .from(accounts)
      .where(and(like(accounts.email, `%@${demoEmailDomein}`), isNull(accounts.wachtwoordHash)))
  ).map((r) => r.id);
  const vanDemo: SQL[] = [];
  if (demoVraagstukken.length > 0) vanDemo.push(inArray(belangstellingen.vraagstukId, demoVraagstukken));
  if (demoPersonen.length > 0) vanDemo.push(inArray(belangstellingen.accountId, demoPersonen));
  const wegBelangstelling = vanDemo.length > 0 ? await db.delete(belangstellingen).where(or(...vanDemo)).returning({ id: belangstellingen.id }) : [];
  const weg = await db.delete(vraagstukken).where(eq(vraagstukken.isDemo, true)).returning({ id: vraagstukken.id });
  const wegAanbod = await db.delete(aanbod).where(eq(aanbod.isDemo, true)).returning({ id: aanbod.id });
  if (demoPersonen.length > 0) await db.delete(accounts).where(inArray(accounts.id, demoPersonen));
  return { vraagstukken: weg.length, aanbod: wegAanbod.length, belangstellingen: wegBelangstelling.length };
}
