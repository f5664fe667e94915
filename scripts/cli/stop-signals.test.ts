/** Real signals sent to this process: the first stops gracefully, the second abandons, exit codes follow the shell's. */
import { expect, it } from 'vitest';
import { exitCodeForSignal, watchStopSignals } from './stop-signals.ts';

it('turns a first SIGTERM into a graceful stop and a second signal into abandoning, then lets go of the signals', async () => {
  const before = [process.listenerCount('SIGTERM'), process.listenerCount('SIGINT')];
  const seen: string[] = [];
  const stops = watchStopSignals((signal, second) => seen.push(`${signal}${second ? ' again' : ''}`));
  const delivered = () => new Promise((r) => setTimeout(r, 100));

  process.kill(process.pid, 'SIGTERM');
  await delivered();
  expect(stops.graceful.aborted).toBe(true);
  expect(stops.graceful.reason).toBe('SIGTERM');
  expect(stops.abandon.aborted).toBe(false);

  process.kill(process.pid, 'SIGINT');
  await delivered();
  expect(stops.abandon.aborted).toBe(true);
  expect(seen).toEqual(['SIGTERM', 'SIGINT again']);
  expect(exitCodeForSignal(stops.received())).toBe(143);
  expect(exitCodeForSignal('SIGINT')).toBe(130);

  stops.dispose();
  expect([process.listenerCount('SIGTERM'), process.listenerCount('SIGINT')]).toEqual(before);
});
