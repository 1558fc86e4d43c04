import { eq, sql } from 'drizzle-orm';
import type { Db } from '../src/db/client.ts';
import { aanbod, aanbodPeriodes, type aanbodSoorten } from '../src/modules/aanbod/schema.ts';
import { organisaties } from '../src/modules/organisaties/schema.ts';
import { regios, samenwerkingsvormen, themas } from '../src/modules/taxonomie/schema.ts';
import { vraagstukken, type VraagstukStatus, type Vertrouwelijkheid } from '../src/modules/vraagstukken/schema.ts';
import { createRandom, type Random } from './generate.ts';

/**
 * Deterministic synthetic marketplace for the benchmark: vraagstukken of rijksorganisaties and
 * aanbod of onderwijsinstellingen, with Dutch text composed from word lists about the government's
 * digital practice (so that full-text search, stemming and snippets work on realistic words),
 * themes, regions, levels, periods and statuses (most published). Multi-row INSERTs in batches.
 * The words table for typo tolerance is filled once at the end instead of by the per-row trigger.
 */

const onderwerpen = [
  'de informatiehuishouding', 'de archivering van e-mail', 'datagedreven werken', 'cybersecurity', 'het gebruik van algoritmes',
  'digitale toegankelijkheid', 'de Wet open overheid', 'open data', 'digitale identiteit', 'de migratie naar de cloud',
  'informatiebeveiliging', 'kunstmatige intelligentie', 'privacy by design', 'de dienstverlening aan burgers', 'duurzame IT',
  'digitale vaardigheden van ambtenaren', 'het beheer van basisregistraties', 'sensordata in de openbare ruimte',
  'de toetsing van algoritmes', 'open source software', 'legacy-systemen', 'het archiveren van chatberichten',
];
const organisatieDelen = ['de directie', 'het programma', 'onze uitvoeringsorganisatie', 'het team', 'de afdeling', 'de inspectie', 'het agentschap'];
const werkwoorden = ['onderzoeken', 'verbeteren', 'ontwerpen', 'evalueren', 'analyseren', 'toetsen', 'vernieuwen', 'verkennen', 'meten', 'beveiligen'];
const doelen = [
  'zodat burgers sneller geholpen worden', 'om te voldoen aan de Archiefwet', 'zodat beleid beter onderbouwd is',
  'om risico\'s eerder te zien', 'zodat iedereen onze formulieren kan gebruiken', 'om kosten te besparen',
  'zodat medewerkers hun werk beter kunnen doen', 'om transparant te zijn over besluiten', 'om datalekken te voorkomen',
];
const contexten = [
  'Wij werken met verouderde systemen en veel handmatige stappen.', 'Er is veel data, maar weinig zicht op de kwaliteit ervan.',
  'Medewerkers bewaren documenten op verschillende plekken.', 'De wetgeving verandert en wij moeten ons werk aanpassen.',
  'Burgers klagen over de toegankelijkheid van onze digitale loketten.', 'Wij willen leren van onderzoek en van studenten.',
  'Toezichthouders vragen om meer uitleg over onze algoritmes.', 'Ons netwerk is de afgelopen jaren sterk gegroeid.',
  'De organisatie gaat over op nieuwe werkplekken in de cloud.', 'Wij publiceren jaarlijks duizenden documenten.',
];
const resultaten = ['een advies met aanbevelingen', 'een werkend prototype', 'een onderzoeksrapport', 'een toetsingskader', 'een dashboard', 'een handreiking voor medewerkers'];
const titelVormen = [
  (o: string, w: string) => `${cap(w)} van ${o}`,
  (o: string) => `Onderzoek naar ${o}`,
  (o: string, w: string) => `Hoe kunnen wij ${o} ${w}?`,
  (o: string) => `${cap(o)} in de praktijk`,
];
const englishTopics = ['records management', 'data-driven policy', 'cyber security', 'algorithm audits', 'web accessibility', 'open data', 'cloud migration'];
const opleidingen = ['HBO-ICT', 'Bestuurskunde', 'Informatiekunde', 'Data Science', 'Communicatie', 'Rechten', 'Technische Informatica', 'Archivistiek'];
const aanbodTitels: Record<(typeof aanbodSoorten)[number], (o: string) => string> = {
  onderwijs: (o) => `Minor ${o}`,
  onderzoekslijn: (o) => `Lectoraat: ${o}`,
  studenten: (o) => `Studententeam zoekt opdracht over ${o}`,
  bijscholing: (o) => `Cursus ${o} voor ambtenaren`,
  gastdocent: (o) => `Gastcollege over ${o}`,
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const zin = (r: Random) => `${cap(r.pick(organisatieDelen))} wil ${r.pick(onderwerpen)} ${r.pick(werkwoorden)}, ${r.pick(doelen)}.`;
const sentences = (r: Random, n: number, make: (r: Random) => string) => Array.from({ length: n }, () => make(r)).join(' ');
const ymd = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

export type MarktplaatsCounts = { vraagstukken: number; aanbod: number; seconds: number };

export async function seedMarktplaats(db: Db, counts: { vraagstukken: number; aanbod: number }, options: { analyze: boolean; seed?: number }): Promise<MarktplaatsCounts> {
  const started = performance.now();
  const r = createRandom(options.seed ?? 20260501);
  const [rijk, onderwijs, regioRows, themaRows, vormRows] = await Promise.all([
    db.select({ id: organisaties.id }).from(organisaties).where(eq(organisaties.soort, 'rijksorganisatie')),
    db.select({ id: organisaties.id }).from(organisaties).where(sql`${organisaties.soort} <> 'rijksorganisatie'`),
    db.select({ code: regios.code }).from(regios),
    db.select({ code: themas.code }).from(themas),
    db.select({ code: samenwerkingsvormen.code }).from(samenwerkingsvormen),
  ]);
  if (rijk.length === 0 || onderwijs.length === 0) throw new Error('seed the organisations first');
  const themaCodes = themaRows.map((t) => t.code);
  const vormCodes = vormRows.map((v) => v.code);
  const regioCodes = regioRows.map((x) => x.code);
  const niveaus = ['mbo', 'hbo-bachelor', 'hbo-master', 'wo-bachelor', 'wo-master'];
  const some = <T>(items: readonly T[], max: number) => [...new Set(Array.from({ length: 1 + r.int(max) }, () => r.pick(items)))];
  const now = Date.now();

  // The per-row words trigger would do ~60 upserts a row; the table is filled once at the end.
  await db.execute(sql`alter table vraagstukken disable trigger vraagstukken_zoekwoorden`);
  await db.execute(sql`alter table aanbod disable trigger aanbod_zoekwoorden`);
  try {
    const batch = 500;
    for (let done = 0; done < counts.vraagstukken; done += batch) {
      const rows = Array.from({ length: Math.min(batch, counts.vraagstukken - done) }, () => {
        const onderwerp = r.pick(onderwerpen);
        const status = r.weighted<VraagstukStatus>([['gepubliceerd', 60], ['in-gesprek', 10], ['opgepakt', 5], ['gesloten', 10], ['concept', 7], ['ingediend', 4], ['teruggestuurd', 1], ['ingetrokken', 3]]);
        const published = ['gepubliceerd', 'in-gesprek', 'opgepakt', 'gesloten'].includes(status);
        const gepubliceerdOp = published ? new Date(now - r.int(730) * 86_400_000 - r.int(86_400_000)) : null;
        const start = addDays(new Date(now), r.int(400) - 60);
        const english = r.chance(0.1);
        return {
          organisatieId: r.pick(rijk).id,
          titelNl: r.pick(titelVormen)(onderwerp, r.pick(werkwoorden)),
          titelEn: english ? `Question about ${r.pick(englishTopics)}` : null,
          contextNl: sentences(r, 2 + r.int(3), (x) => x.pick(contexten)),
          vraagNl: sentences(r, 1 + r.int(2), zin),
          resultaatNl: `Wij verwachten ${r.pick(resultaten)}.`,
          vraagEn: english ? `How can we improve our ${r.pick(englishTopics)}?` : null,
          themaCodes: some(themaCodes, 3),
          vormCodes: some(vormCodes, 3),
          niveaus: some(niveaus, 2),
          regioCode: r.pick(regioCodes),
          landelijk: r.chance(0.15),
          vroegsteStart: r.chance(0.8) ? ymd(start) : null,
          deadline: r.chance(0.9) ? ymd(addDays(start, 30 + r.int(200))) : null,
          duurWeken: r.chance(0.8) ? 1 + r.int(40) : null,
          vertrouwelijkheid: r.weighted<Vertrouwelijkheid>([['openbaar', 75], ['partners', 15], ['na-introductie', 10]]),
          status,
          sluitreden: status === 'gesloten' ? r.pick(['afgerond', 'niet-opgepakt', 'vervallen'] as const) : null,
          gepubliceerdOp,
          isDemo: false,
        };
      });
      await db.insert(vraagstukken).values(rows);
    }
    for (let done = 0; done < counts.aanbod; done += batch) {
      const rows = Array.from({ length: Math.min(batch, counts.aanbod - done) }, () => {
        const soort = r.weighted<(typeof aanbodSoorten)[number]>([['onderwijs', 40], ['onderzoekslijn', 15], ['studenten', 20], ['bijscholing', 15], ['gastdocent', 10]]);
        const onderwerp = r.pick(onderwerpen);
        const status = r.weighted([['gepubliceerd', 85], ['concept', 10], ['gearchiveerd', 5]] as const);
        return {
          soort,
          organisatieId: soort === 'gastdocent' && r.chance(0.5) ? null : r.pick(onderwijs).id,
          titelNl: aanbodTitels[soort](onderwerp),
          beschrijvingNl: `${sentences(r, 2 + r.int(2), zin)} ${r.pick(contexten)}`,
          geschikteVragenNl: `Geschikt voor vragen over ${r.pick(onderwerpen)} en ${r.pick(onderwerpen)}.`,
          beschrijvingEn: r.chance(0.1) ? `Students work on ${r.pick(englishTopics)}.` : null,
          themaCodes: some(themaCodes, 3),
          vormCodes: some(vormCodes, 2),
          niveaus: some(niveaus, 2),
          regioCode: r.chance(0.2) ? null : r.pick(regioCodes),
          opleiding: soort === 'onderwijs' || soort === 'studenten' ? r.pick(opleidingen) : null,
          intakeDeadline: soort === 'onderwijs' ? ymd(addDays(new Date(now), r.int(300))) : null,
          status,
          gepubliceerdOp: status === 'concept' ? null : new Date(now - r.int(730) * 86_400_000),
        };
      });
      const inserted = await db.insert(aanbod).values(rows).returning({ id: aanbod.id, soort: aanbod.soort });
      const periodes = inserted
        .filter((a) => a.soort === 'onderwijs' || a.soort === 'bijscholing' || a.soort === 'studenten')
        .flatMap((a) =>
          Array.from({ length: 1 + r.int(2) }, (_, i) => {
            const van = addDays(new Date(now), r.int(500) - 100);
            return { aanbodId: a.id, soort: 'semester' as const, label: `Semester ${i + 1}`, van: ymd(van), tot: ymd(addDays(van, 60 + r.int(100))) };
          }),
        );
      if (periodes.length) await db.insert(aanbodPeriodes).values(periodes);
    }
  } finally {
    await db.execute(sql`alter table vraagstukken enable trigger vraagstukken_zoekwoorden`);
    await db.execute(sql`alter table aanbod enable trigger aanbod_zoekwoorden`);
  }
  // What the triggers would have written, in one statement per table.
  await db.execute(sql`insert into marktplaats_zoekwoorden (woord)
    select distinct w from vraagstukken, regexp_split_to_table(lower(concat_ws(' ', titel_nl, titel_en, context_nl, context_en, vraag_nl, vraag_en, resultaat_nl, resultaat_en)), '[^[:alpha:]]+') as w
    where length(w) between 3 and 40 on conflict (woord) do nothing`);
  await db.execute(sql`insert into marktplaats_zoekwoorden (woord)
    select distinct w from aanbod, regexp_split_to_table(lower(concat_ws(' ', titel_nl, titel_en, beschrijving_nl, beschrijving_en, geschikte_vragen_nl, geschikte_vragen_en, opleiding, vakgebied)), '[^[:alpha:]]+') as w
    where length(w) between 3 and 40 on conflict (woord) do nothing`);
  if (options.analyze) {
    for (const table of ['vraagstukken', 'aanbod', 'aanbod_periodes', 'marktplaats_zoekwoorden']) await db.execute(sql.raw(`analyze ${table}`));
  }
  return { ...counts, seconds: (performance.now() - started) / 1000 };
}
