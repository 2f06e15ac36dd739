/** The package API: the same code path as `govx extract`. */
export { extract, textId, type ExtractOptions } from './pipeline/extract.js';
export { NoTextError } from './pipeline/page.js';
export { validateRecord, recordSchema, type SchemaIssue } from './schema/validate.js';
export type { ArticleRecord, ErrorRecord } from './record.js';
export type { Byline, DateItem, DocumentItem, MeetingItem, Official, Span, Title } from './types.js';
