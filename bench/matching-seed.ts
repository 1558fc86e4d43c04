import { eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../src/db/client.ts';
import { accounts } from '../src/modules/accounts/schema.ts';
import { aanbod, aanbodPeriodes, type AanbodSoort } from '../src/modules/aanbod/schema.ts';
import { onderdeelThemas, onderdelen, organisaties, type OnderdeelSoort } from '../src/modules/organisaties/schema.ts';
import { affiliaties, beschikbaarheden, profielThemas, profielen } from '../src/modules/personen/schema.ts';
import { provincies, samenwerkingsvormen, themas } from '../src/modules/taxonomie/schema.ts';
import { vraagstukken, type VraagstukStatus, type Vertrouwelijkheid } from '../src/modules/vraagstukken/schema.ts';
import { slugify } from '../src/platform/slug.ts';
import { createRandom, type Random } from './generate.ts';
import { alinea, kiesOnderwerp, persoonsnaam, titel, trefwoorden } from './matching-tekst.ts';

/**
 * The matching bench's data: open vraagstukken of rijksorganisaties, and candidates (published
 * aanbod, onderdelen of education, public profiles) in the proportions 60:25:15, with themes, forms,
 * levels, regions and academic periods. The matching triggers are off while rows go in; each
 * document is then indexed once (ip_matching_index over all rows of a kind) and the term statistics
 * refreshed, which is what the triggers and the job would have produced, an order faster.
 */

export type MatchingSeedAantallen = { vraagstukken: number; aanbod: number; onderdelen: number; personen: number; seconds: number; indexSeconds: number };

const getriggerdeTabellen = ['vraagstukken', 'aanbod', 'aanbod_periodes', 'onderdelen', 'onderdeel_themas', 'profielen', 'profiel_themas', 'accounts'];
const niveaus = ['mbo', 'hbo-bachelor', 'hbo-master', 'wo-bachelor', 'wo-master'];
const onderdeelSoorten: readonly (readonly [OnderdeelSoort, number])[] = [['lectoraat', 30], ['opleiding', 35], ['leerstoel', 15], ['lab', 10], ['faculteit', 10]];
const onderdeelTitel: Record<string, string> = { lectoraat: 'Lectoraat', opleiding: 'Opleiding', leerstoel: 'Leerstoel', lab: 'Lab', faculteit: 'Faculteit' };
const aanbodTitels: Record<AanbodSoort, (k: string) => string> = {
  onderwijs: (k) => `Minor ${k}`,
  onderzoekslijn: (k) => `Onderzoekslijn ${k}`,
  studenten: (k) => `Studententeam zoekt opdracht over ${k}`,
  bijscholing: (k) => `Cursus ${k} voor ambtenaren`,
  gastdocent: (k) => `Gastcollege over ${k}`,
};

const ymd = (d: Date) => d.toISOString().slice(0, 10);
const dagen = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** The periods of the academic years starting this year and next: two semesters, four blocks. */
function academischePerioden(nu: Date) {
  const jaar = nu.getUTCMonth() >= 7 ? nu.getUTCFullYear() : nu.getUTCFullYear() - 1;
  return [jaar, jaar + 1].flatMap((j) => {
    const ja = `${j}-${j + 1}`;
    return [
      { soort: 'semester' as const, label: `Semester 1, ${ja}`, van: `${j}-09-01`, tot: `${j + 1}-01-31` },
      { soort: 'semester' as const, label: `Semester 2, ${ja}`, van: `${j + 1}-02-01`, tot: `${j + 1}-07-10` },
      { soort: 'blok' as const, label: `Blok 1, ${ja}`, van: `${j}-09-01`, tot: `${j}-11-08` },
      { soort: 'blok' as const, label: `Blok 2, ${ja}`, van: `${j}-11-10`, tot: `${j + 1}-01-31` },
      { soort: 'blok' as const, label: `Blok 3, ${ja}`, van: `${j + 1}-02-02`, tot: `${j + 1}-04-17` },
      { soort: 'blok' as const, label: `Blok 4, ${ja}`, van: `${j + 1}-04-20`, tot: `${j + 1}-07-03` },
    ];
  });
}

async function inBatches<T>(totaal: number, batch: number, maak: (n: number, start: number) => T[], schrijf: (rijen: T[]) => Promise<void>) {
  for (let start = 0; start < totaal; start += batch) await schrijf(maak(Math.min(batch, totaal - start), start));
}

export async function seedMatching(
  db: Db,
  aantallen: { kandidaten: number; vraagstukken: number },
  opties: { seed?: number; voortgang?: (tekst: string) => void } = {},
): Promise<MatchingSeedAantallen> {
  const started = performance.now();
  const r: Random = createRandom(opties.seed ?? 20260601);
  const log = opties.voortgang ?? (() => undefined);
  const [rijk, onderwijs, themaRows, vormRows] = await Promise.all([
    db.select({ id: organisaties.id, regio: provincies.regioCode }).from(organisaties).innerJoin(provincies, eq(provincies.naam, organisaties.provincie)).where(eq(organisaties.soort, 'rijksorganisatie')),
    db.select({ id: organisaties.id, regio: provincies.regioCode }).from(organisaties).innerJoin(provincies, eq(provincies.naam, organisaties.provincie)).where(ne(organisaties.soort, 'rijksorganisatie')),
    db.select({ code: themas.code }).from(themas),
    db.select({ code: samenwerkingsvormen.code }).from(samenwerkingsvormen),
  ]);
  if (rijk.length === 0 || onderwijs.length === 0) throw new Error('seed the organisations first');
  const themaCodes = themaRows.map((t) => t.code);
  const vormCodes = vormRows.map((v) => v.code);
  const some = <T>(items: readonly T[], max: number) => [...new Set(Array.from({ length: 1 + r.int(max) }, () => r.pick(items)))];
  const nu = new Date();
  const perioden = academischePerioden(nu);
  const n = {
    vraagstukken: aantallen.vraagstukken,
    aanbod: Math.round(aantallen.kandidaten * 0.6),
    onderdelen: Math.round(aantallen.kandidaten * 0.25),
    personen: aantallen.kandidaten - Math.round(aantallen.kandidaten * 0.6) - Math.round(aantallen.kandidaten * 0.25),
  };

  for (const t of getriggerdeTabellen) await db.execute(sql.raw(`alter table ${t} disable trigger user`));
  try {
    log(`vraagstukken (${n.vraagstukken})`);
    await inBatches(n.vraagstukken, 500, (k) =>
      Array.from({ length: k }, () => {
        const org = r.pick(rijk);
        const o = kiesOnderwerp(r, some(themaCodes, 3));
        const status = r.weighted<VraagstukStatus>([['gepubliceerd', 70], ['in-gesprek', 20], ['ingediend', 10]]);
        const start = dagen(nu, r.int(300) - 30);
        return {
          organisatieId: org.id,
          titelNl: titel(r, o),
          contextNl: alinea(r, o, 2 + r.int(3)),
          vraagNl: alinea(r, o, 2 + r.int(3)),
          resultaatNl: alinea(r, o, 1),
          themaCodes: [...o.themas],
          vormCodes: some(vormCodes, 3),
          niveaus: some(niveaus, 2),
          regioCode: r.chance(0.85) ? org.regio : r.pick(rijk).regio,
          landelijk: r.chance(0.15),
          vroegsteStart: r.chance(0.8) ? ymd(start) : null,
          deadline: r.chance(0.9) ? ymd(dagen(start, 30 + r.int(250))) : null,
          duurWeken: r.chance(0.8) ? 1 + r.int(40) : null,
          aantalStudenten: r.chance(0.5) ? 1 + r.int(30) : null,
          vertrouwelijkheid: r.weighted<Vertrouwelijkheid>([['openbaar', 75], ['partners', 15], ['na-introductie', 10]]),
          status,
          ingediendOp: dagen(nu, -r.int(400)),
          gepubliceerdOp: status === 'ingediend' ? null : dagen(nu, -r.int(365)),
        };
      }), async (rijen) => void (await db.insert(vraagstukken).values(rijen)));

    log(`aanbod (${n.aanbod})`);
    await inBatches(n.aanbod, 500, (k) =>
      Array.from({ length: k }, () => {
        const soort = r.weighted<AanbodSoort>([['onderwijs', 40], ['onderzoekslijn', 15], ['studenten', 20], ['bijscholing', 15], ['gastdocent', 10]]);
        const org = r.pick(onderwijs);
        const o = kiesOnderwerp(r, some(themaCodes, 3));
        return {
          soort,
          organisatieId: soort === 'gastdocent' && r.chance(0.5) ? null : org.id,
          titelNl: titel(r, o, aanbodTitels[soort]),
          beschrijvingNl: alinea(r, o, 2 + r.int(4)),
          geschikteVragenNl: alinea(r, o, 1 + r.int(2)),
          themaCodes: [...o.themas],
          vormCodes: some(vormCodes, 2),
          niveaus: some(niveaus, 2),
          regioCode: r.chance(0.2) ? null : org.regio,
          aantalStudenten: soort === 'onderwijs' || soort === 'studenten' ? 1 + r.int(60) : null,
          intakeDeadline: soort === 'onderwijs' ? ymd(dagen(nu, r.int(300))) : null,
          status: 'gepubliceerd' as const,
          gepubliceerdOp: dagen(nu, -r.int(730)),
        };
      }), async (rijen) => {
        const ingevoegd = await db.insert(aanbod).values(rijen).returning({ id: aanbod.id, soort: aanbod.soort });
        const ps = ingevoegd
          .filter((a) => a.soort === 'onderwijs' || a.soort === 'bijscholing' || a.soort === 'studenten')
          .flatMap((a) => [...new Set(Array.from({ length: 1 + r.int(2) }, () => r.pick(perioden)))].map((p) => ({ aanbodId: a.id, ...p })));
        if (ps.length) await db.insert(aanbodPeriodes).values(ps);
      });

    log(`onderdelen (${n.onderdelen})`);
    await inBatches(n.onderdelen, 500, (k, start) =>
      Array.from({ length: k }, (_, i) => {
        const soort = r.weighted(onderdeelSoorten);
        const o = kiesOnderwerp(r, some(themaCodes, 3));
        const naam = `${onderdeelTitel[soort]} ${titel(r, o, (kern) => kern)}`.slice(0, 120);
        // The sequence number keeps the slug unique within the organisatie.
        return { organisatieId: r.pick(onderwijs).id, soort, naam, slug: `${slugify(naam).slice(0, 60)}-${start + i}`, beschrijvingNl: alinea(r, o, 2 + r.int(3)), themas: o.themas };
      }), async (rijen) => {
        const ingevoegd = await db.insert(onderdelen).values(rijen.map(({ themas: _t, ...rij }) => rij)).returning({ id: onderdelen.id });
        await db.insert(onderdeelThemas).values(ingevoegd.flatMap((o, i) => rijen[i]!.themas.map((themaCode) => ({ onderdeelId: o.id, themaCode }))));
      });

    log(`personen (${n.personen})`);
    await inBatches(n.personen, 500, (k, start) =>
      Array.from({ length: k }, (_, i) => {
        const o = kiesOnderwerp(r, some(themaCodes, 3));
        return {
          account: {
            email: `bench-matching-${start + i}@example.org`,
            naam: persoonsnaam(r),
            persoonstype: r.weighted([['docent', 40], ['lector', 15], ['onderzoeker', 30], ['stagecoordinator', 10], ['student', 5]] as const),
            profielOpenbaar: true,
            emailGeverifieerdOp: nu,
          },
          expertiseNl: alinea(r, o, 1 + r.int(3)),
          trefwoorden: trefwoorden(r, o),
          themas: o.themas,
          organisatieId: r.pick(onderwijs).id,
          beschikbaar: r.chance(0.3) ? r.pick(perioden) : null,
        };
      }), async (rijen) => {
        const ingevoegd = await db.insert(accounts).values(rijen.map((x) => x.account)).returning({ id: accounts.id });
        await db.insert(profielen).values(ingevoegd.map((a, i) => ({ accountId: a.id, expertiseNl: rijen[i]!.expertiseNl, trefwoorden: rijen[i]!.trefwoorden })));
        await db.insert(profielThemas).values(ingevoegd.flatMap((a, i) => rijen[i]!.themas.map((themaCode) => ({ accountId: a.id, themaCode }))));
        await db.insert(affiliaties).values(ingevoegd.map((a, i) => ({ accountId: a.id, organisatieId: rijen[i]!.organisatieId, rol: 'docent' })));
        const beschikbaar = ingevoegd.flatMap((a, i) => (rijen[i]!.beschikbaar ? [{ accountId: a.id, van: rijen[i]!.beschikbaar!.van, tot: rijen[i]!.beschikbaar!.tot }] : []));
        if (beschikbaar.length) await db.insert(beschikbaarheden).values(beschikbaar);
      });
  } finally {
    for (const t of getriggerdeTabellen) await db.execute(sql.raw(`alter table ${t} enable trigger user`));
  }

  log('matching index');
  const indexStart = performance.now();
  await db.execute(sql`select count(ip_matching_index('vraagstuk', id)) from vraagstukken`);
  await db.execute(sql`select count(ip_matching_index('aanbod', id)) from aanbod`);
  await db.execute(sql`select count(ip_matching_index('onderdeel', id)) from onderdelen`);
  await db.execute(sql`select count(ip_matching_index('persoon', account_id)) from profielen`);
  await db.execute(sql`select ip_matching_statistiek_verversen()`);
  // What the triggers would have queued: nothing is waiting, the bench computes directly.
  await db.execute(sql`delete from matching_wachtrij`);
  const indexSeconds = (performance.now() - indexStart) / 1000;
  // As autovacuum (PostgreSQL) or the matching job (PGlite, which has no autovacuum) would leave it.
  log('vacuum analyze');
  await db.execute(sql`vacuum analyze`);
  return { ...n, seconds: (performance.now() - started) / 1000, indexSeconds };
}
