/**
 * The ticks on the progress bar as one SVG path in a `0 0 duration 1` view box: a vertical
 * stroke per time. A bar a few hundred pixels wide cannot show thousands of ticks apart, so
 * times closer than `duration / maxTicks` to the last drawn tick are left out: the path, and
 * the cost of drawing it, stay the same size however long the lesson is.
 */
export function tickPath(times: readonly number[], duration: number, maxTicks: number): string {
  const gap = duration / maxTicks;
  let last = -Infinity;
  let path = '';
  for (const time of times) {
    if (time - last < gap || time < 0 || time > duration) continue;
    path += `M${Math.round(time * 100) / 100} 0V1`;
    last = time;
  }
  return path;
}
