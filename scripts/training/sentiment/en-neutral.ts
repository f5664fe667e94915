/**
 * Neutral English service-call utterances, written for this project. MultiDoGO already gives
 * neutral customer requests (typed chat); what it lacks is how calls sound once transcribed:
 * spelled-out digits and amounts read back, agents explaining procedures, short confirmations.
 * Without these, "seven seven four zero" scored as negative (the words carry tweet/review
 * polarity). Same limits as the Mandarin templates: narrow, and no sentiment words on purpose.
 */
import { mulberry32 } from '../../dev/lib/random.ts';

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)];

const DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'oh'];
const ITEMS = ['statement', 'balance', 'credit limit', 'due date', 'minimum payment', 'reward points', 'annual fee', 'installment plan', 'last payment', 'account number', 'billing address', 'data plan', 'order', 'delivery date', 'refund', 'transaction history'];
const ACTIONS = ['activate my card', 'update my address', 'change my PIN', 'set up autopay', 'close this account', 'add an authorized user', 'report a lost card', 'check a transaction', 'request a new card', 'change my phone number', 'switch to paperless statements', 'cancel the order', 'track my package', 'change my plan'];
const ASK = ["I'd like to check my", 'Can you tell me my', 'I want to know my', 'What is my', 'Could you look up my', "I'm calling about my", 'I have a question about my'];
const FIELDS = ['card number', 'account number', 'date of birth', 'phone number', 'ZIP code', 'order number', 'last four digits'];
const WHEN = ['yesterday', 'last week', 'on Monday', 'this morning', 'on the fifth', 'last month', 'two days ago'];
const AMOUNT_WORDS = ['forty five dollars', 'two hundred dollars', 'one thousand two hundred yuan', 'ninety nine ninety', 'three hundred and twenty dollars', 'fifteen dollars', 'five thousand yuan'];
const AGENT = [
  'Let me pull up your account.',
  'One moment while I look that up.',
  'Can you verify your {field} for me?',
  'I see the payment from {when}.',
  'Your {item} is {amount}.',
  'That will be processed in three to five business days.',
  'You will receive a text message with the details.',
  'I have submitted the request.',
  'You can also do that in the mobile app.',
  'The new card will be mailed to the address on file.',
  'I am transferring you to the right department.',
  'Is the address still the same?',
  'Your due date is the {day} of each month.',
];
const SHORT = ['Yes.', 'No.', 'Okay.', 'Sure.', 'Right.', 'Uh huh.', 'Yeah.', 'Hold on.', 'One second.', 'Let me find it.', "That's right.", 'Correct.', 'Go ahead.', 'Hello?', 'Can you repeat that?', 'Just a moment.', 'Mm-hmm.', 'Got it.', 'I see.', 'Speaking.'];
const DAYS = ['first', 'fifth', 'tenth', 'fifteenth', 'twentieth', 'twenty fifth'];

const digits = (r: () => number, n: number) => Array.from({ length: n }, () => pick(DIGITS, r)).join(' ');

const TEMPLATES: ((r: () => number) => string)[] = [
  (r) => digits(r, 4),
  (r) => digits(r, 4 + Math.floor(r() * 5)),
  (r) => `It's ${digits(r, 4)}.`,
  (r) => `My ${pick(FIELDS, r)} is ${digits(r, 4 + Math.floor(r() * 4))}.`,
  (r) => `The ${pick(FIELDS, r)} ends in ${digits(r, 4)}.`,
  (r) => `${pick(ASK, r)} ${pick(ITEMS, r)}.`,
  (r) => `I need to ${pick(ACTIONS, r)}.`,
  (r) => `How do I ${pick(ACTIONS, r)}?`,
  (r) => `I made a payment of ${pick(AMOUNT_WORDS, r)} ${pick(WHEN, r)}.`,
  (r) =>
    pick(AGENT, r)
      .replace('{field}', pick(FIELDS, r))
      .replace('{when}', pick(WHEN, r))
      .replace('{item}', pick(ITEMS, r))
      .replace('{amount}', pick(AMOUNT_WORDS, r))
      .replace('{day}', pick(DAYS, r)),
  (r) => pick(SHORT, r),
  (r) => `${pick(SHORT, r)} ${pick(ASK, r)} ${pick(ITEMS, r)}.`,
  (r) => `So the ${pick(ITEMS, r)} is ${pick(AMOUNT_WORDS, r)}, right?`,
  (r) => `When is the ${pick(ITEMS, r)} updated?`,
];

/** `count` distinct neutral utterances, the same for the same seed. */
export function enNeutralUtterances(count: number, seed = 11202026): string[] {
  const random = mulberry32(seed);
  const out = new Set<string>();
  for (let tries = 0; out.size < count && tries < count * 50; tries++) out.add(pick(TEMPLATES, random)(random));
  return [...out];
}
