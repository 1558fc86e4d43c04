import { z } from '@hono/zod-openapi';
import { optionalField, plainText } from '../../platform/zod-helpers.ts';

/** Shared by the form and the API. Messages are i18n keys (locales/<l>/belangstellingen.json). */
export const belangstellingLimieten = { motivatie: 2000, antwoord: 2000 } as const;

export const belangstellingInvoerSchema = z
  .object({
    motivatie: plainText(belangstellingLimieten.motivatie, { tooLong: 'belangstellingen.fouten.motivatieLengte', controlChars: 'belangstellingen.fouten.tekens' }).pipe(
      z.string('belangstellingen.fouten.motivatieVerplicht').min(1, 'belangstellingen.fouten.motivatieVerplicht'),
    ).openapi({ description: 'Korte motivatie (platte tekst, hooguit 2000 tekens)', example: 'Past bij onze minor Data en AI in semester 2.' }),
    aanbodId: optionalField(z.uuid('belangstellingen.fouten.aanbod')).openapi({ description: 'Het eigen aanbod waar het vraagstuk bij past' }),
  })
  .openapi('BelangstellingInvoer');
export type BelangstellingInvoer = z.infer<typeof belangstellingInvoerSchema>;

/** The owner's answer: talk first, accept, or decline; with a message (required when declining). */
export const belangstellingBesluiten = ['in-gesprek', 'geaccepteerd', 'afgewezen'] as const;
export const belangstellingAntwoordSchema = z
  .object({
    besluit: z.enum(belangstellingBesluiten, 'belangstellingen.fouten.besluit'),
    antwoord: plainText(belangstellingLimieten.antwoord, { tooLong: 'belangstellingen.fouten.antwoordLengte', controlChars: 'belangstellingen.fouten.tekens' }),
  })
  .refine((v) => v.besluit !== 'afgewezen' || Boolean(v.antwoord), { path: ['antwoord'], message: 'belangstellingen.fouten.redenVerplicht' })
  .openapi('BelangstellingAntwoord');
export type BelangstellingAntwoord = z.infer<typeof belangstellingAntwoordSchema>;
