import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/**
 * Passwords: argon2id with the OWASP-recommended minimum (19 MiB, 2 passes), checked against the
 * 49,000 most common passwords and scored by zxcvbn (which also knows the person's own name and
 * address). NIST SP 800-63B: a minimum length, a blocklist, no composition rules, no expiry.
 */
export const passwordMinLength = 10;
export const passwordMaxLength = 128;

const argonOptions = { algorithm: 2 /* Algorithm.Argon2id (a const enum) */, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

const common = new Set(dictionary['passwords-common']);
const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs, useLevenshteinDistance: true });

export async function hashPassword(password: string): Promise<string> {
  return hash(password, argonOptions);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// A hash of a random password, so that a login for an unknown address costs as much time as one for
// a known address (no account enumeration by timing).
let dummy: Promise<string> | undefined;
export async function verifyAgainstNothing(password: string): Promise<void> {
  dummy ??= hashPassword(`dummy-${Math.random()}`);
  await verifyPassword(await dummy, password);
}

/** The reason a new password is refused (an i18n key under accounts.wachtwoord), or null if it is fine. */
export function passwordProblem(password: string, userInputs: string[] = []): string | null {
  if (password.length < passwordMinLength) return 'accounts.wachtwoord.teKort';
  if (password.length > passwordMaxLength) return 'accounts.wachtwoord.teLang';
  if (common.has(password.toLowerCase())) return 'accounts.wachtwoord.veelGebruikt';
  const inputs = userInputs.flatMap((s) => s.toLowerCase().split(/[@.\s]+/)).filter((s) => s.length >= 3);
  if (zxcvbn.check(password, inputs).score < 3) return 'accounts.wachtwoord.teZwak';
  return null;
}
