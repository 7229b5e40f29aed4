/** Narration: each passage's Chinese spoken by espeak-ng, fitted into its window. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Passage } from '@/domain/lesson-schema';
import { fitSpeed, narrationText, speechTarget } from './narration';
import { readWav, seconds, trimSilence, type Pcm } from './pcm';
import { mapLimit, run } from './tools';

/** espeak-ng 1.51: `cmn` spells characters out as English-sounding pinyin; this voice takes
 *  Chinese characters directly and speaks them as Mandarin with tones. */
const VOICE = 'cmn-latn-pinyin';
/** espeak-ng's default amplitude (100) peaks at 0 dBFS and AAC at 32 kbit/s then overshoots to
 *  +2.7 dBFS (measured), which clips on playback; 60 leaves the codecs room. */
const AMPLITUDE = '60';

export interface Narration {
  passage: Passage;
  speed: number;
  /** Speech length and the room it had (the window less a breath), in seconds. */
  duration: number;
  target: number;
  fits: boolean;
  pcm: Pcm;
}

async function speak(text: string, speed: number, dir: string, name: string): Promise<Pcm> {
  const textFile = join(dir, `${name}.txt`);
  const wav = join(dir, `${name}-${speed}.wav`);
  await writeFile(textFile, text);
  await run('espeak-ng', [
    '-v',
    VOICE,
    '-a',
    AMPLITUDE,
    '-s',
    String(speed),
    '-w',
    wav,
    '-f',
    textFile,
  ]);
  return trimSilence(readWav(await readFile(wav)));
}

async function narrate(passage: Passage, dir: string): Promise<Narration> {
  const text = narrationText(passage.zh);
  const target = speechTarget(passage.end - passage.start);
  const render = async (speed: number) => {
    const pcm = await speak(text, speed, dir, `voice-${passage.id}`);
    return { pcm, duration: seconds(pcm) };
  };
  const { speed, clip, fits } = await fitSpeed(render, target);
  return { passage, speed, duration: clip.duration, target, fits, pcm: clip.pcm };
}

/** Two at a time: espeak-ng is single-threaded and the machines we render on have 2 cores. */
export function narrateAll(passages: Passage[], dir: string): Promise<Narration[]> {
  return mapLimit(passages, 2, (p) => narrate(p, dir));
}
