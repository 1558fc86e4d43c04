// The only import surface of the aanbod module.
export * from './schema.ts';
export { aanbodPages } from './pages/routes.tsx';
export { aanbodZoekPages } from './zoeken/routes.tsx';
export { aanbodApi } from './api/routes.ts';
