import type { Target } from './pageScripts';

export type EngineName = 'firefox' | 'webkit';

export interface Viewport {
  width: number;
  height: number;
}

/** Keys a test presses, by their DOM `key` names. */
export type KeyName = 'ArrowRight' | 'ArrowLeft' | 'Enter' | 'Escape' | 'Tab' | 'PageDown';

export interface PageRecord {
  /** Console errors and uncaught errors since the page was opened. */
  errors: string[];
  /** Content-Security-Policy violations since the page was opened. */
  csp: string[];
}

/**
 * What the smoke tests need from a browser, the same for every engine: one tab, driven by
 * WebDriver BiDi (Firefox, through puppeteer-core) or classic WebDriver (WebKitGTK, through
 * selenium-webdriver). Elements are found in the page by role and name or by CSS selector;
 * clicks, focus and typing are real input where the protocol has it.
 */
export interface EngineSession {
  readonly engine: EngineName;
  /**
   * Loads `url` at this viewport size and waits for `html[data-interactive]` (hydrated, URL state
   * applied), unless `hydrated` is false (a page served without scripts).
   */
  open: (url: string, viewport?: Viewport, options?: { hydrated?: boolean }) => Promise<void>;
  click: (target: Target) => Promise<void>;
  focus: (target: Target) => Promise<void>;
  /** Types into the element, as keystrokes. */
  type: (target: Target, text: string) => Promise<void>;
  /**
   * Points every later query, evaluation and element command into the document of the <iframe>
   * that `frame` finds in the page (a cross-origin frame too), or back to the page with null.
   * Opening a page goes back to it. Keys go wherever the focus is, in any frame.
   */
  enterFrame: (frame: Target | null) => Promise<void>;
  /** Presses a key in the focused element. */
  press: (key: KeyName) => Promise<void>;
  /** How many elements match, now. */
  count: (target: Target) => Promise<number>;
  /** The text content of the first match (whitespace collapsed), or null if none. */
  text: (target: Target) => Promise<string | null>;
  /** The text content of every match, in document order. */
  texts: (target: Target) => Promise<string[]>;
  attribute: (target: Target, name: string) => Promise<string | null>;
  /** Runs `expression` (its source) in the page and returns its value. */
  evaluate: (expression: string) => Promise<unknown>;
  /** Console errors and CSP violations recorded in the current page. */
  record: () => Promise<PageRecord>;
  /** Saves a screenshot of the viewport under tests/output/screenshots/ and returns its path. */
  screenshot: (name: string) => Promise<string>;
  /** Where this browser saves downloads. */
  readonly downloadDirectory: string;
  close: () => Promise<void>;
}
