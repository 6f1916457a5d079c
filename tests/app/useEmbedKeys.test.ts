import { afterEach, describe, expect, it } from 'vitest';
import { classifyEmbedKey } from '@/app/useEmbedKeys';

function press(key: string, target: Element | null, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, cancelable: true, ...init });
  return classifyEmbedKey(event, target);
}

function make(html: string): Element {
  document.body.innerHTML = html;
  const element = document.body.querySelector('[data-target]');
  if (element === null) throw new Error('no target');
  return element;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('classifyEmbedKey', () => {
  it('hands the focus back on Escape, wherever it is pressed', () => {
    expect(press('Escape', document.body)).toBe('hand-back');
    expect(press('Escape', make('<input data-target>'))).toBe('hand-back');
  });

  it('sends the page keys and Space on to the host, except from text fields, selects and buttons', () => {
    for (const key of ['PageUp', 'PageDown', ' ']) {
      expect(press(key, document.body)).toBe('send');
      expect(press(key, make('<svg><g role="img" tabindex="0" data-target></g></svg>'))).toBe('send');
      expect(press(key, make('<input type="search" data-target>'))).toBeNull();
      expect(press(key, make('<textarea data-target></textarea>'))).toBeNull();
      expect(press(key, make('<select data-target><option>a</option></select>'))).toBeNull();
      expect(press(key, make('<button data-target><span>Next</span></button>'))).toBeNull();
    }
  });

  it('sends the arrow keys only when nothing in the embed has the focus', () => {
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']) {
      expect(press(key, document.body)).toBe('send');
      expect(press(key, null)).toBe('send');
      expect(press(key, make('<svg><g role="img" tabindex="0" data-target></g></svg>'))).toBeNull();
      expect(press(key, make('<div tabindex="0" role="group" data-target></div>'))).toBeNull();
    }
  });

  it('keeps keys the embed has already used, keys with a modifier and every other key', () => {
    const used = new KeyboardEvent('keydown', { key: 'PageDown', cancelable: true });
    used.preventDefault();
    expect(classifyEmbedKey(used, document.body)).toBeNull();
    expect(press('ArrowRight', document.body, { altKey: true })).toBeNull();
    expect(press('PageDown', document.body, { ctrlKey: true })).toBeNull();
    expect(press('Enter', document.body)).toBeNull();
    expect(press('a', document.body)).toBeNull();
  });
});
