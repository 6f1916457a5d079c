import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface EnginePaths {
  firefox: string;
  webkitDriver: string;
  /** The browser WebKitWebDriver starts: WebKitGTK's MiniBrowser. */
  miniBrowser: string;
  xvfb: string;
}

interface Tool {
  key: keyof EnginePaths;
  label: string;
  /** The Debian package that brings it. */
  debianPackage: string;
  look: () => string | null;
}

function which(name: string): string | null {
  const result = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const found = result.stdout.trim();
  return result.status === 0 && found !== '' ? found : null;
}

function fromEnv(name: string): string | null {
  const value = process.env[name];
  return value !== undefined && value !== '' && existsSync(value) ? value : null;
}

function firstExisting(paths: readonly string[]): string | null {
  return paths.find((path) => existsSync(path)) ?? null;
}

/* MiniBrowser ships in libwebkit2gtk-4.1-0 (a dependency of webkit2gtk-driver), outside $PATH. */
const MINIBROWSER_PATHS = ['x86_64-linux-gnu', 'aarch64-linux-gnu'].flatMap((triplet) => [
  `/usr/lib/${triplet}/webkit2gtk-4.1/MiniBrowser`,
  `/usr/lib/${triplet}/webkitgtk-6.0/MiniBrowser`,
  `/usr/lib/${triplet}/webkit2gtk-4.0/MiniBrowser`,
]);

const TOOLS: readonly Tool[] = [
  {
    key: 'firefox',
    label: 'Firefox',
    debianPackage: 'firefox-esr',
    look: () => fromEnv('FIREFOX_PATH') ?? which('firefox-esr') ?? which('firefox'),
  },
  {
    key: 'webkitDriver',
    label: 'WebKitWebDriver',
    debianPackage: 'webkit2gtk-driver',
    look: () => fromEnv('WEBKIT_WEBDRIVER_PATH') ?? which('WebKitWebDriver'),
  },
  {
    key: 'miniBrowser',
    label: 'MiniBrowser',
    debianPackage: 'webkit2gtk-driver',
    look: () => fromEnv('MINIBROWSER_PATH') ?? firstExisting(MINIBROWSER_PATHS),
  },
  { key: 'xvfb', label: 'Xvfb', debianPackage: 'xvfb', look: () => which('Xvfb') },
];

/**
 * Firefox, WebKitGTK (its WebDriver and MiniBrowser) and Xvfb for the engines smoke suite. Never
 * downloads a browser build: where one is missing and we are root on Debian, it installs Debian's
 * package with apt-get and says so. Prints one line naming what it found and what it installed.
 */
export function findEngines(): EnginePaths {
  const found = new Map(TOOLS.map((tool) => [tool.key, tool.look()]));
  const missing = TOOLS.filter((tool) => found.get(tool.key) === null);
  const packages = [...new Set(missing.map((tool) => tool.debianPackage))];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (packages.length > 0 && isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Engines smoke suite: installing Debian's ${packages.join(', ')} with apt-get (running as root)...`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
    for (const tool of missing) found.set(tool.key, tool.look());
  }
  const stillMissing = TOOLS.filter((tool) => found.get(tool.key) === null);
  if (stillMissing.length > 0) {
    const names = stillMissing
      .map((tool) => `${tool.label} (Debian: apt-get install ${tool.debianPackage})`)
      .join(', ');
    throw new Error(
      `The engines smoke suite needs ${names}; or set FIREFOX_PATH, WEBKIT_WEBDRIVER_PATH, MINIBROWSER_PATH.`,
    );
  }
  const path = (key: keyof EnginePaths) => found.get(key) ?? '';
  const paths: EnginePaths = {
    firefox: path('firefox'),
    webkitDriver: path('webkitDriver'),
    miniBrowser: path('miniBrowser'),
    xvfb: path('xvfb'),
  };
  const installed = new Set(missing.map((tool) => tool.key));
  const report = TOOLS.map(
    (tool) => `${tool.label} ${paths[tool.key]} (${installed.has(tool.key) ? 'installed' : 'found'})`,
  );
  console.log(`Engines smoke suite browsers: ${report.join(', ')}`);
  return paths;
}
