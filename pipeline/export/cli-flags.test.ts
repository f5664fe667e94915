import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tempDb } from '../../fixtures/support/pipeline/rank-test-db.ts';
import { parseReportFlags, parseTargets } from './cli-flags.ts';
import { displayWidth, textTable } from './text-table.ts';

describe('report flags', () => {
  it('parses period, filters, rank options and KPI targets', () => {
    const { db, file } = tempDb();
    db.$client.close();
    const args = parseReportFlags({ period: '2026-W47', db: file, team: 'T1', minCalls: '5', k: '4', stars: '50,60,70,80', target: ['serviceLevelPct=80', 'meanQaScore=none'] }, '/nowhere');
    expect(args.period).toMatchObject({ startDate: '2026-11-16', endDate: '2026-11-22' });
    expect(args.filters).toMatchObject({ team: 'T1', site: undefined });
    expect(args.options).toEqual({ minCalls: 5, shrinkageK: 4, starThresholds: [50, 60, 70, 80], officialRule: 'automatic' });
    expect(args.targets).toEqual({ serviceLevelPct: 80, meanQaScore: null });
  });

  it('names the flag that is wrong', () => {
    expect(() => parseReportFlags({ period: '2026-11', db: '/no/such/file.sqlite' }, '/x')).toThrow(/--db: database file not found: \/no\/such\/file.sqlite/);
    expect(() => parseTargets(['serviceLevelPct'])).toThrow(/--target: expected name=value/);
    expect(() => parseTargets(['slaPct=3'])).toThrow(/unknown KPI target "slaPct"/);
    expect(() => parseTargets(['abandonRatePct=abc'])).toThrow(/--target abandonRatePct: expected a number, got "abc"/);
  });
});

describe('textTable', () => {
  it('pads by display width so Chinese names line up', () => {
    expect(displayWidth('王芳')).toBe(4);
    const lines = textTable(['Name', 'Score'], [['王芳', 91.25], ['John Smith', 8]]).split('\n');
    expect(lines[2]).toBe('王芳         91.3');
    expect(lines[3]).toBe('John Smith      8');
  });
});

describe('parseReportFlags with --config', () => {
  it('takes ranking options and KPI targets from the config file, and flags override them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callqa-flags-cfg-'));
    const db = join(dir, 'qa.sqlite');
    writeFileSync(db, '');
    const config = join(dir, 'callqa.yaml');
    writeFileSync(config, 'ranking: { minCalls: 3, starThresholds: [50, 60, 70, 80] }\nkpiTargets: { serviceLevelPct: 80, meanQaScore: null }\nreview: { officialScore: human-replaces }\n');
    const fromConfig = parseReportFlags({ period: '2026-11', db, config }, '/x');
    // review.officialScore reaches `rank` and `export` with the ranking options.
    expect(fromConfig.options).toEqual({ minCalls: 3, starThresholds: [50, 60, 70, 80], officialRule: 'human-replaces' });
    expect(fromConfig.targets).toEqual({ serviceLevelPct: 80, meanQaScore: null });
    const overridden = parseReportFlags({ period: '2026-11', db, config, minCalls: '7', target: ['serviceLevelPct=90'] }, '/x');
    expect(overridden.options.minCalls).toBe(7);
    expect(overridden.targets).toEqual({ serviceLevelPct: 90, meanQaScore: null });
  });

  it('names the config file and key when the config is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callqa-flags-cfg-'));
    const db = join(dir, 'qa.sqlite');
    writeFileSync(db, '');
    const config = join(dir, 'bad.yaml');
    writeFileSync(config, 'ranking: { minCalls: zero }\n');
    expect(() => parseReportFlags({ period: '2026-11', db, config }, '/x')).toThrow(/bad\.yaml: ranking\.minCalls:/);
  });
});
