/**
 * A third held-out bank of English wordings (split `heldout3`), written 2026-12-02 while `heldout2`
 * was being tuned on. Every wording here is new: none equals a wording of elements-en.ts or
 * elements-heldout2-en.ts after case, whitespace and punctuation are removed (heldout-sets.test.ts
 * checks it), and none was run through a check by its author. It is evaluated once, by the lead, at
 * the end. Do not read this file while tuning phrase lists, act models or thresholds: that would
 * turn it into another dev split.
 *
 * Sources: lines under `// uss` are real system turns from ../shared/datasets/uss_satisfaction_en
 * (MultiWOZ and SGD; the element's sentence of the turn, final "?" or "." kept or dropped as
 * spoken): 26 lines (15 closing offers, 1 thank-you, 8 goodbyes, 2 apologies). multidogo_customer_turns_en holds customer turns only, so no agent wording came from it.
 * The rest were written for this bank: US, UK and Australian usage, bank, telecom and insurance
 * centers, formal and terse registers, fillers and reordered parts. `{brand}` and `{surname}` are
 * filled per call.
 */
import type { ElementBank } from './element-bank.ts';

export const EN_HELDOUT3_ELEMENTS: ElementBank = {
  salutation: [
    'Hi, good day', 'Good morning, hi there', 'Hi, how are you', 'Hello, how are you today', 'Hello, how are you doing', 'Hi, hope you are well',
    'Good afternoon, hello', 'Good evening, hi', 'Good evening and hello', 'Hey, good afternoon', 'Hey, good evening', 'Hello friend',
    'Hello, hello there', 'Hi, morning', 'Good day to you', 'Hi, good morning to you', 'Morning, hello', 'Hello, afternoon', 'Hiya there',
    'Hello, hi, good morning', 'Hello, yes, good morning', 'Um, hello', 'Hi, hello, good evening', 'Oh hello',
    'Hello, hope you are having a good day', 'Hi, how is your day going',
  ],
  brand: [
    "you've dialled {brand}", 'welcome to {brand} customer service', 'this is {brand} customer support', 'thank you for calling {brand} today',
    '{brand} card center', 'welcome to {brand} cards', '{brand} customer hotline', 'you have reached the {brand} customer service team',
    "you're connected to {brand} card support", 'this is the {brand} helpline', '{brand} service center', 'welcome to {brand} personal banking',
    '{brand} client care', 'welcome to {brand}, the card services team', 'this is {brand} phone banking', "you've got {brand} customer service",
    'thank you for calling the {brand} card line', '{brand} accounts team', 'thanks for calling the {brand} helpline',
    'welcome to the {brand} customer center', '{brand} disputes department', 'this is {brand} credit card services',
    'great to have you calling {brand}', '{brand} premier line', "you've reached the {brand} cards hotline",
    'you have reached the {brand} insurance claims line',
  ],
  selfIntro: [
    'my name is {surname} and I will be helping you', "I'm {surname} from the card services team", 'you are through to agent {surname}',
    "{surname} speaking, I'm on the service team", 'you are speaking with agent {surname}', 'I am agent {surname} on the help line',
    "my name's {surname} from customer care", "I'm {surname}, I'll be handling your call", "{surname}'s my name", 'my surname is {surname}',
    'I go by {surname}', 'this is customer service agent {surname}', "I'm {surname} in the disputes team", 'you have agent {surname} here',
    '{surname} from the cards desk speaking', "I'm {surname}, a customer care officer", 'this is {surname} helping you today',
    'my name is {surname}, from accounts', 'I am {surname}, your advisor for today', "you're on with {surname}", "I'm {surname}, a policy advisor",
    'this is {surname} in card support', 'name is {surname}', '{surname} at your service', "I'm {surname} from the phone banking team",
    'here is {surname} from the help line',
  ],
  offer: [
    'how may I help you this afternoon', 'what brings you to us today', 'what are we looking at today', 'what can I sort out for you',
    'how can I help you this evening', 'how can I support you today', 'what can I do to help you today', 'what seems to be the problem',
    'what do you need help with today', 'is there something I can help you with', 'what can we do for you', 'what is your question today',
    'how can I assist', 'what can I look into for you', 'how are we able to help today', 'what would you like to do today', 'how can I be of service',
    'what can I help you out with', 'how may we assist you today', 'what do you need today', 'what can I take care of for you',
    'what can I help sort out today', 'how may I direct your call', 'what are you ringing about today', 'go ahead, how can I help',
    'what would you like me to look at',
  ],
  closingOffer: [
    // uss
    'Can I help you with anything else today?', 'Do you need any more assistance?', 'Could I help with something else?',
    'Can I help you out further?', 'Would you need anything else?', 'Is there anything else you require?', 'May I help you with anything else?',
    'Do you need any further assistance?', 'What else can I assist you with today?', 'Is there anything else I can do to help?',
    'Is there anything else you need assistance with today?', 'What else may I do for you?', 'Is there anything else I may assist you with?',
    'Is there something else I can assist with?', 'Have we met all of your needs today?',
    // own
    'Anything more I can sort out for you?', 'Was there anything else on your list?', 'Is there anything else on your mind today?',
    'Can I look into anything else for you?', 'Anything else I can take care of?', 'Is there any other account matter I can help with?',
    'Anything else while I have you on the line?', 'Is there any other way I can help today?', 'Do you have anything else you need me to look at?',
    'Can I help with any other questions on the account?', 'Anything else on the card I can check for you?',
  ],
  thanksForCalling: [
    // uss
    'thanks for inquiring with us',
    // own
    'thanks for getting in touch with {brand}', 'thank you for ringing us', 'we appreciate your call today', 'thanks a lot for calling',
    'thank you for phoning us', 'thanks for phoning in', 'we thank you for calling {brand}', 'I really appreciate you calling in',
    'thank you for taking the time to call', 'thank you for calling {brand} card services', 'thanks so much for your call',
    'thank you for contacting {brand} today', 'thanks very much for your call', 'thank you for being with {brand}',
    'we appreciate your business, thanks for calling', 'thank you kindly for calling', 'thanks for reaching out to {brand} today',
    'thank you for choosing to call us', 'thanks for ringing in today', 'thank you for the call', 'much appreciated that you called',
    'thank you for calling our helpline', 'thanks heaps for calling', 'it has been a pleasure, thank you for calling',
  ],
  goodbye: [
    // uss
    'take care, have a good day', 'have a fine day', 'have a wonderful day ahead', 'have an awesome day', 'have yourself a wonderful day',
    'enjoy the day', 'enjoy your day, take care', 'I hope you have a lovely day',
    // own
    'cheers, bye', 'bye for now', 'talk to you later', 'have a good afternoon', 'have a good rest of your day', 'you have a good one, bye',
    'all right, bye now', 'have a safe day', 'take it easy', 'see you', 'wishing you a great day', 'okay then, goodbye', 'bye bye now',
    'all the best to you, goodbye', 'have a lovely rest of the day', 'ta-ra', 'look after yourself',
  ],
  holdRequest: [
    'could you hold on for just a moment', 'I just need a minute to look into this, please hold', 'hang on one second', 'hang tight for a moment',
    'give me a second to pull up your account', 'if you could hold for a moment please', "I'll put you on hold for a minute, is that okay",
    'please hold for a couple of minutes', 'stay with me for one moment', 'let me look into that, please hold on',
    'would it be okay to put you on a short hold', 'I need to check with my team, please hold', 'just bear with me one second',
    'one second while I pull that up', 'please hold while I look into this', 'give me a moment to check that', 'hold the line one moment please',
    'I will need a minute, can you hang on', 'one moment while I check your account', 'just hold for me please', 'mind holding for a second',
    'I am going to pop you on hold briefly', 'allow me a minute, please hold', 'let me just check that for you, one moment',
    'please wait a moment while I verify',
  ],
  holdThanks: [
    'thanks for hanging in there', 'thank you for your patience while I looked into that', 'thanks for waiting, I have that now',
    'sorry for keeping you', 'thanks for your patience today', 'many thanks for waiting', 'thank you very much for waiting',
    'I appreciate you hanging on', 'apologies for keeping you waiting', 'thank you, I appreciate you waiting', 'sorry about the hold',
    'thanks for being patient', 'thank you for being so patient', 'I am back, thanks for holding', 'appreciate your patience',
    'thanks a lot for holding', 'sorry to keep you on hold', 'thank you for your time on hold', 'thanks for holding on there',
    'great, thanks for waiting', 'okay, thank you for holding', 'right, thanks for waiting on the line', 'thank you for holding, I am back with you',
    'sorry for the long hold', 'I appreciate you staying with me',
  ],
  apology: [
    // uss
    'I am so sorry', "I'm deeply sorry",
    // own
    'I am so sorry about this', 'I am really sorry for the trouble', 'so sorry about that', 'I am sorry this happened', 'sincere apologies',
    "I'm sorry you've had to deal with this", 'we are very sorry about this', 'I apologise for that', 'apologies for the inconvenience',
    'I want to apologize for this', "I'm sorry for the hassle", 'really sorry about the mix-up', 'I apologize on behalf of the bank',
    "I'm awfully sorry", 'we do apologise', 'I can only apologise', "I'm so sorry for the frustration", 'please accept my sincere apologies',
    'sorry for all the trouble', "I'm sorry we let you down", 'I apologize for the error', "I'm sorry this has been so difficult",
    'so sorry for the confusion',
  ],
};

/** Forbidden phrases by category, and polite sentences with the same words (hard negatives). */
export const EN_HELDOUT3_FORBIDDEN: Record<string, { said: string[]; polite: string[] }> = {
  brush_off: {
    said: [
      "that's not something I can help with, call another number", "you'll need to look that up on your own", "I don't handle that, try the branch",
      'go read the FAQ', 'not my area, sorry', 'you need to work that out yourself', "check the app, it's all there", 'why are you asking me',
      'search online for it', "that's for another team, ring them yourself", "I really couldn't tell you", "you'll have to sort it out on your own",
      'just read your statement', 'no idea, ask the branch', "that's not my concern", 'go and find the form yourself',
      'I only do cards, phone somebody else',
    ],
    polite: [
      'I can help with that, no need to call another number', "you don't need to look that up on your own, I have it",
      'I handle that too, no need for the branch', 'I can read the FAQ answer to you', "that's my area, I'll take care of it",
      "we'll work that out together", "the app has it, but I'll check it for you now", 'I can answer that right now', "I'm glad you asked me",
      "I'll search our records for you", "I'll ring the other team myself for you", 'I can tell you exactly',
      "you won't have to sort it out on your own", 'let me read your statement with you', 'your concern is my concern', "I'll find the form for you",
      "I'll ask the branch on your behalf",
    ],
  },
  blame: {
    said: [
      'you should have checked before paying', "that's because you missed the payment", 'you typed the wrong number', 'you agreed to those terms',
      "if you'd read the email this wouldn't happen", 'you let your card expire', "you gave your PIN away, that's on you", "that's your own doing",
      "you didn't update your address", 'the mistake was yours', 'you only have yourself to blame', 'you set it up wrong',
      "that's what you get for paying late", 'you should have kept the receipt', 'you ignored our reminders', "you're responsible for that",
      'it was your choice',
    ],
    polite: [
      'you had no way of checking before paying', "the missed payment wasn't your doing", 'you typed the right number, the system failed',
      'nobody explained those terms to you properly', "the email didn't reach you, that's on us", 'the mistake was ours',
      'you have nothing to blame yourself for', 'you set it up correctly', "you don't need the receipt, I can see it here",
      'our reminders should have been clearer', "we're responsible for that", "it wasn't your choice, it was an error",
      'you did the right thing calling', 'none of this is on you', "that's our own doing, not yours", 'you are not responsible for this charge',
      'you did exactly what the letter said, so none of the blame is yours',
    ],
  },
  rude: {
    said: [
      'ugh, what now', "I'm not repeating myself", 'listen to me for once', "you're wasting my time", "that's a dumb question",
      'stop interrupting me', 'do you even understand English', "don't raise your voice at me", "I've had enough of this", 'just stop talking',
      'seriously, how hard is this', "you're impossible", 'pay attention', "I'm done with you", 'whatever, hang up then', 'use your head',
      "I can't make it any simpler for you",
    ],
    polite: [
      'happy to repeat myself', "I'm listening to you carefully", "that's not a dumb question at all", 'sorry for interrupting you',
      'I understand, please go on', 'no need to apologise for raising your voice', "I know you've had enough of this",
      'take all the time you need to talk', "it's my job to make this easy", 'whatever works best for you', "you've been very patient",
      'pay attention to the due date on the letter, it helps', "I'm here, I'm not going anywhere", "go ahead, I'm all ears",
      'let me explain it another way', "I'm done with the update, you're all set", 'let me make it simpler for you',
    ],
  },
  promise: {
    said: [
      'I promise the charge will be gone by tomorrow', "you'll definitely get your money back today", "I guarantee you'll be approved",
      'the fee will be waived, I promise you', "trust me, it'll be fixed for sure", "it's a hundred percent going through",
      'I can promise you a credit increase', "you won't be charged again, guaranteed", 'it will certainly arrive by Friday',
      'I give you my word the interest is cancelled', 'your dispute will be won, no question', 'I guarantee the claim gets paid',
      "you're absolutely getting compensation", 'this will never happen again, I guarantee it', 'the refund is guaranteed',
      "I promise your score won't drop", "rest assured, it's approved",
    ],
    polite: [
      "I can't promise the charge will be gone, but I'll dispute it", 'refunds normally arrive within five working days',
      "I can't guarantee approval, the team decides", "I'll ask for the fee to be waived", "I'll do everything I can to fix it",
      'the outcome depends on the review', 'I can request a credit increase for you', "I'll flag the account so we can try to stop repeat charges",
      "it should arrive by Friday, though I can't be certain", "I'll put in a request to cancel the interest",
      'the dispute team will review your case', "the claim will be assessed and you'll hear back", "I'll pass your compensation request on",
      "we'll do our best to stop this from happening again", 'any refund would follow the usual review',
      "I can't promise anything about your score, but I'll note it", "I'll let you know once it's approved",
    ],
  },
};
