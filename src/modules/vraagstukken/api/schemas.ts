import { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/actor.ts';
import { diepgangen, onderwijsniveaus } from '../../taxonomie/schema.ts';
import { mogelijkeTransities, transitieNamen } from '../lifecycle.ts';
import { isBeoordelaar, isEigenaar, maySeeDetails, mayTransition, type VraagstukResource } from '../policy.ts';
import type { VraagstukVolledig } from '../queries.ts';
import { sluitredenen, vertrouwelijkheden, vraagstukStatussen } from '../schema.ts';

/**
 * What the API says about a vraagstuk. The editable fields carry the names of VraagstukInvoer, so
 * that a client can GET, change and PUT the same object (unknown fields are ignored on PUT); the
 * names of organisatie, thema's, vormen and contact people come alongside. Who may not see the
 * details (vertrouwelijkheid 'na-introductie') gets null there and `detailsVerborgen: true`.
 */
const tekst = z.string().nullable();
const verwijzing = z.object({ id: z.uuid(), naam: z.string() });
const codeNaam = z
  .object({ code: z.string().openapi({ example: 'data-en-ai' }), naam: z.object({ nl: z.string(), en: z.string() }) })
  .openapi('VraagstukCodeNaam', { description: 'Een thema of samenwerkingsvorm: code en naam in beide talen' });

export const bijlageSchema = z
  .object({
    id: z.uuid(),
    bestandsnaam: z.string().openapi({ example: 'achtergrond.pdf' }),
    mediatype: z.string().openapi({ example: 'application/pdf' }),
    grootte: z.number().int().openapi({ description: 'Grootte in bytes', example: 182044 }),
    toegevoegdOp: z.string().openapi({ format: 'date-time' }),
    href: z.string().openapi({ description: 'Pad om het bestand op te halen', example: '/api/v1/vraagstukken/2f1c8e0a-5b7d-4c1e-9a3f-0d6b8e4a7c21/bijlagen/8d0b6c55-1f3e-4a8b-b2a4-6e9f0c7d1a22' }),
  })
  .openapi('VraagstukBijlage');

export const vraagstukSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(vraagstukStatussen),
    sluitreden: z.enum(sluitredenen).nullable(),
    organisatieId: z.uuid(),
    organisatie: verwijzing.extend({ slug: z.string() }),
    onderdeelId: z.uuid().nullable(),
    onderdeel: verwijzing.extend({ slug: z.string() }).nullable(),
    titelNl: tekst.openapi({ example: 'Hoe maken we onze open data vindbaar?' }),
    titelEn: tekst,
    contextNl: tekst,
    contextEn: tekst,
    vraagNl: tekst.openapi({ description: 'null als de details verborgen zijn' }),
    vraagEn: tekst,
    resultaatNl: tekst.openapi({ description: 'null als de details verborgen zijn' }),
    resultaatEn: tekst,
    themaCodes: z.array(z.string()),
    themas: z.array(codeNaam),
    vormCodes: z.array(z.string()),
    samenwerkingsvormen: z.array(codeNaam),
    niveaus: z.array(z.enum(onderwijsniveaus)),
    regioCode: z.string(),
    regio: z.object({ code: z.string(), naam: z.string() }),
    landelijk: z.boolean(),
    vroegsteStart: z.string().nullable().openapi({ format: 'date' }),
    deadline: z.string().nullable().openapi({ format: 'date' }),
    duurWeken: z.number().int().nullable(),
    diepgang: z.enum(diepgangen).nullable(),
    aantalStudenten: z.number().int().nullable(),
    aantalTeams: z.number().int().nullable(),
    vertrouwelijkheid: z.enum(vertrouwelijkheden),
    detailsVerborgen: z.boolean().openapi({ description: 'Waar als vraag, resultaat, contactpersonen en bijlagen pas na een introductie te zien zijn' }),
    contactpersoonIds: z.array(z.uuid()).nullable(),
    contactpersonen: z.array(verwijzing).nullable(),
    bijlagen: z.array(bijlageSchema).nullable(),
    opmerkingVerbinder: tekst.openapi({ description: 'De opmerking bij het terugsturen; alleen voor de eigenaars en de beoordelaars' }),
    mogelijkeTransities: z.array(z.enum(transitieNamen as [string, ...string[]])).openapi({
      description: 'De overgangen die dit account nu mag uitvoeren (POST /vraagstukken/{id}/<overgang>)',
      example: ['in-gesprek', 'sluiten'],
    }),
    ingediendOp: z.string().nullable().openapi({ format: 'date-time' }),
    gepubliceerdOp: z.string().nullable().openapi({ format: 'date-time' }),
    geslotenOp: z.string().nullable().openapi({ format: 'date-time' }),
    aangemaaktOp: z.string().openapi({ format: 'date-time' }),
    gewijzigdOp: z.string().openapi({ format: 'date-time' }),
    isVoorbeeld: z.boolean().openapi({ description: 'Waar voor demo-inhoud' }),
    versie: z.number().int().openapi({ description: 'Gaat omhoog bij elke wijziging; ook in de ETag', example: 3 }),
    webpagina: z.url(),
  })
  .openapi('Vraagstuk');
export type VraagstukUit = z.infer<typeof vraagstukSchema>;

export function resourceVan(v: VraagstukVolledig): VraagstukResource {
  return {
    organisatieId: v.organisatieId,
    regioCode: v.regioCode,
    status: v.status,
    vertrouwelijkheid: v.vertrouwelijkheid,
    aangemaaktDoor: v.aangemaaktDoor,
    contactpersoonIds: v.contactpersonen.map((p) => p.id),
    geintroduceerdeIds: v.geintroduceerdeIds,
  };
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const codeNaamVan = (t: { code: string; naamNl: string; naamEn: string }) => ({ code: t.code, naam: { nl: t.naamNl, en: t.naamEn } });

export function presentVraagstuk(v: VraagstukVolledig, actor: Actor, publicUrl: string): VraagstukUit {
  const resource = resourceVan(v);
  const details = maySeeDetails(actor, resource);
  const intern = isEigenaar(actor, resource) || isBeoordelaar(actor, resource);
  return {
    id: v.id,
    status: v.status,
    sluitreden: v.sluitreden,
    organisatieId: v.organisatieId,
    organisatie: { id: v.organisatie.id, naam: v.organisatie.naam, slug: v.organisatie.slug },
    onderdeelId: v.onderdeelId,
    onderdeel: v.onderdeel ? { id: v.onderdeel.id, naam: v.onderdeel.naam, slug: v.onderdeel.slug } : null,
    titelNl: v.titelNl,
    titelEn: v.titelEn,
    contextNl: v.contextNl,
    contextEn: v.contextEn,
    vraagNl: details ? v.vraagNl : null,
    vraagEn: details ? v.vraagEn : null,
    resultaatNl: details ? v.resultaatNl : null,
    resultaatEn: details ? v.resultaatEn : null,
    themaCodes: v.themaCodes,
    themas: v.themas.map(codeNaamVan),
    vormCodes: v.vormCodes,
    samenwerkingsvormen: v.vormen.map(codeNaamVan),
    niveaus: v.niveaus as VraagstukUit['niveaus'],
    regioCode: v.regioCode,
    regio: { code: v.regio.code, naam: v.regio.naam },
    landelijk: v.landelijk,
    vroegsteStart: v.vroegsteStart,
    deadline: v.deadline,
    duurWeken: v.duurWeken,
    diepgang: v.diepgang,
    aantalStudenten: v.aantalStudenten,
    aantalTeams: v.aantalTeams,
    vertrouwelijkheid: v.vertrouwelijkheid,
    detailsVerborgen: !details,
    contactpersoonIds: details ? v.contactpersonen.map((p) => p.id) : null,
    contactpersonen: details ? v.contactpersonen.map((p) => ({ id: p.id, naam: p.naam })) : null,
    bijlagen: details
      ? v.bijlagen.map((b) => ({
          id: b.id,
          bestandsnaam: b.bestandsnaam,
          mediatype: b.mediatype,
          grootte: b.grootte,
          toegevoegdOp: b.toegevoegdOp.toISOString(),
          href: `/api/v1/vraagstukken/${v.id}/bijlagen/${b.id}`,
        }))
      : null,
    opmerkingVerbinder: intern ? v.opmerkingVerbinder : null,
    mogelijkeTransities: mogelijkeTransities(v.status).filter((t) => mayTransition(actor, t, resource)),
    ingediendOp: iso(v.ingediendOp),
    gepubliceerdOp: iso(v.gepubliceerdOp),
    geslotenOp: iso(v.geslotenOp),
    aangemaaktOp: v.createdAt.toISOString(),
    gewijzigdOp: v.updatedAt.toISOString(),
    isVoorbeeld: v.isDemo,
    versie: v.versie,
    webpagina: `${publicUrl}/vraagstukken/${v.id}`,
  };
}
