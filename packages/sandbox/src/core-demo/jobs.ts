/** How long a core-demo job spends in each phase, in ms. */
export interface JobTimings {
  queuedMs: number;
  runningMs: number;
}

export type JobStatus = "queued" | "running" | "done" | "failed";

export interface DemoJob {
  id: string;
  type: string;
  status: JobStatus;
  /** 0-100. */
  progress: number;
  createdAt: string;
  result?: { processed: number };
  error?: string;
}

interface Started {
  id: string;
  type: string;
  fail: boolean;
  startedAt: number;
}

/**
 * Jobs whose status follows the clock: queued for `queuedMs`, running for `runningMs`, then done
 * (or failed, when asked to). Nothing runs in the background; each read computes the state.
 */
export class JobBook {
  readonly #timings: JobTimings;
  readonly #jobs = new Map<string, Started>();
  #sequence = 0;

  constructor(timings: Partial<JobTimings> = {}) {
    this.#timings = { queuedMs: timings.queuedMs ?? 300, runningMs: timings.runningMs ?? 1200 };
  }

  start(type: string, fail: boolean): DemoJob {
    this.#sequence++;
    const job: Started = { id: `job-${this.#sequence}`, type, fail, startedAt: Date.now() };
    this.#jobs.set(job.id, job);
    return this.#view(job);
  }

  get(id: string): DemoJob | undefined {
    const job = this.#jobs.get(id);
    return job && this.#view(job);
  }

  clear(): void {
    this.#jobs.clear();
    this.#sequence = 0;
  }

  #view(job: Started): DemoJob {
    const { queuedMs, runningMs } = this.#timings;
    const elapsed = Date.now() - job.startedAt;
    const base = { id: job.id, type: job.type, createdAt: new Date(job.startedAt).toISOString() };
    if (elapsed < queuedMs) return { ...base, status: "queued", progress: 0 };
    if (elapsed < queuedMs + runningMs) {
      const progress = Math.min(99, Math.floor(((elapsed - queuedMs) / runningMs) * 100));
      return { ...base, status: "running", progress };
    }
    if (job.fail) return { ...base, status: "failed", progress: 100, error: "the job was asked to fail" };
    return { ...base, status: "done", progress: 100, result: { processed: 1000 } };
  }
}
