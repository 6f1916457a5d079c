/*
 * A classic script of its own, loaded from <head> before the prerendered page is painted (the
 * build minifies it and adds its tag: build/earlyInputScript.ts). The page shows its
 * controls well before React has hydrated them, and nothing listens to them until then: this
 * keeps what a reader does in that time, in order, for the app to replay once it answers
 * (src/app/replayEarlyInput.ts). It imports nothing and is a few hundred bytes.
 *
 * It also applies two URL parameters as the app will, before the first paint rather than after
 * hydration: `?theme=` to <html> (src/app/useTheme.ts), and `?q=` to the filter box, so that a
 * reader who adds to the filter adds to the one the URL gives (src/app/urlState.ts reads it).
 * What it shares with the app is typed in src/earlyInputGlobals.d.ts.
 */

(() => {
  const params = new URLSearchParams(location.search);
  const theme = params.get('theme');
  if (theme === 'light' || theme === 'dark' || theme === 'present') document.documentElement.dataset.theme = theme;
  // The filter box is parsed after this runs; the observer fills it in before the page is painted.
  const query = params.get('q')?.slice(0, 200);
  if (query) {
    const fill = new MutationObserver(() => {
      const box = document.querySelector<HTMLInputElement>('#root input[type=search]');
      if (box === null) return;
      box.value = query;
      fill.disconnect();
    });
    fill.observe(document, { childList: true, subtree: true });
    addEventListener('DOMContentLoaded', () => fill.disconnect());
  }

  const steps: EarlyInputStep[] = [];
  // What a click acts on: buttons (also those drawn as radios), check boxes and radios, and the
  // charts' focusable marks. Not links, which work without script, nor text boxes or file inputs.
  const CLICKABLE = 'button,[role=button],[role=radio],[role=checkbox],[role=switch],[role=tab],input,svg [tabindex]';
  const isCheckable = (element: Element): boolean =>
    element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox');

  const onClick = (event: Event) => {
    const target = event.target instanceof Element ? event.target.closest(CLICKABLE) : null;
    if (target === null || (target instanceof HTMLInputElement && !isCheckable(target))) return;
    // A radio or check box keeps the state the page is hydrated with; the replayed click checks it.
    if (isCheckable(target)) event.preventDefault();
    steps.push({ target });
  };

  const onInput = (event: Event) => {
    const target = event.target;
    const typed = target instanceof HTMLInputElement && !isCheckable(target) && target.type !== 'file';
    if (!typed && !(target instanceof HTMLSelectElement) && !(target instanceof HTMLTextAreaElement)) return;
    // Keystrokes in a row come down to the text they leave.
    const last = steps[steps.length - 1];
    if (last?.target === target && last.value !== undefined) last.value = target.value;
    else steps.push({ target, value: target.value });
  };

  addEventListener('click', onClick, true);
  addEventListener('input', onInput, true);
  addEventListener('change', onInput, true);
  window.explorerEarlyInput = {
    take: () => {
      removeEventListener('click', onClick, true);
      removeEventListener('input', onInput, true);
      removeEventListener('change', onInput, true);
      return steps.splice(0);
    },
  };
})();
