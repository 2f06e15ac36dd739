/** The record written for each article: the shape of schemas/article.schema.json. */
import type {
  Appointment,
  Byline,
  DateItem,
  Decision,
  DocumentItem,
  MeetingItem,
  Official,
  Organization,
  Place,
} from './types.js';
import type { Script } from './normalize/script.js';

export const SCHEMA_VERSION = '1.0.0';

export type InputFormat = 'text' | 'html' | 'jsonl' | 'json';

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
    /** The publishing site, from a page's meta tags (HTML inputs only). */
    site?: {
      name: string | null;
      domain: string | null;
      idCode: string | null;
      column: string | null;
      regionCode: string | null;
    } | null;
  };
  officials: Official[];
  dates: DateItem[];
  documents: DocumentItem[];
  organizations: Organization[];
  places: Place[];
  meetings: MeetingItem[];
  decisions: Decision[];
  appointments: Appointment[];
  text?: string;
}

/**
 * What a failed input becomes in a JSONL stream, so no input is ever lost:
 * the shape of schemas/error.schema.json. `input` has a record's keys (what
 * is not known for a failed input is null) and the line number of a JSONL
 * line (or element of a .json array).
 */
export interface ErrorRecord {
  id: string;
  input: {
    path: string | null;
    format: InputFormat;
    encoding: string | null;
    script: Script | null;
    chars: number | null;
    url: string | null;
    line: number | null;
  };
  error: { code: string; message: string };
}
