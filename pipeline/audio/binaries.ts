/**
 * Which ffmpeg/ffprobe binaries the audio stage runs: `FFMPEG_PATH` / `FFPROBE_PATH` when set,
 * else the static builds installed by @ffmpeg-installer/ffmpeg and @ffprobe-installer/ffprobe.
 * Read at call time, so a test or a deployment can point elsewhere without a restart.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import ffmpegInstaller from '@ffmpeg-installer/ffmpeg';
import ffprobeInstaller from '@ffprobe-installer/ffprobe';
import { EnvironmentError } from '../errors.ts';

const run = promisify(execFile);

export function ffmpegPath(): string {
  return process.env.FFMPEG_PATH || ffmpegInstaller.path;
}

export function ffprobePath(): string {
  return process.env.FFPROBE_PATH || ffprobeInstaller.path;
}

/** Thrown when the ffmpeg binary itself cannot run: an environment problem, not a bad recording. */
export class FfmpegUnavailableError extends EnvironmentError {
  constructor(binary: string, cause: unknown) {
    super(`cannot run ${binary}: ${(cause as Error)?.message ?? cause} (set FFMPEG_PATH / FFPROBE_PATH or reinstall @ffmpeg-installer/ffmpeg)`, { code: 'ffmpeg_unavailable', cause });
  }
}

/** True when an error came from spawning the binary (missing, not executable), not from its work. */
export function isSpawnError(err: unknown): boolean {
  const e = err as NodeJS.ErrnoException;
  return (e?.code === 'ENOENT' || e?.code === 'EACCES') && /spawn/.test(String(e?.message ?? e?.syscall ?? ''));
}

/** How long `ffmpeg -version` may take, ms. */
const VERSION_TIMEOUT_MS = 30_000;

let cachedVersion: { path: string; version: Promise<string> } | undefined;

/**
 * The ffmpeg version string, e.g. `ffmpeg N-47683-g0e8eb07980-static`, used to stamp stored
 * audio stage results. Rejects with FfmpegUnavailableError when the binary cannot run, so the
 * orchestrator can check it once before a batch.
 */
export function ffmpegVersion(): Promise<string> {
  const path = ffmpegPath();
  if (cachedVersion?.path !== path) {
    // A binary that hangs even on -version must not stall the start of the night.
    const version = run(path, ['-hide_banner', '-version'], { timeout: VERSION_TIMEOUT_MS, killSignal: 'SIGKILL' })
      .then(({ stdout }) => {
        const match = /^ffmpeg version (\S+)/m.exec(stdout);
        if (!match) throw new Error(`unexpected output of ${path} -version: ${stdout.slice(0, 120)}`);
        return `ffmpeg ${match[1]}`;
      })
      .catch((err) => {
        cachedVersion = undefined;
        throw new FfmpegUnavailableError(path, err);
      });
    cachedVersion = { path, version };
  }
  return cachedVersion.version;
}
