import { describe, expect, it } from 'vitest';
import { StoreConnectionError } from '../db/postgres/connection-errors.ts';
import { ConfigError, StageError } from '../errors.ts';
import { describeError, errorKind } from './error-kind.ts';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('errorKind', () => {
  it('never retries the call\'s own failures or the user\'s', () => {
    expect(errorKind(new StageError('audio', 'decode_failed', 'not a RIFF file'))).toBe('permanent');
    expect(errorKind(new StageError('vad', 'timeout'))).toBe('permanent');
    expect(errorKind(new ConfigError('bad config'))).toBe('permanent');
  });

  it('retries a lost database connection and running out of memory, also when wrapped', () => {
    expect(errorKind(withCode('read ECONNRESET', 'ECONNRESET'))).toBe('transient');
    expect(errorKind(withCode('terminating connection due to administrator command', '57P01'))).toBe('transient');
    expect(errorKind(withCode('out of memory', '53200'))).toBe('transient');
    expect(errorKind(new Error('Connection terminated unexpectedly'))).toBe('transient');
    expect(errorKind(new RangeError('Array buffer allocation failed'))).toBe('transient');
    expect(errorKind(new StoreConnectionError('Postgres is unreachable', true, 'postgres://x', { cause: null }))).toBe('transient');
    expect(errorKind(new Error('stage crashed', { cause: withCode('connect ECONNREFUSED', 'ECONNREFUSED') }))).toBe('transient');
  });

  it('calls anything else unexpected (retried a bounded number of times)', () => {
    expect(errorKind(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe('unexpected');
    expect(errorKind(withCode('duplicate key value violates unique constraint', '23505'))).toBe('unexpected');
  });

  it('keeps a StageError\'s stored reason', () => {
    expect(describeError(new StageError('audio', 'decode_failed', 'x'))).toEqual({ reason: 'decode_failed', message: 'audio: decode_failed (x)' });
    expect(describeError(withCode('read ECONNRESET', 'ECONNRESET'))).toEqual({ reason: 'ECONNRESET', message: 'read ECONNRESET' });
  });
});
