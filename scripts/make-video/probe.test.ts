import { mediaProblems, type Probe } from './probe';

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
