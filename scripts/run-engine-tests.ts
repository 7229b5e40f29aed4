/**
 * `npm run test:engines`: the cross-engine scenarios (tests/engines/) in Firefox ESR and WebKit,
 * against the production build served by `vite preview`, built once into a folder of its own
 * and served on a free port, so that the Chromium suite's dist/ and port 4173 are left alone.
 * Prints each result and a last line "N passed, N failed"; exits non-zero on any failure.
 * An engine whose programs are missing is skipped with one line saying how to install it,
 * unless REQUIRE_BROWSER=1 (CI), where that is a failure. No tool downloads a browser.
 * `npm run test:engines -- firefox` (or `webkit`) runs one engine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DESKTOP, type Engine, PHONE, type WindowSize } from '../tests/engines/engine';
import { firefox } from '../tests/engines/firefox';
import { phoneScenarios } from '../tests/engines/phone-scenarios';
import { type Scenario, scenarios } from '../tests/engines/scenarios';
import { webkit } from '../tests/engines/webkit';
import { serve } from './bench/server';
import { chunkFaults, framePage } from './engine-server-plugins';

const ENGINES: Engine[] = [firefox, webkit];
const OUT_DIR = 'node_modules/.cache/tandem-engines/dist';
/** Longest a scenario may take, page loads and waits included, before it counts as failed. */
const SCENARIO_TIMEOUT = 60_000;

const required = process.env.REQUIRE_BROWSER === '1';
const root = process.cwd();
let passed = 0;
let failed = 0;

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const indent = (text: string) => text.replace(/^/gm, '      ');

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function available(engine: Engine) {
  const missing = engine.binaries.filter((binary) => !existsSync(binary));
  if (!missing.length) return true;
  const line = `${engine.name} tests skipped: no ${missing.join(', ')} (install with: ${engine.install}).`;
  if (required) {
    console.error(`${line} REQUIRE_BROWSER=1, so this is a failure.`);
    failed += 1;
  } else console.log(line);
  return false;
}

async function runEngine(
  engine: Engine,
  baseUrl: string,
  scenarios: readonly Scenario[],
  size: WindowSize,
) {
  const launched = Date.now();
  const name = `${engine.name} ${size.width}×${size.height}`;
  let driver;
  try {
    driver = await withTimeout(engine.launch(baseUrl, size), 60_000, `starting ${name}`);
  } catch (error) {
    failed += 1;
    console.log(`  ✗ ${name} did not start\n${indent(String(error))}`);
    return;
  }
  console.log(`${name}: ${driver.version} (started in ${seconds(launched)})`);
  const errors: string[] = [];
  try {
    for (const scenario of scenarios) {
      const started = Date.now();
      try {
        await withTimeout(scenario.run(driver, { errors }), SCENARIO_TIMEOUT, scenario.name);
        passed += 1;
        console.log(`  ✓ ${name} › ${scenario.name} (${seconds(started)})`);
      } catch (error) {
        failed += 1;
        const message = error instanceof Error ? error.message : String(error);
        console.log(`  ✗ ${name} › ${scenario.name} (${seconds(started)})\n${indent(message)}`);
      }
      const reported = await driver.takeErrors().catch(() => []);
      errors.push(...reported.map((e) => `${scenario.name}: ${e}`));
    }
  } finally {
    await driver.close().catch(() => undefined);
  }
}

function build(outDir: string) {
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
}

async function main() {
  const asked = process.argv.slice(2).map((a) => a.toLowerCase());
  const unknown = asked.filter((a) => !ENGINES.some((e) => e.id === a));
  if (unknown.length)
    throw new Error(`unknown engine ${unknown.join(', ')}: the engines are firefox and webkit`);
  const engines = ENGINES.filter((e) => !asked.length || asked.includes(e.id)).filter(available);
  if (engines.length) {
    const outDir = resolve(root, OUT_DIR);
    build(outDir);
    const served = await serve(root, outDir, [chunkFaults(), framePage()]);
    try {
      for (const engine of engines) {
        await runEngine(engine, served.url, scenarios, DESKTOP);
        await runEngine(engine, served.url, phoneScenarios, PHONE);
      }
    } finally {
      await served.close();
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  console.log(`${passed} passed, ${failed + 1} failed`);
  process.exit(1);
});
