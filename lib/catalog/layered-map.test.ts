import { describe, expect, it } from 'vitest';
import { LayeredMap } from './layered-map';

describe('LayeredMap', () => {
  const second = new Map([
    ['a', 'second a'],
    ['b', 'second b'],
    ['c', 'unresolved'],
  ]);
  const map = new LayeredMap(new Map([['a', 'first a']]), () => second.keys(), (key) => (key === 'c' ? undefined : second.get(key)));

  it('answers from the first map, then from the second for keys the first lacks', () => {
    expect(map.get('a')).toBe('first a');
    expect(map.get('b')).toBe('second b');
    expect(map.get('c')).toBeUndefined();
    expect(map.has('c')).toBe(false);
    expect(map.get('z')).toBeUndefined();
  });

  it('iterates each key once, first map first, leaving out what the second cannot resolve', () => {
    expect([...map]).toEqual([
      ['a', 'first a'],
      ['b', 'second b'],
    ]);
    expect([...map.keys()]).toEqual(['a', 'b']);
    expect([...map.values()]).toEqual(['first a', 'second b']);
    expect(map.size).toBe(2);
    const seen: string[] = [];
    map.forEach((value, key) => seen.push(`${key}=${value}`));
    expect(seen).toEqual(['a=first a', 'b=second b']);
  });
});
