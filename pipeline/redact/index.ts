/** Redaction of card numbers, resident IDs, phone numbers and labelled secrets. Rules: RULES.md. */
export { redactText, MASK_CHAR, type RedactedText, type TextRedaction, type RedactionKind } from './redact-text.ts';
export { redactTranscript, mergeRedactedSpans } from './redact-transcript.ts';
export { silenceRedactedSpans, DEFAULT_SILENCE_PAD_S, DEFAULT_SILENCE_FADE_MS, type SilenceOptions } from './silence-audio.ts';
