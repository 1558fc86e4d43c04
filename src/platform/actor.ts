/**
 * Who is asking: the input of every policy (`can(actor, action, resource)`). Built once per request
 * from the session cookie or the API token, and passed down to use cases and queries.
 */
export type PlatformRolToekenning = { rol: 'beheerder' | 'verbinder' | 'programmamanagement'; regioCode: string | null };
export type Lidmaatschap = { organisatieId: string; rol: 'coordinator' | 'lid' };

export type AccountActor = {
  kind: 'account';
  accountId: string;
  naam: string;
  email: string;
  persoonstype: string | null;
  /** Effective platform roles: verbinder and beheerder only count once the second factor is used. */
  platformrollen: PlatformRolToekenning[];
  lidmaatschappen: Lidmaatschap[];
  /** 'sessie' for the web, 'token' for API clients (then `scopes` limits what it may do). */
  via: 'sessie' | 'token';
  scopes: readonly ('read' | 'write')[];
  tweedeFactorAan: boolean;
  /** A role that needs a second factor is held, but the second factor is not set up or not used yet. */
  tweedeFactorVereist: boolean;
};

export type Actor = { kind: 'anonymous' } | AccountActor;

export const anonymous: Actor = Object.freeze({ kind: 'anonymous' });

export const isAccount = (actor: Actor): actor is AccountActor => actor.kind === 'account';

export const isBeheerder = (actor: Actor): boolean =>
  isAccount(actor) && actor.platformrollen.some((r) => r.rol === 'beheerder');

export const isProgrammamanagement = (actor: Actor): boolean =>
  isAccount(actor) && actor.platformrollen.some((r) => r.rol === 'programmamanagement');

export const isVerbinderVoor = (actor: Actor, regioCode: string): boolean =>
  isAccount(actor) && actor.platformrollen.some((r) => r.rol === 'verbinder' && r.regioCode === regioCode);

export const isVerbinder = (actor: Actor): boolean =>
  isAccount(actor) && actor.platformrollen.some((r) => r.rol === 'verbinder');

export const isLidVan = (actor: Actor, organisatieId: string): boolean =>
  isAccount(actor) && actor.lidmaatschappen.some((l) => l.organisatieId === organisatieId);

export const isCoordinatorVan = (actor: Actor, organisatieId: string): boolean =>
  isAccount(actor) && actor.lidmaatschappen.some((l) => l.organisatieId === organisatieId && l.rol === 'coordinator');

/** An API token without the 'write' scope may only read. Sessions may do what the person may do. */
export const mayWrite = (actor: Actor): boolean => isAccount(actor) && (actor.via === 'sessie' || actor.scopes.includes('write'));
