import { z } from '@hono/zod-openapi';
import { problemResponses } from '../../../api/responses.ts';

export { apiLocale, ifMatchHeader, json, notModified, throwFieldErrors as throwVeldFouten, withEtag } from '../../../api/responses.ts';

/** OpenAPI response pieces of the aanbod operations (shared ones: src/api/responses.ts). */
export const problems = problemResponses({
  403: 'Niet toegestaan: alleen wie het aanbod plaatste, een coördinator van de organisatie of een beheerder, met een token met scope write',
  409: 'Niet mogelijk in de huidige status van het aanbod',
});

export const idParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: 'De id van het aanbod', example: '5a0e2f44-3c1b-4d7e-8f90-1b2c3d4e5f60' }),
});
