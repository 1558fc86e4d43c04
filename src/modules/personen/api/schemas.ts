import { z } from '@hono/zod-openapi';
import { persoonstypes } from '../../accounts/schema.ts';
import { organisatieSoorten } from '../../organisaties/schema.ts';
import type { PersoonRij } from '../directory.ts';
import { beschikbaarheidSchema, linkSchema, taalCodes } from '../profiel.schema.ts';
import type { Profiel } from '../profiel-queries.ts';

/**
 * What the API says about a person. Public representations carry only what the person chose to
 * publish: never an e-mail address, never the account's settings.
 */
const organisatieRef = z.object({ id: z.uuid(), naam: z.string(), soort: z.enum(organisatieSoorten) }).openapi('OrganisatieVerwijzing');
const themaRef = z
  .object({ code: z.string(), naam: z.object({ nl: z.string(), en: z.string() }) })
  .openapi('ThemaVerwijzing');
const expertise = z
  .object({ nl: z.string().nullable(), en: z.string().nullable() })
  .openapi({ description: 'Expertise per taal, zoals de persoon die schreef' });

export const persoonSamenvattingSchema = z
  .object({
    id: z.uuid(),
    naam: z.string(),
    persoonstype: z.enum(persoonstypes).nullable(),
    organisaties: z.array(organisatieRef),
    themas: z.array(themaRef),
    trefwoorden: z.array(z.string()),
    expertise,
    webpagina: z.url(),
  })
  .openapi('PersoonSamenvatting');

export const persoonSchema = z
  .object({
    id: z.uuid(),
    naam: z.string(),
    persoonstype: z.enum(persoonstypes).nullable(),
    affiliaties: z.array(
      z.object({
        organisatie: organisatieRef,
        onderdeel: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
        rol: z.string().nullable(),
      }),
    ),
    themas: z.array(themaRef),
    trefwoorden: z.array(z.string()),
    expertise,
    beschikbaarheden: z.array(beschikbaarheidSchema),
    talen: z.array(z.enum(taalCodes)),
    links: z.array(linkSchema),
    webpagina: z.url(),
  })
  .openapi('Persoon');

/** My own profile, in the shape PUT /mij/profiel takes (extra fields are ignored there). */
export const eigenProfielSchema = z
  .object({
    id: z.uuid(),
    naam: z.string(),
    persoonstype: z.enum(persoonstypes).nullable(),
    openbaar: z.boolean().openapi({ description: 'Of het profiel openbaar is; te wijzigen op de pagina Mijn gegevens' }),
    affiliaties: z.array(
      z.object({
        organisatieId: z.uuid(),
        organisatieNaam: z.string(),
        onderdeelId: z.uuid().nullable(),
        onderdeelNaam: z.string().nullable(),
        rol: z.string().nullable(),
      }),
    ),
    themas: z.array(z.string()),
    trefwoorden: z.array(z.string()),
    expertiseNl: z.string().nullable(),
    expertiseEn: z.string().nullable(),
    beschikbaarheden: z.array(beschikbaarheidSchema),
    talen: z.array(z.enum(taalCodes)),
    links: z.array(linkSchema),
  })
  .openapi('EigenProfiel');

const thema = (t: { code: string; naamNl: string; naamEn: string }) => ({ code: t.code, naam: { nl: t.naamNl, en: t.naamEn } });

export function presentSamenvatting(row: PersoonRij, publicUrl: string): z.infer<typeof persoonSamenvattingSchema> {
  return {
    id: row.id,
    naam: row.naam,
    persoonstype: row.persoonstype,
    organisaties: row.organisaties.map((o) => ({ id: o.id, naam: o.naam, soort: o.soort })),
    themas: row.themas.map(thema),
    trefwoorden: row.trefwoorden,
    expertise: { nl: row.expertiseNl, en: row.expertiseEn },
    webpagina: `${publicUrl}/personen/${row.id}`,
  };
}

export function presentPersoon(p: Profiel, publicUrl: string): z.infer<typeof persoonSchema> {
  return {
    id: p.accountId,
    naam: p.naam,
    persoonstype: p.persoonstype,
    affiliaties: p.affiliaties.map((a) => ({
      organisatie: { id: a.organisatieId, naam: a.organisatieNaam, soort: a.organisatieSoort },
      onderdeel: a.onderdeelId && a.onderdeelNaam ? { id: a.onderdeelId, naam: a.onderdeelNaam } : null,
      rol: a.rol,
    })),
    themas: p.themas.map(thema),
    trefwoorden: p.trefwoorden,
    expertise: { nl: p.expertiseNl, en: p.expertiseEn },
    beschikbaarheden: p.beschikbaarheden,
    talen: p.talen,
    links: p.links,
    webpagina: `${publicUrl}/personen/${p.accountId}`,
  };
}

export function presentEigen(p: Profiel): z.infer<typeof eigenProfielSchema> {
  return {
    id: p.accountId,
    naam: p.naam,
    persoonstype: p.persoonstype,
    openbaar: p.openbaar,
    affiliaties: p.affiliaties.map((a) => ({
      organisatieId: a.organisatieId,
      organisatieNaam: a.organisatieNaam,
      onderdeelId: a.onderdeelId,
      onderdeelNaam: a.onderdeelNaam,
      rol: a.rol,
    })),
    themas: p.themas.map((t) => t.code),
    trefwoorden: p.trefwoorden,
    expertiseNl: p.expertiseNl,
    expertiseEn: p.expertiseEn,
    beschikbaarheden: p.beschikbaarheden,
    talen: p.talen,
    links: p.links,
  };
}
