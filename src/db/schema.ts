// Every table of every module, for drizzle-kit and for the typed client.
export * from '../modules/taxonomie/schema.ts';
export * from '../modules/organisaties/schema.ts';
export * from '../modules/accounts/schema.ts';
export * from '../modules/lidmaatschappen/schema.ts';
export * from '../modules/audit/schema.ts';
export * from '../modules/personen/schema.ts';
export * from './search-words.ts';
export * from '../modules/vraagstukken/schema.ts';
export * from '../modules/aanbod/schema.ts';
export * from '../modules/belangstellingen/schema.ts';
export * from '../modules/matching/schema.ts';
export * from '../modules/koppelingen/schema.ts';
export * from '../modules/gebeurtenissen/schema.ts';
