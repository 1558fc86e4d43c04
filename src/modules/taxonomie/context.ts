import type { AccountActor } from '../../platform/actor.ts';
import { ConflictError } from '../../platform/errors.ts';

/** Who writes, for the audit log. */
export type WriteContext = { actor: AccountActor; requestId?: string | undefined };

/** A synonym that another (or the same) theme already has in that language. */
export class SynoniemBestaatError extends ConflictError {
  constructor(
    public readonly thema: { code: string; naamNl: string; naamEn: string },
    term: string,
  ) {
    super(`The term '${term}' is already a synonym of theme '${thema.code}'`);
  }
}
