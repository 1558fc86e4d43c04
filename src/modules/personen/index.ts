// The only import surface of the personen module.
export * from './schema.ts';
