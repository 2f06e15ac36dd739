/** The record written for each article: the shape of schemas/article.schema.json. */
import type { Byline, DateItem, DocumentItem, MeetingItem, Official } from './types.js';
import type { Script } from './normalize/script.js';

export const SCHEMA_VERSION = '1.0.0';

export type InputFormat = 'text' | 'html' | 'jsonl';

export interface ArticleRecord {
  schemaVersion: string;
  id: string;
  input: {
    path: string | null;
    format: InputFormat;
    encoding: string;
    script: Script;
    chars: number;
    url?: string | null;
  };
  meta: {
    title: string | null;
    publishedAt: string | null;
    source: string | null;
    bylines: Byline[];
  };
  officials: Official[];
  dates: DateItem[];
  documents: DocumentItem[];
  organizations: Array<{ name: string; span: [number, number] }>;
  places: Array<{ name: string; span: [number, number] }>;
  meetings: MeetingItem[];
  decisions: Array<Record<string, unknown>>;
  text?: string;
}

/** What a failed input becomes in a JSONL stream, so no input is ever lost. */
export interface ErrorRecord {
  id: string;
  input: string;
  error: { code: string; message: string };
}
