/**
 * The machine a run was measured on, for the head of BENCHMARKS.md, and the state of the app
 * that was measured. Other work on a shared machine skews every figure, so the load average is
 * recorded before and after, and a run first waits a while for the machine to be quiet.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import type { Browser } from '@playwright/test';

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  chromium: string;
  node: string;
  date: string;
  /** 1-minute load average when measuring started and when it ended. */
  load: { before: number; after: number };
  /** The commit measured, and how many files differed from it in the working tree. */
  app: { commit: string; changedFiles: number };
}

function cpuModel(): string {
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    const line = info.split('\n').find((l) => /^(model name|Model|Hardware)\s*:/.test(l));
    if (line) return line.split(':').slice(1).join(':').trim();
  } catch {
    // Not Linux: fall back to what Node reports.
  }
  return cpus()[0]?.model ?? 'unknown';
}

function git(root: string, args: string[]) {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

export const loadNow = () => Math.round(loadavg()[0]! * 100) / 100;

/** Waits until the 1-minute load average is under the core count, or `maxMs` has passed. */
export async function waitForQuiet(maxMs: number, log: (line: string) => void) {
  const cores = availableParallelism();
  const until = Date.now() + maxMs;
  while (loadNow() >= cores && Date.now() < until) {
    log(`load average ${loadNow()} on ${cores} cores: waiting for the machine to quieten`);
    await new Promise((resolve) => setTimeout(resolve, 15_000));
  }
  return loadNow();
}

/** The commit measured, and how many tracked files differ from it in the working tree. */
export function describeApp(root: string): Machine['app'] {
  const status = git(root, ['status', '--porcelain', '--untracked-files=no']);
  return {
    commit: git(root, ['rev-parse', '--short', 'HEAD']) || 'unknown',
    changedFiles: status ? status.split('\n').length : 0,
  };
}

export function describeMachine(browser: Browser, root: string, loadBefore: number): Machine {
  return {
    cpu: cpuModel(),
    cores: availableParallelism(),
    ramGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    chromium: browser.version(),
    node: process.version,
    date: new Date().toISOString(),
    load: { before: loadBefore, after: Number.NaN },
    app: describeApp(root),
  };
}
