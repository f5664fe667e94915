/**
 * Imports a post-call survey CSV: header `call_id,satisfaction[,comment]` (other columns are
 * ignored), satisfaction on the scale the importer states. Read through the manifest's reader
 * (pipeline/ingest: same decoding with --encoding, same record splitter, so a stray quote costs
 * one row), and every refused row is kept with its line, field and reason like the manifest's.
 *
 * Good rows are stored in `surveys`, one answer per call: a later import replaces a call's
 * answer (each replacement is audited with the answer it replaced). The import itself is a
 * `survey_imports` row with its counts, its refusals are `survey_rejects` rows, and it is one
 * audit entry. A file refused as a whole (unreadable, bad encoding, header without the
 * required columns) throws CsvFileError and stores nothing.
 */
import type { Sql } from '../db/index.ts';
import { readCsv, type InputEncoding, type Reject } from '../ingest/index.ts';
import { auditInsert } from './evaluations-audit.ts';
import { placeholders } from './search-fragments.ts';
import { formatScale, toUnit, type SurveyScale } from './surveys-scale.ts';

export const SURVEY_COLUMNS = ['call_id', 'satisfaction'] as const;
/** Longest comment stored, in characters: a survey answer, not a letter (and the page shows them all). */
export const MAX_COMMENT_CHARS = 1000;
/** Ids looked up per query (well under every dialect's bound-parameter limit). */
const LOOKUP_CHUNK = 500;

export interface SurveyImportOptions {
  scale: SurveyScale;
  /** How the file is decoded when it has no byte-order mark (default utf-8). */
  encoding?: InputEncoding;
  /** The user name of who imports (audit). */
  importedBy: string;
  /** The name stored and shown for the file (an upload's own name); default the path. */
  sourceName?: string;
}

export interface SurveyImportSummary {
  importId: number;
  sourceFile: string;
  scale: string;
  accepted: number;
  /** Calls whose earlier answer this import replaced. */
  replaced: number;
  rejected: number;
  rejects: Reject[];
}

interface GoodRow {
  line: number;
  callId: string;
  satisfaction: number;
  comment: string | null;
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

export async function importSurveys(sql: Sql, file: string, opts: SurveyImportOptions): Promise<SurveyImportSummary> {
  const sourceFile = opts.sourceName ?? file;
  const { rows, rejects } = await readSurveyRows(file, sourceFile, opts.scale, opts.encoding);
  const known = await knownCalls(sql, rows.map((r) => r.callId));
  const good: GoodRow[] = [];
  for (const r of rows) {
    if (known.has(r.callId)) good.push(r);
    else rejects.push({ sourceFile, rowNumber: r.line, callId: r.callId, field: 'call_id', reason: `unknown call ${r.callId} (not in the store)` });
  }
  rejects.sort((a, b) => a.rowNumber - b.rowNumber);

  return sql.tx(async (tx) => {
    const head = await tx.get<{ id: number }>(
      `INSERT INTO survey_imports (source_file, scale_min, scale_max, accepted, rejected, imported_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      [sourceFile, opts.scale.min, opts.scale.max, good.length, rejects.length, opts.importedBy, new Date().toISOString()],
    );
    const importId = Number(head!.id);
    const before = await previousAnswers(tx, good.map((r) => r.callId));
    for (const r of good) {
      await tx.run(
        `INSERT INTO surveys (call_id, import_id, satisfaction, satisfaction_01, comment) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (call_id) DO UPDATE SET import_id = excluded.import_id, satisfaction = excluded.satisfaction,
           satisfaction_01 = excluded.satisfaction_01, comment = excluded.comment`,
        [r.callId, importId, r.satisfaction, toUnit(r.satisfaction, opts.scale), r.comment],
      );
      const old = before.get(r.callId);
      if (old) {
        await auditInsert(tx, {
          actor: opts.importedBy, action: 'survey.replace', entity: 'survey', entityId: `${encodeURIComponent(r.callId)}/survey`,
          before: old, after: { importId, satisfaction: r.satisfaction, scale: formatScale(opts.scale), comment: r.comment },
        });
      }
    }
    for (const j of rejects) {
      await tx.run('INSERT INTO survey_rejects (import_id, row_number, call_id, field, reason) VALUES (?, ?, ?, ?, ?)',
        [importId, j.rowNumber, j.callId ?? null, j.field ?? null, j.reason]);
    }
    const summary = { importId, sourceFile, scale: formatScale(opts.scale), accepted: good.length, replaced: before.size, rejected: rejects.length, rejects };
    await auditInsert(tx, {
      actor: opts.importedBy, action: 'survey.import', entity: 'survey-import', entityId: `survey-import/${importId}`,
      before: null, after: { sourceFile, scale: summary.scale, accepted: summary.accepted, replaced: summary.replaced, rejected: summary.rejected },
    });
    return summary;
  });
}

/** Every data row checked on its own (all but "is the call known", which needs the store). */
async function readSurveyRows(file: string, sourceFile: string, scale: SurveyScale, encoding?: InputEncoding): Promise<{ rows: GoodRow[]; rejects: Reject[] }> {
  const rows: GoodRow[] = [];
  const rejects: Reject[] = [];
  const firstLine = new Map<string, number>();
  for await (const item of readCsv(file, SURVEY_COLUMNS, { encoding })) {
    if (item.kind === 'fault') {
      rejects.push({ sourceFile, rowNumber: item.line, field: item.field, reason: item.reason });
      continue;
    }
    const v = item.values;
    const callId = v.call_id.trim();
    const refuse = (field: string, reason: string) => rejects.push({ sourceFile, rowNumber: item.line, callId: callId || undefined, field, reason });
    if (!callId) {
      refuse('call_id', 'missing required field');
      continue;
    }
    const seen = firstLine.get(callId);
    if (seen !== undefined) {
      refuse('call_id', `duplicate call_id ${callId} (first on line ${seen})`);
      continue;
    }
    firstLine.set(callId, item.line);
    const text = v.satisfaction.trim();
    if (!text) {
      refuse('satisfaction', 'missing required field');
      continue;
    }
    if (!NUMBER.test(text)) {
      refuse('satisfaction', `"${text}" is not a number`);
      continue;
    }
    const satisfaction = Number(text);
    if (satisfaction < scale.min || satisfaction > scale.max) {
      refuse('satisfaction', `${text} is outside the scale ${formatScale(scale)}`);
      continue;
    }
    const comment = (v.comment ?? '').trim();
    if ([...comment].length > MAX_COMMENT_CHARS) {
      refuse('comment', `longer than ${MAX_COMMENT_CHARS} characters`);
      continue;
    }
    rows.push({ line: item.line, callId, satisfaction, comment: comment || null });
  }
  return { rows, rejects };
}

async function knownCalls(sql: Sql, ids: readonly string[]): Promise<Set<string>> {
  const known = new Set<string>();
  for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) {
    const chunk = ids.slice(i, i + LOOKUP_CHUNK);
    for (const r of await sql.all<{ call_id: string }>(`SELECT call_id FROM calls WHERE call_id IN (${placeholders(chunk.length)})`, chunk)) known.add(r.call_id);
  }
  return known;
}

interface StoredAnswer {
  importId: number;
  satisfaction: number;
  scale: string;
  comment: string | null;
}

async function previousAnswers(sql: Sql, ids: readonly string[]): Promise<Map<string, StoredAnswer>> {
  const out = new Map<string, StoredAnswer>();
  for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) {
    const chunk = ids.slice(i, i + LOOKUP_CHUNK);
    const rows = await sql.all<{ call_id: string; import_id: number; satisfaction: number; scale_min: number; scale_max: number; comment: string | null }>(
      `SELECT s.call_id, s.import_id, s.satisfaction, i.scale_min, i.scale_max, s.comment
       FROM surveys s JOIN survey_imports i ON i.id = s.import_id WHERE s.call_id IN (${placeholders(chunk.length)})`, chunk);
    for (const r of rows) {
      out.set(r.call_id, { importId: Number(r.import_id), satisfaction: Number(r.satisfaction), scale: formatScale({ min: Number(r.scale_min), max: Number(r.scale_max) }), comment: r.comment });
    }
  }
  return out;
}

export interface StoredSurveyImport {
  id: number;
  sourceFile: string;
  scale: string;
  accepted: number;
  rejected: number;
  importedBy: string;
  createdAt: string;
  /** The first `limit` refused rows, in line order. */
  rejects: { rowNumber: number; callId: string | null; field: string | null; reason: string }[];
}

/** A stored import with its first refused rows; null when there is none with that id. */
export async function surveyImportById(sql: Sql, id: number, limit = 100): Promise<StoredSurveyImport | null> {
  const r = await sql.get<{ id: number; source_file: string; scale_min: number; scale_max: number; accepted: number; rejected: number; imported_by: string; created_at: string }>(
    'SELECT id, source_file, scale_min, scale_max, accepted, rejected, imported_by, created_at FROM survey_imports WHERE id = ?', [id]);
  if (!r) return null;
  const rejects = await sql.all<{ rowNumber: number; callId: string | null; field: string | null; reason: string }>(
    'SELECT row_number AS "rowNumber", call_id AS "callId", field, reason FROM survey_rejects WHERE import_id = ? ORDER BY row_number, id LIMIT ?', [id, limit]);
  return {
    id: Number(r.id), sourceFile: r.source_file, scale: formatScale({ min: Number(r.scale_min), max: Number(r.scale_max) }),
    accepted: Number(r.accepted), rejected: Number(r.rejected), importedBy: r.imported_by, createdAt: r.created_at,
    rejects: rejects.map((j) => ({ ...j, rowNumber: Number(j.rowNumber) })),
  };
}
