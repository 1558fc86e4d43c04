import type { Actor } from '../../../platform/actor.ts';

/** What every command needs besides its input: who acts (for the policy and the audit log) and the request id. */
export type CommandContext = { actor: Actor; requestId?: string | undefined };

/**
 * A refusal of one field that needs the data to decide (an organisatie the person is not a member
 * of, an unknown theme code). `veld` is the input field name, `key` an i18n key with `params`;
 * `soort` tells the API whether it is a conflict with other data (409) or an invalid value (400).
 */
export type VeldFout = { veld: string; key: string; params?: Record<string, string>; soort: 'conflict' | 'ongeldig' };
