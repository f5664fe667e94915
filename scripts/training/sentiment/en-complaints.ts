/**
 * English customer complaints as callers voice them, generated from parts written for this
 * project. Why: the English corpora are movie sentences, tweets and Reddit comments; the
 * signs of an upset caller — calling again about the same thing, waiting, a promise not kept,
 * a wrong charge, asking for a supervisor or to cancel — are rare there, and the model called
 * most such turns neutral (negative recall 0.53 on the held-out customer-service file,
 * measured once before these templates existed; see models/README.md).
 *
 * Written after that one look, but from these categories, not from the held-out sentences;
 * the held-out file is still never read by training code. Same exclusions as lexicon.ts:
 * none of the demo fixtures' upset-marker word families (outrage-, rip-off, unhappy,
 * frustrat-, panic-, unacceptable, ridiculous, terrible, disappoint-, complain-).
 * Topic words (bill, refund, card, order) also occur in the neutral templates (en-neutral.ts),
 * so the polarity has to come from the complaint itself, not from the topic.
 */
import { mulberry32 } from '../../dev/lib/random.ts';

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)];

const NTH = ['second', 'third', 'fourth', 'fifth'];
const TIMES = ['three times', 'four times', 'five times', 'twice already', 'every day this week', 'over and over'];
const SPAN = ['two weeks', 'a whole month', 'ten days', 'since Monday', 'three weeks', 'over an hour', 'all morning', 'six weeks'];
const THING = ['my refund', 'the replacement', 'my new card', 'the engineer', 'a callback', 'the credit on my account', 'my order', 'an answer', 'the repair', 'my money'];
const SERVICE = ['internet', 'phone line', 'card', 'account', 'app', 'router', 'TV box', 'online banking'];
const BILLING = ['charged me twice', 'billed me for something I cancelled', 'charged my card two times', 'added a fee nobody told me about', 'charged the wrong amount again', 'sent me a bill for a service I never had'];
const FEELING = ["I'm fed up", "I'm really annoyed", "I'm so angry", "I'm sick of this", "I've had enough", "I'm losing my patience", "honestly I'm furious", "I'm very upset", "I'm not pleased at all", 'this is driving me mad'];
const VERDICT = ['this is a joke', 'this is a disgrace', 'this is no way to treat a customer', 'this is the worst service I have had', 'that is just not good enough', 'this is a waste of my time', 'what a mess', 'this is beyond belief', 'that is absurd', 'this is shocking'];
const DEMAND = ['I want my money back', 'put me through to a supervisor', 'I want to speak to your manager', 'fix it today', 'I want to close my account', "I'm cancelling my contract", "I'm taking my business elsewhere", 'I want this escalated', 'I expect compensation for this', 'stop transferring me'];
const BROKEN = ['nobody called me back', 'no one ever follows up', 'you promised it would be sorted last week', 'the last person told me it was fixed and it is not', 'I was told I would get an email and nothing came', 'your agent hung up on me', 'I keep getting passed around', 'every person tells me something different'];
/**
 * Resigned give-ups: callers who stop asking rather than shout. Polite on the surface ("fine",
 * "never mind"), negative in meaning. Added after the demo night's resigned ending ("Fine, I
 * will figure it out myself.") read as positive with the retrained model: the category, not that
 * sentence, is what is written here, and the demo is no evidence for it (see models/README.md).
 */
const GIVE_UP = ['Fine', 'Never mind', 'Forget it', 'Whatever', 'OK, forget it', 'Right, never mind', 'Oh well', 'Fine then'];
const ON_MY_OWN = ["I'll sort it out myself", "I'll deal with it on my own", "I'll go to another bank", "I'll look for help somewhere else", "I'll just do it myself then", "I'll find someone who can help", "I'll handle it without you", "I'll try my luck elsewhere", "I'll just cancel it myself"];
const USELESS = ["you clearly can't help", 'this was pointless', "there's no point talking to you", 'nobody here knows anything', "I'm wasting my breath", 'I give up on you people'];
const FAULT = ['keeps dropping', 'stopped working again', 'has been down for days', 'still does not work', 'crashes every time I log in', 'broke the day after the visit'];

const TEMPLATES: ((r: () => number) => string)[] = [
  (r) => `This is the ${pick(NTH, r)} time I'm calling about ${pick(THING, r)}.`,
  (r) => `I've called ${pick(TIMES, r)} and ${pick(BROKEN, r)}.`,
  (r) => `I've been waiting ${pick(SPAN, r)} for ${pick(THING, r)}, ${pick(FEELING, r)}.`,
  (r) => `It's been ${pick(SPAN, r)} and I still don't have ${pick(THING, r)}.`,
  (r) => `You ${pick(BILLING, r)}, ${pick(DEMAND, r)}.`,
  (r) => `My ${pick(SERVICE, r)} ${pick(FAULT, r)} and ${pick(BROKEN, r)}.`,
  (r) => `${cap(pick(FEELING, r))}, ${pick(BROKEN, r)}.`,
  (r) => `${cap(pick(VERDICT, r))}. ${cap(pick(DEMAND, r))}.`,
  (r) => `${cap(pick(BROKEN, r))}, ${pick(VERDICT, r)}.`,
  (r) => `Why have you ${pick(BILLING, r)}?`,
  (r) => `Why does my ${pick(SERVICE, r)} ${pick(['keep dropping', 'never work', 'still not work'], r)}?`,
  (r) => `${cap(pick(FEELING, r))}. My ${pick(SERVICE, r)} ${pick(FAULT, r)}.`,
  (r) => `No, ${pick(VERDICT, r)}, ${pick(DEMAND, r)}.`,
  (r) => `I'm still waiting for ${pick(THING, r)} and ${pick(BROKEN, r)}.`,
  (r) => `${pick(GIVE_UP, r)}, ${pick(ON_MY_OWN, r)}.`,
  (r) => `${pick(GIVE_UP, r)}. ${cap(pick(USELESS, r))}, ${pick(ON_MY_OWN, r)}.`,
  (r) => `${cap(pick(USELESS, r))}. ${pick(GIVE_UP, r)}.`,
];

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** `count` distinct complaint turns, the same for the same seed. */
export function enComplaintUtterances(count: number, seed = 20261202): string[] {
  const random = mulberry32(seed);
  const out = new Set<string>();
  for (let tries = 0; out.size < count && tries < count * 50; tries++) out.add(pick(TEMPLATES, random)(random));
  return [...out];
}
