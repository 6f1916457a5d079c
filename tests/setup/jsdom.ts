import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A dataset file is validated by a module loaded on demand: on a busy two-core machine that takes
// longer than Testing Library's default second, which is a wait, not a failure of the page.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});
