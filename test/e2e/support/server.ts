/**
 * Starts the front page's server exactly as `npm start` does (workbench/start.ts through tsx), on a free port
 * (PORT=0) with a fresh temporary data folder, and waits for the line that prints its URL.
 */
import { spawn } from 'child_process';
import type { ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export interface IRunningServer {
  /** e.g. http://localhost:40123 (no trailing slash) */
  readonly origin: string;
  readonly dataDir: string;
  /** Everything the server printed. */
  output(): string;
  stop(): Promise<void>;
}

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** `args`: more of npm start's arguments, e.g. `['--lists', 'none']` for an empty site. */
export function startServer(timeoutMs = 120_000, args: readonly string[] = []): Promise<IRunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'medarbejdernyt-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [require.resolve('tsx/cli'), 'workbench/start.ts', '--data-dir', dataDir, ...args], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: tsx starts the server as a child of its own, and both must stop together.
    detached: true,
  });
  const signal = (name: NodeJS.Signals): void => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, name);
    } catch {
      // Already gone.
    }
  };
  // A script that ends early (an error, a closed pipe, Ctrl-C) must not leave the server running.
  const orphanGuard = (): void => {
    signal('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('exit', orphanGuard);
  let out = '';
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      const done = (): void => {
        process.removeListener('exit', orphanGuard);
        fs.rmSync(dataDir, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null || child.signalCode !== null) return done();
      const kill = setTimeout(() => signal('SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(kill);
        done();
      });
      signal('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`The server did not print its URL within ${timeoutMs / 1000} s. Output:\n${out}`));
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      out += chunk.toString('utf8');
      const m = /(https?:\/\/localhost:\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ origin: m[1], dataDir, output: () => out, stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${code}) before it was ready. Output:\n${out}`));
    });
  });
}
