/**
 * `callqa models`: list the pinned models and whether each is present, missing or incomplete.
 * `callqa models fetch [id…]`: download them from the Hugging Face hub (connected machines only).
 */
import type { Command } from 'commander';
import { UserInputError } from '../../../pipeline/errors.ts';
import { FetchError, fetchModel, fetchReport, pinInManifest } from '../../../models/fetch.ts';
import { checkModel, loadModelsManifest, modelsDir, type ModelEntry } from '../../../models/registry.ts';

function pick(entries: ModelEntry[], ids: string[], all: boolean): ModelEntry[] {
  if (all) return entries;
  if (ids.length === 0) return entries.filter((e) => e.default);
  return ids.map((id) => {
    const e = entries.find((x) => x.id === id || x.repo === id);
    if (!e) throw new UserInputError(`No model "${id}" in models/models.json; known: ${entries.map((x) => x.id).join(', ')}`);
    return e;
  });
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

export default function register(program: Command): void {
  const models = program
    .command('models')
    .description('List speech and sentiment models: present, missing or incomplete (models/models.json, $CALLQA_MODELS_DIR).')
    .option('--json', 'print the status as JSON')
    .action(async (flags: { json?: boolean }) => {
      const dir = modelsDir();
      const statuses = await Promise.all(loadModelsManifest().map((e) => checkModel(e, dir)));
      if (flags.json) {
        console.log(JSON.stringify(statuses.map((s) => ({ id: s.entry.id, task: s.entry.task, repo: s.entry.repo, state: s.state, revision: s.revision, verifiedBy: s.verifiedBy, problems: s.problems, folder: s.folder })), null, 2));
        return;
      }
      console.log(`models folder: ${dir}`);
      for (const s of statuses) {
        const tag = s.entry.default ? ' (default)' : '';
        // An unpinned model on disk shows the commit its fetch recorded (the fetch stamp).
        const pinned = s.entry.revision ? s.entry.revision.slice(0, 12) : s.revision ? `${s.revision.slice(0, 12)} (unpinned)` : 'unpinned';
        console.log(`${s.state.padEnd(10)} ${s.entry.task.padEnd(9)} ${s.entry.id}${tag}  ${s.entry.repo}@${pinned} ${s.entry.dtype}`);
        for (const p of s.state === 'missing' ? [] : s.problems) console.log(`           - ${p}`);
        if (s.state === 'present' && s.verifiedBy === 'presence-only') console.log('           - files present; no hashes to verify them against');
      }
      const absent = statuses.filter((s) => s.state !== 'present');
      if (absent.length) console.log(`\nfetch with: callqa models fetch ${absent.map((s) => s.entry.id).join(' ')}   (needs internet access)`);
    });

  models
    .command('fetch')
    .description('Download models from the Hugging Face hub into the models folder and check their sha256 (default: the default model of each task).')
    .argument('[ids...]', 'model ids from models/models.json')
    .option('--all', 'fetch every model in models.json')
    .option('--pin', "write the commit fetched and every file's sha256 into models/models.json (for unpinned models: main's current commit)")
    .option('--hub <url>', 'hub base URL (a mirror)', process.env.HF_ENDPOINT ?? 'https://huggingface.co')
    .action(async (ids: string[], flags: { all?: boolean; pin?: boolean; hub: string }) => {
      const chosen = pick(loadModelsManifest(), ids, Boolean(flags.all));
      let failed = 0;
      for (const entry of chosen) {
        const which = entry.revision ? `pinned ${entry.revision.slice(0, 12)}` : "unpinned: the hub's main";
        console.log(`fetching ${entry.id} (${entry.repo}, ${which}) into ${modelsDir()}`);
        try {
          const result = await fetchModel(entry, {
            baseUrl: flags.hub,
            token: process.env.HF_TOKEN,
            onFile: (path, status, bytes) => console.log(`  ${status.padEnd(10)} ${path} (${mb(bytes)})`),
          });
          // An entry already pinned keeps its pin: --pin only ever writes what this fetch recorded.
          const pinned = Boolean(flags.pin) && result.revisionFrom === 'main';
          if (pinned) await pinInManifest(result);
          for (const line of fetchReport(result, pinned)) console.log(`  ${line}`);
        } catch (err) {
          failed++;
          console.error(`  failed: ${err instanceof FetchError ? err.message : (err as Error).stack}`);
        }
      }
      if (failed) process.exitCode = 1;
    });
}
