import { CercleError, cliService } from '../context';
import { type Command, str, strs } from './types';

const ids = (s: string) =>
  s.split(',').map((x) => {
    const n = Number(x.trim());
    if (!Number.isInteger(n)) throw new CercleError('cli.not-identity', { value: x });
    return n;
  });

export const identitiesCommand: Command = {
  name: 'identities',
  summary: 'suggest likely same-person identities across platforms; merge (confirmed) or split them back',
  usage: 'cercle identities --client NAME [--merge ID,ID...] [--split ID] [--workspace DIR] [--json]',
  options: {
    client: { type: 'string' },
    merge: { type: 'string' },
    split: { type: 'string' },
    workspace: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run({ values }, io) {
    const client = str(values.client);
    if (!client) throw new CercleError('cli.needs-option', { command: 'identities', option: '--client NAME' });
    const svc = cliService(str(values.workspace));
    const merge = str(values.merge);
    const split = str(values.split);
    if (merge) {
      const res = await svc.call('identities.merge', { client, identityIds: ids(merge) });
      io.out(values.json ? JSON.stringify(res) : `merged into person ${res.personId}`);
      return 0;
    }
    if (split) {
      const res = await svc.call('identities.split', { client, identityId: ids(split)[0]! });
      io.out(values.json ? JSON.stringify(res) : `identity ${split} is now person ${res.personId}`);
      return 0;
    }
    const suggestions = await svc.call('identities.suggest', { client });
    if (values.json) io.out(JSON.stringify(suggestions, null, 2));
    else if (suggestions.length === 0) io.out('no likely duplicates');
    else
      for (const s of suggestions)
        io.out(
          `${s.reason}: ${s.identities.map((i) => `#${i.identityId} ${i.platform}:${i.name ?? i.handle} (${i.interactions})`).join('  ~  ')}   → cercle identities --client "${client}" --merge ${s.identities.map((i) => i.identityId).join(',')}`,
        );
    return 0;
  },
};

export const settingsCommand: Command = {
  name: 'settings',
  summary:
    "show or change a client's time zone, brand names and the metrics' settings (response scope and window, business hours, thresholds, weights)",
  usage:
    'cercle settings --client NAME [--timezone TZ] [--brand NAME]... [--set KEY=VALUE]... [--reset-metrics] [--workspace DIR] [--json]',
  options: {
    client: { type: 'string' },
    timezone: { type: 'string' },
    brand: { type: 'string', multiple: true },
    set: { type: 'string', multiple: true },
    'reset-metrics': { type: 'boolean' },
    workspace: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run({ values }, io) {
    const client = str(values.client);
    if (!client) throw new CercleError('cli.needs-option', { command: 'settings', option: '--client NAME' });
    const svc = cliService(str(values.workspace));
    const brands = strs(values.brand);
    const timezone = str(values.timezone);
    const res =
      timezone !== undefined || brands.length > 0
        ? await svc.call('settings.update', { client, timezone, brands: brands.length > 0 ? brands : undefined })
        : await svc.call('settings.get', { client });
    const patch = Object.fromEntries(strs(values.set).map(parseAssignment));
    const metrics = values['reset-metrics']
      ? await svc.call('metrics.settings.reset', { client })
      : Object.keys(patch).length > 0
        ? await svc.call('metrics.settings.set', { client, settings: patch })
        : await svc.call('metrics.settings.get', { client });
    if (values.json) io.out(JSON.stringify({ ...res, metrics }, null, 2));
    else {
      io.out(`time zone ${res.timezone}\nbrand names: ${res.brands.join(', ') || '(none)'}`);
      for (const [key, value] of Object.entries(metrics)) io.out(`${key} = ${JSON.stringify(value)}`);
    }
    return 0;
  },
};

/** `key=value`: the value as JSON when it reads as JSON (numbers, objects, lists), else as text. */
function parseAssignment(arg: string): [string, unknown] {
  const eq = arg.indexOf('=');
  if (eq <= 0) throw new CercleError('cli.not-assignment', { value: arg });
  const raw = arg.slice(eq + 1);
  try {
    return [arg.slice(0, eq), JSON.parse(raw)];
  } catch {
    return [arg.slice(0, eq), raw];
  }
}
