/** The one csv-stringify importer: RFC 4180 CSV with a header row, UTF-8. */
import { stringify } from 'csv-stringify/sync';

type Cell = string | number | boolean | null;

export function toCsv(columns: string[], rows: Cell[][]): string {
  return stringify(rows, {
    header: true,
    columns,
    bom: false,
    eof: true,
    cast: { boolean: (b) => (b ? 'true' : 'false') },
  });
}

/** Rows without a header, for streaming after csvHeader(). */
export function csvRows(rows: Cell[][]): string {
  return rows.length === 0 ? '' : stringify(rows, { eof: true, cast: { boolean: (b) => (b ? 'true' : 'false') } });
}

export function csvHeader(columns: string[]): string {
  return stringify([columns], { eof: true });
}
