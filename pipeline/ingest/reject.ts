/** A CSV row that was refused, with the file, line and field a person needs to fix it. */
export interface Reject {
  sourceFile: string;
  /** 1-based line number in the file (header = 1). */
  rowNumber: number;
  callId?: string;
  field?: string;
  reason: string;
}

export const formatReject = (r: Reject): string =>
  `${r.sourceFile}:${r.rowNumber}${r.callId ? ` (${r.callId})` : ''}: ${r.field ? `${r.field}: ` : ''}${r.reason}`;
