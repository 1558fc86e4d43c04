import { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/actor.ts';
import { aanbodSoorten } from '../../aanbod/schema.ts';
import { kanBeantwoorden, kanIntrekken, mayAnswerBelangstelling, mayWithdrawBelangstelling } from '../policy.ts';
import type { BelangstellingRij, GekoppeldAanbod, Persoon, VraagstukKop } from '../queries.ts';
import { belangstellingStatussen } from '../schema.ts';
import type { VraagstukResource } from '../../vraagstukken/index.ts';

/**
 * What the API says about a belangstelling: to the interested person, the vraagstuk's owners and
 * its beoordelaars only. No e-mail addresses: the conversation goes through the platform.
 */
export const belangstellingSchema = z
  .object({
    id: z.uuid(),
    vraagstuk: z.object({ id: z.uuid(), titelNl: z.string().nullable(), titelEn: z.string().nullable(), href: z.string() }),
    persoon: z.object({ id: z.uuid(), naam: z.string().nullable().openapi({ description: 'null als het account verwijderd is' }) }),
    aanbod: z
      .object({ id: z.uuid(), titelNl: z.string().nullable(), titelEn: z.string().nullable(), soort: z.enum(aanbodSoorten), href: z.string() })
      .nullable()
      .openapi({ description: 'Het aanbod waar het vraagstuk bij past, als de belangstellende dat noemde' }),
    motivatie: z.string().openapi({ example: 'Past bij onze minor Data en AI in semester 2.' }),
    status: z.enum(belangstellingStatussen),
    antwoord: z.string().nullable().openapi({ description: 'Het antwoord van de eigenaar' }),
    beantwoordOp: z.string().nullable().openapi({ format: 'date-time' }),
    aangemaaktOp: z.string().openapi({ format: 'date-time' }),
    gewijzigdOp: z.string().openapi({ format: 'date-time' }),
    magBeantwoorden: z.boolean().openapi({ description: 'Of dit account nu kan antwoorden (POST .../beantwoorden)' }),
    magIntrekken: z.boolean().openapi({ description: 'Of dit account nu kan intrekken (POST .../intrekken)' }),
    versie: z.number().int().openapi({ example: 1 }),
  })
  .openapi('Belangstelling');
export type BelangstellingUit = z.infer<typeof belangstellingSchema>;

type Invoer = BelangstellingRij & {
  persoon: Persoon | null;
  aanbod: GekoppeldAanbod | null;
  vraagstuk: VraagstukKop;
  /** For the answer/withdraw flags; absent in lists where the caller's role is known. */
  resource?: VraagstukResource;
};

export function presentBelangstelling(b: Invoer, actor: Actor): BelangstellingUit {
  const resource = b.resource ? { accountId: b.accountId, vraagstuk: b.resource } : undefined;
  return {
    id: b.id,
    vraagstuk: { id: b.vraagstuk.id, titelNl: b.vraagstuk.titelNl, titelEn: b.vraagstuk.titelEn, href: `/api/v1/vraagstukken/${b.vraagstuk.id}` },
    persoon: { id: b.accountId, naam: b.persoon && !b.persoon.verwijderd ? b.persoon.naam : null },
    aanbod: b.aanbod ? { id: b.aanbod.id, titelNl: b.aanbod.titelNl, titelEn: b.aanbod.titelEn, soort: b.aanbod.soort, href: `/api/v1/aanbod/${b.aanbod.id}` } : null,
    motivatie: b.motivatie,
    status: b.status,
    antwoord: b.antwoord,
    beantwoordOp: b.beantwoordOp ? b.beantwoordOp.toISOString() : null,
    aangemaaktOp: b.createdAt.toISOString(),
    gewijzigdOp: b.updatedAt.toISOString(),
    magBeantwoorden: resource ? kanBeantwoorden(b.status) && mayAnswerBelangstelling(actor, resource) : false,
    magIntrekken: kanIntrekken(b.status) && mayWithdrawBelangstelling(actor, { accountId: b.accountId }),
    versie: b.versie,
  };
}
