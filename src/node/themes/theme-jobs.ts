import type { ThemeRunStep, ThemeSettings, ThemesProgress } from '../../core/contract/themes';
import { CercleError } from '../../core/errors';
import { computeClientThemes, storedThemeSettings, textsSinceRun } from '../../core/themes/client-themes';
import type { Workspace } from '../store/workspace';
import { englishVectors } from './english-vectors';

export interface ThemeJobsOptions {
  now: () => number;
  /** Every step of every run, then how it ended (done, cancelled, failed). */
  onProgress?: (p: ThemesProgress) => void;
  /**
   * Awaited at each checkpoint once its progress is reported and the thread given back (tests: a gate
   * that holds a run at a step).
   */
  pause?: (p: ThemesProgress) => Promise<void>;
  /** A run nobody awaits (the one after an import) that failed with a bug: logged with its stack. */
  logError?: (what: string, err: unknown) => void;
}

interface Job {
  client: string;
  /** Started by an import that brought texts, with the stored settings. */
  automatic: boolean;
  started: boolean;
  cancelled: boolean;
}

/** The next turn of the event loop: a worker's message or a socket's request is handled before the run goes on. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Leaves the client's write without saving: the run after an import found the themes already up to date (or gone). */
class NothingToDo extends Error {}

/**
 * The themes runs of a workspace, one write of the client each (so they queue behind and before the
 * client's other work, and save only on success). A run gives the thread back at each step, reports
 * it, and stops there when cancelled: the client file and the database in memory are untouched until
 * the store step, so a cancelled run leaves the stored themes exactly as they were.
 */
export class ThemeJobs {
  private readonly live = new Map<string, Set<Job>>();

  constructor(
    private readonly ws: Workspace,
    private readonly opts: ThemeJobsOptions,
  ) {}

  /** Computes and stores the client's themes with these settings; rejects with themes.cancelled when cancelled. */
  compute(client: string, settings: ThemeSettings): Promise<void> {
    return this.run(this.add(client, false), settings);
  }

  /**
   * After an import that brought texts: queues a run with the stored settings (the consultant's edits are
   * replayed by it). Nobody awaits it: its steps and its end are themes.progress events. A run of this
   * kind still waiting for the client is enough, since it reads the texts when it starts.
   */
  rerun(client: string): void {
    for (const j of this.live.get(client) ?? []) if (j.automatic && !j.started && !j.cancelled) return;
    this.run(this.add(client, true), null).catch((err: unknown) => {
      // The event said it; a bug (or a bug behind a user error) is also logged, as dispatch() does.
      const bug = !(err instanceof CercleError) || (err.cause !== undefined && !(err.cause instanceof CercleError));
      if (bug) this.opts.logError?.('themes.rerun', err);
    });
  }

  /** Cancels every run of the client, running or queued; false when there was none. */
  cancel(client: string): boolean {
    const jobs = [...(this.live.get(client) ?? [])].filter((j) => !j.cancelled);
    for (const j of jobs) j.cancelled = true;
    return jobs.length > 0;
  }

  private add(client: string, automatic: boolean): Job {
    const job: Job = { client, automatic, started: false, cancelled: false };
    const set = this.live.get(client) ?? new Set<Job>();
    set.add(job);
    this.live.set(client, set);
    return job;
  }

  private remove(job: Job): void {
    const set = this.live.get(job.client);
    set?.delete(job);
    if (set?.size === 0) this.live.delete(job.client);
  }

  private async run(job: Job, settings: ThemeSettings | null): Promise<void> {
    const { client, automatic } = job;
    let fraction = 0;
    const emit = (step: ThemeRunStep, reason?: ThemesProgress['reason']): ThemesProgress => {
      const p: ThemesProgress = { client, step, fraction, automatic, ...(reason ? { reason } : {}) };
      this.opts.onProgress?.(p);
      return p;
    };
    const cancelled = new CercleError('themes.cancelled', { client });
    const stopIfCancelled = (): void => {
      if (job.cancelled) throw cancelled;
    };
    const nothing = new NothingToDo();
    try {
      await this.ws.write(
        client,
        async (db) => {
          job.started = true;
          stopIfCancelled();
          const use = settings ?? storedThemeSettings(db);
          // The run after an import: the themes may have been deleted or computed again since it was queued.
          if (!use || (automatic && textsSinceRun(db) === 0)) throw nothing;
          await computeClientThemes(db, use, {
            now: this.opts.now,
            wordVectors: englishVectors(),
            // after an import: from the stored run's clusters, so the themes (and the edits on them) stay
            fromStoredRun: automatic,
            checkpoint: async (p) => {
              stopIfCancelled();
              fraction = p.fraction;
              const reported = emit(p.step);
              // The thread given back: a cancel (or another client's call) is served while the run holds its client.
              await nextTurn();
              await this.opts.pause?.(reported);
              stopIfCancelled();
            },
          });
        },
        // Cancelled or skipped at a checkpoint, before the store step: nothing was changed.
        { untouched: (err) => err === cancelled || err === nothing },
      );
      fraction = 1;
      emit('done');
    } catch (err) {
      if (err === nothing) return;
      if (err === cancelled) emit('cancelled');
      else
        emit(
          'failed',
          err instanceof CercleError
            ? err.toReason()
            : { code: 'internal', params: { detail: (err instanceof Error ? err.message : String(err)).split('\n')[0]! } },
        );
      throw err;
    } finally {
      this.remove(job);
    }
  }
}
