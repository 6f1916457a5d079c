import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function which(name: string): string | null {
  const result = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const found = result.stdout?.trim() ?? '';
  return result.status === 0 && found !== '' ? found : null;
}

/** The path of an installed Chromium or Chrome (CHROME_PATH first), or null: it installs nothing. */
export const lookForChromium = (): string | null => {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv !== undefined && fromEnv !== '' && existsSync(fromEnv)) return fromEnv;
  for (const name of NAMES) {
    const found = which(name);
    if (found !== null) return found;
  }
  return null;
};

/**
 * The path of a Chromium or Chrome to drive. Never downloads a browser build: where none is
 * installed and we are root on Debian, it installs Debian's own chromium package, and says so.
 */
export function findChromium(): string {
  const found = lookForChromium();
  if (found !== null) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(
      'No Chromium or Chrome found: installing Debian\'s "chromium" package with apt-get (running as root)...',
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env });
    const installed = lookForChromium();
    if (installed !== null) {
      console.log(`Installed Chromium at ${installed}.`);
      return installed;
    }
  }
  throw new Error(
    'No Chromium or Chrome found. Install one (Debian: apt-get install chromium) ' +
      'or set CHROME_PATH to its executable.',
  );
}
