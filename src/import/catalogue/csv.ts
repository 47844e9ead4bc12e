/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export interface CsvResult {
  rows: Array<{ line: number; cells: string[] }>;
  error?: { line: number; message: string };
}

export function parseCsv(text: string): CsvResult {
  const rows: CsvResult['rows'] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (c === '\n') line += 1;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i += 1;
      cells.push(cell);
      if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line += 1;
      rowLine = line;
    } else {
      cell += c;
    }
  }
  if (quoted) return { rows, error: { line: quoteLine, message: 'a quoted field is never closed' } };
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return { rows };
}

/** Rows as records keyed by the header row. */
export function records(result: CsvResult): Array<{ line: number; record: Map<string, string> }> {
  const [header, ...body] = result.rows;
  if (!header) return [];
  const names = header.cells.map((h) => h.trim());
  return body.map((r) => ({ line: r.line, record: new Map(names.map((n, i) => [n, r.cells[i] ?? ''])) }));
}
