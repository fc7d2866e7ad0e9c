import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Each component test starts from an empty DOM, empty storage, a bare address and real globals.
afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
  document.documentElement.lang = '';
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
