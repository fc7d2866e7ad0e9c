import { describe, expect, it } from 'vitest';
import { LruCache } from './lru-cache';

describe('LruCache', () => {
  it('makes a value once, keeps at most its capacity, and drops the least recently used first', () => {
    const cache = new LruCache<string, number>(2);
    let made = 0;
    const make = (value: number) => () => {
      made += 1;
      return value;
    };
    expect(cache.get('a', make(1))).toBe(1);
    expect(cache.get('b', make(2))).toBe(2);
    expect(cache.get('a', make(99))).toBe(1);
    expect(made).toBe(2);
    cache.get('c', make(3));
    expect(cache.size).toBe(2);
    expect(cache.peek('b')).toBeUndefined();
    expect(cache.peek('a')).toBe(1);
  });

  it('keeps the order of use when the newest entry is read again', () => {
    const cache = new LruCache<string, number>(2);
    cache.get('a', () => 1);
    cache.get('b', () => 2);
    expect(cache.peek('a')).toBe(1);
    expect(cache.peek('a')).toBe(1);
    cache.get('c', () => 3);
    expect(cache.peek('b')).toBeUndefined();
    expect(cache.peek('c')).toBe(3);
    expect(cache.peek('c')).toBe(3);
    cache.get('d', () => 4);
    expect(cache.peek('a')).toBeUndefined();
    expect(cache.peek('c')).toBe(3);
    expect(cache.peek('d')).toBe(4);
  });
});
