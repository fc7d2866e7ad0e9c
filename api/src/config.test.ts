import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

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
});
