import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../tests/support/server-process.ts';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export type RunningServer = {
  pid: number;
  baseUrl: string;
  startSeconds: number;
  /** The server's own recent output (LOG_LEVEL=warn: warnings and errors only). */
  output(): string;
  stop(): Promise<void>;
};


function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts `src/server.ts` as a child in production mode, with the given database environment, and
 * waits until /health/ready answers 200. The working directory is the repository, so that tsx finds
 * tsconfig.json (the JSX settings).
 */
export async function startServer(dbEnv: Record<string, string>, options: { readyTimeoutMs?: number } = {}): Promise<RunningServer> {
  const started = performance.now();
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    APP_SECRET: randomBytes(36).toString('base64url'), // 48 characters
    LOG_LEVEL: 'warn',
    DEMO_CONTENT: 'false',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: '', // unset: a PUBLIC_URL inherited from the shell or .env must not point elsewhere
    // Production demands a mail server; no measured route sends mail, so nothing listens here.
    SMTP_URL: 'smtp://127.0.0.1:9',
    ...dbEnv,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const done = exited(child);

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timedOut = await Promise.race([done.then(() => false), sleep(20_000).then(() => true)]);
    if (timedOut) {
      child.kill('SIGKILL');
      await done;
      throw new Error(`server ${child.pid} did not stop within 20 s of SIGTERM; killed`);
    }
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server exited during start-up (code ${child.exitCode ?? child.signalCode}):\n${log}`);
    }
    try {
      const res = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop().catch(() => undefined);
      throw new Error(`server not ready within ${options.readyTimeoutMs ?? 120_000} ms:\n${log}`);
    }
    await sleep(200);
  }
  return {
    pid: child.pid!,
    baseUrl,
    startSeconds: (performance.now() - started) / 1000,
    output: () => log,
    stop,
  };
}

export type Memory = { peakRssMb: number; rssMb: number };

/** Peak (VmHWM) and current (VmRSS) resident memory of a process, from /proc (Linux only). */
export async function readMemory(pid: number): Promise<Memory | undefined> {
  let status: string;
  try {
    status = await readFile(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? NaN);
  return { peakRssMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
}
