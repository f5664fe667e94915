/**
 * The utterance acts the act model tells apart, in the order of its output tensor. One clause of
 * agent speech gets one act; `other` is everything else (answers, questions, small talk).
 */
export const ACT_LABELS = [
  'greeting',
  'self_intro',
  'offer_help',
  'further_help',
  'thanks_for_calling',
  'goodbye',
  'hold_request',
  'hold_thanks',
  'apology',
  'empathy',
  'brush_off',
  'blame',
  'rude',
  'promise',
  'thanks',
  'other',
] as const;

export type ActLabel = (typeof ACT_LABELS)[number];

export function isActLabel(x: string): x is ActLabel {
  return (ACT_LABELS as readonly string[]).includes(x);
}
