import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The one place that reads the environment. Every setting is validated here, so a bad value
 * stops the process at start-up with a message that names the variable, instead of failing later.
 */
const booleanish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * An OpenID Connect provider (e.g. SURFconext). `organisaties` lists the slugs of the organisaties it
 * serves; empty means any organisatie that registered the login's home-organisation domain.
 */
const oidcProviderSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'id: lowercase letters, digits and dashes'),
  naam: z.string().min(1),
  issuer: z.url(),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  scopes: z.array(z.string().min(1)).default(['openid', 'email', 'profile']),
  organisaties: z.array(z.string()).default([]),
});
export type OidcProviderConfig = z.infer<typeof oidcProviderSchema>;

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
      .optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    APP_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    DEMO_CONTENT: booleanish.optional(),
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(1024 * 1024),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
    JOBS: z.enum(['aan', 'uit']).default('aan'),
    SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
    MAIL_FROM: z.string().min(3).default('I-Partnerschap <noreply@i-partnerschap.nl>'),
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
    SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
    OIDC_PROVIDERS: z
      .string()
      .transform((text, ctx) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          ctx.addIssue({ code: 'custom', message: 'must be JSON' });
          return z.NEVER;
        }
      })
      .pipe(z.array(oidcProviderSchema))
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.APP_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['APP_SECRET'], message: 'is required in production' });
    }
    if (env.NODE_ENV === 'production' && !env.SMTP_URL) {
      ctx.addIssue({ code: 'custom', path: ['SMTP_URL'], message: 'is required in production' });
    }
    if (env.NODE_ENV === 'production' && env.PUBLIC_URL && !env.PUBLIC_URL.startsWith('https://')) {
      ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'must use https in production' });
    }
  });

export type Config = {
  env: 'development' | 'production' | 'test';
  isProduction: boolean;
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: string;
  appSecret: string;
  demoContent: boolean;
  bodyLimitBytes: number;
  shutdownTimeoutMs: number;
  /** Background jobs (pg-boss, ADR 008) in this process; JOBS=uit switches them off. */
  jobs: boolean;
  /** Unset outside production: the app then starts a local mail sink (development) or the tests do. */
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  oidcProviders: OidcProviderConfig[];
};

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses an environment (process.env by default) into a typed, frozen Config, or throws ConfigError. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings in .env files mean "not set", not "set to nothing".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`));
  }
  const env = parsed.data;
  return Object.freeze({
    env: env.NODE_ENV,
    isProduction: env.NODE_ENV === 'production',
    port: env.PORT,
    host: env.HOST,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    dataDir: path.resolve(env.DATA_DIR),
    databaseUrl: env.DATABASE_URL,
    logLevel: env.LOG_LEVEL,
    // Outside production a per-process secret is fine: it only signs CSRF tokens.
    appSecret: env.APP_SECRET ?? `dev-${process.pid}-${Date.now()}-not-for-production-use`,
    demoContent: env.DEMO_CONTENT ?? env.NODE_ENV !== 'production',
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    jobs: env.JOBS === 'aan',
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    sessionIdleMs: env.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: env.SESSION_ABSOLUTE_HOURS * 3_600_000,
    oidcProviders: env.OIDC_PROVIDERS ?? [],
  });
}

/** Reads `.env` from the working directory when present (Node's own loader, no dependency). */
export function loadDotEnv(file = '.env'): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

/**
 * Outside production, without APP_SECRET, a secret is made once and kept in the data folder: the
 * TOTP secrets it encrypts must still be readable after a restart.
 */
export function withPersistentDevSecret(config: Config, hasExplicitSecret: boolean): Config {
  if (config.isProduction || hasExplicitSecret) return config;
  const file = path.join(config.dataDir, 'app-secret');
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return Object.freeze({ ...config, appSecret: readFileSync(file, 'utf8').trim() });
}
