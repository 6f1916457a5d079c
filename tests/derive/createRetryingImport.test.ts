import { describe, expect, it, vi } from 'vitest';
import { createRetryingImport } from '@/derive/createRetryingImport';

const ORIGIN = 'https://example.org';
const CHUNK = `${ORIGIN}/kokko-roren/assets/ViewToolsPanel-Ab12_x.js`;
const chromiumError = () => new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}`);

describe('createRetryingImport', () => {
  it('imports once and keeps the module', async () => {
    const load = vi.fn(async () => ({ answer: 42 }));
    const importModule = createRetryingImport(
      load,
      async () => ({ answer: 0 }),
      () => ORIGIN,
    );
    await expect(importModule()).resolves.toEqual({ answer: 42 });
    await expect(importModule()).resolves.toEqual({ answer: 42 });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('rejects with the failure, then imports afresh on the next call', async () => {
    const load = vi
      .fn<() => Promise<{ answer: number }>>()
      .mockRejectedValueOnce(chromiumError())
      .mockResolvedValue({ answer: 42 });
    const importUrl = vi.fn(async () => ({ answer: 0 }));
    const importModule = createRetryingImport(load, importUrl, () => ORIGIN);
    await expect(importModule()).rejects.toThrow('Failed to fetch dynamically imported module');
    await expect(importModule()).resolves.toEqual({ answer: 42 });
    expect(load).toHaveBeenCalledTimes(2);
    expect(importUrl).not.toHaveBeenCalled();
  });

  it('imports the failed URL with a query of its own when the browser keeps answering the old failure', async () => {
    const load = vi.fn<() => Promise<{ answer: number }>>().mockRejectedValue(chromiumError());
    const importUrl = vi
      .fn<(url: string) => Promise<{ answer: number }>>()
      .mockRejectedValueOnce(new TypeError('offline'))
      .mockResolvedValue({ answer: 42 });
    const importModule = createRetryingImport(load, importUrl, () => ORIGIN);
    await expect(importModule()).rejects.toThrow('Failed to fetch');
    await expect(importModule()).rejects.toThrow('offline');
    await expect(importModule()).resolves.toEqual({ answer: 42 });
    expect(importUrl.mock.calls.map(([url]) => url)).toEqual([`${CHUNK}?retry=2`, `${CHUNK}?retry=3`]);
    await expect(importModule()).resolves.toEqual({ answer: 42 });
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('gives up with the error when no URL is named and the fresh import fails too', async () => {
    const load = vi
      .fn<() => Promise<{ answer: number }>>()
      .mockRejectedValue(new TypeError('Importing a module script failed.'));
    const importModule = createRetryingImport(
      load,
      async () => ({ answer: 0 }),
      () => ORIGIN,
    );
    await expect(importModule()).rejects.toThrow('Importing a module script failed.');
    await expect(importModule()).rejects.toThrow('Importing a module script failed.');
  });

  it("reads the failed URL from Firefox's message too, and replaces an earlier retry query", async () => {
    const firefoxError = new TypeError(`error loading dynamically imported module: ${CHUNK}?retry=7`);
    const importUrl = vi.fn(async () => ({ answer: 42 }));
    const importModule = createRetryingImport(
      () => Promise.reject<{ answer: number }>(firefoxError),
      importUrl,
      () => ORIGIN,
    );
    await expect(importModule()).rejects.toThrow('error loading');
    await expect(importModule()).resolves.toEqual({ answer: 42 });
    expect(importUrl).toHaveBeenCalledWith(`${CHUNK}?retry=2`);
  });

  it('never imports a URL on another origin', async () => {
    const importUrl = vi.fn(async () => ({ answer: 0 }));
    const importModule = createRetryingImport(
      () => Promise.reject<{ answer: number }>(chromiumError()),
      importUrl,
      () => 'https://elsewhere.example',
    );
    await expect(importModule()).rejects.toThrow('Failed to fetch');
    await expect(importModule()).rejects.toThrow('Failed to fetch');
    expect(importUrl).not.toHaveBeenCalled();
  });
});
