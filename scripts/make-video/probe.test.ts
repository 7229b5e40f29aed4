import { keyframeProblems, longestKeyframeGap, mediaProblems, type Probe } from './probe';

const probe = (duration: number, videoEnd: number, audioEnd: number, size = 3e6): Probe => ({
  format: { duration: String(duration), size: String(size) },
  streams: [
    { index: 0, codec_type: 'video', codec_name: 'h264', end: videoEnd },
    { index: 1, codec_type: 'audio', codec_name: 'aac', end: audioEnd },
  ],
});

describe('mediaProblems', () => {
  it('accepts a file of the lesson length with aligned streams', () => {
    expect(mediaProblems(probe(553.02, 553, 553.02), 553)).toEqual([]);
  });

  it('reports a wrong length, a stream that stops early and a file too large', () => {
    expect(mediaProblems(probe(554, 554, 540, 6e6), 553)).toEqual([
      'duration 554.000 s, expected 553 s',
      'size 6000000 B over 5 MB',
      'video stream ends at 554.000 s',
      'audio stream ends at 540.000 s',
    ]);
  });

  it('reports a missing stream', () => {
    const silent = probe(553, 553, 553);
    silent.streams.pop();
    expect(mediaProblems(silent, 553)).toEqual(['no audio stream']);
  });
});

describe('keyframeProblems', () => {
  const expected = { starts: [0, 25, 57], gap: 2, duration: 60 };
  const every = (from: number, to: number, step: number) =>
    Array.from({ length: Math.ceil((to - from) / step) }, (_, i) => from + i * step);

  it('accepts keyframes on every passage start and at most the gap apart', () => {
    const keys = [...every(0, 25, 2), ...every(25, 57, 2), ...every(57, 60, 2)];
    expect(keyframeProblems(keys, expected)).toEqual([]);
    expect(longestKeyframeGap(keys, 60)).toBe(2);
  });

  it('names passage starts without one and a stretch longer than the gap', () => {
    expect(keyframeProblems([0, 25, 26], expected)).toEqual([
      'no keyframe at passage start 57 s',
      '34.00 s without a keyframe, more than 2 s',
    ]);
  });

  it('allows the few milliseconds WebM’s timeline starts late', () => {
    const keys = [...every(0, 25, 2), ...every(25, 57, 2), ...every(57, 60, 2)];
    expect(
      keyframeProblems(
        keys.map((k) => k + 0.007),
        expected,
      ),
    ).toEqual([]);
  });

  it('counts the stretch from the last keyframe to the end', () => {
    expect(longestKeyframeGap([0, 1, 2], 9)).toBe(7);
  });
});
