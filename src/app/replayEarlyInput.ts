import { flushSync } from 'react-dom';

/*
 * What a reader did before the page was hydrated, recorded by src/earlyInput.ts, is done again
 * once the app answers, in the same order. React does not do this itself: it hydrates a text box
 * or radio with whatever the DOM holds and takes that as the value it last saw, so the typed text
 * stays on screen with no change event, and is overwritten by the next render (the URL's `q=`);
 * and nothing is listening to a click before hydration starts.
 */

/** Stops the recording and returns what it holds (nothing where the early script did not run). */
export function takeEarlyInput(): EarlyInputStep[] {
  return window.explorerEarlyInput?.take() ?? [];
}

/**
 * Replays `steps` on the elements they were made on (hydration keeps the prerendered elements; one
 * that a render has since removed, like a row the URL's filter hides, is skipped). Each step is
 * rendered before the next, so the next reads the state it leaves: typing then a sort click gives
 * filtered and sorted rows.
 */
export function replayEarlyInput(steps: readonly EarlyInputStep[]): void {
  for (const { target, value } of steps) {
    if (!target.isConnected) continue;
    // React hydrates the Suspense boundary around an element at once when a discrete event reaches
    // it. This one, not bubbling, goes no further than React's capture listener; hydrated first,
    // React then sees the replayed click or value as a change from what it hydrated.
    target.dispatchEvent(new Event('input'));
    flushSync(() => {
      if (value === undefined)
        target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
      else enterValue(target, value);
    });
  }
}

function enterValue(target: Element, value: string): void {
  if (target instanceof HTMLSelectElement) {
    target.value = value;
    target.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return;
  // React tells a real edit by comparing the value with the one it last set through the element's
  // `value` property. So set another value through that property, then the typed one past it with
  // the element's own setter, and send the input event an edit would.
  target.value = value === '' ? ' ' : '';
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(target), 'value')?.set?.call(target, value);
  target.dispatchEvent(new Event('input', { bubbles: true }));
}
