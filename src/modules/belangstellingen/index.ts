// The only import surface of the belangstellingen module.
export * from './schema.ts';
export { belangstellingPages } from './pages/routes.tsx';
export { belangstellingenApi } from './api/routes.ts';
export { tonenWeigering, mayReadBelangstelling, lopendeStatussen } from './policy.ts';
export { belangstellingenVoorVraagstuk, belangstellingenVan } from './queries.ts';
