/** The programs and fonts the script needs, checked up front, and a small process runner. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { FontFiles } from './filters';

/** Debian font files; drawtext's fontfile= is used because a font asked for by name can
 *  silently fall back to one without CJK glyphs, which draws empty boxes. English is set in
 *  Noto CJK's own Latin so both languages on a slide share one family; DejaVu only for the
 *  clock, whose monospaced digits do not jitter as it runs. */
export const FONT_FILES: FontFiles = {
  zh: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  zhBold: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
  en: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  enBold: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
  mono: '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf',
};

const PACKAGE_OF_FONT: Record<string, string> = {
  noto: 'fonts-noto-cjk',
  dejavu: 'fonts-dejavu-core',
};

const hasProgram = (name: string, flag = '--version') =>
  spawnSync(name, [flag], { stdio: 'ignore' }).status === 0;

/** Names the Debian packages to install for whatever is missing; empty when all is there. */
export function missingPackages(): string[] {
  const missing = new Set<string>();
  if (!hasProgram('ffmpeg', '-version') || !hasProgram('ffprobe', '-version'))
    missing.add('ffmpeg');
  if (!hasProgram('espeak-ng')) missing.add('espeak-ng');
  for (const file of Object.values(FONT_FILES))
    if (!existsSync(file))
      missing.add(Object.entries(PACKAGE_OF_FONT).find(([dir]) => file.includes(dir))![1]);
  return [...missing];
}

/** Runs a program to completion; rejects with its stderr when it fails. */
export function run(program: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${program} exited ${code}: ${err.trim()}`)),
    );
  });
}

/** Runs `task` over `items` with at most `limit` at a time, keeping results in order. */
export async function mapLimit<T, R>(
  items: T[],
  limit: number,
  task: (item: T, i: number) => Promise<R>,
) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
