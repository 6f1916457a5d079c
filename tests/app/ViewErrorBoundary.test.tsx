import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ViewErrorBoundary } from '@/app/ViewErrorBoundary';

function Broken(): never {
  throw new Error('scale domain is empty');
}

describe('ViewErrorBoundary', () => {
  it('shows a clear message instead of a blank view, and keeps its neighbours', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <>
        <ViewErrorBoundary viewName="the timeline">
          <Broken />
        </ViewErrorBoundary>
        <p>The table is still here</p>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Sorry, the timeline could not be drawn.');
    expect(screen.getByRole('alert')).toHaveTextContent('scale domain is empty');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByText('The table is still here')).toBeInTheDocument();
    consoleError.mockRestore();
  });
});
