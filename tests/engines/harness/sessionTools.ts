import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { describeTarget, findAllScript, type Target } from './pageScripts';

export const screenshotDirectory = fileURLToPath(new URL('../../output/screenshots/', import.meta.url));

/** The path for a screenshot named `name` (its folder made if need be). */
export function screenshotPath(name: string): string {
  mkdirSync(screenshotDirectory, { recursive: true });
  return `${screenshotDirectory}${name}.png`;
}

/**
 * Waits until `find` returns something (elements appear a render or a lazy chunk after the input
 * that asks for them), as Playwright's locators do; fails naming the target.
 */
export async function waitForElement<T>(target: Target, find: () => Promise<T | null>, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = await find();
    if (found !== null) return found;
    if (Date.now() > deadline) throw new Error(`no element for ${describeTarget(target)} after ${timeout} ms`);
    await sleep(50);
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function check<T>(value: unknown, is: (value: unknown) => value is T, what: string): T {
  if (!is(value)) throw new Error(`the page returned ${JSON.stringify(value)} for ${what}`);
  return value;
}

const isNumber = (value: unknown): value is number => typeof value === 'number';
const isTextOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';

/**
 * The read-only queries every engine answers the same way: an expression sent to the page (by
 * the driver, so the page's Content-Security-Policy does not apply to it) and its value checked.
 */
export function createQueries(run: (expression: string) => Promise<unknown>) {
  const text = (expression: string) => `${expression}.textContent.replace(/\\s+/g, ' ').trim()`;
  return {
    count: async (target: Target) => check(await run(`${findAllScript(target)}.length`), isNumber, 'a count'),
    text: async (target: Target) => {
      const expression = `(() => { const element = ${findAllScript(target)}[0]; return element === undefined ? null : ${text('element')}; })()`;
      return check(await run(expression), isTextOrNull, 'a text');
    },
    texts: async (target: Target) =>
      check(await run(`${findAllScript(target)}.map((element) => ${text('element')})`), isStringArray, 'texts'),
    attribute: async (target: Target, name: string) =>
      check(
        await run(`${findAllScript(target)}[0]?.getAttribute(${JSON.stringify(name)}) ?? null`),
        isTextOrNull,
        'an attribute',
      ),
    record: async () => {
      const record = await run(
        'window.__enginesRecorder ?? { errors: ["the recorder was not installed in this page"], csp: [] }',
      );
      if (typeof record !== 'object' || record === null || !('errors' in record) || !('csp' in record))
        throw new Error('no record');
      return { errors: check(record.errors, isStringArray, 'errors'), csp: check(record.csp, isStringArray, 'csp') };
    },
  };
}
