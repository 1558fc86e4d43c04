import { z } from '@hono/zod-openapi';
import { optionalQuery, pageParam, safeText } from '../../platform/zod-helpers.ts';
import { ledenSorteringen } from './queries.ts';

// The roles again, not imported from schema.ts: this file is evaluated while the modules load in a
// cycle (schema.ts -> accounts -> actor-loader -> this module's pages), before schema.ts has run.
const organisatieRollen = ['coordinator', 'lid'] as const;

/** Form and query input of the membership pages. Messages are i18n keys where the generic one does not fit. */

export const uitnodigingFormSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254).email('lidmaatschappen.fouten.email'),
  rol: z.enum(organisatieRollen, 'lidmaatschappen.fouten.rol'),
});

export const lidWordenFormSchema = z.object({
  toelichting: optionalQuery(safeText(1000)),
});

export const rolFormSchema = z.object({ rol: z.enum(organisatieRollen, 'lidmaatschappen.fouten.rol') });

export const besluitFormSchema = z.object({ besluit: z.enum(['goedkeuren', 'afwijzen']) });

export const ledenQuerySchema = z.object({
  page: pageParam,
  sort: z.enum(ledenSorteringen).catch('naam').default('naam'),
});

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
