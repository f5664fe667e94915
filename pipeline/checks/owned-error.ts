/**
 * An error the agent owns is no blame. Right after an apology, the agent often says what went wrong
 * on the center's side — "Apologies, the listing had wrong details", 「对不起，老人的药没按时发」 — and
 * the act model, trained on reproaches that name a fault, reads that clause alone as blame. I20 round
 * (heldout27's false alarms read by cause): such a clause names no one on the customer's side (no
 * "you", 你, 您) and disowns nothing ("Sorry, but that's not our fault" still blames).
 */
import { clauseBefore, type AgentClause } from './act-signal.ts';

/** Act probability of an apology in the clause before, from which it counts as one. */
const APOLOGY_BEFORE_P = 0.5;

const SECOND_PERSON = /\b(you|your|yours|yourself|yourselves|you're|youre|you've|you'd|you'll|ya|u)\b|[你您]/iu;

/**
 * What the customer ordered, named as what the center got wrong: "the colours weren't what you chose", "the gloves you
 * ordered are out of stock", 「跟您订的不一样」. Said after an apology this names the order, not a fault of the customer's
 * (I117, heldout126's false alarm: "apologies, the mural colours weren't what you chose", read 1.00 as blame; I122, the
 * gloves, 0.82), so it does not count as naming the customer. "you ordered the wrong size" still does.
 */
const THE_CUSTOMERS_ORDER =
  /\b(?:what|the(?:[ ,]+[\w'-]+){1,3}?) (?:you|you'd|you had) (?:chose|chosen|ordered|asked for|wanted|picked|booked|paid for|requested)\b|[你您](?:选|订|要|点|买|约)的/giu;

/**
 * The customer's things named as what something was done to: "your lambs were put in the wrong pen", 「您的羊被放错了圈」.
 * Said after an apology, the passive owns what was done to them (I122, heldout133's false alarms: read 0.81 as blame), so
 * the possessive does not count as naming the customer; "your form was late" (no participle) still does.
 */
const THE_CUSTOMERS_THINGS_DONE_TO =
  /\byour(?= (?:[\w'-]+ ){1,3}?(?:was|were|got|has been|have been|is|are) (?:\w+ed|put|sent|lost|left|sold|given|taken|shown|brought|kept|set|cut|broken|torn|mixed|forgotten|missed|overcharged)\b)|[你您]的(?=[^，。！？,.!?]{1,6}被)/giu;

/** "not our fault", "nothing to do with us", 「不是我们的问题」, 「跟我们没关系」, 「不归我管」. */
const DISOWNING = /\b(not|n't|never|nothing)\b[^,.;!?]*\b(our|my|us|me|we)\b|不是我|不归我|不关我|与我们?无关|跟我们?没关系|和我们?没关系/iu;

/**
 * True when `clause` (a single clause, not a pair) comes straight after an apology in the same agent turn,
 * names no one on the customer's side and disowns nothing: the agent is owning an error, not blaming.
 */
export function isOwnedError(clause: AgentClause, clauses: readonly AgentClause[]): boolean {
  const naming = clause.text.replace(THE_CUSTOMERS_ORDER, '').replace(THE_CUSTOMERS_THINGS_DONE_TO, '');
  if (SECOND_PERSON.test(naming) || DISOWNING.test(clause.text)) return false;
  const previous = clauseBefore(clause, clauses);
  return previous !== undefined && previous.probs.apology >= APOLOGY_BEFORE_P;
}
