/**
 * Counting re-renders with page/render-counter.js (a stand-in for React DevTools' hook, which
 * must be installed before the app loads: see RENDER_COUNTER): per passage change, and for a
 * language switch, which must re-render every row and so shows the counter can see more than 2.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

export const RENDER_COUNTER = fileURLToPath(new URL('./page/render-counter.js', import.meta.url));

/** Components that rendered, summed over the commits of one interaction. */
export interface Commit {
  commits: number;
  /** Passage rows that rendered again (an update). */
  rows: number;
  /** Passage rows that mounted: in a long lesson, rows coming into view as the list scrolls. */
  rowsMounted: number;
  /** Components inside the passage rows that rendered (they render when their row does). */
  insideRows: number;
  /** Components outside the rows that rendered. */
  others: number;
  /** Fibers React walked in these commits (bailed-out ones included): the reconciliation work. */
  visited: number;
  /** The other components that rendered, named by the first element each renders. */
  labels: Record<string, number>;
}

function sumCommits(commits: Omit<Commit, 'commits'>[]): Commit {
  const labels: Record<string, number> = {};
  for (const commit of commits)
    for (const [name, n] of Object.entries(commit.labels)) labels[name] = (labels[name] ?? 0) + n;
  return {
    commits: commits.length,
    rows: commits.reduce((n, c) => n + c.rows, 0),
    rowsMounted: commits.reduce((n, c) => n + (c.rowsMounted ?? 0), 0),
    insideRows: commits.reduce((n, c) => n + c.insideRows, 0),
    others: commits.reduce((n, c) => n + c.others, 0),
    visited: commits.reduce((n, c) => n + c.visited, 0),
    labels,
  };
}

async function countRenders(page: Page, interaction: () => Promise<void>): Promise<Commit> {
  await page.evaluate(() => {
    window.__renderCounter.commits.length = 0;
    window.__renderCounter.enabled = true;
  });
  await interaction();
  // Two frames, so that commits scheduled by effects of the first one are counted too.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  const commits = await page.evaluate(() => {
    window.__renderCounter.enabled = false;
    return window.__renderCounter.commits;
  });
  return sumCommits(commits);
}

export async function measureRenders(page: Page, targets: { index: number; time: number }[]) {
  const perChange: Commit[] = [];
  for (const { index, time } of targets)
    perChange.push(
      await countRenders(page, async () => {
        await page.evaluate(([i, t]) => window.__benchLarge.changePassage(i, t), [
          index,
          time,
        ] as const);
      }),
    );
  return { perChange };
}

declare global {
  interface Window {
    __renderCounter: { enabled: boolean; commits: Omit<Commit, 'commits'>[] };
  }
}
