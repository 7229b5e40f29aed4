/**
 * 16-bit mono PCM: reading espeak-ng's WAV output, cutting its silent edges and laying the
 * clips on the lesson timeline. Doing this on samples keeps every passage exactly on time.
 */

export interface Pcm {
  samples: Int16Array;
  sampleRate: number;
}

/** Reads a PCM WAV (espeak-ng writes 16-bit mono) by walking its chunks to `data`. */
export function readWav(file: Buffer): Pcm {
  if (file.toString('latin1', 0, 4) !== 'RIFF' || file.toString('latin1', 8, 12) !== 'WAVE')
    throw new Error('not a WAV file');
  let sampleRate = 0;
  for (let at = 12; at + 8 <= file.length;) {
    const id = file.toString('latin1', at, at + 4);
    const size = file.readUInt32LE(at + 4);
    const body = at + 8;
    if (id === 'fmt ') {
      const format = file.readUInt16LE(body);
      const channels = file.readUInt16LE(body + 2);
      const bits = file.readUInt16LE(body + 14);
      if (format !== 1 || channels !== 1 || bits !== 16)
        throw new Error('expected 16-bit mono PCM');
      sampleRate = file.readUInt32LE(body + 4);
    }
    if (id === 'data') {
      // espeak-ng streaming output may leave the size unset; the data then runs to the end.
      const count = Math.floor(Math.min(size, file.length - body) / 2);
      const samples = Int16Array.from({ length: count }, (_, i) => file.readInt16LE(body + 2 * i));
      return { samples, sampleRate };
    }
    at = body + size + (size % 2);
  }
  throw new Error('WAV file has no data chunk');
}

/** Drops silence at both ends, keeping `marginSeconds` so the first consonant is not clipped. */
export function trimSilence(pcm: Pcm, threshold = 300, marginSeconds = 0.02): Pcm {
  const { samples, sampleRate } = pcm;
  const loud = (s: number) => Math.abs(s) > threshold;
  const first = samples.findIndex(loud);
  if (first < 0) return { samples: new Int16Array(0), sampleRate };
  const last = samples.findLastIndex(loud);
  const margin = Math.round(marginSeconds * sampleRate);
  return { samples: samples.slice(Math.max(0, first - margin), last + 1 + margin), sampleRate };
}

export const seconds = (pcm: Pcm) => pcm.samples.length / pcm.sampleRate;

/**
 * A silent track of `duration` s with each clip starting at its `start`, cut at its `end` so
 * it never runs into the next one (padding is the silence around it).
 */
export function placeClips(
  clips: { start: number; end: number; pcm: Pcm }[],
  duration: number,
  sampleRate: number,
): Int16Array {
  const track = new Int16Array(Math.round(duration * sampleRate));
  for (const { start, end, pcm } of clips) {
    if (pcm.sampleRate !== sampleRate) throw new Error('clip sample rate differs from the track');
    const from = Math.round(start * sampleRate);
    const room = Math.min(Math.round(end * sampleRate), track.length) - from;
    track.set(pcm.samples.subarray(0, Math.max(0, room)), from);
  }
  return track;
}
