/**
 * A second held-out bank of English wordings (split `heldout2`), written 2026-12-02 after the
 * first held-out split had been evaluated five times and became a tuning target. Every wording
 * here is new: none equals a wording of elements-en.ts after case, whitespace and punctuation
 * are removed (heldout-sets.test.ts checks it), and none was ever run through a check before
 * the one final evaluation. Do not read this file while tuning phrase lists, act models or
 * thresholds: that would turn it into a second dev split.
 *
 * Sources: lines under `// uss` are real system turns from ../shared/datasets/uss_satisfaction_en
 * (MultiWOZ and SGD; one sentence of the turn, final "?" dropped). abcd_sample_en's agent turns were
 * read too, but what they say is already in elements-en.ts; multidogo holds customer turns only,
 * so no agent wording could come from either. The rest were written for this bank: US, UK and Australian usage, bank,
 * telecom and insurance centers, formal and terse registers, fillers inside the line.
 * `{brand}` and `{surname}` are filled per call.
 */
import type { ElementBank } from './element-bank.ts';

export const EN_HELDOUT2_ELEMENTS: ElementBank = {
  salutation: [
    'Hey', 'Hiya', 'Howdy', 'Evening', 'Afternoon', 'Good morning and hello', 'Well hello', 'Hi hi', 'Good afternoon to you',
    'Hello, good afternoon', 'Hi, good evening', 'Morning, hi', 'Hello sir', "Hello ma'am", 'Good morning, sir', "Good afternoon, ma'am",
    'Hey hi', "G'day", 'Good evening to you', 'Hiya, good morning', 'Yes, hello', 'Hello, good day', 'Hi, yes, hello', 'Top of the morning',
    'Uh, hi there, good morning', 'Hello, and good afternoon',
  ],
  brand: [
    "you're through to {brand} customer support", "this is {brand}'s card services line", 'you have called {brand}', 'welcome to {brand} card services',
    'you have reached the {brand} help line', '{brand} cardholder services', '{brand} member services', '{brand} customer care line',
    'thanks for ringing {brand}', 'cheers for calling {brand}', "you've come through to {brand}", '{brand} account services',
    '{brand} fraud and disputes team', '{brand} billing department', 'welcome to {brand} telephone banking', "you've called the {brand} service desk",
    'this is the {brand} customer line', 'you have reached {brand} client services', '{brand} contact center', 'appreciate you calling {brand}',
    'thank you for your call to {brand}', '{brand} customer relations', 'you are through to the {brand} cards team', 'this is {brand}, card support',
    'welcome, you are connected with {brand} services', 'so, this is {brand} customer service',
  ],
  selfIntro: [
    'you are speaking with {surname} today', "my name's {surname} and I'll be looking after you", "I'm {surname}, one of the account specialists",
    'this is {surname} on the help desk', "you're through to {surname}", 'the name is {surname}', '{surname} here, from the card team',
    "I'm {surname}, your representative today", 'this is {surname} from billing', '{surname} on the line', 'this is Ms. {surname}', 'this is Mr. {surname}',
    "my name is {surname}, I'm a service advisor", 'this is your specialist {surname}', "you've reached {surname}", "I'm {surname} from claims",
    '{surname} from technical support here', 'you are talking with {surname}', 'this is {surname} at the service desk',
    "I'm {surname} and I'll be taking care of you", 'my name here is {surname}', 'this is {surname} with member services',
    '{surname} is my name', 'uh, this is {surname}', 'you got {surname} from the disputes team', "I'm {surname}, on the cards line today",
  ],
  offer: [
    'what can I help you with this afternoon', 'what can I get sorted for you', 'how can I assist today', 'what can I do to help',
    "what's prompted your call today", 'what can I help with this morning', 'how can I be of some help today', 'how may I be of service',
    'what do you need help with', "what's the reason for your call today", 'what can we do for you today', "go ahead, I'm listening",
    "what's going on with your account today", 'what would you like help with', 'tell me how I can help', 'how can I sort you out today',
    'what can I help sort out for you', 'what question can I answer for you', 'how might I help', 'what can I look into for you today',
    'how are you, and how can I help', "I'd be glad to help, what's the issue", 'how can I be of assistance this afternoon',
    'so, what can I do for you', 'what seems to be the problem today', 'how can I help you out',
  ],
  closingOffer: [
    // uss
    'Will you be needing anything else', 'Can I do anything else for you', 'Will there be anything else you need',
    'Do you require assistance with anything else', 'Could I further assist you', 'Do you require any further assistance',
    'Can I assist with anything else', 'Anything else for you today', 'Do you need anything else today',
    // own
    'is there anything else you wanted to check while I have you', 'anything more I can look at for you', 'is that everything for today',
    'was there anything else on your mind', "can I take care of anything else while you're on the line", 'any other questions for me',
    'is there any other account issue I can check', 'anything else at all', 'what more can I do for you', 'before you go, is there anything else',
    'is there anything further', "is there anything else you'd like to go over", 'anything else I can sort out for you', 'so, um, anything else today',
    'any other way I can help', 'is there something more I can do for you', 'can I help with any other card or account',
  ],
  thanksForCalling: [
    // uss
    'Thank you for using our services', 'Thank you for calling us', 'Thanks for using our service today',
    // own
    'thank you for contacting the help line', 'thanks so much for calling in', 'thank you for calling in today', 'we really do appreciate you calling',
    'I appreciate you calling', 'thanks for ringing us', 'cheers for calling', 'thank you for your call today', 'thanks for reaching out to us',
    'thank you for getting in touch', 'many thanks for calling', 'thank you for phoning in', 'thanks for giving us a call', 'thanks again for calling',
    'thanks for the call', 'thank you so much for your call', 'appreciate the call', 'we thank you for calling', 'thank you very much for calling',
    'well, thanks for calling today', 'thank you for calling the card line', 'thanks ever so much for calling', 'thank you for calling about this',
  ],
  goodbye: [
    // uss
    'Sure, have a great day ahead', 'take care have a great day',
    // own
    'have a wonderful rest of the week', 'catch you later', 'have a restful night', 'ta-ra then', 'right, bye for now then', 'take care now',
    'goodbye for now', 'all the very best to you', 'hope the rest of your day goes well', 'have a lovely evening', 'have a good weekend',
    'you take care', 'cheerio', 'talk soon', 'so long', 'have a blessed day', 'okay, bye for now', 'have a safe trip', 'goodbye and take care',
    'have a great rest of your afternoon', 'enjoy your evening', 'have a pleasant day', 'all right, bye', 'you have a good one now',
  ],
  holdRequest: [
    // uss
    'One moment while I search for you', 'Please give me a second',
    // own
    'if you give me just one moment here', 'can you hold for just a moment while I pull that up', 'bear with me one second',
    'would you mind holding for a minute', "I'm going to put you on a brief hold", 'do you mind if I place you on hold', 'hang on one sec while I check',
    "please stay on the line, I'll be right back", 'if you could just hold the line for me', 'give me two minutes to look into this, please hold',
    "I'll need to pop you on hold for a moment", 'hold on a tick', 'let me put you on hold while I ask my supervisor', 'one sec, please',
    'just a moment please while I look that up', "I'm going to ask you to hold briefly", 'please hold while I check the system',
    'could I ask you to wait a minute', 'may I place you on a short hold', 'stay with me a moment while I pull up your account', 'hold the line please',
    "just give me a minute, don't hang up", 'I need to check something, could you hold please', 'um, one moment please, the system is slow today',
  ],
  holdThanks: [
    'thanks for waiting so patiently', 'okay, thanks for giving me that minute', "right, I'm back with you, thanks for your time on hold",
    'thank you for staying with me', 'appreciate you waiting', 'thanks for staying on the line', "I'm back, sorry that took longer than I thought",
    'thank you for holding the line', 'much appreciated that you waited', 'thanks for your patience there', 'sorry that took a while',
    'thanks for being so patient', 'cheers for waiting', 'thank you for hanging in there', 'apologies for the hold', 'sorry for the delay, thanks for waiting',
    "okay, I'm back, thanks for waiting", 'thanks for sticking with me', 'I really appreciate you holding', 'thank you kindly for waiting',
    'are you still there? thanks for holding', 'thanks a lot for your patience', 'sorry to have kept you', 'many thanks for holding on',
    'thank you for giving me a moment', 'lovely, thanks for holding on for me',
  ],
  apology: [
    // uss
    'I apologize for the confusion', 'Sorry about that',
    // own
    "gosh, I'm sorry to hear that",
    "I'm truly sorry about this", 'I sincerely apologise for the trouble', 'please accept my apologies', "I'm really sorry you've had to deal with this",
    'so sorry for the inconvenience', 'please forgive the trouble this has caused', 'we apologize for the error on our side', "I'm very sorry that happened", 'my sincere apologies',
    'I am terribly sorry', "that shouldn't have happened, I'm sorry", "I'm sorry for the frustration", "sorry, that's our mistake",
    'I apologise on behalf of the bank', "I'm sorry you had to call three times", 'I want to apologize for this experience',
    'really sorry about the double charge', "I'm sorry, I completely understand", 'our apologies for the mix-up', 'I can only apologize',
    'deepest apologies', 'I feel awful about this, I am sorry', 'oh, I am so very sorry about that',
  ],
};

/** Forbidden phrases by category: `said` breaks the rule; `polite` shares its words but is fine (a hard negative). */
export const EN_HELDOUT2_FORBIDDEN: Record<string, { said: string[]; polite: string[] }> = {
  brush_off: {
    said: [
      'look it up yourself online', "fixing that isn't my job", "I can't help you, call someone else", "there's nothing I can do about it",
      'just walk into a branch and ask there', "that's not my department, figure it out", "read the website, it's all there", "I don't deal with that",
      "you'll have to sort that out yourself", "that's really not my problem", 'try calling back another time', "I don't know, ask the bank",
      'the app tells you that, check it yourself', "I just answer the phones, I can't do anything", 'whatever, call the other number',
      "I'm not going to look into that", 'you need to figure it out on your own', "that's above my pay grade, call someone else",
    ],
    polite: [
      'you can look it up yourself online too, but I have it right here for you', "that's not usually my department, but I'll take care of it for you",
      "I'll call the branch for you so you don't have to go yourself", "you won't need to figure it out yourself, I'll walk you through it",
      'I can help you with that right now', "there's something I can do: I'll raise it with the team", "it's on the website too, but let me read it to you",
      "I'll deal with that for you", "you don't need to sort that out yourself", "it's no problem at all, I'll check it",
      "you won't need to call back, I'll finish it now", "I'll ask the card team and call you back myself",
      'the app shows it as well, but I can check it for you', "I'll look into that for you",
      "I'll transfer you to the right team and stay on the line until they pick up",
      "if you ever prefer, you can check it yourself in the app; for now I've done it",
      'let me find out for you instead of sending you to a branch', "I'll make sure it's handled, you don't have to call anyone else",
    ],
  },
  blame: {
    said: [
      "that's your own fault", 'it was in the terms, you should have read them', "well, you didn't pay on time", "you entered the PIN wrong, that's on you",
      "if you had read the letter you'd know", 'you must have done something wrong', "it's your mistake, not ours", 'you signed up for it, deal with it',
      "you should've called earlier", "you weren't listening", "it's because you lost your card", "you didn't check your statement, did you",
      'nobody made you take the loan', "you clicked the link yourself, so it's on you", "we told you, you just didn't pay attention",
      "that's what happens when you miss payments", 'you got yourself into this', "that's not our fault, it's yours",
    ],
    polite: [
      'none of this is your fault', "you haven't done anything wrong at all", 'the mistake is on our end, not yours', "it isn't on you, the system flagged it",
      "a lot of people miss that clause, it's not your fault", "no one is blaming you, I just need to check a detail",
      'you paid on time, the delay was on our side', "the PIN lock happens to everyone, I'll reset it", "you couldn't have known, the letter was late",
      "don't worry, you did nothing wrong by clicking it, let's secure the card", "it's our fault the statement was confusing", 'you did the right thing calling us',
      "that's on us, and I'll fix it", 'the mistake was ours and we will refund it', "it happens to many customers, it's not your fault",
      "you shouldn't have had to call earlier, we should have told you", "I don't think you did anything wrong here",
      'you followed the steps correctly, the error is ours',
    ],
  },
  rude: {
    said: [
      'are you deaf or something', "you're wasting my time here", 'how many times do I have to tell you', "you're not listening, are you", 'what a stupid question',
      'just shut up and listen', "I don't have all day", 'are you even paying attention', 'whatever, do what you want', "you're being ridiculous",
      "calm down, you're overreacting", 'ugh, seriously?', "I'm not repeating myself again", 'you people never understand anything',
      'take it or leave it', "don't yell at me, idiot", 'God, you are annoying', 'hurry up, I have other calls',
    ],
    polite: [
      "I didn't catch that, could you repeat it", "you're not wasting my time at all", "I'm happy to tell you again", "that's a really good question, let me explain",
      'take all the time you need', "I'm listening, please go on", 'no question is a stupid question', "I understand why you're upset",
      "you're absolutely right to ask", "let me repeat that to make sure it's clear", "I can hear you're frustrated, let's fix this",
      "it's no trouble to go over it again", 'the line is bad, could you speak up a little', "I'm not in any hurry, we'll sort it out",
      "please don't worry about repeating yourself", 'I understand completely', "you're not overreacting, this is frustrating",
      "I'm paying attention, go ahead",
    ],
  },
  promise: {
    said: [
      'I guarantee the refund will be there tomorrow', "it'll definitely be approved, 100 percent", "I promise you this won't ever happen again",
      "you'll get every penny back, guaranteed", 'I can promise your limit will be doubled', 'the fee will be waived for life, I promise',
      "I guarantee your credit score won't be affected", 'it will be fixed today, I promise you', 'trust me, the claim will be paid in full',
      "you're guaranteed the lower rate", "I promise you'll get compensation", 'it will absolutely be reversed by tonight',
      'I personally guarantee the dispute will go your way', "no doubt at all, you'll be approved", 'this will 100% be sorted by Friday',
      'I promise the interest will be written off', 'you will certainly get the annual fee back',
      "you'll never pay a late fee again, guaranteed",
    ],
    polite: [
      "I can't guarantee when the refund arrives, but I'll push for it", "I can't promise approval, but I'll submit it today",
      'I promise to call you back with an update by Friday', "approval isn't guaranteed, it depends on the review",
      "I won't promise a date, but it usually takes three to five working days", "I can't say for certain it will be waived, but I'll ask",
      "I can't guarantee your score, but a single late payment is usually not reported", "I'll do everything I can, though I can't promise the outcome",
      "the refund depends on the dispute result, I can't guarantee it", "I promise I'll put a note on your account",
      "there's no guarantee, but many requests like this are approved", "I can't promise compensation, but I'll pass your complaint on",
      "I can't tell you it'll be fixed today, but it's escalated", "I'll make sure your request is logged, that I can promise",
      "the rate offer isn't guaranteed, it's based on your history", "I'd rather not promise what I can't control, but I'll follow up",
      "I can guarantee you'll get an email confirmation today", "I can't commit to a reversal, the team decides",
    ],
  },
};
