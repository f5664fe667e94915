import { describe, expect, it } from 'vitest';
import { UserInputError } from '../errors.ts';
import { groupsForStages } from './stage-groups.ts';

describe('groupsForStages', () => {
  it('maps the documented --stages lists to their groups, and none to both', () => {
    expect(groupsForStages('audio,vad,sentiment,score')).toEqual(['cpu']);
    expect(groupsForStages('asr')).toEqual(['asr']);
    expect(groupsForStages(' asr , score,sentiment,vad,audio')).toEqual(['cpu', 'asr']);
    expect(groupsForStages(undefined)).toEqual(['cpu', 'asr']);
  });

  it('refuses unknown stages and part of a group', () => {
    expect(() => groupsForStages('audio,whisper')).toThrow(/unknown stage "whisper"/);
    expect(() => groupsForStages('audio,vad')).toThrow(UserInputError);
    expect(() => groupsForStages('audio,vad')).toThrow(/add sentiment, score/);
  });
});
