import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

describe('config', () => {
  it('has sensible defaults for development', () => {
    const config = loadConfig({});
    assert.equal(config.port, 3000);
    assert.equal(config.env, 'development');
    assert.match(config.dataDir, /data$/);
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.demoContent, true);
    assert.equal(config.publicUrl, 'http://localhost:3000');
  });

  it('treats empty values as not set', () => {
    assert.equal(loadConfig({ PORT: '', DATABASE_URL: '' }).port, 3000);
  });

  it('refuses a bad value with a message that names the variable', () => {
    assert.throws(
      () => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' }),
      (error: unknown) =>
        error instanceof ConfigError &&
        error.problems.some((p) => p.startsWith('PORT:')) &&
        error.problems.some((p) => p.startsWith('DATABASE_URL:')),
    );
  });

  it('requires a secret, a mail server and https in production, and switches demo content off there', () => {
    assert.throws(() => loadConfig({ NODE_ENV: 'production' }), /APP_SECRET: is required in production/);
    assert.throws(() => loadConfig({ NODE_ENV: 'production', APP_SECRET: 'x'.repeat(32) }), /SMTP_URL: is required in production/);
    assert.throws(
      () => loadConfig({ NODE_ENV: 'production', APP_SECRET: 'x'.repeat(32), PUBLIC_URL: 'http://example.org' }),
      /PUBLIC_URL: must use https/,
    );
    const config = loadConfig({ NODE_ENV: 'production', APP_SECRET: 'x'.repeat(32), SMTP_URL: 'smtp://mail.example.org' });
    assert.equal(config.isProduction, true);
    assert.equal(config.demoContent, false);
  });

  it('reads DEMO_CONTENT as a boolean', () => {
    assert.equal(loadConfig({ DEMO_CONTENT: 'false' }).demoContent, false);
    assert.throws(() => loadConfig({ DEMO_CONTENT: 'maybe' }), ConfigError);
  });
});
