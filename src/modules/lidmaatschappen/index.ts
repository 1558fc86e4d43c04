// The only import surface of the lidmaatschappen module.
export * from './schema.ts';
export { lidmaatschapPages } from './pages/routes.tsx';
export { can as canLidmaatschap, type LidmaatschapActie } from './policy.ts';
