/*
 * Functions that run inside the page, the same in every engine: each driver sends their source
 * over (so they close over nothing and define their helpers inside).
 */

/** What a test points at: an element by ARIA role and accessible name, or by CSS selector. */
export type Target = { role: string; name?: string | RegExp; within?: Target } | { css: string; within?: Target };

/** A Target as it travels to the page: a RegExp becomes its source and flags. */
interface SentRoleTarget {
  role: string;
  name?: string | { source: string; flags: string };
  within?: SentTarget;
}
export type SentTarget = SentRoleTarget | { css: string; within?: SentTarget };

export function sendTarget(target: Target): SentTarget {
  const within = target.within === undefined ? undefined : sendTarget(target.within);
  if ('css' in target) return { css: target.css, within };
  const { name } = target;
  return {
    role: target.role,
    name: name instanceof RegExp ? { source: name.source, flags: name.flags } : name,
    within,
  };
}

export function describeTarget(target: Target): string {
  const self =
    'css' in target ? target.css : `${target.role}${target.name === undefined ? '' : ` "${String(target.name)}"`}`;
  return target.within === undefined ? self : `${self} in ${describeTarget(target.within)}`;
}

/**
 * Every element matching `target`, in document order: a small accessible-name computation (the
 * roles and naming rules this app uses: aria-labelledby, aria-label, <label for>, figcaption,
 * caption, text without aria-hidden parts), skipping what is hidden from everyone.
 */
export function findAllInPage(target: SentTarget): Element[] {
  const IMPLICIT_ROLES: Record<string, string> = {
    BUTTON: 'button',
    FIGURE: 'figure',
    TABLE: 'table',
    A: 'link',
    H1: 'heading',
    H2: 'heading',
    H3: 'heading',
    SELECT: 'combobox',
    OUTPUT: 'status',
  };
  const roleOf = (element: Element): string | null => {
    const explicit = element.getAttribute('role');
    if (explicit !== null) return explicit.split(' ')[0] ?? null;
    if (element instanceof HTMLInputElement)
      return element.type === 'search' ? 'searchbox' : element.type === 'text' ? 'textbox' : null;
    if (element.tagName === 'TH') return element.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader';
    if (element.tagName === 'SECTION')
      return element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby') ? 'region' : null;
    return IMPLICIT_ROLES[element.tagName] ?? null;
  };
  const visibleText = (node: Node): string => {
    if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    return [...node.childNodes].map(visibleText).join('');
  };
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
  const nameOf = (element: Element): string => {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy !== null) {
      return clean(
        labelledBy
          .split(/\s+/)
          .map((id) => visibleText(document.getElementById(id) ?? document.createTextNode('')))
          .join(' '),
      );
    }
    const label = element.getAttribute('aria-label');
    if (label !== null) return clean(label);
    if (element.id !== '') {
      const forLabel = document.querySelector(`label[for="${CSS.escape(element.id)}"]`);
      if (forLabel !== null) return clean(visibleText(forLabel));
    }
    const legend =
      element.tagName === 'FIGURE'
        ? element.querySelector(':scope > figcaption')
        : element.tagName === 'TABLE'
          ? element.querySelector(':scope > caption')
          : null;
    return clean(visibleText(legend ?? element));
  };
  const shown = (element: Element) =>
    element.closest('[hidden], [aria-hidden="true"]') === null &&
    (element.getClientRects().length > 0 || element.tagName === 'HTML');
  const matches = (element: Element, name: SentRoleTarget) => {
    if (roleOf(element) !== name.role || !shown(element)) return false;
    if (name.name === undefined) return true;
    const actual = nameOf(element);
    return typeof name.name === 'string'
      ? actual === name.name
      : new RegExp(name.name.source, name.name.flags).test(actual);
  };
  const search = (spec: SentTarget, scopes: Element[]): Element[] => {
    const found = new Set<Element>();
    for (const scope of scopes) {
      if ('css' in spec) scope.querySelectorAll(spec.css).forEach((element) => found.add(element));
      else scope.querySelectorAll('*').forEach((element) => matches(element, spec) && found.add(element));
    }
    return [...found];
  };
  const chain: SentTarget[] = [];
  for (let spec: SentTarget | undefined = target; spec !== undefined; spec = spec.within) chain.unshift(spec);
  return chain.reduce<Element[]>((scopes, spec) => search(spec, scopes), [document.documentElement]);
}

/** Source for the page: an expression whose value is the matches of `target` (a driver sends it as it is). */
export function findAllScript(target: Target): string {
  return `(${findAllInPage.toString()})(${JSON.stringify(sendTarget(target))})`;
}

declare global {
  interface Window {
    /** What the engines harness records in the page (see installRecorder). */
    __enginesRecorder?: { errors: string[]; csp: string[] };
  }
}

/**
 * Records CSP violations (a `securitypolicyviolation` listener) and, where the driver has no
 * console of its own (WebKit over classic WebDriver), console errors and uncaught errors.
 */
export function installRecorder(recordConsole: boolean): void {
  if (window.__enginesRecorder !== undefined) return;
  const recorder = { errors: [] as string[], csp: [] as string[] };
  window.__enginesRecorder = recorder;
  document.addEventListener('securitypolicyviolation', (event) => {
    recorder.csp.push(
      `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
    );
  });
  if (!recordConsole) return;
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    recorder.errors.push(args.map(String).join(' '));
    consoleError(...args);
  };
  window.addEventListener('error', (event) => recorder.errors.push(`uncaught: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) =>
    recorder.errors.push(`unhandled rejection: ${String(event.reason)}`),
  );
}
