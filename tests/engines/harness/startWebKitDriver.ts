import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface WebKitDriver {
  /** `http://127.0.0.1:PORT`, where WebKitWebDriver listens. */
  url: string;
  /** Where MiniBrowser saves downloads. */
  downloadDirectory: string;
  stop: () => Promise<void>;
}

/** Starts `Xvfb` on the first free display (it writes the number it took to fd 3). */
async function startXvfb(xvfb: string): Promise<{ display: string; process: ChildProcess }> {
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const fd3 = child.stdio[3];
  if (fd3 === null || fd3 === undefined || !('once' in fd3)) throw new Error('Xvfb: no pipe for -displayfd');
  const display = await new Promise<string>((resolve, reject) => {
    fd3.once('data', (chunk: Buffer) => resolve(`:${chunk.toString().trim()}`));
    child.once('exit', (code) =>
      reject(new Error(`Xvfb exited (${code ?? 'signal'}) before taking a display:\n${stderr}`)),
    );
  });
  return { display, process: child };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForStatus(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(`${url}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error(`WebKitWebDriver did not answer on ${url}:\n${output()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * MiniBrowser has no headless mode: it gets a virtual X display of its own, and WebKitWebDriver
 * starts it there. Downloads go where GLib's user directories say (XDG_DOWNLOAD_DIR), so a
 * config folder of our own points them at a temporary folder the tests can read.
 */
export async function startWebKitDriver(paths: { xvfb: string; webkitDriver: string }): Promise<WebKitDriver> {
  const home = mkdtempSync(join(tmpdir(), 'kokko-roren-webkit-'));
  const downloadDirectory = join(home, 'downloads');
  const configDirectory = join(home, 'config');
  mkdirSync(downloadDirectory);
  mkdirSync(configDirectory);
  writeFileSync(join(configDirectory, 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloadDirectory}"\n`);

  const xvfb = await startXvfb(paths.xvfb);
  const port = await freePort();
  const driver = spawn(paths.webkitDriver, [`--port=${port}`, '--host=127.0.0.1'], {
    env: { ...process.env, DISPLAY: xvfb.display, XDG_CONFIG_HOME: configDirectory },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  driver.stdout?.on('data', keep);
  driver.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopChild(driver);
    await stopChild(xvfb.process);
    rmSync(home, { recursive: true, force: true });
  };
  try {
    await waitForStatus(url, driver, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, downloadDirectory, stop };
}
