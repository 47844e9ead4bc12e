/** An RFC 4180 CSV reader for one line, with a chosen separator (",", or ";" as some locales use). */
export function parseCsvLine(line: string, sep = ','): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (line[i] === '"') {
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else field += line[i++];
      }
    } else {
      while (i < line.length && line[i] !== sep) field += line[i++];
    }
    out.push(field);
    if (i >= line.length) return out;
    i++;
  }
}
