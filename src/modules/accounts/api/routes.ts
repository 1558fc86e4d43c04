import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { okResponses, versionHeader } from '../../../api/openapi-helpers.ts';
import { problemSchema } from '../../../api/problem.ts';
import { isAccount } from '../../../platform/actor.ts';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';

const mijSchema = z
  .object({
    id: z.uuid(),
    naam: z.string(),
    email: z.email(),
    persoonstype: z.string().nullable(),
    platformrollen: z.array(z.object({ rol: z.string(), regio: z.string().nullable() })),
    lidmaatschappen: z.array(z.object({ organisatieId: z.uuid(), rol: z.enum(['coordinator', 'lid']) })),
    scopes: z.array(z.enum(['read', 'write'])),
  })
  .openapi('Mij');

const unauthorized = {
  401: {
    description: 'Geen of een ongeldig token',
    headers: versionHeader,
    content: { 'application/problem+json': { schema: problemSchema } },
  },
};

export function accountsApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/mij',
      middleware: [access('account')] as const,
      operationId: 'getMij',
      tags: ['Account'],
      summary: 'Het account van het token',
      description: 'Wie het token hoort, met platformrollen, lidmaatschappen en de scopes van het token.',
      security: [{ persoonlijkToken: [] }],
      responses: { ...okResponses(mijSchema, 'Het eigen account'), ...unauthorized },
    }),
    (c) => {
      const actor = c.var.actor;
      if (!isAccount(actor)) throw new Error('access gate let an anonymous request through');
      return c.json(
        {
          id: actor.accountId,
          naam: actor.naam,
          email: actor.email,
          persoonstype: actor.persoonstype,
          platformrollen: actor.platformrollen.map((r) => ({ rol: r.rol, regio: r.regioCode })),
          lidmaatschappen: actor.lidmaatschappen,
          scopes: [...actor.scopes],
        },
        200,
      );
    },
  );
}
