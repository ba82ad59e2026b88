import { CercleError, cliService } from '../context';
import { type Command, str } from './types';

export const statsCommand: Command = {
  name: 'stats',
  summary: "a client's members, interactions, messages, platforms, sources and coverage",
  usage: 'cercle stats --client NAME [--workspace DIR] [--json]',
  options: { client: { type: 'string' }, workspace: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values }, io) {
    const client = str(values.client);
    if (!client) throw new CercleError('cli.needs-option', { command: 'stats', option: '--client NAME' });
    const s = await cliService(str(values.workspace)).call('stats.summary', { client, files: true });
    if (values.json) {
      io.out(JSON.stringify(s, null, 2));
      return 0;
    }
    io.out(`${s.client} (${s.timezone})`);
    io.out(`members ${s.members} · interactions ${s.interactions} · messages ${s.messages}`);
    io.out(`from ${s.firstAt ?? '-'} to ${s.lastAt ?? '-'}`);
    io.out(
      `by platform: ${
        Object.entries(s.byPlatform)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ') || '-'
      }`,
    );
    io.out(
      `by kind: ${
        Object.entries(s.byKind)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ') || '-'
      }`,
    );
    for (const src of s.sources ?? [])
      io.out(
        `source ${src.file}: ${src.format}, ${src.records} records${src.warnings.length ? `, ${src.warnings.length} warning(s)` : ''}`,
      );
    return 0;
  },
};
