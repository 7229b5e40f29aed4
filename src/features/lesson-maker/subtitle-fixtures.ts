/**
 * Test support for the lesson maker: the fixture files as bytes, encoders for the legacy
 * encodings Chinese subtitles come in, a long generated lecture, and the VTTCue that jsdom
 * lacks (media-captions extends the page's own).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatVttTimestamp } from '@/utils/time';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export const fixture = (name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(join(FIXTURES, name))),
});

export const utf8 = (text: string) => new TextEncoder().encode(text);

export function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes = new Uint8Array(Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le'));
  if (order === 'be') for (let i = 0; i < bytes.length; i += 2) bytes.subarray(i, i + 2).reverse();
  return bytes;
}

let gbTable: Map<string, number[]> | undefined;

/** GB18030 bytes of `text` (ASCII and the two-byte GBK range), by inverting the decoder. */
export function gb18030(text: string): Uint8Array {
  if (!gbTable) {
    gbTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++)
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && !gbTable.has(char)) gbTable.set(char, [lead, trail]);
      }
  }
  const table = gbTable;
  return new Uint8Array(
    [...text].flatMap((char) => {
      if (char.charCodeAt(0) < 0x80) return [char.charCodeAt(0)];
      const bytes = table.get(char);
      if (!bytes) throw new Error(`no GBK bytes for ${char}`);
      return bytes;
    }),
  );
}

/** media-captions extends `window.VTTCue` when there is a document; jsdom has none. */
export function provideVttCue() {
  if ('VTTCue' in window) return;
  class VTTCue extends EventTarget {
    id = '';
    constructor(
      public startTime: number,
      public endTime: number,
      public text: string,
    ) {
      super();
    }
  }
  Object.assign(window, { VTTCue });
}

/** A bilingual SRT lecture: `cues` cues over `minutes`, a sentence end every third cue. */
export function lecture(cues: number, minutes: number): string {
  const step = (minutes * 60) / cues;
  return Array.from({ length: cues }, (_, i) => {
    const start = i * step + 0.3;
    const end = start + step * 0.8;
    const ends = i % 3 === 2;
    const zh = `第${i + 1}句，我们讨论数字经济的合作${ends ? '。' : ''}`;
    const en = `Line ${i + 1}, on cooperation in the digital economy${ends ? '.' : ''}`;
    const times = `${formatVttTimestamp(start, ',')} --> ${formatVttTimestamp(end, ',')}`;
    return `${i + 1}\r\n${times}\r\n${zh}\r\n${en}\r\n`;
  }).join('\r\n');
}
