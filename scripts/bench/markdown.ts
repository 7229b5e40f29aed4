/** Markdown helpers for BENCHMARKS.md: a table and number formats that read well in one. */

export type Cell = string | number;
export type Align = 'left' | 'right';

const escapeCell = (cell: Cell) =>
  String(cell).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim() || ' ';

/** A GitHub-flavoured table; numbers are right-aligned unless `align` says otherwise. */
export function table(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  align?: Align[],
) {
  const sides =
    align ??
    headers.map((_, i) => (rows.length && typeof rows[0]![i] === 'number' ? 'right' : 'left'));
  const line = (cells: readonly Cell[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  const rule = `|${sides.map((side) => (side === 'right' ? '---:' : ':---')).join('|')}|`;
  for (const row of rows)
    if (row.length !== headers.length)
      throw new Error(`row has ${row.length} cells, the table has ${headers.length} columns`);
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/** Milliseconds with one decimal, or an en dash for a figure that does not exist. */
export const ms = (value: number, digits = 1) =>
  Number.isFinite(value) ? value.toFixed(digits) : '–';

/** A ratio such as "12.3×". */
export const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)}×` : '–');

/** "met" or "MISSED", for a target next to its figure. */
export const verdict = (ok: boolean) => (ok ? 'met' : '**MISSED**');

/**
 * `document` with the section that starts with the same `## ` heading line as `section`
 * replaced by it (up to the next `## ` heading), or with `section` appended if it has none.
 */
export function replaceSection(document: string, section: string) {
  const heading = section.split('\n', 1)[0]!;
  if (!heading.startsWith('## ')) throw new Error(`not a section heading: ${heading}`);
  const lines = document.split('\n');
  const start = lines.indexOf(heading);
  const body = section.replace(/\n+$/, '').split('\n');
  if (start === -1) return `${document.replace(/\n+$/, '')}\n\n${body.join('\n')}\n`;
  const next = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  const after = next === -1 ? [] : ['', ...lines.slice(next)];
  const result = [...lines.slice(0, start), ...body, ...after].join('\n');
  return next === -1 ? `${result}\n` : result;
}

/**
 * `report` followed by the sections of `existing` that it lacks (by their `## ` heading line):
 * a section written by hand, for a measure the bench does not take, survives a run.
 */
export function keepOtherSections(existing: string, report: string) {
  const headings = new Set(report.split('\n').filter((line) => line.startsWith('## ')));
  const lines = existing.split('\n');
  const kept: string[] = [];
  lines.forEach((line, i) => {
    if (!line.startsWith('## ') || headings.has(line)) return;
    const next = lines.findIndex((l, j) => j > i && l.startsWith('## '));
    kept.push(
      lines
        .slice(i, next === -1 ? undefined : next)
        .join('\n')
        .replace(/\n+$/, ''),
    );
  });
  return kept.reduce((document, section) => replaceSection(document, section), report);
}
