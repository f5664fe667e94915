/**
 * `callqa users add|list|remove`: API and web users. `add` prints the new token once — the
 * store keeps only its SHA-256, so a lost token is replaced by removing and adding the user.
 *
 *   callqa users add --name 孙丽华 --role coach --team 信用卡一组 [--team …] [--expires-in-days N] [--db FILE|URL]
 *   callqa users list [--db FILE|URL]
 *   callqa users remove --name 孙丽华 [--db FILE|URL]
 */
import type { Command } from 'commander';
import { createUser, listUsers, removeUser } from '../../../api/queries/users.ts';
import { ROLES, type Role } from '../../../api/context.ts';
import { DB_OPTION_HELP, openCommandStore } from '../locations.ts';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** One clear line and a failing exit code (program.error would print the whole command list). */
function fail(message: string): void {
  console.error(`callqa users ${message}`);
  process.exitCode = 1;
}

export default function register(program: Command): void {
  const users = program.command('users').description('Manage API and web users (roles: admin, qa, coach, hr).');

  users
    .command('add')
    .description('Create a user and print its API token (shown once; only its SHA-256 is stored).')
    .requiredOption('--name <name>', 'unique user name (shown in notes and the audit log)')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--team <team>', "a team the coach may see (repeatable; required for coaches)", collect)
    .option('--expires-in-days <n>', 'the token stops working after this many days (default: never)')
    .option('--db <location>', DB_OPTION_HELP)
    .action(async (flags: { name: string; role: string; team?: string[]; expiresInDays?: string; db?: string }) => {
      if (!ROLES.includes(flags.role as Role)) return fail(`add: --role must be one of ${ROLES.join(', ')}, got "${flags.role}"`);
      if (flags.role !== 'coach' && flags.team?.length) return fail(`add: --team applies to coaches only (role ${flags.role} sees every team)`);
      const expiresInDays = flags.expiresInDays === undefined ? undefined : Number(flags.expiresInDays);
      if (expiresInDays !== undefined && !(Number.isFinite(expiresInDays) && expiresInDays > 0)) {
        return fail(`add: --expires-in-days must be a number of days above 0, got "${flags.expiresInDays}"`);
      }
      const store = await openCommandStore(flags.db);
      try {
        const { user, token, tokenExpiresAt } = await createUser(store.sql, { name: flags.name, role: flags.role as Role, teams: flags.team, expiresInDays });
        const expiry = tokenExpiresAt ? `, expiring ${tokenExpiresAt}` : '';
        console.error(`created ${user.role} "${user.name}"${user.teams.length ? ` for ${user.teams.join(', ')}` : ''}${expiry}; the token below is shown only now:`);
        console.log(token);
      } catch (err) {
        fail(`add: ${(err as Error).message}`);
      } finally {
        await store.close();
      }
    });

  users
    .command('list')
    .description('List users with role and teams (never tokens).')
    .option('--db <location>', DB_OPTION_HELP)
    .option('--json', 'print JSON')
    .action(async (flags: { db?: string; json?: boolean }) => {
      const store = await openCommandStore(flags.db);
      const rows = await listUsers(store.sql).finally(() => store.close());
      if (flags.json) return console.log(JSON.stringify(rows, null, 2));
      if (!rows.length) return console.log('no users yet: callqa users add --name NAME --role admin');
      for (const u of rows) console.log(`${u.name}\t${u.role}\t${u.teams.join(', ') || '-'}\t${u.createdAt}\t${u.tokenExpiresAt ? `token expires ${u.tokenExpiresAt}` : 'token never expires'}`);
    });

  users
    .command('remove')
    .description('Delete a user; its token and web sessions stop working at once.')
    .requiredOption('--name <name>', 'the user to remove')
    .option('--db <location>', DB_OPTION_HELP)
    .action(async (flags: { name: string; db?: string }) => {
      const store = await openCommandStore(flags.db);
      const removed = await removeUser(store.sql, flags.name).finally(() => store.close());
      if (!removed) return fail(`remove: no user named "${flags.name}"`);
      console.log(`removed "${flags.name}"`);
    });
}
