import { type ApiPromise, type CallOptions, UnexpectedResponseError } from "@trustplane/core";
import { ReportsResource, type ReportsStreamInput } from "../generated/resources.gen.js";
import { contextOf } from "../internal/context.js";
import { parseCsv, textChunks } from "../internal/csv.js";
import { without } from "../internal/mixins.js";
import { apiPromise } from "../internal/promises.js";
import type { StreamedAnswer } from "../internal/stream.js";

/**
 * A CSV report as it arrives: iterate it for rows (`for await (const row of report)`), or read the
 * raw bytes from `body`. Only what is being read is in memory. It can be read once, one way.
 */
export class CsvReport implements AsyncIterable<string[]> {
  /** The file name Sectigo suggests (`Content-Disposition`), if any. */
  readonly fileName: string | undefined;
  /** The answer's content type. */
  readonly contentType: string | undefined;
  /** The raw bytes, as a web stream (`Readable.fromWeb(report.body)` for a Node stream). */
  readonly body: ReadableStream<Uint8Array>;
  readonly #signal: AbortSignal | undefined;

  /** @internal Made by `reports.stream`. */
  constructor(answer: StreamedAnswer, signal: AbortSignal | undefined) {
    this.body = answer.body;
    this.#signal = signal;
    this.contentType = answer.headers.get("content-type") ?? undefined;
    const disposition = answer.headers.get("content-disposition") ?? "";
    const name = disposition.match(/filename\*?=(?:UTF-8'')?"?([^";]+)"?/i)?.[1];
    this.fileName = name ? decodeURIComponent(name) : undefined;
    if (signal) {
      const cancel = () => {
        this.body.cancel(signal.reason).catch(() => undefined);
      };
      if (signal.aborted) cancel();
      else signal.addEventListener("abort", cancel, { once: true });
    }
  }

  /** The records, header row first, each as its fields (RFC 4180: quotes, `""`, line breaks inside quotes). */
  rows(): AsyncGenerator<string[], void, undefined> {
    return parseCsv(textChunks(this.body, this.#signal));
  }

  /** The text, chunk by chunk as it arrives (UTF-8). */
  text(): AsyncGenerator<string, void, undefined> {
    return textChunks(this.body, this.#signal);
  }

  /** Same as `rows()`. */
  [Symbol.asyncIterator](): AsyncGenerator<string[], void, undefined> {
    return this.rows();
  }

  /** Stops the download (frees the connection). */
  async cancel(): Promise<void> {
    await this.body.cancel().catch(() => undefined);
  }

  /** What JSON.stringify shows: the file name and the row count, not the rows. */
  toJSON(): Record<string, unknown> {
    return { fileName: this.fileName, contentType: this.contentType };
  }
}

/** Reports: the JSON reports, and the CSV report stream. */
export class Reports extends without(ReportsResource, "stream") {
  /**
   * A CSV report of one kind (`{ body: { type: "SSL_CERTS", ... } }`: SSL, client, device, code
   * signing or brand certificates, activity logs, administrators, domains), streamed: the answer
   * resolves when the headers arrive, and rows are read as they come, never held whole in memory.
   * Auth, retries (429/503 before the body), timeout (up to the headers) and logging are the
   * client's; pass `signal` to stop a long download. SCM REST API only.
   *
   * ```ts
   * const report = await sectigo.reports.stream({ body: { type: "SSL_CERTS", currentStatus: "ISSUED" } });
   * for await (const [id, commonName] of report) console.log(id, commonName);
   * ```
   *
   * Operation `streamReport` (`POST /api/report/v2/stream`).
   */
  stream(input: ReportsStreamInput, options?: CallOptions): ApiPromise<CsvReport> {
    const { streams } = contextOf(this.api);
    const mine = streams.open(options);
    return apiPromise(async () => {
      try {
        const { response } = await this.send("streamReport", input, mine).withResponse();
        const answer = streams.take(mine);
        if (!answer) {
          throw new UnexpectedResponseError(`streamReport answered ${response.status} without a body`, {
            status: response.status,
            operation: "streamReport",
            requestId: response.requestId,
          });
        }
        return { data: new CsvReport(answer, options?.signal), response };
      } finally {
        // A stream handed over by an answer that failed after all: release its connection.
        streams
          .take(mine)
          ?.body.cancel()
          .catch(() => undefined);
      }
    });
  }
}
