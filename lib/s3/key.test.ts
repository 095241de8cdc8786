import { describe, expect, it } from 'vitest';
import { s3KeyFor } from './key';

const DAY = new Date('2026-03-07T12:00:00Z');

describe('s3KeyFor', () => {
  it('files the image under the prefix, by UTC day, with the extension of its type', () => {
    expect(s3KeyFor('post-to-image', DAY, 'abc123', 'image/png')).toBe('post-to-image/2026/03/07/abc123.png');
    expect(s3KeyFor('post-to-image', DAY, 'abc123', 'image/jpeg')).toBe('post-to-image/2026/03/07/abc123.jpg');
    expect(s3KeyFor('post-to-image', DAY, 'abc123', 'image/webp')).toBe('post-to-image/2026/03/07/abc123.webp');
  });

  it('uses the UTC date, not the local one, near midnight', () => {
    expect(s3KeyFor('p', new Date('2026-12-31T23:59:59.999Z'), 'late', 'image/png')).toBe('p/2026/12/31/late.png');
    expect(s3KeyFor('p', new Date('2027-01-01T00:00:00Z'), 'early', 'image/png')).toBe('p/2027/01/01/early.png');
  });

  it.each([
    ['/images', 'images/2026/03/07/x.png'],
    ['images/', 'images/2026/03/07/x.png'],
    ['//team//images///', 'team/images/2026/03/07/x.png'],
    ['a/b/c', 'a/b/c/2026/03/07/x.png'],
    ['', '2026/03/07/x.png'],
    ['/', '2026/03/07/x.png'],
  ])('normalises the prefix %j', (prefix, key) => {
    expect(s3KeyFor(prefix, DAY, 'x', 'image/png')).toBe(key);
  });
});
