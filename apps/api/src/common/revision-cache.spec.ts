import { describe, expect, it } from 'vitest';
import { RevisionCache } from './revision-cache';

describe('RevisionCache', () => {
  const counting = () => {
    let calls = 0;
    return { compute: (value: string) => async () => `${value}#${++calls}`, calls: () => calls };
  };

  it('computes once per key and revision, and again when the revision changes', async () => {
    const cache = new RevisionCache<string, string>(4);
    const { compute, calls } = counting();
    expect(await cache.get('2025-12-31', 'r1', compute('a'))).toBe('a#1');
    expect(await cache.get('2025-12-31', 'r1', compute('a'))).toBe('a#1');
    expect(await cache.get('2025-12-31', 'r2', compute('a'))).toBe('a#2');
    expect(calls()).toBe(2);
  });

  it('shares one computation between callers asking at the same time', async () => {
    const cache = new RevisionCache<string, string>(4);
    const { compute, calls } = counting();
    const answers = await Promise.all([1, 2, 3].map(() => cache.get('2025-12-31', 'r1', compute('a'))));
    expect(answers).toEqual(['a#1', 'a#1', 'a#1']);
    expect(calls()).toBe(1);
  });

  it('keeps only the most recent keys', async () => {
    const cache = new RevisionCache<string, string>(2);
    const { compute, calls } = counting();
    await cache.get('d1', 'r', compute('a'));
    await cache.get('d2', 'r', compute('b'));
    await cache.get('d3', 'r', compute('c'));
    await cache.get('d1', 'r', compute('a'));
    expect(calls()).toBe(4);
  });

  it('does not keep a failure: the next caller computes again', async () => {
    const cache = new RevisionCache<string, string>(2);
    await expect(cache.get('d1', 'r', () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    expect(await cache.get('d1', 'r', async () => 'ok')).toBe('ok');
  });
});
