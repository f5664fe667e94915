/**
 * A small English emotion lexicon written for this project, used as one-line training
 * examples. Why: the English corpora (movie sentences, tweets, product sentences) barely
 * contain how callers voice anger or thanks — "angry" occurs 5 times in SST train — so
 * "I am really angry" came out neutral. Single words and short phrases give those words
 * their polarity without inventing whole call sentences.
 *
 * Deliberately left out: the word families of the demo fixtures' upset markers
 * (scripts/fixtures/phrases.ts: outrage-, rip-off, unhappy, frustrat-, panic-, unacceptable,
 * ridiculous, terrible, disappoint-, complain-), so the demo-call test stays a check on
 * words the lexicon never taught. Mandarin needs no lexicon: the review sets cover 生气, 投诉, 失望…
 */

export const NEGATIVE_LEXICON_EN = [
  'angry', 'furious', 'upset', 'annoyed', 'annoying', 'irritated', 'mad', 'livid', 'fed up', 'sick of this',
  'useless', 'incompetent', 'incompetence', 'unhelpful', 'rude', 'awful', 'horrible', 'worst service', 'bad service', 'poor service',
  'scam', 'unfair', 'unreasonable', 'absurd', 'insane', 'pathetic', 'disgusting', 'appalling', 'shocking', 'disgrace',
  'shameful', 'lousy', 'nightmare', 'hassle', 'waste of time', 'this is a joke', 'nonsense', 'you lied', 'liar', 'lying to me',
  'messed up', 'screwed up', 'still not fixed', 'nobody helped me', 'no one called me back', 'waiting forever', 'on hold forever',
  'enough is enough', 'get me your manager', 'dissatisfied', 'not satisfied', 'not happy', 'stressed', 'stressful', 'worried sick',
  'overcharged', 'charged twice', 'hidden fees', 'I hate this', 'hate', 'never again', 'fix it now', 'what is wrong with you people',
  'this is the worst', 'unbelievable service', 'sick and tired',
];

export const POSITIVE_LEXICON_EN = [
  'thank you', 'thanks', 'thanks a lot', 'thank you so much', 'great', 'excellent', 'perfect', 'wonderful', 'awesome', 'fantastic',
  'amazing', 'brilliant', 'lovely', 'helpful', 'very helpful', 'appreciate it', 'I appreciate your help', 'happy', 'glad', 'pleased',
  'satisfied', 'good job', 'well done', 'problem solved', 'that works for me', "you've been great", 'kind', 'patient', 'friendly',
  'relieved', 'love it', 'much better', 'quick service', 'that is good news',
];
