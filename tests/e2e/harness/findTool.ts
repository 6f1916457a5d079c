import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function which(name: string): string | null {
  const result = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const found = result.stdout.trim();
  return result.status === 0 && found !== '' ? found : null;
}

/**
 * The path of a command a test reads its output with (poppler's `pdftotext`, LibreOffice's
 * `soffice`). Where it is missing and we are root on Debian, it installs `debianPackage` with
 * apt-get, and says so; anywhere else it fails, naming the package.
 */
export function findTool(command: string, debianPackage: string): string {
  const found = which(command);
  if (found !== null) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(
      `No ${command} found: installing Debian's "${debianPackage}" package with apt-get (running as root)...`,
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', debianPackage], { stdio: 'inherit', env });
    const installed = which(command);
    if (installed !== null) {
      console.log(`Installed ${command} at ${installed}.`);
      return installed;
    }
  }
  throw new Error(
    `No ${command} found for the tests. Install ${debianPackage} (Debian: apt-get install ${debianPackage}).`,
  );
}
