import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../../web/context.ts';

export function vraagstukkenApi(api: OpenAPIHono<AppEnv>) {
  void api;
}
