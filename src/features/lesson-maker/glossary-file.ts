/**
 * A glossary file for a lesson made from subtitles: CSV or TSV, one term a row: Chinese term,
 * English term, definition (optional). A first row naming the columns is skipped. Quoted
 * fields (RFC 4180: `"a, b"`, `""` for a quote) may hold the separator and line breaks.
 */
import type { Term } from '@/domain/lesson-schema';

/** Why a glossary row was refused: the row's line and what is missing. */
export class GlossaryError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
  ) {
    super(`${file}: line ${line} needs a Chinese term and an English term`);
    this.name = 'GlossaryError';
  }
}

interface Row {
  line: number;
  cells: string[];
}

function readRows(text: string, separator: string): Row[] {
  const rows: Row[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
    rowLine = line;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n') line += 1;
    if (quoted) {
      if (char !== '"') cell += char;
      else if (text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else quoted = false;
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n') endRow();
    else cell += char;
  }
  endRow();
  return rows;
}

const HEADER = /^(chinese|中文|zh|term|术语)/i;

export function readGlossary(name: string, text: string): Term[] {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const firstLine = body.split('\n', 1)[0] ?? '';
  const separator = firstLine.includes('\t') || /\.tsv$/i.test(name) ? '\t' : ',';
  const rows = readRows(body, separator);
  if (rows[0] && HEADER.test(rows[0].cells[0]!.trim())) rows.shift();
  return rows.map(({ line, cells }, i) => {
    const [zh = '', en = '', definition = ''] = cells.map((c) => c.trim());
    if (!zh || !en) throw new GlossaryError(name, line);
    return {
      id: `t${String(i + 1).padStart(2, '0')}`,
      en,
      zh,
      aliases: { en: [], zh: [] },
      footnote: null,
      definition: definition || null,
      citations: [],
    };
  });
}
