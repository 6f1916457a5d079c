import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { useHydrated } from '@/charts/useHydrated';

function View() {
  const hydrated = useHydrated();
  return <div data-view-ready={hydrated ? '' : undefined}>view</div>;
}

describe('useHydrated', () => {
  it('is false in the server HTML and true once React has hydrated it, with no mismatch', async () => {
    const html = renderToString(<View />);
    expect(html).not.toContain('data-view-ready');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, <View />, { onRecoverableError: (error) => errors.push(error) });
    });
    expect(container.querySelector('[data-view-ready]')).not.toBeNull();
    expect(errors).toEqual([]);
  });
});
