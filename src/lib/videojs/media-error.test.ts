import { mediaErrorCode } from './media-error';

describe('mediaErrorCode', () => {
  it('names each of the media element’s error codes', () => {
    expect([1, 2, 3, 4].map(mediaErrorCode)).toEqual([
      'aborted',
      'network',
      'decode',
      'unsupported',
    ]);
  });

  it('calls anything else unknown', () => {
    expect([0, 5, undefined, -1].map(mediaErrorCode)).toEqual(Array(4).fill('unknown'));
  });
});
