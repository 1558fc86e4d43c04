// Every table of every module, for drizzle-kit and for the typed client.
export * from '../modules/taxonomie/schema.ts';
export * from '../modules/organisaties/schema.ts';
export * from './search-words.ts';
