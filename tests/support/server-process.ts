import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Starts the real platform (src/server.ts) as a child process for end-to-end tests: a free port,
 * a fresh empty DATA_DIR (so every run gets a new embedded database with the demo content) and
 * the same start-up path as production, including migrations, seeding and graceful shutdown.
 *
 * With E2E_BASE_URL set nothing is started: the tests run against that URL (a deployed instance,
 * or one a developer already has running).
 */
export type RunningServer = {
  baseUrl: string;
  /** SIGTERM, wait for the exit (SIGKILL after 10 s), remove the temp DATA_DIR; the exit code. */
  stop(): Promise<number | null>;
  /** Everything the process wrote to stdout and stderr so far (for failure messages). */
  logs(): string;
};

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const READY_TIMEOUT_MS = 60_000;
const KILL_AFTER_MS = 10_000;
const MAX_LOG_CHARS = 200_000;

/** Every child still running, so that a crashing test process does not leave servers behind. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export async function startServer(
  options: {
    env?: Record<string, string>;
    /** Runs before the server starts, with its environment: e.g. `runCli(['account-aanmaken', ...], env)`. */
    beforeStart?: (env: NodeJS.ProcessEnv) => Promise<void>;
  } = {},
): Promise<RunningServer> {
  const external = process.env.E2E_BASE_URL;
  if (external) {
    return { baseUrl: external.replace(/\/+$/, ''), stop: async () => null, logs: () => '' };
  }

  const port = await freePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ip-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = '';
  const append = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    // Keep the tail: the last lines are the ones that explain a failure.
    if (output.length > MAX_LOG_CHARS) output = output.slice(-MAX_LOG_CHARS);
  };

  const env: NodeJS.ProcessEnv = {
      ...process.env,
      // A DATABASE_URL or PUBLIC_URL from the developer's shell or .env must not leak in: the
      // tests want the embedded database in the temp dir and links on this port. An empty value
      // counts as "not set" for the config, and wins over a .env file because it is already set.
      DATABASE_URL: '',
      PUBLIC_URL: '',
      // Loopback only: nothing outside this machine needs to reach a test server.
      HOST: '127.0.0.1',
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      DATA_DIR: dataDir,
      ...options.env,
  };
  await options.beforeStart?.(env);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  child.once('error', (error) => append(Buffer.from(`spawn failed: ${error.message}\n`)));

  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : null));
    });
  });
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  let stopping: Promise<number | null> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (!hasExited) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
      const code = await exited;
      clearTimeout(timer);
      await rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
      return code;
    })();
    return stopping;
  };

  try {
    await waitUntilReady(baseUrl, () => hasExited);
  } catch (error) {
    const code = await stop();
    const reason = hasExited && code !== null ? `exited with code ${code}` : (error as Error).message;
    throw new Error(`The server did not become ready (${reason}). Its output:\n${output}`);
  }
  return { baseUrl, stop, logs: () => output };
}

/** Asks the OS for a free port; the tiny race until the server binds it is acceptable in tests. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

async function waitUntilReady(baseUrl: string, hasExited: () => boolean): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error('exited during start-up');
    try {
      const response = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      if (response.status === 200) return;
    } catch {
      // Not listening yet (first start creates and seeds the database): try again shortly.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no 200 from /health/ready within ${READY_TIMEOUT_MS / 1000} s`);
}

/** Runs `src/cli.ts` with the given arguments and environment; rejects with its output when it fails. */
export function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`cli ${args[0]} exited with ${code}:\n${out}`))));
  });
}
