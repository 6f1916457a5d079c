import type { Reporter, TestModule } from 'vitest/node';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
  files: number;
  durationMs: number;
}

/** Which suite a test file belongs to, as the README names them. */
function suiteOf(module: TestModule, testName: string): string {
  switch (module.project.name) {
    case 'unit':
      // Components render in jsdom (.tsx); everything else is plain TypeScript.
      return module.moduleId.endsWith('.tsx') ? 'component (jsdom)' : 'unit';
    case 'e2e':
      return 'end to end (Chromium)';
    case 'engines':
      return /\bwebkit\b/i.test(testName) ? 'smoke (WebKitGTK)' : 'smoke (Firefox ESR)';
    default:
      return module.project.name;
  }
}

/**
 * After Vitest's own report, one line per suite (unit, component, Chromium, each smoke engine)
 * with its counts and time, then the totals: the part of a long run a reader looks for.
 */
export default class SuiteSummary implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const suites = new Map<string, Tally>();
    const tallyOf = (name: string) => {
      const tally = suites.get(name) ?? { passed: 0, failed: 0, skipped: 0, files: 0, durationMs: 0 };
      suites.set(name, tally);
      return tally;
    };
    for (const module of modules) {
      const seen = new Set<string>();
      for (const test of module.children.allTests()) {
        const suite = suiteOf(module, test.fullName);
        const tally = tallyOf(suite);
        const state = test.result().state;
        if (state === 'passed') tally.passed += 1;
        else if (state === 'failed') tally.failed += 1;
        else tally.skipped += 1;
        tally.durationMs += test.diagnostic()?.duration ?? 0;
        if (!seen.has(suite)) {
          seen.add(suite);
          tally.files += 1;
        }
      }
      // A file that failed to load has no tests: count it as a failure of its suite.
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) {
        tallyOf(suiteOf(module, '')).failed += 1;
      }
    }
    const order = ['unit', 'component (jsdom)', 'end to end (Chromium)', 'smoke (Firefox ESR)', 'smoke (WebKitGTK)'];
    const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
    const lines = [...suites.entries()]
      .sort(([a], [b]) => rank(a) - rank(b))
      .map(
        ([name, tally]) =>
          `  ${name.padEnd(24)} ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped` +
          ` in ${tally.files} files, ${(tally.durationMs / 1000).toFixed(0)} s`,
      );
    const total = [...suites.values()].reduce(
      (sum, tally) => ({
        passed: sum.passed + tally.passed,
        failed: sum.failed + tally.failed,
        skipped: sum.skipped + tally.skipped,
      }),
      { passed: 0, failed: 0, skipped: 0 },
    );
    console.log(
      ['', 'Suites:', ...lines, `All: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`].join(
        '\n',
      ),
    );
  }
}
