// The only import surface of the gebeurtenissen module (domain events, an outbox).
export * from './schema.ts';
export { gebeurtenisVastleggen, gebeurtenissenOver, type DomeinGebeurtenis } from './gebeurtenissen.ts';
