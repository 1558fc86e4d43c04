import { randomBytes } from 'node:crypto';
import { and, eq, isNull, or, lt, sql } from 'drizzle-orm';
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';
import type { Db } from '../../db/client.ts';
import { decrypt, encrypt, hashToken } from '../../platform/secrets.ts';
import { accounts, herstelcodes } from './schema.ts';

/**
 * The second factor: TOTP (RFC 6238; 6 digits, 30 s, SHA-1, what every authenticator app speaks)
 * with single-use recovery codes. The secret is stored encrypted; a code is accepted one step
 * either side of now (clock drift) and never twice (the last used step is kept).
 */
const issuer = 'I-Partnerschap';
const purpose = 'totp';

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

export function sealTotpSecret(appSecret: string, base32: string): string {
  return encrypt(appSecret, purpose, base32);
}

function totp(base32: string, label: string) {
  return new OTPAuth.TOTP({ issuer, label, algorithm: 'SHA1', digits: 6, period: 30, secret: OTPAuth.Secret.fromBase32(base32) });
}

/** The otpauth:// URI and a QR code of it (SVG data URL) for the authenticator app. */
export async function totpEnrolment(base32: string, label: string): Promise<{ uri: string; qrDataUrl: string }> {
  const uri = totp(base32, label).toString();
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { uri, qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/** The time step a code belongs to, or null when it is wrong. */
export function matchTotp(base32: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(base32, '').validate({ token: code, window: 1, timestamp: now });
  if (delta === null) return null;
  return Math.floor(now / 30_000) + delta;
}

/**
 * Checks a TOTP code of the account's active or pending secret and records its step, so that the
 * same code cannot be used again. The conditional update makes two simultaneous uses fail once.
 */
export async function useTotpCode(db: Db, appSecret: string, accountId: string, code: string): Promise<boolean> {
  const [row] = await db
    .select({ geheim: accounts.totpGeheim, laatste: accounts.totpLaatsteStap })
    .from(accounts)
    .where(eq(accounts.id, accountId))
    .limit(1);
  if (!row?.geheim) return false;
  const step = matchTotp(decrypt(appSecret, purpose, row.geheim), code);
  if (step === null || (row.laatste !== null && step <= row.laatste)) return false;
  const updated = await db
    .update(accounts)
    .set({ totpLaatsteStap: step })
    .where(and(eq(accounts.id, accountId), or(isNull(accounts.totpLaatsteStap), lt(accounts.totpLaatsteStap, step))))
    .returning({ id: accounts.id });
  return updated.length === 1;
}

const recoveryAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

function recoveryCode(): string {
  const bytes = randomBytes(8);
  const chars = [...bytes].map((b) => recoveryAlphabet[b % recoveryAlphabet.length]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}

const normalise = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Ten new recovery codes; the old ones stop working. Shown once, stored hashed. */
export async function newRecoveryCodes(db: Db, accountId: string): Promise<string[]> {
  const codes = Array.from({ length: 10 }, recoveryCode);
  await db.delete(herstelcodes).where(eq(herstelcodes.accountId, accountId));
  await db.insert(herstelcodes).values(codes.map((c) => ({ accountId, codeHash: hashToken(normalise(c)) })));
  return codes;
}

export async function useRecoveryCode(db: Db, accountId: string, code: string): Promise<boolean> {
  const n = normalise(code);
  if (n.length !== 8) return false;
  const used = await db
    .update(herstelcodes)
    .set({ gebruiktOp: new Date() })
    .where(and(eq(herstelcodes.accountId, accountId), eq(herstelcodes.codeHash, hashToken(n)), isNull(herstelcodes.gebruiktOp)))
    .returning({ id: herstelcodes.id });
  return used.length === 1;
}

export async function remainingRecoveryCodes(db: Db, accountId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(herstelcodes)
    .where(and(eq(herstelcodes.accountId, accountId), isNull(herstelcodes.gebruiktOp)));
  return row?.n ?? 0;
}
