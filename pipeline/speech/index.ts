/**
 * Entry file of pipeline/speech/: what code outside the folder uses. Callers outside import from here
 * (rule stage-entry-files in .dependency-cruiser.cjs); files inside the folder import each other directly.
 */
export { analyseSpeech } from './analyse.ts';
export { createAsrPool } from './asr-pool.ts';
export { detectSpeech, detectSpeechOfChannels, type SpeechChannel } from './detect-speech.ts';
export { createAsrStage, createVadStage, type AsrStage, type VadStage } from './stages.ts';
export { transcribeCall } from './transcribe.ts';
export { createVadPool, vadPoolShape } from './vad-pool.ts';
