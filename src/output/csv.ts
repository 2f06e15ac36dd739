/** The one csv-stringify importer: RFC 4180 CSV with a header row, UTF-8. */
import { stringify } from 'csv-stringify/sync';

export function toCsv(columns: string[], rows: Array<Array<string | number | null>>): string {
  return stringify(rows, { header: true, columns, bom: false, eof: true });
}
