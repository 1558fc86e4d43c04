import type { Context } from 'hono';
import { z } from '@hono/zod-openapi';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { InvalidParam } from '../platform/errors.ts';

/** RFC 9457 problem details, the only error format of the API. */
export const invalidParamSchema = z
  .object({
    name: z.string().openapi({ description: 'Naam van de parameter, met pad voor geneste velden', example: 'pageSize' }),
    reason: z.string().openapi({ description: 'Waarom de waarde niet geldig is' }),
    code: z.string().optional().openapi({ description: 'Soort fout, machineleesbaar', example: 'too_big' }),
  })
  .openapi('InvalidParam');

export const problemSchema = z
  .object({
    type: z.string().openapi({ example: 'about:blank' }),
    title: z.string().openapi({ example: 'Bad Request' }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string().optional(),
    instance: z.string().optional().openapi({ description: 'Het pad van het verzoek' }),
    invalidParams: z.array(invalidParamSchema).optional(),
  })
  .openapi('Problem');

export type Problem = z.infer<typeof problemSchema>;

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problem(
  c: Context,
  status: ContentfulStatusCode,
  detail?: string,
  extra: { invalidParams?: InvalidParam[]; headers?: Record<string, string> } = {},
): Response {
  const body: Problem = {
    type: 'about:blank',
    title: titles[status] ?? 'Error',
    status,
    ...(detail ? { detail } : {}),
    instance: new URL(c.req.url).pathname,
    ...(extra.invalidParams ? { invalidParams: extra.invalidParams } : {}),
  };
  return c.body(JSON.stringify(body), status, {
    'Content-Type': 'application/problem+json',
    ...extra.headers,
  });
}

/** zod issues -> invalidParams: one entry per field, with the field's path as its name. */
export function invalidParamsFrom(error: z.ZodError): InvalidParam[] {
  return error.issues.map((issue) => ({
    name: issue.path.map(String).join('.') || 'body',
    reason: issue.message,
    code: issue.code,
  }));
}
