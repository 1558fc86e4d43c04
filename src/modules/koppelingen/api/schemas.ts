import { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/actor.ts';
import type { Translate } from '../../../platform/i18n.ts';
import { optionalQuery, pageParam, pageSizeParam } from '../../../platform/zod-helpers.ts';
import { aanbodSoorten } from '../../aanbod/schema.ts';
import { kandidaatSoorten, uitlegRegels } from '../../matching/index.ts';
import { zijden } from '../koppeling.schema.ts';
import { besluitVan, kanIntrekken, kanIntroduceren, mayIntrekken, mayIntroduceren, openZijden, zijdenVan } from '../policy.ts';
import type { KoppelingGebeurtenis, KoppelingVolledig, Persoon, SamenwerkingConcept } from '../queries.ts';
import { koppelingBesluiten, koppelingBronnen, koppelingStatussen } from '../schema.ts';

/**
 * What the API says about a koppeling: to both sides, the verbinders of the regio and beheerders
 * only. No e-mail addresses: the conversation goes through the platform.
 */
const datumTijd = (description?: string) => z.string().openapi({ format: 'date-time', ...(description ? { description } : {}) });
const persoonSchema = z.object({ id: z.uuid(), naam: z.string().nullable().openapi({ description: 'null als het account verwijderd is' }) }).openapi('KoppelingPersoon');

const zijdeSchema = z
  .object({
    besluit: z.enum(koppelingBesluiten).nullable().openapi({ description: 'null: nog geen besluit' }),
    reden: z.string().nullable(),
    besluitOp: datumTijd().nullable(),
    besluitDoor: persoonSchema.nullable(),
  })
  .openapi('KoppelingZijde');

const signaalSchema = z
  .object({
    signaal: z.string().openapi({ example: 'thema' }),
    waarde: z.number().openapi({ description: 'De waarde van het signaal, 0 tot 1' }),
    gewicht: z.number().openapi({ description: 'Het gewicht in de configuratie toen de koppeling werd voorgesteld' }),
    bijdrage: z.number().openapi({ description: 'gewicht × waarde / som van de gewichten' }),
    uitleg: z
      .object({ sleutel: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) })
      .nullable()
      .openapi({ description: 'Wat het signaal verklaart, als vertaalsleutel met parameters' }),
  })
  .openapi('KoppelingSignaal');

const conceptSchema = z
  .object({
    op: datumTijd('Wanneer de concept-samenwerking werd vastgelegd'),
    gegevens: z
      .object({
        vraagstukId: z.uuid(),
        vraagstukTitel: z.string().nullable(),
        organisatieId: z.uuid().openapi({ description: 'De vragende organisatie' }),
        kandidaatSoort: z.enum(kandidaatSoorten),
        kandidaatId: z.uuid(),
        kandidaatTitel: z.string().nullable(),
        partnerOrganisatieId: z.uuid().nullable(),
        vormCodes: z.array(z.string()),
        periode: z.object({ van: z.string().nullable().openapi({ format: 'date' }), tot: z.string().nullable().openapi({ format: 'date' }), label: z.string().optional() }),
        aantalStudenten: z.number().int().nullable(),
        deelnemers: z.array(z.uuid()).openapi({ description: 'De accounts die namens beide partijen accepteerden' }),
      })
      .openapi({ description: 'Wat de samenwerking als vertrekpunt heeft, zoals het was bij de acceptatie' }),
  })
  .openapi('SamenwerkingConcept');

type ConceptGegevens = z.infer<typeof conceptSchema>['gegevens'];

export const koppelingSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(koppelingStatussen),
    bron: z.enum(koppelingBronnen).openapi({ description: 'Wie voorstelde: een verbinder, de vraagzijde of de aanbodzijde' }),
    vraagstuk: z.object({ id: z.uuid(), titelNl: z.string().nullable(), titelEn: z.string().nullable(), organisatie: z.object({ id: z.uuid(), naam: z.string() }), href: z.string() }),
    kandidaat: z
      .object({
        soort: z.enum(kandidaatSoorten),
        id: z.uuid(),
        titelNl: z.string().nullable().openapi({ description: 'Bij aanbod' }),
        titelEn: z.string().nullable(),
        naam: z.string().nullable().openapi({ description: 'Bij een onderdeel of een persoon (null: verwijderd account)' }),
        aanbodSoort: z.enum(aanbodSoorten).nullable(),
        organisatieNaam: z.string().nullable(),
        href: z.string().nullable().openapi({ description: 'Het pad in de API, als de kandidaat openbaar is' }),
      })
      .openapi({ description: 'Aanbod, een onderdeel of een persoon' }),
    toelichting: z.string().nullable().openapi({ description: 'Het bericht aan beide partijen' }),
    score: z.number().nullable().openapi({ description: 'De score van de suggestie toen de koppeling werd voorgesteld (0 tot 1); null zonder suggestie' }),
    uitleg: z.array(z.string()).openapi({ description: 'De belangrijkste redenen in gewone taal (taal volgens Accept-Language)' }),
    signalen: z.array(signaalSchema).nullable().openapi({ description: 'De volledige scoreopbouw; null zonder suggestie' }),
    voorgesteldDoor: persoonSchema.nullable(),
    voorgesteldOp: datumTijd(),
    geintroduceerdOp: datumTijd().nullable(),
    vraagzijde: zijdeSchema,
    aanbodzijde: zijdeSchema,
    afgeslotenOp: datumTijd().nullable(),
    gewijzigdOp: datumTijd(),
    mijnZijden: z.array(z.enum(zijden)).openapi({ description: 'Namens welke partij(en) dit account mag beslissen' }),
    mag: z
      .object({ introduceren: z.boolean(), accepteren: z.boolean(), afwijzen: z.boolean(), intrekken: z.boolean() })
      .openapi({ description: 'Wat dit account nu kan (POST .../introduceren, .../accepteren, .../afwijzen, .../intrekken)' }),
    samenwerkingConcept: conceptSchema.nullable().openapi({ description: 'De vastgelegde concept-samenwerking, zodra beide partijen accepteerden' }),
    versie: z.number().int().openapi({ example: 1 }),
  })
  .openapi('Koppeling');
export type KoppelingUit = z.infer<typeof koppelingSchema>;

export const gebeurtenisSchema = z
  .object({
    op: datumTijd(),
    soort: z.string().openapi({
      description:
        "voorgesteld, geintroduceerd, geaccepteerd-vraagzijde, afgewezen-vraagzijde, geaccepteerd-aanbodzijde, afgewezen-aanbodzijde, geaccepteerd, afgewezen of ingetrokken",
      example: 'geintroduceerd',
    }),
    door: persoonSchema.nullable(),
    opmerking: z.string().nullable().openapi({ description: 'Het bericht of de reden bij deze stap' }),
  })
  .openapi('KoppelingGebeurtenis');

export const lijstQuerySchema = z.object({
  status: optionalQuery(z.enum(koppelingStatussen, 'koppelingen.fouten.status')).openapi({ description: 'Alleen koppelingen met deze status' }),
  vraagstuk: optionalQuery(z.uuid('koppelingen.fouten.vraagstuk')).openapi({ description: 'Alleen koppelingen van dit vraagstuk' }),
  page: pageParam.openapi({ description: 'Paginanummer, vanaf 1' }),
  pageSize: pageSizeParam.openapi({ description: 'Aantal resultaten per pagina (1-100)' }),
});

const persoonUit = (p: Persoon | undefined) => (p ? { id: p.id, naam: p.verwijderd ? null : p.naam } : null);

function kandidaatHref(k: KoppelingVolledig): string | null {
  if (!k.kandidaat.pad) return null;
  const pad = { aanbod: 'aanbod', onderdeel: 'onderdelen', persoon: 'personen' }[k.kandidaat.soort];
  return `/api/v1/${pad}/${k.kandidaat.id}`;
}

export function presentKoppeling(k: KoppelingVolledig, actor: Actor, t: Translate, concept: SamenwerkingConcept | null): KoppelingUit {
  const zijde = (z: (typeof zijden)[number]) => {
    const door = z === 'vraagzijde' ? k.besluitVraagzijdeDoor : k.besluitAanbodzijdeDoor;
    const op = z === 'vraagzijde' ? k.besluitVraagzijdeOp : k.besluitAanbodzijdeOp;
    return {
      besluit: besluitVan(k, z),
      reden: z === 'vraagzijde' ? k.redenVraagzijde : k.redenAanbodzijde,
      besluitOp: op ? op.toISOString() : null,
      besluitDoor: door ? persoonUit(k.personen[door]) : null,
    };
  };
  const open = openZijden(actor, k);
  return {
    id: k.id,
    status: k.status,
    bron: k.bron,
    vraagstuk: {
      id: k.vraagstuk.id,
      titelNl: k.vraagstuk.titelNl,
      titelEn: k.vraagstuk.titelEn,
      organisatie: { id: k.vraagstuk.organisatieId, naam: k.vraagstuk.organisatieNaam },
      href: `/api/v1/vraagstukken/${k.vraagstuk.id}`,
    },
    kandidaat: {
      soort: k.kandidaat.soort,
      id: k.kandidaat.id,
      titelNl: k.kandidaat.titelNl,
      titelEn: k.kandidaat.titelEn,
      naam: k.kandidaat.naam,
      aanbodSoort: k.kandidaat.aanbodSoort,
      organisatieNaam: k.kandidaat.organisatieNaam,
      href: kandidaatHref(k),
    },
    toelichting: k.toelichting,
    score: k.score,
    uitleg: k.signalen && k.signalen.length > 0 ? uitlegRegels(k.signalen, t) : [],
    signalen: k.signalen,
    voorgesteldDoor: k.voorgesteldDoor ? persoonUit(k.personen[k.voorgesteldDoor]) : null,
    voorgesteldOp: k.createdAt.toISOString(),
    geintroduceerdOp: k.geintroduceerdOp ? k.geintroduceerdOp.toISOString() : null,
    vraagzijde: zijde('vraagzijde'),
    aanbodzijde: zijde('aanbodzijde'),
    afgeslotenOp: k.afgeslotenOp ? k.afgeslotenOp.toISOString() : null,
    gewijzigdOp: k.updatedAt.toISOString(),
    mijnZijden: zijdenVan(actor, k),
    mag: {
      introduceren: mayIntroduceren(actor, k) && kanIntroduceren(k),
      accepteren: open.length > 0,
      afwijzen: open.length > 0,
      intrekken: mayIntrekken(actor, k) && kanIntrekken(k),
    },
    // The event's data as it was stored (the commands write it in this shape: samenwerking-concept.ts).
    samenwerkingConcept: concept ? { op: concept.op.toISOString(), gegevens: concept.gegevens as ConceptGegevens } : null,
    versie: k.versie,
  };
}

export function presentGebeurtenis(g: KoppelingGebeurtenis) {
  return { op: g.op.toISOString(), soort: g.soort, door: g.actor ? { id: g.actor.id, naam: g.actor.verwijderd ? null : g.actor.naam } : null, opmerking: g.opmerking };
}
