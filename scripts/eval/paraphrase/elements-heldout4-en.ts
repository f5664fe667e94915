/**
 * A fourth held-out bank of English wordings (split `heldout4`), written 2026-12-02 by a helper
 * session right after heldout3 was spent, while it was being tuned on, blind: its author read no phrase list,
 * scorecard, check or act-model code or data, and never ran a check on these wordings or on the
 * set made from them. Every wording here is new: none equals a wording of elements-en.ts,
 * elements-heldout2-en.ts or elements-heldout3-en.ts after case, whitespace and punctuation are
 * removed (heldout-sets.test.ts checks it). It is evaluated once, by the lead, at the end.
 * Do not read this file while tuning phrase lists, act models or thresholds: that would turn it
 * into another dev split.
 *
 * Sources: lines under `// uss` are real system turns from ../shared/datasets/uss_satisfaction_en
 * (MultiWOZ and SGD; the element's sentence of the turn, final "?", "." or "!" dropped): 6 lines
 * (5 closing offers, 1 apology). Its other greeting and closing turns the author tried were
 * already in an earlier bank, and so were the agent turns of ../shared/datasets/abcd_sample_en
 * that carry an element ("one moment please", "have a great night", ...), so none came from it.
 * multidogo_customer_turns_en holds customer turns only, so no agent wording came from it. The
 * rest were written for this bank: US, UK, Australian and Indian English usage ("myself X",
 * "X this side", "kindly hold"), bank, telecom, insurance, e-commerce, utility and airline
 * centers, formal, colloquial and terse registers, fillers and reordered parts. `{brand}` and
 * `{surname}` are filled per call.
 */
import type { ElementBank } from './element-bank.ts';

export const EN_HELDOUT4_ELEMENTS: ElementBank = {
  salutation: [
    'hello, a good morning to you', 'hi, hello, good morning', 'oh, hi there, good afternoon', 'hello hello, good afternoon', 'hey there, good afternoon', 'hi, hello', 'hi, and good afternoon', 'good afternoon to you sir', 'and a good evening to you', 'hey there, good evening', 'hello there, good afternoon',
    'hello, top of the morning', 'a very good morning', 'very good afternoon to you', 'hi, good afternoon to you', 'hi, good day to you', 'heya', 'well, good morning and hello to you', 'hello, good morning sir', 'hello, hi there', 'good evening sir', "good morning ma'am", 'hello, morning',
    'hello and good evening', "hi ma'am", 'hi sir, good morning', 'hello, very good evening', 'hello and a good afternoon', 'hey hello', 'evening, hello', 'well hello there',
  ],
  brand: [
    'you have reached {brand}', '{brand} customer helpline', 'this is {brand} retail banking', 'this is {brand} support', "you've rung {brand}", "you've called {brand}", '{brand} cards and loans',
    '{brand}, cards team', 'this is the {brand} help desk', '{brand} customer service line', '{brand} phone banking team', 'welcome to the {brand} helpline', "you're speaking with {brand}", 'this is {brand} customer care',
    '{brand} contact centre', 'you have called the {brand} support line', "you've reached the {brand} service desk", '{brand} support here', 'this is the {brand} hotline', 'welcome, this is {brand}', '{brand} customer experience team', "it's the {brand} care line",
    'you are through to the {brand} cards helpline', 'thank you for calling {brand} customer service', '{brand} client services', "it's {brand} on the line", 'calling {brand}, you are through to customer support',
  ],
  selfIntro: [
    "you're through to {surname} in customer care", 'you are speaking to {surname} today', "my name is {surname}, I'm with the cards team", "I'm {surname}, your service advisor", '{surname} from the billing desk', "you're speaking to {surname}", 'this side is {surname}', 'I am {surname}, your agent today', "I'm {surname} from the travel desk",
    "you've reached {surname} in claims", 'this is {surname} from the cards team', "I'm {surname}, one of the advisors", "my name is {surname} and I'll be looking after you", "I'm {surname}, I'll be helping you today",
    '{surname} here from customer care', "it's {surname} speaking", 'myself {surname} from customer support', 'you are speaking with {surname}', "I'm your advisor {surname}", '{surname} this side', 'myself {surname}',
    'I am {surname} from the support team', "the name's {surname}", "I'm {surname} in the billing team", "it's {surname} here", "{surname} is my name, I'm on the cards desk", "it's {surname} from the help desk",
  ],
  offer: [
    'how can I assist you this evening', 'what can I do to help you with this morning', 'how can I help you out today', 'how can I help with your account', 'what is the issue you are facing', 'what can I help with on your booking', 'tell me, what is the concern',
    'how may I assist you with your order', 'how may I help you this morning', 'what seems to be the trouble today', 'how can I be of assistance today', 'what are you calling about', 'so how can I help you this afternoon',
    'so what are we looking at today', 'how can I support you with your account', 'what would you like me to look into', 'how can I help you with the booking', 'what do you need from us today', 'how can I assist this afternoon', 'what is it I can help you with',
    'please go ahead with your query', 'what query do you have for me', 'kindly tell me your query', 'please tell me how I may help you', 'how is it that I can help', 'in what way may I help',
    'how can I help you with your bill today', 'what do you need sorted today', 'how may I help you this evening',
  ],
  closingOffer: [
    // uss
    'will you be needing anything else today', 'was there anything else you needed', 'is there anything else you need right now', "anything else you'd like me to do", 'will there be anything else I can help you with today',
    // own
    'was there something else I could help with', 'is there something else I can help with', 'anything more I can help with', 'can I help with anything more', "anything else I can check for you while you're on", 'is there something more I can do for you today', 'anything else you need from me',
    'any other account questions', 'anything else you want me to look at', 'anything else on your mind', 'is there anything else I can sort out for you', 'can I assist you with any other matter', 'is there any other query',
    'shall I help with anything else', 'any other issue I can look at', 'will that be all', 'is that all for today', 'is there anything else I can look into', 'is there anything else I can help you with at all today', 'what else can I do for you while I have you', 'any more queries',
    'other than that, anything else', 'any further questions', 'can I help you with something else today',
  ],
  thanksForCalling: [
    'thanks for ringing', 'thanks ever so much for calling us', 'thank you for calling the cards line today', 'thanks for getting in touch', 'really appreciate you picking up the phone to us', 'thank you for calling and letting us know', 'thanks for calling us about your bill', 'thank you so very much for your call today',
    'thank you for calling, sir', 'thank you for calling us today', 'thanks heaps for ringing up', 'thanks for phoning', 'good of you to call', 'lovely, thanks for calling', 'thank you for dialing in',
    'thank you very much for your call', 'thanks for contacting customer care', 'thank you for calling the helpline', 'I want to thank you for calling', 'thanks for taking the time to call', 'thanks for reaching us today', 'thanks ever so much for ringing',
    'we thank you for your call', 'thanks for your call today', "thank you ma'am for calling", 'a big thank you for calling', 'thanks for calling us on this', 'thanks for ringing in about it',
  ],
  goodbye: [
    'right then, bye', 'bye, take care now', 'take care, bye', 'okay, bye bye now', 'have a blessed day, goodbye', 'have a pleasant evening', 'all the best, bye', 'bye then', 'take care of yourself', 'speak soon, bye', 'have a good rest of the day, bye', 'all the very best, goodbye',
    'ok bye', 'have a good night, bye', 'have a good evening', 'goodbye then, and take care', 'okay then, bye bye', 'have a great evening, bye', 'you have a good night now', 'have a good afternoon, bye', 'all right, bye then', 'lovely, bye now', 'good night', 'enjoy the rest of your evening', 'have a safe flight, goodbye', 'have a smooth journey, bye', 'have a good day ahead', 'wishing you a good day, goodbye', 'bye-bye, have a nice evening', 'okay, you have a good one', 'have a good weekend, bye now',
  ],
  holdRequest: [
    'bear with me a moment', 'hang on a sec', 'can you hold for a second', 'give me a minute', 'just a moment while I check', 'can I pop you on hold for a minute', 'mind if I put you on hold', 'let me put you on a brief hold',
    'hold on a moment please', 'just hold on for me while I check', 'would you mind holding for a minute or two', 'just bear with me', 'let me check, one minute', 'give me two minutes to look into it', 'could you hold the line', 'please hold while I pull up your account',
    'kindly hold the line', 'just a sec', 'wait a moment please', 'one second, let me look', "I'll need to place you on hold briefly", 'hold tight', 'if you could just hold for me', 'stay with me for a moment',
    'give me a few moments', 'please be on hold', 'kindly wait for two minutes',
  ],
  holdThanks: [
    'thanks ever so much for waiting', 'right, thanks for holding on there', 'thank you for waiting so long', 'sorry for keeping you on hold', 'thanks for holding, I appreciate it', 'thank you for your patience today', 'appreciate you holding on',
    'thank you for holding on', 'thanks for staying with me', 'sorry about keeping you on hold', 'thank you for bearing with me there', 'thanks a lot for waiting', 'thank you for being patient', 'thank you for holding for me',
    'thanks for your patience on this', 'sorry to have kept you waiting', 'thanks for holding, sir', 'apologies for keeping you on the line', 'thanks for waiting a moment', 'thank you for waiting while I looked',
    'sorry that took so long, thanks for holding', 'sorry for the delay', 'thank you for the wait', 'thanks for waiting on the line', 'thanks heaps for waiting', 'I appreciate you being so patient', 'many thanks for your patience', 'thanks for waiting, sorry it took a bit', 'thanks for waiting, I have it now',
  ],
  apology: [
    // uss
    'sorry again',
    // own
    "I'm awfully sorry about all this", 'I do apologise', "we're really sorry about this", 'my sincere apologies for the trouble', 'I apologise for the trouble', "I'm really sorry for this", "I'm sorry, that's not the service we want to give", "we're sorry for the inconvenience", 'I am extremely sorry',
    'apologies, that should not have happened', 'terribly sorry', 'so sorry for the trouble caused', 'apologies for the mix-up', "I'm sorry this happened", 'we sincerely apologise', "I'm very sorry for the inconvenience caused",
    'so sorry about this', 'I apologize on behalf of the company', "I'm sorry for all the back and forth", 'please accept my apology', 'sorry for the hassle', 'I want to apologize for that',
    "I'm really sorry, that shouldn't have happened", "sorry, I know it's been a pain", "I'm truly sorry", 'really sorry for the inconvenience', 'sorry about all this',
  ],
};

/** Forbidden phrases by category, and polite sentences with the same words (hard negatives). */
export const EN_HELDOUT4_FORBIDDEN: Record<string, { said: string[]; polite: string[] }> = {
  brush_off: {
    said: [
      "that's a different department, not me", 'ring someone else about it', "I can't help you with that, try the website", 'google it', "you'll have to ask the airline", 'take it up with the seller', 'sort that one out yourself', "I wouldn't know, try the help pages",
      'no clue, ask someone else', "I don't know, look it up", 'not my job', "that's above my pay grade", 'go to the store and ask them', 'read the terms yourself', 'contact the courier, not us',
      "it's all online, go look", 'ring back another time', "email them, I don't deal with that", "you'll have to go through the app, I can't do it",
    ],
    polite: [
      "that is my department, I'll sort it", 'no need to call someone else', 'I can help you with that, no need for the website', "I'll look it up for you", "I'll contact the airline for you",
      "I'll take it up with the seller myself", "let's figure it out together", "I'll ask a colleague and come back to you", "it's my job to help with this", "I'll check the terms for you",
      "I'll contact the courier on your behalf", "there's something I can do about that", "it's online, but I can walk you through it", 'no need to ring back, I can do it now', "I'll email them for you",
      'I can do it for you without the app', 'no need to go to the store', "I'll find out for you",
    ],
  },
  blame: {
    said: [
      "well, that's on you", "you should've read the terms", 'you entered the wrong PIN, not us', "you didn't pay on time, so", 'well, you clicked accept', 'you should have checked your email',
      "it's because you gave the wrong address", 'you missed the deadline yourself', "you should've rung us sooner", 'you booked the wrong date', "you forgot to renew, that's on you",
      "you didn't read the meter right", "that's what happens when you ignore the reminders", 'you caused this yourself', "you must've messed something up", "it's on you for sharing your password",
      "you didn't follow the instructions", "that's user error",
    ],
    polite: [
      'none of this is down to you', "the terms aren't easy to read, let me explain", "a wrong PIN happens to everyone, I'll reset it", 'a late payment happens, let me see what I can do',
      'clicking accept is easy to do by mistake', 'the email may not have reached you', "we'll fix the address, no blame on you", "the deadline wasn't clear, that's on us", 'you called at just the right time',
      "booking the wrong date happens, I'll change it", 'the renewal reminder should have reached you', 'the meter reading error is ours', 'the reminders may have gone to spam', "you didn't cause this",
      "you haven't done anything wrong", "I'll help you secure your password", "the instructions were confusing, I'll walk you through", "it's not user error, it's a known bug",
    ],
  },
  rude: {
    said: [
      'are you listening at all', 'I already told you that', 'how many times must I tell you', "don't interrupt me", 'just calm yourself down', 'stop shouting at me', 'whatever', 'do you understand English',
      'what a silly question', "I haven't got all day", 'just do what I said', 'ugh, fine', "you're wasting everyone's time", "look, I'm not going to repeat myself", 'seriously, are you kidding me', "listen to what I'm saying for once",
      'is that so hard to understand', "you'll just have to deal with it", 'oh my god, what now',
    ],
    polite: [
      "I'm listening carefully, go on", 'I know I mentioned it, let me say it again', 'happy to say it as many times as you need', 'sorry to interrupt you', 'take your time', "I understand you're upset",
      'whatever you decide is fine by me', 'would you prefer another language', "that's a great question", "I've got all the time you need", 'you can do whatever suits you', "fine, I'll arrange that now",
      "it's never a waste of my time", "I'm happy to repeat myself", "seriously, I'm glad to help", "listen, I'll sort it for you", "it's not easy to understand, I'll explain", 'let me deal with it',
    ],
  },
  promise: {
    said: [
      "I guarantee it'll be refunded", 'I promise the fee will be taken off', "it'll definitely be fixed by tomorrow", "you'll 100 percent get the compensation", "this won't ever happen again, I promise",
      'the claim will surely be approved', "I can guarantee the flight won't be delayed", 'your bill will definitely go down next month', 'the parcel is guaranteed to arrive tomorrow',
      "I promise you'll get the upgrade", 'your limit will be raised for sure', 'no doubt, the charge will be reversed', 'I assure you the engineer will come today',
      'I give you my word the money will be back tomorrow', "it's guaranteed to go through", "you'll certainly get a full refund", "I promise your credit score won't be affected", "trust me, it'll be approved",
    ],
    polite: [
      "I can't guarantee the refund, but I'll request it", "I can't promise the fee will be waived, but I'll ask", "we aim to fix it by tomorrow, though I can't be certain", 'compensation depends on the review',
      "we're working to stop this happening again", 'the claim decision is with the assessors', "delays are outside our control, we'll keep you posted", 'your bill depends on usage, let me explain',
      'the parcel should arrive tomorrow, tracking will confirm', "I'll put in the upgrade request", "the limit decision is made by the system, I'll submit it", "I'll raise a dispute for the charge",
      'the engineer visit is booked, the time window is an estimate', 'the money usually comes back in three to five days', "I'll submit it and let you know the outcome", 'a full refund is subject to approval',
      "I'll check whether your credit score could be affected", "I'll follow it up and call you back",
    ],
  },
};
