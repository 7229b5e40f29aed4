/**
 * Chrome's performance trace, read for one thing: what the page's `seeking` event costs. Chrome
 * dispatches `seeking` as one task in which every listener runs (video.js, the app's frame clock)
 * and, after each listener, the microtasks it queued: React's synchronous re-render and commit,
 * with the layout effects that read geometry. So the EventDispatch event of type `seeking`
 * spans all the main-thread work of a seek while paused, before the next frame. Style and layout
 * forced inside it (UpdateLayoutTree, Layout) are reported apart from the JavaScript, as
 * DevTools' Performance panel does ("Rendering" vs "Scripting").
 */
import type { Browser, Page } from '@playwright/test';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time during the event, µs: without the time spent waiting for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { type?: string }; name?: string };
}

export interface DispatchCost {
  /** The whole dispatch, ms. */
  totalMs: number;
  /** Style recalculation and layout forced during it, ms. */
  styleLayoutMs: number;
  /** The rest: JavaScript (listeners, microtasks, React), ms. */
  scriptMs: number;
  /**
   * The main thread's CPU time over the whole dispatch, ms: on a shared machine the wall time
   * above also counts the moments the thread waited for a core, this does not.
   */
  cpuMs: number;
}

const FORCED = new Set(['UpdateLayoutTree', 'Layout']);

/** The `seeking` dispatches of a trace, oldest first. */
export function seekingDispatches(events: readonly TraceEvent[]): DispatchCost[] {
  const dispatches = events
    .filter((e) => e.name === 'EventDispatch' && e.ph === 'X' && e.args?.data?.type === 'seeking')
    .sort((a, b) => a.ts - b.ts);
  return dispatches.map((d) => {
    const end = d.ts + (d.dur ?? 0);
    const styleLayout = events
      .filter(
        (e) =>
          FORCED.has(e.name) &&
          e.ph === 'X' &&
          e.pid === d.pid &&
          e.tid === d.tid &&
          e.ts >= d.ts &&
          e.ts + (e.dur ?? 0) <= end,
      )
      .reduce((sum, e) => sum + (e.dur ?? 0), 0);
    const totalMs = (d.dur ?? 0) / 1000;
    const styleLayoutMs = styleLayout / 1000;
    const cpuMs = (d.tdur ?? d.dur ?? 0) / 1000;
    return { totalMs, styleLayoutMs, scriptMs: totalMs - styleLayoutMs, cpuMs };
  });
}

export interface LayoutCost {
  /** The longest single Layout on the page's main thread, ms. */
  longestLayoutMs: number;
  /** All Layout and style recalculation (UpdateLayoutTree) on it, ms. */
  totalMs: number;
}

/** Layout work on the renderer main thread(s) of a trace. */
export function layoutCost(events: readonly TraceEvent[]): LayoutCost {
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const work = events.filter(
    (e) => e.ph === 'X' && FORCED.has(e.name) && main.has(`${e.pid}:${e.tid}`),
  );
  return {
    longestLayoutMs: Math.max(
      0,
      ...work.filter((e) => e.name === 'Layout').map((e) => (e.dur ?? 0) / 1000),
    ),
    totalMs: work.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000,
  };
}

/** Runs `work` with Chrome's timeline tracing on and returns the trace events. */
export async function traced(browser: Browser, page: Page, work: () => Promise<void>) {
  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  let buffer: Buffer;
  try {
    await work();
  } finally {
    buffer = await browser.stopTracing();
  }
  const parsed = JSON.parse(buffer.toString('utf8')) as
    { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}
