// The only import surface of the accounts module.
export * from './schema.ts';
export { loadAccountActor } from './actor-loader.ts';
export { sessionMiddleware, bearerMiddleware, startSession, clearSessionCookie, apiTokenPrefix } from './session-middleware.ts';
export { endAllSessions } from './sessions.ts';
export { checkRateLimit, rateLimitSettings, type RateLimitAction } from './rate-limit.ts';
export { hashPassword, verifyPassword, passwordProblem } from './passwords.ts';
export { accountPages } from './pages/routes.tsx';
export { oidcPages } from './oidc/routes.tsx';
export { apiTokenPages } from './tokens/routes.tsx';
export { beheerPages } from './beheer/routes.tsx';
export { mijnGegevensPages } from './mijn-gegevens/routes.tsx';
export { accountsApi } from './api/routes.ts';
export { createAccountFromCli } from './create-account-cli.ts';
export { oidcProviderLinks } from './oidc/providers.ts';
