import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { defaultHeapGrowingPercent } from './heap-growth';

describe('loadConfig', () => {
  it('defaults to 127.0.0.1:8787, the corpus-or-e5 auto embedder and no CORS', () => {
    expect(loadConfig({})).toMatchObject({
      host: '127.0.0.1',
      port: 8787,
      embedder: 'auto',
      indexDir: '.index',
      corsOrigin: undefined,
      allowRemoteModels: false,
    });
  });

  it('names the variable that holds a bad value', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrowError(/PORT/);
    expect(() => loadConfig({ EMBEDDER: 'openai' })).toThrowError(/EMBEDDER/);
  });

  it("bounds V8's heap growth by default over both stores, and takes HEAP_GROWING_PERCENT over either", () => {
    const database = { STORE: 'postgres', DATABASE_URL: 'postgresql://localhost/kildesvar' };
    expect(defaultHeapGrowingPercent).toBeGreaterThan(0);
    expect(loadConfig({}).heapGrowingPercent).toBe(defaultHeapGrowingPercent);
    expect(loadConfig(database).heapGrowingPercent).toBe(defaultHeapGrowingPercent);
    expect(loadConfig({ HEAP_GROWING_PERCENT: '0' }).heapGrowingPercent).toBe(0);
    expect(loadConfig({ ...database, HEAP_GROWING_PERCENT: '0' }).heapGrowingPercent).toBe(0);
    expect(loadConfig({ HEAP_GROWING_PERCENT: '40' }).heapGrowingPercent).toBe(40);
    expect(() => loadConfig({ HEAP_GROWING_PERCENT: '-1' })).toThrowError(/HEAP_GROWING_PERCENT/);
  });
});
