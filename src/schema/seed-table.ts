// Reads the documentation's payload table (the seed page) into rows; used by tests and tools.

/** One row of the documented payload table. */
export interface SeedRow {
  /** Dotted path of the field, e.g. `lastContentEventNotification.event.type`. */
  path: string;
  description: string;
  type: string;
  /** The example exactly as printed. */
  example: string;
}

/** Parses the `Payload details` table of the seed page. */
export function parseSeedTable(text: string): SeedRow[] {
  const lines = text.split('\n');
  const header = lines.findIndex((l) => l.startsWith('1. level |'));
  if (header < 0) throw new Error('no payload table in the seed page');
  const rows: SeedRow[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.includes('|')) break;
    const cells = line.split('|').map((c) => c.trim());
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    const [description, type, example] = cells.slice(-3);
    const levels = cells.slice(0, -3);
    if (!description || !type || example === undefined || levels.length === 0) continue;
    rows.push({ path: levels.join('.'), description, type, example });
  }
  return rows;
}
