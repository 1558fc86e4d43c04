// The only import surface of the vraagstukken module.
export * from './schema.ts';
export { vraagstukPages } from './pages/routes.tsx';
export { vraagstukZoekPages } from './zoeken/routes.tsx';
export { vraagstukkenApi } from './api/routes.ts';
