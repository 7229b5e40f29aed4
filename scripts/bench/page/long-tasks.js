/**
 * Added to a page before its own scripts (context.addInitScript): records every long task
 * (50 ms or more of main thread, Long Tasks API) from the page's start, so the bench can say
 * what ran while it crossed passage starts. Plain JavaScript, as page/probes.js is.
 */
(() => {
  const tasks = [];
  window.__longTasks = tasks;
  if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) return;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });
})();
