import { z } from '@hono/zod-openapi';
import { optionalField, plainText } from '../../platform/zod-helpers.ts';
import { kandidaatSoorten } from '../matching/schema.ts';

/** Shared by the forms and the API. Messages are i18n keys (locales/<l>/koppelingen.json). */
export const koppelingLimieten = { toelichting: 2000, reden: 1000 } as const;

const tekens = 'koppelingen.fouten.tekens';
const toelichting = plainText(koppelingLimieten.toelichting, { tooLong: 'koppelingen.fouten.toelichtingLengte', controlChars: tekens }).openapi({
  type: 'string',
  description: 'Bericht aan beide partijen: waarom zij met elkaar zouden moeten praten (platte tekst, hooguit 2000 tekens). Verplicht bij een introductie.',
  example: 'Uw minor Data en Overheid start in februari en zoekt precies zo een casus.',
});
const reden = plainText(koppelingLimieten.reden, { tooLong: 'koppelingen.fouten.redenLengte', controlChars: tekens }).openapi({
  type: 'string',
  description: 'De reden (platte tekst, hooguit 1000 tekens)',
  example: 'Past goed bij onze planning.',
});

/** The two sides of a koppeling: the vraagstuk's owners, and the candidate's people. */
export const zijden = ['vraagzijde', 'aanbodzijde'] as const;
export type Zijde = (typeof zijden)[number];
const zijde = optionalField(z.enum(zijden, 'koppelingen.fouten.zijde')).openapi({
  type: 'string',
  enum: [...zijden],
  description: 'Voor wie namens beide partijen mag beslissen: namens welke kant (anders niet nodig)',
});

export const koppelingVoorstelSchema = z
  .object({
    vraagstukId: z.uuid('koppelingen.fouten.vraagstuk').openapi({ description: 'Het vraagstuk (gepubliceerd of in gesprek)' }),
    kandidaatSoort: z.enum(kandidaatSoorten, 'koppelingen.fouten.soort').openapi({ description: 'aanbod, onderdeel of persoon' }),
    kandidaatId: z.uuid('koppelingen.fouten.kandidaat').openapi({ description: 'De id van het aanbod, het onderdeel of de persoon' }),
    toelichting,
    direct: z.boolean('koppelingen.fouten.direct').optional().openapi({
      description:
        'Alleen voor verbinders en beheerders: true introduceert de koppeling meteen; false of weggelaten stelt haar eerst voor ter beoordeling. ' +
        'Een voorstel van een van beide partijen is altijd meteen een introductie.',
    }),
  })
  .openapi('KoppelingVoorstel');
export type KoppelingVoorstel = z.infer<typeof koppelingVoorstelSchema>;

/** The verbinder introduces a proposed koppeling; the message may replace the proposer's. */
export const introducerenSchema = z.object({ toelichting }).openapi('KoppelingIntroductie');
export type KoppelingIntroductie = z.infer<typeof introducerenSchema>;

export const accepterenSchema = z.object({ reden, zijde }).openapi('KoppelingAcceptatie');

/** Declining needs a reason: the other side and the verbinder learn from it. */
export const afwijzenSchema = z
  .object({
    reden: reden.pipe(z.string('koppelingen.fouten.redenVerplicht').min(1, 'koppelingen.fouten.redenVerplicht')),
    zijde,
  })
  .openapi('KoppelingAfwijzing');

export const intrekkenSchema = z.object({ reden }).openapi('KoppelingIntrekking');

export type KoppelingBesluitInvoer = { reden?: string | null | undefined; zijde?: Zijde | null | undefined };
