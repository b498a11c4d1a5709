/** Exponential backoff with full jitter: a random wait in [0, min(maxDelay, base * 2^retry)). */
export function backoffDelay(
  retry: number,
  options: { baseDelayMs: number; maxDelayMs: number },
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry);
  return Math.floor(random() * ceiling);
}
