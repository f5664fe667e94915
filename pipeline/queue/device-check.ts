/**
 * Whether this machine can run models on CUDA through ONNX Runtime, checked before a worker
 * starts with `--device cuda`, so it refuses with one clear line instead of failing every job.
 * onnxruntime-node lists the CUDA provider on Linux x64 but ships it separately
 * (`bundled: false`: its install script fetches libonnxruntime_providers_cuda.so, which callqa's
 * install does not run), so the list alone is not enough: the library must be there too.
 * A present library can still fail on a machine without an NVIDIA driver; the first model load
 * reports that.
 */
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type Device = 'cpu' | 'cuda';
export const DEVICES: readonly Device[] = ['cpu', 'cuda'];

const CUDA_PROVIDER_LIBRARY = 'libonnxruntime_providers_cuda.so';

/** Undefined when CUDA can be used, else why not (one line). */
export function cudaUnavailableReason(): string | undefined {
  const require = createRequire(import.meta.url);
  const ort = require('onnxruntime-node') as { listSupportedBackends?: () => { name: string; bundled: boolean }[] };
  const cuda = ort.listSupportedBackends?.().find((b) => b.name === 'cuda');
  if (!cuda) return `onnxruntime-node on ${process.platform}-${process.arch} has no CUDA execution provider`;
  if (cuda.bundled) return undefined;
  const binDir = join(dirname(require.resolve('onnxruntime-node/package.json')), 'bin');
  if (findFile(binDir, CUDA_PROVIDER_LIBRARY)) return undefined;
  return `onnxruntime-node's CUDA provider (${CUDA_PROVIDER_LIBRARY}) is not installed here; install onnxruntime-node with its CUDA binaries, or run this worker with --device cpu`;
}

function findFile(dir: string, name: string): boolean {
  if (!existsSync(dir)) return false;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === name) return true;
    if (entry.isDirectory() && findFile(join(dir, entry.name), name)) return true;
  }
  return false;
}
