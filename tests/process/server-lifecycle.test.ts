import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startServer } from '../support/server-process.ts';

/** The platform as a process: start-up refusals, graceful shutdown, and data that survives a restart. */
const root = fileURLToPath(new URL('../../', import.meta.url));

function runServer(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', NODE_ENV: 'development', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

async function waitFor(condition: () => boolean, what: string, ms = 15_000) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function pollJson(url: string, ms = 60_000): Promise<unknown> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return await res.json();
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('server process', { skip: Boolean(process.env.TEST_DATABASE_URL) && 'embedded database only' }, () => {
  it('refuses a bad setting with a clear message', () => {
    const result = runServer({ PORT: 'abc', DATA_DIR: path.join(os.tmpdir(), 'ip-never-created') });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /PORT: .*expected number/i);
    assert.match(result.stderr, /\.env\.example/);
  });

  it('holds its data folder, stops gracefully, and keeps the data across a restart', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ip-lifecycle-'));
    try {
      const first = await startServer({ env: { DATA_DIR: dataDir } });
      const lockFile = path.join(dataDir, 'i-partnerschap.lock');
      assert.ok(existsSync(lockFile));

      const second = runServer({ DATA_DIR: dataDir, PORT: '39999' });
      assert.equal(second.status, 1, 'a second process on the same folder must not start');
      assert.match(second.stderr, /is in use by another process \(pid \d+\)/);

      assert.equal(await first.stop(), 0, `graceful exit; output:\n${first.logs()}`);
      assert.equal(existsSync(lockFile), false, 'lock released');

      // The restart goes through `npm start`, as in production: SIGTERM to npm must reach the server.
      const port = 39_000 + (process.pid % 900);
      const npm = spawn('npm', ['start'], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' },
        stdio: 'ignore',
      });
      const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
      try {
        const body = await pollJson(`http://127.0.0.1:${port}/api/v1/organisaties?pageSize=1`);
        assert.equal((body as { pagination: { totalItems: number } }).pagination.totalItems, 92, 'data kept, not loaded twice');
      } finally {
        npm.kill('SIGTERM');
        await exited;
      }
      await waitFor(() => !existsSync(lockFile), 'the server behind npm stopped and released its lock');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
