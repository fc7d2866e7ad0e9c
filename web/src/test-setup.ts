import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// findBy…/waitFor wait up to 10 s: on a loaded machine the first render can take seconds (a bound, not a timing).
configure({ asyncUtilTimeout: 10_000 });

// Each component test starts from an empty DOM, empty storage, a bare address and real globals.
afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
  document.documentElement.lang = '';
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
