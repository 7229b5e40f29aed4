/**
 * Subtitle file bytes → text. Chinese subtitles often come in GB18030/GBK or UTF-16 (the
 * "Unicode" of Windows tools), so the encoding is found from the bytes rather than assumed:
 * a byte order mark first, then UTF-16 by its NUL bytes, then strict UTF-8, else GB18030
 * (a superset of GBK and GB2312). Pure: runs in the browser and in Node.
 */
import { SubtitleError } from './subtitle-error';

export const MAX_SUBTITLE_BYTES = 10 * 1024 * 1024;

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

function byBom(bytes: Uint8Array): Encoding | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a BOM: subtitle files are full of ASCII (numbers, timings), which UTF-16
 * writes with a NUL in every other byte, odd bytes in little-endian, even ones in big-endian.
 */
function byNuls(bytes: Uint8Array): Encoding | null {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (odd > pairs * 0.2 && even < pairs * 0.02) return 'utf-16le';
  if (even > pairs * 0.2 && odd < pairs * 0.02) return 'utf-16be';
  return null;
}

function decode(bytes: Uint8Array, encoding: Encoding): string | null {
  try {
    // The decoder drops a BOM of its own encoding.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

// C0 controls other than tab, line feed, form feed and carriage return, and DEL: finding
// them is the point of this pattern.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x01-\x08\x0B\x0E-\x1F\x7F]/g;

/** The text of a subtitle file, or a SubtitleError saying why it is not one. */
export function decodeSubtitles(name: string, bytes: Uint8Array): string {
  const fail = (problem: 'empty' | 'too-large' | 'binary', reason: string): never => {
    throw new SubtitleError(name, problem, reason);
  };
  if (bytes.length === 0) fail('empty', 'the file is empty');
  if (bytes.length > MAX_SUBTITLE_BYTES)
    fail(
      'too-large',
      `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; subtitle files over 10 MB are refused`,
    );
  const declared = byBom(bytes) ?? byNuls(bytes);
  const text = declared
    ? decode(bytes, declared)
    : (decode(bytes, 'utf-8') ?? decode(bytes, 'gb18030'));
  if (text === null)
    return fail(
      'binary',
      declared
        ? `not a text file: invalid ${declared.toUpperCase()}`
        : 'not a text file: neither UTF-8 nor GB18030 text',
    );
  if (text.includes('\0')) fail('binary', 'not a text file: it contains NUL bytes');
  // A stray control character (an old DOS end-of-file mark) is dropped; many mean binary data.
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > Math.max(2, text.length / 1000))
    fail('binary', `not a text file: it contains ${controls} control characters`);
  const clean = controls ? text.replace(CONTROL, '') : text;
  if (clean.trim() === '') fail('empty', 'the file holds no text, only blank space');
  return clean;
}
