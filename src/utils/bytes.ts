/**
 * A size people read: "840 kB", "12.5 MB", "1.2 GB", in decimal units as operating systems'
 * file managers show them (macOS, GNOME), so the figure matches the one beside the file.
 */
export function formatBytes(bytes: number, locale = 'en'): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit >= 2 && value < 100 ? 1 : 0;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    // "512 byte" is the short form in English; the long one reads "512 bytes".
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: digits,
  }).format(value);
}
