/**
 * Ways of saying each scripted element in English, for the paraphrase set
 * (make-paraphrase-set.ts). Kept apart from the scorecards on purpose. Many closings, hold
 * phrases and apologies are real agent/system turns from ../shared/datasets/uss_satisfaction_en
 * (MultiWOZ, SGD) and abcd_sample_en; the rest are written for this set.
 */
import type { ElementBank } from './element-bank.ts';

export const EN_ELEMENTS: ElementBank = {
  salutation: [
    'Hello', 'Hi', 'Good morning', 'Good afternoon', 'Good evening', 'Hi there', 'Hello there', 'Morning', 'Hey there',
    'Hello and good morning', 'Hi, good afternoon', 'Greetings', 'Good day', 'Hi and welcome', 'Welcome', 'Hello, good evening',
    'Hey, good morning', 'Hello hello', 'Hi, good morning', 'Good morning to you', 'Hello, hi',
  ],
  brand: [
    '{brand}', 'thank you for calling {brand}', 'thanks for calling {brand}', 'welcome to {brand}', "you've reached {brand}",
    'this is {brand}', '{brand} customer service', '{brand} card services', '{brand} credit card center', 'thank you for choosing {brand}',
    "you're through to {brand}", 'you have reached {brand} card services', '{brand} support', '{brand} help desk',
    'welcome to {brand} customer care', 'thanks for contacting {brand}', '{brand} cardmember services', 'thank you for phoning {brand}',
    'you are connected to {brand}', 'welcome to the {brand} hotline', 'this is the {brand} card center',
  ],
  selfIntro: [
    'my name is {surname}', 'this is {surname}', 'this is {surname} speaking', '{surname} speaking', "I'm {surname}", 'I am {surname}',
    "you're speaking with {surname}", 'you are speaking to {surname}', "my name's {surname}", '{surname} here', "it's {surname}",
    "I'm agent {surname}", "you've got {surname}", 'this is agent {surname}', 'my last name is {surname}', "you're talking to {surname}",
    "I'm your agent {surname}", 'this is {surname} from customer service', 'agent {surname} speaking', "I'm {surname} on the card team",
    'you have {surname} on the line',
  ],
  offer: [
    'how may I help you', 'how can I help you', 'how can I help you today', 'what can I do for you', 'how may I assist you',
    'how can I assist you today', 'what can I help you with', 'what can I do for you today', 'how can I be of help',
    'how may I be of assistance', 'how can I help', 'what can I help with today', 'how can we help', 'how may I help',
    'in what way can I help you', 'how may I serve you', 'what can I assist you with', 'what are you calling about today',
    'how can I make your day better', 'what can I help you with this morning', 'how may I help you today',
  ],
  closingOffer: [
    'Is there anything else I can help you with?', 'Do you need anything else?', 'Is there anything else I can do for you?',
    'Do you need help with anything else?', 'Can I help you with anything else?', 'Anything else I can do for you?',
    'Is there anything else I can help with?', 'Is there anything else you need?', 'Anything else I can help you with?',
    'Can I assist you with anything else?', 'Is there anything else I can assist you with today?', 'Will there be anything else?',
    'Did you need help with anything else?', 'Is there anything more I can do for you?', 'What else can I help you with?',
    'Can I help with anything else today?', 'Is there something else I can help you with?',
    'Would there be anything else I can help you with?', 'Is there anything further I can help with?', 'Do you have any other questions?',
    'Is there anything else I could do for you?',
  ],
  thanksForCalling: [
    'thank you for calling', 'thanks for calling', 'thank you for calling {brand}', 'thanks for calling {brand}', 'thank you for your call',
    'thanks for your call', 'thank you for contacting us', 'thanks for contacting {brand}', 'thank you for choosing {brand}',
    'thank you for being a {brand} customer', 'we appreciate your call', 'thanks so much for calling', 'thank you so much for calling',
    'I appreciate your call', 'thank you for reaching out', 'thanks for reaching out', 'thank you for calling in',
    'thanks for calling in today', 'we appreciate you calling', 'thank you for your business', 'thanks for calling us today',
  ],
  goodbye: [
    'goodbye', 'bye', 'bye bye', 'have a great day', 'have a nice day', 'have a good day', 'have a good one', 'have a great evening',
    'have a wonderful day', 'take care', 'enjoy the rest of your day', 'have a good night', 'have a great weekend', 'good bye now',
    'bye now', 'have a lovely day', 'have a great day ahead', 'enjoy your day', 'all the best', 'have a great night', 'take care now, bye',
  ],
  holdRequest: [
    'may I place you on a brief hold', 'please hold', 'one moment please', 'bear with me', 'please bear with me a moment',
    'can you hold for a moment', 'let me put you on hold', "I'll need to place you on hold", 'give me one moment', 'just a moment please',
    'hold on a second while I check', 'would you mind holding', 'could you hold the line please', 'please stay on the line',
    "I'm going to place you on a short hold", 'please hold while I check', 'just one second', 'allow me a moment to check',
    'can I put you on hold for a minute', 'let me check, one moment', 'please hold the line for a moment',
  ],
  holdThanks: [
    'thank you for holding', 'thank you for waiting', 'thank you for your patience', 'thanks for your patience', 'sorry for the wait',
    'thanks for holding', 'thanks for waiting', 'I appreciate your patience', 'thank you so much for holding', 'sorry to keep you waiting',
    'thanks for bearing with me', 'thank you for bearing with me', 'sorry about the wait', 'I appreciate you holding',
    'apologies for the wait', 'thanks so much for waiting', 'sorry for the hold', 'I appreciate you waiting', 'thanks for hanging on',
    'thank you for staying on the line', 'thanks for your patience while I checked',
  ],
  apology: [
    'sorry', 'I apologize', 'I sincerely apologize', "I'm so sorry", "I'm really sorry", 'I truly apologize', 'my apologies',
    'sorry for the inconvenience', 'I apologize for the inconvenience', 'we apologize for the trouble', "I'm sorry about that",
    "I'm very sorry", 'please accept our apologies', 'I do apologize', "I'm sorry to hear that", 'apologies for the trouble',
    "I'm terribly sorry", 'sorry about the confusion', 'I deeply apologize', "sorry I couldn't be of more assistance",
    'we are sorry for the inconvenience caused',
  ],
};

/** Forbidden phrases by category, and polite sentences with the same words (hard negatives). */
export const EN_FORBIDDEN: Record<string, { said: string[]; polite: string[] }> = {
  brush_off: {
    said: [
      "I don't know", "that's not my job", 'ask someone else', 'look it up yourself', 'go check the website yourself',
      "you'll have to figure that out yourself", "that's not my department", 'call someone else', 'not my problem', 'just google it',
      "there's nothing I can do", 'you should have read the terms', 'go to a branch and ask them', "it's on the website, just read it",
      'figure it out yourself', "that's not something I deal with", 'try somebody else', 'I have no idea', "I can't help you, go elsewhere",
      'read it yourself online', 'find it yourself on the app',
    ],
    polite: [
      "If I don't know the answer I will find out for you", 'I do know how frustrating that is', 'That is my job and I will sort it out',
      'let me look it up for you', "I'll check the website for you", 'is there anything else I can do', "I know exactly where to find that",
      "let me ask my colleague for you", "you don't have to look it up yourself, I have it here", 'I can do that for you right now',
    ],
  },
  blame: {
    said: [
      "that's your fault", 'you should have paid on time', 'you did it wrong', "it's your own problem", 'you must have entered it wrong',
      "that's on you", "you didn't read the letter", 'you caused this', "it's your responsibility", 'you should have called earlier',
      'you messed it up', 'blame yourself', "you clearly didn't pay attention", "you're the one who forgot", "that's your mistake",
      'you should have known', "it's your own fault", "you didn't listen", 'you broke it', "that's what happens when you don't read",
    ],
    polite: [
      "it's not your fault at all", 'you did nothing wrong', "that's our mistake, not yours", "it's our responsibility to fix this",
      "you didn't do anything wrong", 'the error was on our side', "don't blame yourself", "that's not on you", 'you entered it correctly',
      'you were right to call',
    ],
  },
  rude: {
    said: [
      'calm down', 'I already told you', 'are you even listening', 'are you stupid', 'stop shouting', 'what is wrong with you',
      'how many times do I have to say it', "you're not making sense", 'stop wasting my time', 'shut up', "don't be ridiculous",
      "that's a stupid question", "I don't have time for this", 'deal with it', "you're being difficult", "can't you understand",
      'stop complaining', 'get to the point', 'whatever you say', 'are you deaf',
    ],
    polite: [
      'take your time, no rush', "I'm listening", 'I understand how you feel', 'I know this is frustrating', 'let me explain that again',
      "that's a good question", 'I have time, go ahead', 'I understand, let me help', 'no worries at all', 'I hear you',
    ],
  },
  promise: {
    said: [
      'I guarantee it will be refunded tomorrow', 'I promise the fee will be waived', 'it will definitely be approved',
      'one hundred percent no problem', 'I guarantee your limit will go up', 'I promise this will never happen again',
      'you will absolutely get all the interest back', "I guarantee it won't affect your credit score", "it's guaranteed to arrive today",
      "I promise you'll get a full refund", 'I can guarantee approval', 'definitely no charges ever again', 'I promise it will be fixed today',
      "you'll certainly get the waiver", 'I guarantee the money is back by tonight', "I'll make sure you never pay interest again",
      'I personally guarantee it', 'it will be approved for sure', 'guaranteed refund', 'I promise everything will be waived',
    ],
    polite: [
      "I can't promise, but I will escalate it", "I can't guarantee approval but I'll submit it", 'the result depends on the review',
      "you'll get a text with the result", 'refunds usually take three to five business days', "I'll do my best to get it waived",
      "I'll submit the request today", "it's up to the credit team to decide", 'I will follow up on it for you', "we'll look into it",
    ],
  },
};
