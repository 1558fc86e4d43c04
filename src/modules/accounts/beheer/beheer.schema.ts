import { z } from '@hono/zod-openapi';
import { optionalQuery, pageParam, safeText } from '../../../platform/zod-helpers.ts';
import { platformRollen } from '../schema.ts';

export const accountSorteringen = ['naam', '-naam', 'email', '-aangemaakt'] as const;

export const accountZoekSchema = z.object({
  zoek: optionalQuery(safeText(200)),
  sort: optionalQuery(z.enum(accountSorteringen)),
  page: pageParam,
});

/** Assigning a platform role; a verbinder works for one regio, the other roles for none. */
export const rolFormSchema = z
  .object({
    rol: z.enum(platformRollen, 'beheer.fouten.rol'),
    regio: optionalQuery(z.string().regex(/^[a-z0-9-]{1,40}$/, 'beheer.fouten.regio')),
  })
  .superRefine((v, ctx) => {
    if (v.rol === 'verbinder' && !v.regio) ctx.addIssue({ code: 'custom', path: ['regio'], message: 'beheer.fouten.regioNodig' });
  });
