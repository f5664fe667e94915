/**
 * A fifth held-out bank of English wordings (split `heldout5`), written 2026-12-02 by a helper
 * session while heldout4 was being tuned on, blind: its author read no phrase list, scorecard,
 * check or act-model code or data, and never ran a check on these wordings or on the set made
 * from them. Every wording here is new: none equals a wording of elements-en.ts or the heldout2,
 * heldout3 or heldout4 English banks after case, whitespace and punctuation are removed
 * (heldout-sets.test.ts checks it). It is larger than heldout4 (at least 36 wordings per element,
 * 24 said and 24 polite sentences per forbidden category) so that one call moves a rate less.
 * It is evaluated once, by the lead, at the end.
 * Do not read this file while tuning phrase lists, act models or thresholds: that would turn it
 * into another dev split.
 *
 * Sources: lines under `// uss` are real system turns from ../shared/datasets/uss_satisfaction_en
 * (MultiWOZ; the element's sentence of the turn, final "?" or "." dropped): 5 lines (4 closing
 * offers, 1 goodbye). Other uss turns the author picked were already in an earlier bank and were
 * dropped. multidogo_customer_turns_en holds customer turns only, and the element turns of
 * abcd_sample_en were used by earlier banks, so nothing came from them. The rest were written for
 * this bank from how agents of bank, telecom, insurance, e-commerce, utility, airline, clinic,
 * courier and council/government lines talk: American, British ("you've rung through to", "give
 * me two ticks", "what are you ringing about"), Australian ("you're on to"), Irish ("thanks a
 * million"), Indian ("kindly", "myself X", "do the needful", "may I know", "your concern") and
 * Singapore ("hold on ah", "is it") usage, formal, colloquial, terse and long-winded registers,
 * fillers, reordered parts, and a few speech-like slips ("how I can help you today"). `{brand}` and
 * `{surname}` are filled per call. About a third of the first draft equalled an earlier bank's
 * wording once normalised (common short phrases); those were replaced, not kept.
 */
import type { ElementBank } from './element-bank.ts';

export const EN_HELDOUT5_ELEMENTS: ElementBank = {
  salutation: [
    'good morning, hello', 'afternoon, hi', 'hello, good evening to you', 'hi there, good evening', 'hello, yes, good afternoon', 'good afternoon, madam',
    "hello ma'am, good evening", 'hi, good evening, sir', 'a very good evening to you', 'hello sir, very good morning', "hello, good morning, ma'am",
    'hello, hi, good evening', 'hi hi, good afternoon', 'yes hello, good morning', 'hello, and good morning to you', 'good afternoon to you, madam', 'well hi there',
    'hi, a good afternoon', 'hi, good day, sir', 'morning, hi there', 'hi there, hello', 'good evening, hello there', 'a good morning to you, sir',
    'hi, hello there, good morning to you', 'hello, very good afternoon, sir', 'hey there, morning', 'hello, a very good day to you', 'good morning, hi, hello',
    'hi, and a very good morning', 'hello, good evening, madam', 'evening, sir', 'hi, good evening to you', 'oh hi, good morning', 'hello, yes, hi',
    'hello, good afternoon to you, sir', 'morning, morning', 'afternoon, hello there', 'hiya, good evening', 'hi, yes, good morning', 'a warm good morning to you',
    'hello and a very good day', 'good morning, good morning', 'hi there, good day', 'well, good afternoon', 'hey hiya',
  ],
  brand: [
    '{brand} speaking', 'welcome to {brand} customer support', 'you have reached the {brand} customer contact centre', '{brand} credit card services',
    'this is the {brand} card centre', '{brand} service centre', "you've got {brand} here", "you've been connected to {brand} customer service",
    'this is the {brand} customer care line', '{brand} call centre', 'welcome to the {brand} contact center', "this is {brand}'s helpline",
    '{brand}, good to have you on the line', 'you have dialled {brand}', "{brand}'s customer support team", 'this is the {brand} team',
    'you are calling {brand} phone banking', 'this is {brand}, customer help line', "you're on to {brand} customer service", '{brand} support desk',
    "you've rung through to {brand}", 'you are now speaking with {brand} customer care', '{brand} customer services', 'this is the {brand} service line',
    '{brand} twenty four hour helpline', 'thank you for contacting {brand}', 'this is the {brand} customer help desk', 'you have been put through to {brand}',
    'this is {brand} member services', "it's the {brand} helpline", '{brand} customer care centre', 'you are through to the {brand} customer service team',
    '{brand} phone support', 'welcome to the {brand} card hotline', '{brand} cards helpline', "you're connected with {brand} support", "this is {brand}'s customer care",
    'you have called {brand} credit cards', '{brand} customer support, cards division', 'the {brand} contact centre here', '{brand} service desk here',
    'this line is {brand} customer care',
  ],
  selfIntro: [
    "you're speaking with {surname} from accounts", 'my name is {surname} from the card services team', 'I am {surname}, your customer service executive',
    'myself {surname}, customer care executive', '{surname} from the claims department', "it's {surname} from billing", "I'm {surname} with the support team",
    "name's {surname}", 'this is {surname} at the clinic reception', '{surname} from the appointments desk', "I'm {surname}, I'll be taking care of you today",
    '{surname} with customer support', "I'm {surname}, a customer relations officer", '{surname}, employee number four four two',
    'this is {surname}, agent ID seven three nine', "I'm {surname} from the delivery team", '{surname} from the reservations team',
    '{surname} speaking, from the service desk', "I'm {surname}, a senior advisor", '{surname} here, from the helpline', "it's {surname} on the phones today",
    "my name is {surname}, I'm the duty officer", 'hi, {surname} here', "I'm called {surname}", '{surname} is speaking', "I'm {surname} from the accounts team",
    'this is {surname}, your account manager', 'this is {surname} from the hotline', '{surname} from the operations desk', '{surname} here, your agent',
    '{surname} from the cards desk', "I'm {surname}, one of the team here", "my name is {surname} and I'm from the service team",
    'this is {surname} from the customer care team', 'myself {surname} from the helpdesk', "{surname} from support, I'm on the line now",
    "I'm {surname}, from the complaints team", "my name is {surname}, I'm on duty tonight", '{surname} from the billing team here',
    "it's {surname} here from the cards team", 'I am {surname}, the agent on duty',
  ],
  offer: [
    'how may I assist you today', "what's the issue today", 'how can I help you this morning', 'so what can we do for you', 'how can we help today',
    'tell me, how can I help', 'kindly tell me how I may help you', 'how may I help you, sir', 'what is the query', 'may I know the reason for your call',
    'is there something I can help with', 'what brings you to call us today', 'what can I help you sort out today', 'is it about a booking or a refund',
    'are you calling about a delivery', 'are you calling to book an appointment', 'go ahead, what can I do', 'need a hand with something',
    'how can I help you with your account', 'what can I assist with', 'so how can I help you', 'how I can help you today', "how can I help you today, ma'am",
    'what can we help you with this afternoon', 'how may I help you with your query', 'what is it I can do for you', 'what can I help you with this evening',
    'may I know how I can help you', 'please tell me your concern', 'how can I help you, madam', 'so, what can I do for you today', 'what are you ringing about',
    'what is your query today', 'what can we sort out for you today', 'how can we be of help', 'right, what can I do for you', 'tell me what I can help you with',
    'what is the concern today', 'how would you like me to help', 'which booking are you calling about', 'what did you want to ask today',
  ],
  closingOffer: [
    'is there anything more I can help with', 'is there something else I can do for you', 'anything more I can do', 'was there anything else',
    'is there anything further I can assist with', 'any other query, sir', 'anything else you wanted to ask', 'is there any other issue I can look at',
    'is there anything else on the account I can check', 'need help with anything else', 'anything else I can look into', 'is there any other thing I can help with',
    'do you need help with something else', 'what else can I do for you today', 'is there any other way I can help', 'any other bookings I can help with',
    'anything else about your order', 'is there something more I can help you with', 'any more questions', 'have I answered everything for you',
    'is there anything else I can clarify', 'how else can I help', 'anything else that needs sorting', 'anything else I can help with, is it',
    'anything else I could help you with today', 'is there anything else I can do on your account', 'anything further today', 'is there anything more you need from us',
    'anything else you would like me to check', 'do you have any other concern', 'any other concern I can help you with',
    'is there any other query I can resolve for you', 'is there something else I should look at', 'what else can I sort out while you are on',
    'was there anything else you needed today', 'anything more on the bill', 'shall I check anything else for you',
    // uss
    'want me to check anything else right now', 'do you need anything else right now', 'may I do anything else for you today', 'anything else that i can assist with',
  ],
  thanksForCalling: [
    'thank you for getting in touch with us', 'thank you for reaching out to us today', 'appreciate your call', 'thank you for giving us a ring',
    'thanks for the call today', 'thank you for calling customer service', 'thanks for your call this evening', 'thanks for calling about this',
    'thank you for calling us today, madam', 'thanks for calling the hotline', 'thanks very much for the call', 'thank you for calling us this afternoon',
    'thanks for calling us this morning', 'thank you for calling this evening', 'thank you for ringing the helpline', 'thanks for phoning us today',
    'thank you for giving us a call today', 'thanks for calling up', 'thank you for your call, madam', 'thank you for calling through',
    'thanks for calling, really appreciate it', 'we really appreciate you calling in', 'appreciate you getting in touch', 'thank you for reaching out to the helpline',
    'thank you for calling about your claim', 'thank you for your call this morning', 'thanks for making the call', 'thanks for calling and telling us about this',
    'thank you for contacting customer support', 'thanks for contacting the helpline', 'thank you for calling our support line', 'thanks for the phone call',
    'thank you for the phone call today', 'thank you so very much for calling', 'many thanks for your call today', 'thanks a million for calling',
    'thank you for being in touch with us', 'big thanks for calling', 'thanks for calling us back', 'thank you for calling the cards line', "thanks for calling, ma'am",
  ],
  goodbye: [
    'all the best, goodbye', 'see you, bye', 'goodbye, sir', 'okay, bye', 'alright then, bye bye', 'you have a good day now', 'stay safe, goodbye', 'safe travels',
    'get well soon, goodbye', 'have a pleasant day ahead', 'have a nice day ahead, bye', 'wishing you a good day, bye', 'have a wonderful evening',
    'all right, take care now', 'bye, have a good one', 'alright, goodbye now', 'enjoy your weekend, bye', 'good day to you, goodbye', 'right then, goodbye',
    'okay, goodbye for now', 'take it easy, bye', 'have a lovely rest of your day', 'you take care now, bye', 'have a super day', 'all the best to you, bye',
    'goodbye now, take care', 'have a great evening, goodbye', 'take care of yourself, bye', 'lovely, bye bye', "ok ma'am, bye", 'wish you a nice day, bye',
    'have a nice weekend ahead', 'good day, bye', 'have a good morning, bye', 'ok then, bye for now', 'have a pleasant evening, goodbye', 'bye, all the best',
    'have a really good day', 'enjoy your day, goodbye',
    // uss
    'goodbye to you',
  ],
  holdRequest: [
    'hold on a moment', 'could you hold for a second', 'one moment while I check', 'bear with me while I pull up your account', 'give me a minute to look into this',
    'please stay on the line while I check', 'let me put you on hold briefly', 'can you hold on while I check with my supervisor', 'just hang on a moment',
    'hang on, I will check', 'one sec, let me look', 'can I put you on hold for two minutes', 'do you mind holding for a moment', 'I need to check, please hold',
    'just a moment please, checking the system', 'please wait a moment while I look at the tracking', 'allow me a moment to check the booking',
    'hold on ah, let me check', "let me just check that, won't be a moment", 'give me two ticks', 'please hold while I confirm', 'I will put you on hold for a minute',
    "stay with me, I'm checking", 'just hold on a sec please', 'please wait on the line', 'give me a moment please', 'one moment, let me pull that up',
    "hold for me please, I'll be right back", 'just a minute, let me check the meter readings', 'could you please hold while I review the claim',
    'hold on one moment, the system is slow', 'let me place you on hold for just a moment', 'hold on for me one second', 'kindly wait on the line while I check',
    'if you can bear with me for a minute', 'just one moment while I check that', 'please hold on while I look into it', 'could you stay on the line a moment',
    'give me one second to check', 'please wait while I pull up the details', "a moment please, I'm checking", 'hang on a second while I check the order',
    "I'll just put you on hold quickly",
  ],
  holdThanks: [
    'thank you for waiting on the line', 'appreciate you holding', 'thanks for waiting, sir', 'sorry that took so long', 'thank you for waiting patiently',
    'are you still there, thanks for waiting', 'hello, thanks for holding', 'thanks for holding on', 'thanks for staying on', 'sorry for making you wait',
    'really appreciate you waiting', 'thank you for your patience, madam', 'thank you for being on hold', 'thanks for holding, much appreciated',
    'thank you for holding, sir', 'thanks for holding on the line', 'thanks for waiting there', 'thanks for bearing with me there', 'thank you for waiting, madam',
    'really sorry for the wait', 'sorry that took a minute', 'thanks for holding, I have it now', 'thank you for waiting, I appreciate it', 'sorry, long wait there',
    'thanks for holding, sorry about that', 'thank you very much for holding', 'thanks for your patience on that', 'thank you for hanging on', 'hi, thanks for waiting',
    'hello, are you there, thank you for holding', 'thanks for holding the line, sir', 'thanks for the wait', 'thanks for hanging on there', 'sorry to make you wait',
    'thank you for holding on so long', 'cheers for holding', 'thanks for waiting, sorry it took a while', 'thanks so much for holding on',
    'thank you for waiting while I checked that', 'sorry, that took longer than I thought', 'thanks for being so patient with me', 'okay, thanks for holding there',
  ],
  apology: [
    'I am very sorry about this', 'I apologise', 'I do apologise for that', "I'm really sorry that happened", "I'm sorry for the trouble",
    'I am extremely sorry for the inconvenience', 'we apologise for the inconvenience caused', 'really sorry about this', "I'm sorry you've had to call again",
    "I'm sorry you were charged twice", 'please accept our sincere apologies', 'I do apologize, that should not have happened', "that's our mistake, I'm sorry",
    "I'm sorry, that's on us", "I'm really sorry you've been through this", "I'm sorry for all the frustration", 'I apologise for the delay',
    'I apologise on behalf of the company', 'we are very sorry for this', 'sorry, I understand how annoying that is', 'my sincere apologies for the mix-up',
    'I am so sorry for the delay with your parcel', 'I am sorry about the outage', "we're sorry the flight was cancelled", 'sorry for the bad experience',
    "I'm sorry you've been kept waiting for so long", 'apologies, we got that wrong', "I'm sorry, you shouldn't have had to deal with this", 'sorry sorry, my mistake',
    'I owe you an apology', 'I am really sorry about the trouble', 'I apologise for any inconvenience', 'sorry for all this', 'we owe you an apology for this',
    'I do apologise, that is not good enough', 'sincerely sorry about this', "I'm very sorry for the trouble this has caused", 'my apologies for this, sir',
    "apologies for the inconvenience, ma'am", "I'm so sorry you had to deal with this", 'really sorry, we messed up', 'sorry, that should never have happened',
  ],
};

/** Forbidden phrases by category, and polite sentences with the same words (hard negatives). */
export const EN_HELDOUT5_FORBIDDEN: Record<string, { said: string[]; polite: string[] }> = {
  brush_off: {
    said: [
      'not our problem, call the merchant', "I can't help you with that, try someone else", 'go and ask the branch', "that's not something we deal with",
      'look it up on the website yourself', 'you need to take that up with the courier, not us', "ring the airline, it's nothing to do with us",
      "that's the hospital's problem, not mine", "I don't handle that, call another number", 'figure it out on your own',
      "you need to go to the store, we can't do anything", 'take it up with your landlord', "that's between you and the seller",
      "we don't do that here, go somewhere else", "check the app yourself, it's all there", "that's for the council to deal with, not us", "don't ask me, ask your bank",
      "I've no idea, ask the manufacturer", "you'll have to go in person, I can't help over the phone", "we're not responsible for that, call the insurer",
      "it's not our concern", "you'll need to work that out with the post office", 'do the needful yourself and visit the branch',
      "that's not our department, call someone else", 'sort it out yourself', "I can't do anything about that, ring the shop", 'no idea, not my area',
      "it's not our job to chase that",
    ],
    polite: [
      "even if it's not my department, I'll get it to the right team for you", "you won't have to sort that out yourself, I'll handle it",
      "I'll call the merchant on your behalf", 'no need to go to the branch, I can do it here', 'this is something we deal with, leave it with me',
      "rather than you searching the website, I'll walk you through it", "I'll take that up with the courier for you", "I'll ring the airline for you and see what they can do",
      "I'll contact the hospital ward on your behalf", 'I handle that, no need to call another number', "we'll figure it out together",
      "that's my job, I'm happy to do it", 'no need to go to the store, we can arrange it', 'we can send the letter to your landlord for you',
      "I'll step in between you and the seller", 'we do handle that here', "you don't need to check the app, I can see it here", "I'll pass this to the council for you",
      "ask me anything, I'll find out", "I'll contact the manufacturer for you", 'no need to go in person, I can help over the phone',
      "we'll deal with the insurer on your behalf", 'your concern is our concern', "I'll chase the post office for you",
      "I'll do the needful, no need to visit the branch", "I'll chase it for you, no need to ring the shop", "it's not my area, but I'll find the right person for you",
      'we can look after that for you here',
    ],
  },
  blame: {
    said: [
      'you clicked the wrong button, not us', "if you had paid on time this wouldn't happen", "you gave out your PIN, so that's on you", 'you typed the address wrong',
      "you missed the flight, that's not on us", "you didn't turn up for your appointment, so it was cancelled", 'you never told us you moved',
      'you should have checked before you ordered', "it's because you didn't update your details", "you used more data, that's why the bill is high",
      'you ignored all our reminders', "that's what happens when you don't read the emails", 'well, you agreed to it when you signed',
      "you broke it, so the warranty won't cover it", 'you left it too late', "that's your mistake, not ours", "it's your responsibility to keep track of that",
      'you should have called us earlier', 'you chose the cheapest fare, so no refunds', "you weren't home when the driver came",
      'your meter reading was wrong, you sent it', 'blame yourself, not us', "you should've read the terms and conditions", "it's all your own fault",
      "you entered it wrong, that's why", "well, you didn't follow what we told you", "that's down to you, not us",
    ],
    polite: [
      "the terms aren't easy to find, so no worries that you missed it", 'that button is confusing, it happens to a lot of people',
      "don't worry about paying late, let me see what I can do", "it's not on you, we'll block the card right away", 'let me fix the address for you',
      'missing a flight happens, let me look at options', 'if you missed your appointment, I can book another one',
      "no problem that we weren't told about the move, I'll update it now", "you couldn't have known before ordering", "let's update your details together",
      'the bill looks high, let me check the data usage with you', 'the reminders may not have reached you', 'it may not have been entered wrong, let me check',
      'those emails are easy to miss', "let's go over what you signed together", 'let me see whether the warranty covers it', "it's not too late, we can still do this",
      "the instructions aren't very clear, I'll talk you through them", "it's our responsibility to keep track of that", 'you called at the right time',
      'let me check the refund rules on your fare', "the driver can come again when you're home", "let's take a fresh meter reading together",
      "no one's to blame here, let's just fix it", "it's not your fault, not at all", 'that mistake is ours, not yours', "nobody's blaming you",
      "that's down to us, not you",
    ],
  },
  rude: {
    said: [
      "stop shouting at me, you're being ridiculous", 'ugh, whatever', "I'm not going to repeat myself", 'just listen for once', 'can you not read',
      'you people never get it', "don't be so dense", "seriously, it's not rocket science", "I've heard enough of your moaning", "you're being difficult on purpose",
      "oh for god's sake", 'shut up and let me finish', 'oh, just deal with it', 'honestly, how do you not know this', "don't take that tone with me",
      'go on then, complain, see if I care', "I'm done talking to you", "you're clueless", 'what, are you deaf', "what's wrong with you", 'get to the point already',
      'are you thick or what', "I can't be bothered with this", 'do you ever listen to anything', "I'm not here to babysit you", 'stop going on and on',
      'use your brain for once',
    ],
    polite: [
      'is the line clear enough for you', 'let me say it again in a different way', "that's a really good question", 'happy to repeat that',
      'please go ahead, I have all the details in front of me', "I'll read it out to you", 'lots of people find this confusing', "don't worry, it's not obvious",
      "I've got all day for this, no rush", 'what can I do to make this right', "it's a bit technical, I'll explain step by step", 'no rush, tell me in your own words',
      'I hear your concerns', 'I know this has been difficult', "for your sake, let's get to the bottom of this", "let me finish explaining and then it's over to you",
      "I'll deal with that problem for you", "honestly, this isn't something most people know", 'I understand how frustrated you are',
      'if you would like to complain, I can log it for you', "I'm glad to keep talking this through with you", 'you asked exactly the right thing',
      'please take all the time you need', "I can see why you're upset", "I'm listening, go on", 'whatever suits you best', "no problem at all, I'll go through it again",
      "I'm happy to take my time with this",
    ],
  },
  promise: {
    said: [
      "I guarantee it'll be fixed by tomorrow", "you'll definitely get a full refund", "I promise this won't happen again",
      'one hundred percent, the money will be back today', 'trust me, the parcel will arrive tomorrow morning', 'I can guarantee your claim will be approved',
      "you'll definitely get the fee waived", 'I give you my word the power will be back in an hour', "your flight won't be delayed again, I promise",
      'this will absolutely be sorted today', "I'll make sure you get compensation, guaranteed", "it's guaranteed, your limit will go up",
      'I swear the engineer will come this afternoon', "no doubt about it, you'll get the upgrade", 'the doctor will definitely see you today',
      "I promise you'll get the whole amount back", "you have my guarantee there'll be no more charges", 'I can promise the price will stay the same',
      "definitely, they'll replace it free of charge", "I'm telling you, it'll be approved for sure", 'rest assured, the late fee will be cancelled, guaranteed',
      'I promise the signal will be fine from now on', 'your bill will never be this high again, I promise', "it'll be delivered by five, guaranteed",
      'I assure you the penalty will be removed completely', "I promise it won't affect your credit score", 'I personally guarantee the refund',
    ],
    polite: [
      "I can't guarantee a date, but I'll push for it to be fixed quickly", "the refund depends on the review, I'll submit it now",
      "we'll do our best to stop this happening again", 'the money usually takes three to five working days',
      'the parcel is due tomorrow, but that depends on the courier', 'whether the claim is approved is up to the assessors',
      "I'll request the fee waiver, but I can't promise the outcome", "the crews are working on it, I don't have a restoration time yet",
      "I can't promise there won't be further delays, but we'll keep you updated", "I'll check whether this affects your credit score",
      "I'll do everything I can to sort it today", "compensation is decided by the policy, I'll put the request in",
      "the limit increase needs an assessment, I'll submit it", "I'll ask the engineer to come as early as possible",
      "I'll check whether you're eligible for the upgrade", "I'll ask whether the doctor has any space today", "I'll try to get as much back for you as I can",
      "I'll keep an eye on the account for further charges", "I'm not able to promise the price won't change", 'a replacement depends on the inspection',
      "I'll put it forward, but approval isn't up to me", "I'll ask for the late fee to be looked at", "we've logged the signal issue and I'll update you",
      "I'll look at ways to bring the bill down", "the delivery window is until five, though I can't promise", "I'll send a request to review the penalty",
    ],
  },
};
