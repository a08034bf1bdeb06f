// The public API for library users: audit files or pairs, render reports, merge them.
export { auditItems, emptySummary, type Shard, type Summary } from './audit.js';
export { auditFiles, auditStream, type AuditEvent, type AuditFilesOptions } from './audit-files.js';
export { RULES, RULES_BY_ID } from './check/index.js';
export type { Rule, RuleMeta, RuleResult } from './check/rule.js';
export { loadRulePack, type RulePack } from './config/rule-pack.js';
export { AuditError } from './errors.js';
export { fingerprint } from './fingerprint.js';
export { mergeReports } from './merge.js';
export type { AuditItem, Finding, InputInfo, Quantity, Segment, SegmentPair, Severity, UnpairedSegment } from './model.js';
export { readerFor, READERS } from './read/index.js';
export { FORMATTERS } from './report/index.js';
export type { Formatter, Report } from './report/report.js';
