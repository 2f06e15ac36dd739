import { describe, expect, it } from 'vitest';
import { borrowBytes, releaseBytes } from '../src/text/scratch.js';

describe('scratch byte buffers', () => {
  it('lends buffers whose asked-for part is zero, also when reused', () => {
    const a = borrowBytes(100);
    expect(a.length).toBeGreaterThanOrEqual(100);
    a.fill(1);
    releaseBytes(a);
    const b = borrowBytes(50);
    expect(b).toBe(a); // reused, not allocated again
    expect([...b.subarray(0, 50)].every((x) => x === 0)).toBe(true);
    releaseBytes(b);
  });

  it('lends separate buffers to callers that hold them at the same time', () => {
    const a = borrowBytes(10);
    const b = borrowBytes(10);
    expect(b).not.toBe(a);
    a.fill(1, 0, 10);
    expect(b[0]).toBe(0);
    releaseBytes(a);
    releaseBytes(b);
  });

  it('does not keep a buffer made for a huge text', () => {
    const huge = borrowBytes(4 << 20);
    releaseBytes(huge);
    expect(borrowBytes(10)).not.toBe(huge);
  });

  it('gives a bigger buffer when the free one is too short', () => {
    const small = borrowBytes(10);
    releaseBytes(small);
    const big = borrowBytes(small.length + 1);
    expect(big.length).toBeGreaterThan(small.length);
    releaseBytes(big);
  });
});
