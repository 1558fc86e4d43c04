import { z } from '@hono/zod-openapi';
import { safeText } from '../../../platform/zod-helpers.ts';

/** How long a new token lives, in days: a token must expire (issue 3), so there is no "never". */
export const tokenGeldigheden = ['30', '90', '180', '365'] as const;

/**
 * The create form. Checkboxes arrive as separate fields ('on' when ticked): every token can read,
 * 'write' is the extra permission, so 'read' must be ticked.
 */
export const tokenFormSchema = z.object({
  naam: safeText(100).pipe(z.string().min(1)),
  scopeRead: z.literal('on', 'tokens.fouten.read'),
  scopeWrite: z.literal('on').optional(),
  geldigheid: z.enum(tokenGeldigheden, 'tokens.fouten.geldigheid'),
});
