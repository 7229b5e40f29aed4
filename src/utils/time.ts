/** Time helpers shared by the app, the importer and the scripts. Pure, no DOM. */

/** 271 → "04:31"; 3725 → "1:02:05". Fractions are floored: a clock shows whole seconds. */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(sec)}` : `${two(m)}:${two(sec)}`;
}

/** "04:31" or "1:02:05" → seconds; null when the text is not a clock. */
export function parseClock(text: string): number | null {
  const match = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [, h, m, s] = match;
  const minutes = Number(m);
  const secs = Number(s);
  if (secs >= 60 || (h !== undefined && minutes >= 60)) return null;
  return Number(h ?? 0) * 3600 + minutes * 60 + secs;
}

/** 271.5 → "00:04:31.500", the WebVTT cue timestamp form. */
export function formatVttTimestamp(totalSeconds: number, separator: '.' | ',' = '.'): string {
  const ms = Math.round(Math.max(0, totalSeconds) * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(h)}:${two(m)}:${two(s)}${separator}${String(ms % 1000).padStart(3, '0')}`;
}
