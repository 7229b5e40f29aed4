import { placeClips, readWav, seconds, trimSilence, type Pcm } from './pcm';

function wav(samples: number[], sampleRate = 22050, dataSize?: number): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(s, 2 * i));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(dataSize ?? data.length, 40);
  return Buffer.concat([header, data]);
}

const pcm = (samples: number[], sampleRate = 10): Pcm => ({
  samples: Int16Array.from(samples),
  sampleRate,
});

describe('readWav', () => {
  it('reads 16-bit mono samples and the sample rate', () => {
    const read = readWav(wav([0, 1000, -1000]));
    expect(read.sampleRate).toBe(22050);
    expect([...read.samples]).toEqual([0, 1000, -1000]);
  });

  it('reads to the end when a streamed file left the data size unset', () => {
    expect(readWav(wav([5, 6], 22050, 0xffffffff)).samples.length).toBe(2);
  });

  it('rejects what is not a WAV file', () => {
    expect(() => readWav(Buffer.from('not a wav file at all'))).toThrow(/not a WAV/);
  });
});

describe('trimSilence', () => {
  it('cuts the quiet edges but keeps a margin around the speech', () => {
    const trimmed = trimSilence(pcm([0, 0, 0, 0, 900, 0, -900, 0, 0, 0]), 300, 0.1);
    expect([...trimmed.samples]).toEqual([0, 900, 0, -900, 0]);
  });

  it('returns nothing for pure silence', () => {
    expect(seconds(trimSilence(pcm([0, 10, -10])))).toBe(0);
  });
});

describe('placeClips', () => {
  it('starts each clip at its time and cuts it at its end, silence elsewhere', () => {
    const track = placeClips(
      [
        { start: 0.2, end: 0.4, pcm: pcm([1, 1, 1]) },
        { start: 0.4, end: 1, pcm: pcm([2]) },
      ],
      1,
      10,
    );
    expect([...track]).toEqual([0, 0, 1, 1, 2, 0, 0, 0, 0, 0]);
  });

  it('makes the track exactly as long as the lesson', () => {
    const track = placeClips([{ start: 0.9, end: 1, pcm: pcm([3, 3, 3]) }], 1, 10);
    expect(track.length).toBe(10);
    expect(track[9]).toBe(3);
  });
});
