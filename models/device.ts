/**
 * Where models run: `cpu`, or `cuda` for a `callqa worker --device cuda` (which sets
 * CALLQA_DEVICE before any model loads; the VAD and ASR worker threads inherit the environment).
 * The worker checks beforehand that onnxruntime-node's CUDA provider is there
 * (pipeline/queue/device-check.ts), so a model load never meets a device it cannot use.
 */
export type ModelDevice = 'cpu' | 'cuda';

export function modelDevice(env: NodeJS.ProcessEnv = process.env): ModelDevice {
  return env.CALLQA_DEVICE === 'cuda' ? 'cuda' : 'cpu';
}

/** onnxruntime-node's execution providers for the device: CUDA first, CPU for the operators CUDA lacks. */
export function executionProviders(env: NodeJS.ProcessEnv = process.env): ('cuda' | 'cpu')[] {
  return modelDevice(env) === 'cuda' ? ['cuda', 'cpu'] : ['cpu'];
}
