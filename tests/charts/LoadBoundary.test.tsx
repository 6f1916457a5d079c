import { Suspense } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createRetryableLazy } from '@/charts/createRetryableLazy';
import { LoadBoundary } from '@/charts/LoadBoundary';

function Panel({ name }: { name: string }) {
  return <p>The {name} panel</p>;
}

describe('LoadBoundary with createRetryableLazy', () => {
  it('says a part could not be loaded, keeps its neighbours, and loads it on Retry', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi
      .fn<() => Promise<{ Panel: typeof Panel }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue({ Panel });
    const part = createRetryableLazy(load, (module) => module.Panel);
    render(
      <>
        <LoadBoundary what="the share panel" onRetry={part.retry}>
          <Suspense fallback={<p>Loading…</p>}>
            <part.Component name="share" />
          </Suspense>
        </LoadBoundary>
        <p>The chart is still here</p>
      </>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Sorry, the share panel could not be loaded.');
    expect(screen.getByText('The chart is still here')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('The share panel')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
    consoleError.mockRestore();
  });

  it('puts the message where only some elements may go', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const part = createRetryableLazy(
      () => Promise.reject<{ Panel: typeof Panel }>(new TypeError('offline')),
      (module) => module.Panel,
    );
    render(
      <table>
        <LoadBoundary
          what="the rows"
          onRetry={part.retry}
          wrapMessage={(message) => (
            <tbody>
              <tr>
                <td>{message}</td>
              </tr>
            </tbody>
          )}
        >
          <Suspense fallback={null}>
            <part.Component name="rows" />
          </Suspense>
        </LoadBoundary>
      </table>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.closest('td')).not.toBeNull();
    consoleError.mockRestore();
  });
});
