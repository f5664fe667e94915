/** Coach notes on a call (table `notes`); adding one is audited. */
import type { Sql } from '../../pipeline/db/index.ts';
import { noteEntityId } from './audit-entity.ts';
import { recordAudit } from './audit.ts';

export interface Note {
  id: number;
  callId: string;
  author: string;
  body: string;
  createdAt: string;
}

// Quoted aliases: Postgres folds unquoted identifiers to lower case.
const NOTE_COLUMNS = 'id, call_id AS "callId", author, body, created_at AS "createdAt"';

export async function listNotes(sql: Sql, callId: string): Promise<Note[]> {
  return sql.all<Note>(`SELECT ${NOTE_COLUMNS} FROM notes WHERE call_id = ? ORDER BY id`, [callId]);
}

export async function addNote(sql: Sql, callId: string, author: string, body: string): Promise<Note> {
  return sql.tx(async (tx) => {
    const note = (await tx.get<Note>(`INSERT INTO notes (call_id, author, body) VALUES (?, ?, ?) RETURNING ${NOTE_COLUMNS}`, [callId, author, body]))!;
    await recordAudit(tx, { actor: author, action: 'note.add', entity: 'note', entityId: noteEntityId(callId, note.id), before: null, after: { callId, body } });
    return note;
  });
}

