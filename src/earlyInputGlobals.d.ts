/* What src/earlyInput.ts, a classic script of its own, shares with the app: globals. */

/** One thing a reader did before hydration: a click on `target`, or `value` entered into it. */
interface EarlyInputStep {
  target: Element;
  value?: string;
}

interface Window {
  /** Set by src/earlyInput.ts; `take` stops recording and hands over what was recorded. */
  explorerEarlyInput?: { take: () => EarlyInputStep[] };
}
