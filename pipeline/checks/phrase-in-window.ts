/**
 * Required phrase within a window of the agent's speech: the greeting within the first N
 * seconds of the agent's first turn, the closing within the agent's last N seconds, courtesy
 * words anywhere. Windows are measured from agent speech, not from the start of the
 * recording, so ringing or an IVR prompt before the agent picks up does not eat the window.
 */
import type { ParamsOf, ResolvedMatch } from '../scorecard/index.ts';
import { agentSegments, fail, fmtS, notApplicable, pass, type CallContext, type Verdict } from './context.ts';
import { canBeSaid, requiredSimilarity, type PhraseMatch } from './match/phrase.ts';
import { speakerStream, type SpokenStream, type StreamUnit } from './match/stream.ts';
import { checkElementsInWindow, slotAnchored, type ElementCheckParams } from './phrase-elements.ts';
import { accepted, alternativesOf, describeMatch, evidenceOf, findItem, slotFailed, variantsFor, whyNot, type PhraseItem } from './phrase-search.ts';

export type PhraseInWindowParams = ParamsOf<'phrase_in_window'> & { match: ResolvedMatch };

interface ItemResult {
  item: PhraseItem;
  found: PhraseMatch | null;
  /** The best match anywhere, when none counted inside the window. */
  closest: PhraseMatch | null;
  outsideWindow: boolean;
}

export function checkPhraseInWindow(ctx: CallContext, params: PhraseInWindowParams): Verdict {
  const agent = agentSegments(ctx.transcript);
  if (agent.length === 0) return notApplicable('The agent does not speak in the transcript, so the phrase cannot be looked for.');
  if (params.elements) {
    const byElements = checkElementsInWindow(ctx, params as ElementCheckParams);
    if (byElements.outcome !== 'fail' || !params.phrases) return byElements;
    const byWording = checkWholePhrases(ctx, { ...params, require: 'any' });
    return byWording.outcome === 'pass' ? { ...byWording, reason: `${byWording.reason} (the whole scripted wording)` } : byElements;
  }
  return checkWholePhrases(ctx, params);
}

/** The original form: whole wordings (items of alternatives), `any` or `all` of them. */
function checkWholePhrases(ctx: CallContext, params: PhraseInWindowParams): Verdict {
  const agent = agentSegments(ctx.transcript);
  const stream = speakerStream(ctx.transcript.segments, 'agent', params.match.fillers);
  if (stream.units.length === 0) return notApplicable('The agent turns contain no words, so the phrase cannot be looked for.');

  const { anchor, seconds = 0 } = params.window;
  const t0 = Math.min(...agent.map((s) => s.start));
  const t1 = Math.max(...agent.map((s) => s.end));
  const where =
    anchor === 'agent_start'
      ? `within the first ${fmtS(seconds)} of agent speech`
      : anchor === 'agent_end'
        ? `in the agent's last ${fmtS(seconds)}`
        : 'anywhere in the call';
  const inWindow = (m: PhraseMatch) =>
    anchor === 'agent_start' ? m.atS <= t0 + seconds + 1e-6 : anchor === 'agent_end' ? m.endS >= t1 - seconds - 1e-6 : true;

  const results: ItemResult[] = [];
  for (const item of params.phrases ?? []) {
    let variants;
    try {
      variants = variantsFor(ctx, item);
    } catch (err) {
      return notApplicable(`The phrase cannot be filled for this call: ${(err as Error).message}.`);
    }
    const longest = Math.max(...variants.map((v) => v.units.length));
    const windowed = windowStream(stream, anchor, t0 + seconds, t1 - seconds, 2 * longest);
    // A surname slot counts only where it was heard (slotAnchored), as in the element search: 「…客户服务，请问…」 is no
    // 「…我姓吴，请问…」 by sound (I34).
    const inside = findItem(windowed, variants, params.match, (m) => inWindow(m) && slotAnchored(m, windowed));
    if (accepted(inside) && inWindow(inside) && slotAnchored(inside, windowed)) {
      results.push({ item, found: inside, closest: inside, outsideWindow: false });
      continue;
    }
    // Only a match that counts (accepted) anywhere is used below: when no variant can even be said
    // in the agent's speech, the search cannot find one (only speed changes).
    const anywhere =
      anchor === 'anywhere' ? inside : variants.some((v) => canBeSaid(stream, v, params.match)) ? findItem(stream, variants, params.match) : null;
    const outside = accepted(anywhere) && !inWindow(anywhere);
    // Only speech inside the window is quoted as evidence; a phrase said elsewhere is only named in the reason.
    results.push({ item, found: null, closest: outside ? anywhere : inside && inWindow(inside) ? inside : null, outsideWindow: outside });
  }

  const found = results.filter((r) => r.found);
  const missing = results.filter((r) => !r.found);
  const ok = params.require === 'all' ? missing.length === 0 : found.length > 0;
  if (ok) {
    const shown = params.require === 'all' ? found : found.slice(0, 1);
    return pass(
      `Said ${where}: ${shown.map((r) => describeMatch(r.found!)).join('; ')}.`,
      shown.map((r) => evidenceOf(r.found!)),
    );
  }
  const failing = params.require === 'all' ? missing : bestOf(missing);
  const only = failing.length === 1 ? failing[0].closest : null;
  if (slotFailed(only) && params.require === 'any') {
    const why = whyNot(only!, requiredSimilarity(only!.variant, params.match));
    const what = only!.brand && !only!.brand.ok ? 'brand' : 'surname';
    return fail(`Said without the right ${what}: ${why}.`, [
      evidenceOf(only!, what === 'brand' ? 'brand not recognised' : 'surname does not match the roster'),
    ]);
  }
  if (only && failing[0].outsideWindow && params.require === 'any') {
    return fail(`Said outside the window: ${describeMatch(only)} is not ${where}.`);
  }
  const reasons = failing.map((r) => explainMissing(r, where, params, params.require === 'all'));
  return fail(
    params.require === 'all' && failing.length < results.length
      ? `Missing ${where}: ${reasons.join('; ')}.`
      : `Not said ${where}: ${reasons.join('; ')}.`,
    failing.filter((r) => r.closest && !r.outsideWindow).map((r) => evidenceOf(r.closest!, 'closest, did not count')),
  );
}

/** With `any`, explain the item that came closest rather than every alternative. */
function bestOf(results: ItemResult[]): ItemResult[] {
  const scored = results.filter((r) => r.closest);
  if (scored.length === 0) return results.slice(0, 1);
  const rank = (r: ItemResult) => (r.outsideWindow ? 3 : r.closest!.said ? 2 : 1) + r.closest!.similarity / 10;
  return [scored.reduce((a, b) => (rank(b) > rank(a) ? b : a))];
}

function explainMissing(r: ItemResult, where: string, params: PhraseInWindowParams, named: boolean): string {
  const name = r.closest ? `“${r.closest.variant.text}”` : alternativesOf(r.item).map((a) => `“${a}”`).join(' / ');
  const prefix = named ? `${name}: ` : '';
  if (!r.closest) return `${name} was not said`;
  if (r.outsideWindow) return `${prefix}said as ${describeMatch(r.closest)}, outside the window`;
  return `${prefix}${whyNot(r.closest, requiredSimilarity(r.closest.variant, params.match))}`;
}

/**
 * The units inside the window plus `extra` units past its edge, so a phrase that starts inside
 * the window but finishes just after it is still seen whole (its start time is then checked).
 */
function windowStream(stream: SpokenStream, anchor: string, startLimitS: number, endLimitS: number, extra: number): SpokenStream {
  if (anchor === 'anywhere') return stream;
  const u = stream.units;
  let from = 0;
  let to = u.length - 1;
  if (anchor === 'agent_start') {
    let last = -1;
    u.forEach((x: StreamUnit, i) => {
      if (x.startS <= startLimitS) last = i;
    });
    to = Math.min(u.length - 1, last + extra);
  } else {
    let first = u.length;
    for (let i = u.length - 1; i >= 0; i--) if (u[i].endS >= endLimitS) first = i;
    from = Math.max(0, first - extra);
  }
  return { segments: stream.segments, units: u.slice(from, to + 1) };
}
