import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { acquireDataDirLock, DataDirLockedError } from './data-dir-lock.ts';

describe('data folder lock', () => {
  it('refuses a second holder while the first is alive, and frees the folder on release', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ip-lock-'));
    const lock = acquireDataDirLock(dir);
    // A second process tries the same folder.
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', '-e', `import('${path.resolve('src/db/data-dir-lock.ts')}').then(m => m.acquireDataDirLock(${JSON.stringify(dir)}))`],
      { encoding: 'utf8' },
    );
    assert.notEqual(child.status, 0);
    assert.match(child.stderr, /in use by another process \(pid \d+\)/);
    lock.release();
    assert.equal(existsSync(path.join(dir, 'i-partnerschap.lock')), false);
    acquireDataDirLock(dir).release();
  });

  it('takes over a stale lock left by a process that no longer runs', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ip-lock-'));
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(path.join(dir, 'i-partnerschap.lock'), `${dead.stdout}\n`);
    const lock = acquireDataDirLock(dir);
    lock.release();
  });

  it('names the holder in its error', () => {
    const error = new DataDirLockedError('/data', 42);
    assert.match(error.message, /\/data is in use by another process \(pid 42\)/);
  });
});
