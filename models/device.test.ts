import { describe, expect, it } from 'vitest';
import { executionProviders, modelDevice } from './device.ts';

describe('the model device from CALLQA_DEVICE', () => {
  it('is cpu unless cuda is asked for, and cuda keeps cpu for the operators it lacks', () => {
    expect(modelDevice({})).toBe('cpu');
    expect(modelDevice({ CALLQA_DEVICE: 'gpu' })).toBe('cpu');
    expect(modelDevice({ CALLQA_DEVICE: 'cuda' })).toBe('cuda');
    expect(executionProviders({})).toEqual(['cpu']);
    expect(executionProviders({ CALLQA_DEVICE: 'cuda' })).toEqual(['cuda', 'cpu']);
  });
});
