// The only import surface of the personen module.
export * from './schema.ts';
export { personenPages } from './pages/routes.tsx';
export { personenApi } from './api/routes.ts';
export { can as canProfiel, type ProfielActie } from './policy.ts';
