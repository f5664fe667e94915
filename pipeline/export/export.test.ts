import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Sql } from '../db/sql.ts';
import { storeKinds, useTestStore } from '../../fixtures/support/store/stores.ts';
import { parsePeriod } from '../rank/period.ts';
import { addAgent, addCall, addCheck, addScore, addStage } from '../../fixtures/support/pipeline/rank-test-db.ts';
import { readRankingWorkbook } from './bundle.ts';
import { rankingsCsv } from './csv.ts';
import { HEADER_ROW, rankingsXlsx } from './xlsx.ts';

/** The store of the running test (set per test by the describe.each below). */
let current: Sql;

const NOW = new Date('2026-12-01T08:00:00.000Z');

/** Four agents, four November calls each (scores 92/84/76/68 + agent-specific spread), checks and stage versions. */
async function seed(): Promise<Sql> {
  const d = current;
  const agents: [string, string, string, number][] = [['a1', '王芳', 'T1', 92], ['a2', '李娜', 'T1', 84], ['a3', 'John Smith', 'T2', 76], ['a4', '欧阳, "小明"', 'T2', 68]];
  for (const [id, name, team, score] of agents) {
    await addAgent(d, id, name, team, 'SZ');
    for (let j = 0; j < 4; j++) {
      const callId = `${id}-${j}`;
      await addCall(d, { callId, agentId: id, date: '2026-11-10', waitS: 5, abandoned: false, resolved: true, durationS: 200 });
      await addScore(d, callId, score + (j % 2 ? 2 : -2), 'sc-abc123');
      await addCheck(d, callId, 'surname', id === 'a4' ? 'fail' : 'pass', 'sc-abc123', '报姓氏');
      await addCheck(d, callId, 'closing', j === 0 ? 'fail' : 'pass', 'sc-abc123', '结束语');
      await addStage(d, callId, 'audio', { health: { reason: 'ok' } }, 'ffmpeg-7.1');
      await addStage(d, callId, 'transcript', { callId, language: 'zh', segments: [] }, 'imported');
    }
  }
  return d;
}

describe.each(storeKinds())('on %s', (kind) => {
  const store = useTestStore(kind);
  beforeEach(async () => {
    await store().reset();
    current = store().sql;
  });

  describe('rankings exports', () => {
    it('writes an XLSX whose three sheets read back cell by cell', async () => {
      const wb = await readRankingWorkbook(await seed(), parsePeriod('2026-11'), {}, { minCalls: 4, shrinkageK: 0 }, {}, NOW);
      const buffer = await rankingsXlsx(wb);
      const book = new ExcelJS.Workbook();
      // exceljs types its own Buffer as an ArrayBuffer; a Node Buffer is what it reads at runtime.
      await book.xlsx.load(buffer as unknown as ArrayBuffer);
      expect(book.worksheets.map((w) => w.name)).toEqual(['Rankings', 'KPIs', 'Per-check']);

      const r = book.getWorksheet('Rankings')!;
      expect(r.getCell('A1').value).toBe('Period');
      expect(r.getCell('B1').value).toBe('2026-11');
      expect(r.getCell('B3').value).toBe('sc-abc123');
      expect(r.getCell('B4').value).toBe('audio=ffmpeg-7.1; transcript=imported');
      expect(r.getCell('B5').value).toBe('2026-12-01T08:00:00.000Z');
      expect(r.getRow(HEADER_ROW).getCell(1).value).toBe('Rank');
      expect(r.getRow(HEADER_ROW).getCell(10).value).toBe('Adjusted score');
      const data = (row: number) => (r.getRow(row).values as unknown[]).slice(1, 12);
      // k = 0, so adjusted = mean = 92 (±2 alternating); four agents → 1 top, 2 middle, 1 bottom.
      expect(data(HEADER_ROW + 1)).toEqual([1, 'a1', '王芳', 'T1', 'SZ', 'top', 5, 4, 92, 92, expect.any(Number)]);
      expect(data(HEADER_ROW + 2)).toEqual([2, 'a2', '李娜', 'T1', 'SZ', 'middle', 4, 4, 84, 84, expect.any(Number)]);
      expect(data(HEADER_ROW + 4)).toEqual([4, 'a4', '欧阳, "小明"', 'T2', 'SZ', 'bottom', 2, 4, 68, 68, expect.any(Number)]);
      expect(r.getRow(HEADER_ROW + 4).getCell(13).value).toBe(0); // percentile of the last
      expect(r.getRow(HEADER_ROW + 4).getCell(17).value).toBe('报姓氏 0% (0/4); 结束语 75% (3/4)');
      expect(r.getRow(HEADER_ROW + 5).getCell(1).value).toBeNull();

      const k = book.getWorksheet('KPIs')!;
      expect(k.getRow(HEADER_ROW).getCell(1).value).toBe('KPI');
      const kpiRows = new Map<string, unknown[]>();
      k.eachRow((row, n) => n > HEADER_ROW && kpiRows.set(String(row.getCell(1).value), (row.values as unknown[]).slice(1)));
      expect(kpiRows.get('service_level')!.slice(0, 9)).toEqual(['service_level', 'Service level', 100, 'percent', '≥ 85', 'met', 16, 16, 0]);
      expect(kpiRows.get('recording_success')!.slice(2, 6)).toEqual([100, 'percent', '≥ 95', 'met']);
      expect(kpiRows.get('mean_qa_score')!.slice(2, 4)).toEqual([80, 'score']);
      expect(kpiRows.get('tier_top')![2]).toBe(1);
      expect(kpiRows.get('tier_middle')![2]).toBe(2);

      const c = book.getWorksheet('Per-check')!;
      expect((c.getRow(HEADER_ROW).values as unknown[]).slice(1)).toEqual(['Check ID', 'Section', 'Label', 'Weight', 'Passed', 'Failed', 'N/A', 'Pass rate %', 'Top tier pass rate %', 'Bottom tier pass rate %']);
      expect((c.getRow(HEADER_ROW + 1).values as unknown[]).slice(1)).toEqual(['closing', 'greeting', '结束语', 10, 12, 4, 0, 75, 75, 75]);
      expect((c.getRow(HEADER_ROW + 2).values as unknown[]).slice(1)).toEqual(['surname', 'greeting', '报姓氏', 10, 12, 4, 0, 75, 100, 0]);
    });

    it('writes a CSV that starts with a BOM and round-trips Chinese names, commas and quotes', async () => {
      const wb = await readRankingWorkbook(await seed(), parsePeriod('2026-11'), { team: 'T2' }, { minCalls: 4, shrinkageK: 0 }, {}, NOW);
      const csv = rankingsCsv(wb.ranking, wb.stamp);
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const bytes = Buffer.from(csv, 'utf8');
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(csv).toContain('# Period,2026-11\r\n');
      expect(csv).toContain('# Filters,team=T2\r\n');

      const rows = parse(bytes, { bom: true, comment: '#', comment_no_infix: true, columns: true }) as Record<string, string>[];
      expect(rows.map((r) => [r['Rank'], r['Agent ID'], r['Name'], r['Tier']])).toEqual([
        ['3', 'a3', 'John Smith', 'middle'],
        ['4', 'a4', '欧阳, "小明"', 'bottom'],
      ]);
      expect(rows[1]['Weakest checks']).toBe('报姓氏 0% (0/4); 结束语 75% (3/4)');
      expect(rows[0]['Previous tier']).toBe('');
    });
  });
});
