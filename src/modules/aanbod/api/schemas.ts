import { z } from '@hono/zod-openapi';
import { onderwijsniveaus } from '../../taxonomie/schema.ts';
import { mayEditAanbod } from '../policy.ts';
import type { AanbodVolledig } from '../queries.ts';
import { aanbodSoorten, aanbodStatussen, bijscholingFormaten, opdrachtsoorten, periodeSoorten } from '../schema.ts';
import type { Actor } from '../../../platform/actor.ts';

/**
 * What the API says about an aanbod item. The editable fields carry the names of AanbodInvoer, so a
 * client can GET, change and PUT the same object (unknown fields are ignored on PUT); names of the
 * organisatie, thema's and vormen come alongside. The owner's name only when their profile is public.
 */
const tekst = z.string().nullable();
const codeNaam = z
  .object({ code: z.string().openapi({ example: 'data-en-ai' }), naam: z.object({ nl: z.string(), en: z.string() }) })
  .openapi('AanbodCodeNaam', { description: 'Een thema of samenwerkingsvorm: code en naam in beide talen' });
const verwijzing = z.object({ id: z.uuid(), naam: z.string(), slug: z.string() });

export const aanbodSchema = z
  .object({
    id: z.uuid(),
    soort: z.enum(aanbodSoorten),
    status: z.enum(aanbodStatussen),
    organisatieId: z.uuid().nullable(),
    organisatie: verwijzing.nullable(),
    onderdeelId: z.uuid().nullable(),
    onderdeel: verwijzing.nullable(),
    eigenaar: z.object({ id: z.uuid(), naam: z.string() }).nullable().openapi({ description: 'Wie het aanbod plaatste; alleen als diens profiel openbaar is' }),
    titelNl: tekst.openapi({ example: 'Minor Data-gedreven overheid' }),
    titelEn: tekst,
    beschrijvingNl: tekst,
    beschrijvingEn: tekst,
    geschikteVragenNl: tekst,
    geschikteVragenEn: tekst,
    themaCodes: z.array(z.string()),
    themas: z.array(codeNaam),
    vormCodes: z.array(z.string()),
    samenwerkingsvormen: z.array(codeNaam),
    niveaus: z.array(z.enum(onderwijsniveaus)),
    regioCode: z.string().nullable().openapi({ description: 'null: landelijk' }),
    regio: z.object({ code: z.string(), naam: z.string() }).nullable(),
    opleiding: tekst,
    aantalStudenten: z.number().int().nullable(),
    aantalTeams: z.number().int().nullable(),
    intakeDeadline: z.string().nullable().openapi({ format: 'date' }),
    opdrachtsoort: z.enum(opdrachtsoorten).nullable(),
    vakgebied: tekst,
    formaat: z.enum(bijscholingFormaten).nullable(),
    kostenEuro: z.number().int().nullable(),
    aanmeldUrl: z.string().nullable(),
    periodes: z.array(
      z.object({
        soort: z.enum(periodeSoorten),
        label: z.string().openapi({ example: 'Semester 2, 2026-2027' }),
        van: z.string().openapi({ format: 'date' }),
        tot: z.string().openapi({ format: 'date' }),
      }),
    ),
    gepubliceerdOp: z.string().nullable().openapi({ format: 'date-time' }),
    aangemaaktOp: z.string().openapi({ format: 'date-time' }),
    gewijzigdOp: z.string().openapi({ format: 'date-time' }),
    magBewerken: z.boolean().openapi({ description: 'Of dit account het aanbod mag wijzigen' }),
    isVoorbeeld: z.boolean().openapi({ description: 'Waar voor demo-inhoud' }),
    versie: z.number().int().openapi({ example: 2 }),
    webpagina: z.url(),
  })
  .openapi('Aanbod');
export type AanbodUit = z.infer<typeof aanbodSchema>;

const codeNaamVan = (t: { code: string; naamNl: string; naamEn: string }) => ({ code: t.code, naam: { nl: t.naamNl, en: t.naamEn } });

export function presentAanbod(a: AanbodVolledig, actor: Actor, publicUrl: string): AanbodUit {
  return {
    id: a.id,
    soort: a.soort,
    status: a.status,
    organisatieId: a.organisatieId,
    organisatie: a.organisatie,
    onderdeelId: a.onderdeelId,
    onderdeel: a.onderdeel,
    eigenaar: a.eigenaar ? { id: a.eigenaar.id, naam: a.eigenaar.naam } : null,
    titelNl: a.titelNl,
    titelEn: a.titelEn,
    beschrijvingNl: a.beschrijvingNl,
    beschrijvingEn: a.beschrijvingEn,
    geschikteVragenNl: a.geschikteVragenNl,
    geschikteVragenEn: a.geschikteVragenEn,
    themaCodes: a.themaCodes,
    themas: a.themas.map(codeNaamVan),
    vormCodes: a.vormCodes,
    samenwerkingsvormen: a.vormen.map(codeNaamVan),
    niveaus: a.niveaus as AanbodUit['niveaus'],
    regioCode: a.regioCode,
    regio: a.regio,
    opleiding: a.opleiding,
    aantalStudenten: a.aantalStudenten,
    aantalTeams: a.aantalTeams,
    intakeDeadline: a.intakeDeadline,
    opdrachtsoort: a.opdrachtsoort,
    vakgebied: a.vakgebied,
    formaat: a.formaat,
    kostenEuro: a.kostenEuro,
    aanmeldUrl: a.aanmeldUrl,
    periodes: a.periodes.map((p) => ({ soort: p.soort, label: p.label, van: p.van, tot: p.tot })),
    gepubliceerdOp: a.gepubliceerdOp ? a.gepubliceerdOp.toISOString() : null,
    aangemaaktOp: a.createdAt.toISOString(),
    gewijzigdOp: a.updatedAt.toISOString(),
    magBewerken: mayEditAanbod(actor, a),
    isVoorbeeld: a.isDemo,
    versie: a.versie,
    webpagina: `${publicUrl}/aanbod/${a.id}`,
  };
}
