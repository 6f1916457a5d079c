import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function which(name: string): string | null {
  const result = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const found = result.stdout.trim();
  return result.status === 0 && found !== '' ? found : null;
}

/**
 * The path of poppler's `pdftotext`, which reads back the text of a printed page. Where it is
 * missing and we are root on Debian, it installs Debian's poppler-utils package, and says so.
 */
export function findPdftotext(): string {
  const found = which('pdftotext');
  if (found !== null) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No pdftotext found: installing Debian\'s "poppler-utils" package with apt-get (running as root)...');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', 'poppler-utils'], { stdio: 'inherit', env });
    const installed = which('pdftotext');
    if (installed !== null) {
      console.log(`Installed pdftotext at ${installed}.`);
      return installed;
    }
  }
  throw new Error('No pdftotext found for the print tests. Install poppler-utils (Debian: apt-get install poppler-utils).');
}
