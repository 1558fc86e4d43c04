import { z } from '@hono/zod-openapi';
import { problemResponses } from '../../../api/responses.ts';

export { ifMatchHeader, json, notModified, throwFieldErrors as throwVeldFouten, withEtag } from '../../../api/responses.ts';

/** OpenAPI response pieces of the belangstellingen operations (shared ones: src/api/responses.ts). */
export const problems = problemResponses();

export const idParams = (what: string) =>
  z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: `De id van ${what}`, example: '7c4d2b1a-0e9f-4a3b-8c6d-5e4f3a2b1c0d' }) });
