/**
 * Highlight lag in Firefox ESR and WebKit, measured as in Chromium (lag.ts) with the same probes
 * and peers, through the cross-engine tests' drivers (tests/engines/). An engine whose programs
 * are missing, or that fails, is reported as such; the benchmark goes on without it.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Lesson } from '@/domain/lesson-schema';
import { DESKTOP, type Engine, type EngineDriver, until } from '../../tests/engines/engine';
import { firefox } from '../../tests/engines/firefox';
import { webkit } from '../../tests/engines/webkit';
import { type CrossBoundary, type LagResult, measureLag } from './lag';
import { hyperaudioScript, PROBES } from './lesson-page';

export const ENGINES: readonly Engine[] = [firefox, webkit];

/** One run's lag in every engine: Chromium's (also section 1's) and the others'. */
export interface EnginesResult {
  /** When the run ended (ISO 8601, UTC). */
  date: string;
  chromium: { version: string; lag: LagResult[] };
  engines: EngineLag[];
}

export type EngineLag =
  { engine: string; version: string; lag: LagResult[] } | { engine: string; error: string };

async function openWithPeers(driver: EngineDriver, lesson: Lesson) {
  await driver.goto(`/lessons/${lesson.id}`);
  await until(
    'the transcript',
    () => driver.evaluate(() => document.querySelectorAll('.passages > li').length),
    (rows) => rows > 0,
  );
  await driver.passOver('.player-frame');
  await until(
    'the video to have its metadata',
    () => driver.evaluate(() => document.querySelector('video')?.readyState ?? 0),
    (state) => state >= 1,
  );
  // WebDriver classic runs a script as a function body, where a top-level class stays local.
  const hyperaudio = `${readFileSync(hyperaudioScript(), 'utf8')}\n;window.HyperaudioLite = HyperaudioLite;`;
  await driver.addScript(hyperaudio);
  await driver.addScript(readFileSync(PROBES, 'utf8'));
  const passages = lesson.passages.map(({ start, end, en }) => ({ start, end, en }));
  await driver.evaluate((list) => window.__bench.install(list), passages);
  const load = await driver.evaluate(() => window.__bench.loadFully(30_000));
  if (!load.buffered)
    throw new Error(`The stand-in video did not load fully: ${JSON.stringify(load)}`);
}

async function measureEngine(engine: Engine, url: string, lesson: Lesson): Promise<EngineLag> {
  let driver: EngineDriver | undefined;
  try {
    driver = await engine.launch(url, DESKTOP);
    await openWithPeers(driver, lesson);
    const cross: CrossBoundary = (index, start, rate, lead, cap) =>
      driver!.evaluate(
        (i, s, r, l, c) => window.__bench.crossBoundary(i, s, r, l, c),
        index,
        start,
        rate,
        lead,
        cap,
      );
    const lag = [];
    for (const rate of [1, 2]) lag.push(await measureLag(cross, lesson, rate));
    return { engine: engine.name, version: driver.version, lag };
  } catch (error) {
    return { engine: engine.name, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await driver?.close().catch(() => undefined);
  }
}

export async function measureEngineLag(
  url: string,
  lesson: Lesson,
  log: (message: string) => void,
): Promise<EngineLag[]> {
  const results: EngineLag[] = [];
  for (const engine of ENGINES) {
    const missing = engine.binaries.filter((binary) => !existsSync(binary));
    if (missing.length) {
      results.push({ engine: engine.name, error: `not installed (${engine.install})` });
      continue;
    }
    log(`highlight lag in ${engine.name}: ${lesson.passages.length} boundaries at 1× and 2×`);
    results.push(await measureEngine(engine, url, lesson));
  }
  return results;
}
