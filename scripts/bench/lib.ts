/** Small helpers shared by the benchmark processes: child processes, GC, statistics, formatting. */
import { type ChildProcess, fork } from "node:child_process";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Every child gets `--expose-gc` (and, through process.execArgv, tsx's loader). */
export function forkChild(file: string, args: readonly string[] = [], env: Record<string, string> = {}): ChildProcess {
  return fork(new URL(file, import.meta.url), [...args], {
    execArgv: [...process.execArgv, "--expose-gc"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: { ...process.env, ...env },
  });
}

/** Runs a benchmark in a fresh process and resolves with the one result it sends over IPC. */
export function runChild<T>(file: string, args: readonly string[] = []): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const child = forkChild(file, args);
    let result: { value: T } | undefined;
    child.on("message", (message) => {
      result = { value: message as T };
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (result) resolve(result.value);
      else reject(new Error(`${file} exited (${signal ?? `code ${code}`}) without a result`));
    });
  });
}

/** Sends the result to the parent and ends the process (open sockets must not keep it alive). */
export function reply(value: unknown): void {
  if (!process.send) {
    console.log(JSON.stringify(value, null, 2));
    return;
  }
  process.send(value, () => process.exit(0));
}

/** Full, synchronous GC: `--expose-gc` when given, else the flag is switched on at run time. */
export function forceGc(): void {
  let gc: (() => unknown) | undefined = globalThis.gc;
  if (!gc) {
    setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc") as () => unknown;
  }
  gc();
  gc();
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Largest relative distance of any value from the median, as a fraction. */
export function spread(values: readonly number[]): number {
  const m = median(values);
  return m === 0 ? 0 : Math.max(...values.map((v) => Math.abs(v - m) / m));
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function num(value: number, digits = 0): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function mb(bytes: number, signed = false): string {
  const value = bytes / 1024 / 1024;
  return `${signed && value >= 0 ? "+" : ""}${value.toFixed(1)} MB`;
}

export const ratio = (value: number): string => `${value.toFixed(2)}×`;
export const pct = (fraction: number): string => `±${(fraction * 100).toFixed(1)}%`;

/** A plain-text table with right-aligned numeric columns (all but the first). */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].map((l) => `  ${l}`).join("\n");
}

/** A Markdown table; numeric columns (all but the first) right-aligned. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  const align = header.map((_, i) => (i === 0 ? "---" : "---:"));
  return [line(header), line(align), ...rows.map(line)].join("\n");
}
