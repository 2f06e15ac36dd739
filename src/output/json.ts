/** Serialisation: same record, same bytes. */

/** Spans ([start, end]) stay on one line when indented, so a record reads as a list of items. */
const SPAN_LINES = /\[\n\s+(\d+),\n\s+(\d+)\n\s+\]/g;

export function toJson(value: unknown, pretty: boolean): string {
  return pretty ? JSON.stringify(value, null, 2).replace(SPAN_LINES, '[$1, $2]') : JSON.stringify(value);
}
