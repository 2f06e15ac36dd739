/**
 * The dates rule table: the parsers (each a rule whose id its items carry),
 * then the refiners (rules that shape those items), in the order they run.
 */
import type { RuleTable } from '../rule.js';
import { DATE_PARSERS } from './parsers/index.js';
import { DATE_REFINERS } from './refiners/index.js';

export const DATES_TABLE: RuleTable = {
  field: 'dates',
  summary:
    'Parsers (one per written form) find every date expression; refiners keep the leftmost-longest of overlapping candidates, drop years that are document numbers or spans, join two dates around 至/—into a range, and fill in missing years and months from the publication date, the last date mentioned or the nearest earlier event year. Every item carries the id of the parser that found it.',
  rules: [...DATE_PARSERS, ...DATE_REFINERS],
};
