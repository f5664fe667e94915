/** Coach notes on a call (table `notes`); adding one is audited. */
import type { Db } from '../../pipeline/db/index.ts';
import { noteEntityId } from './audit-entity.ts';
import { recordAudit } from './audit.ts';
import { prepared } from './prepared.ts';

export interface Note {
  id: number;
  callId: string;
  author: string;
  body: string;
  createdAt: string;
}

export function listNotes(db: Db, callId: string): Note[] {
  return prepared(db, 'SELECT id, call_id AS callId, author, body, created_at AS createdAt FROM notes WHERE call_id = ? ORDER BY id')
    .all(callId) as Note[];
}

export function addNote(db: Db, callId: string, author: string, body: string): Note {
  return db.$client.transaction(() => {
    const note = prepared(db, 'INSERT INTO notes (call_id, author, body) VALUES (?, ?, ?) RETURNING id, call_id AS callId, author, body, created_at AS createdAt')
      .get(callId, author, body) as Note;
    recordAudit(db, { actor: author, action: 'note.add', entity: 'note', entityId: noteEntityId(callId, note.id), before: null, after: { callId, body } });
    return note;
  })();
}
