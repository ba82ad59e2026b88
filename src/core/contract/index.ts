import type { z } from 'zod';
import { clientsContract } from './clients';
import { contentsContract } from './contents';
import { encryptionContract } from './encryption';
import { conversationsContract } from './conversations';
import { identitiesContract } from './identities';
import { importsContract } from './imports';
import { membersContract } from './members';
import { metricsContract } from './metrics';
import { overviewContract } from './overview';
import { recurrenceContract } from './recurrence';
import { reportsContract } from './reports';
import { responsivenessContract } from './responsiveness';
import { rhythmContract } from './rhythm';
import { settingsContract } from './settings';
import { statsContract } from './stats';
import { themesContract } from './themes';
import type { MethodSpec } from './define';

/**
 * The one contract: every method a renderer (Electron or browser) or a shell may call, with zod
 * schemas for input and output. Method names exist nowhere else; preload, IPC, HTTP bridge and
 * client proxies all derive from this object. Each feature contributes its own slice.
 */
export const contract = {
  ...clientsContract,
  ...importsContract,
  ...statsContract,
  ...metricsContract,
  ...overviewContract,
  ...contentsContract,
  ...identitiesContract,
  ...membersContract,
  ...settingsContract,
  ...recurrenceContract,
  ...responsivenessContract,
  ...rhythmContract,
  ...conversationsContract,
  ...themesContract,
  ...reportsContract,
  ...encryptionContract,
} satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

/** Exhaustive: a method without a handler fails to compile. */
export type Handlers = { [M in MethodName]: (input: ParsedInput<M>) => Promise<MethodOutput<M>> };

/** What a renderer sees: one async function per method. */
export type Api = { [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>> };

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Events pushed from the core to renderers (progress of long jobs). */
export { ImportProgress } from './imports';
export * from './schemas';
export { StatsSummary } from './stats';
export { ImportInput, ImportResult, RESULT_LISTED } from './imports';
