import { z } from '@hono/zod-openapi';
import { problemResponses, throwFieldErrors } from '../../../api/responses.ts';
import { ConflictError } from '../../../platform/errors.ts';

export { apiLocale, ifMatchHeader, json, notModified, withEtag } from '../../../api/responses.ts';

/** OpenAPI response pieces of the vraagstukken operations (shared ones: src/api/responses.ts). */
export const problems = problemResponses({ 409: 'Niet mogelijk in de huidige status van het vraagstuk' });

export const idParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: 'De id van het vraagstuk', example: '2f1c8e0a-5b7d-4c1e-9a3f-0d6b8e4a7c21' }),
});

/**
 * Refusals of a command that need the data, as a 400 like zod's: the field and the i18n key. A
 * conflict with the state of things (a deadline that passed) is a 409.
 */
export function throwVeldFouten(fouten: { veld: string; key: string; soort: string }[]): never {
  const conflicten = fouten.filter((f) => f.soort === 'conflict');
  if (conflicten.length > 0) throw new ConflictError(conflicten.map((f) => `${f.veld}: ${f.key}`).join('; '));
  throwFieldErrors(fouten);
}
