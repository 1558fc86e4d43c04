import { z } from '@hono/zod-openapi';
import { optionalQuery, pageParam, safeText } from '../../platform/zod-helpers.ts';
import { ledenSorteringen } from './queries.ts';
import { organisatieRollen } from './schema.ts';

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
