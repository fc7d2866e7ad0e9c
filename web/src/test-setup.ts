import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Each component test starts from an empty DOM, empty storage and real globals.
afterEach(() => {
  cleanup();
  window.localStorage.clear();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
