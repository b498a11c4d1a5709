import { AbortError } from "@trustplane/core";

/**
 * RFC 4180 CSV, parsed as it streams: quoted fields (with `""` escapes, commas and line breaks
 * inside), CRLF or LF line ends. Only the current record is held in memory.
 */
export async function* parseCsv(chunks: AsyncIterable<string>): AsyncGenerator<string[], void, undefined> {
  let record: string[] = [];
  let field = "";
  let quoted = false; // inside a quoted field
  let quoteSeen = false; // a quote inside a quoted field: end of field, or the first of `""`
  let fieldStarted = false;
  let pendingCr = false;
  const endField = () => {
    record.push(field);
    field = "";
    fieldStarted = false;
  };
  for await (const chunk of chunks) {
    for (const ch of chunk) {
      if (pendingCr) {
        pendingCr = false;
        if (ch === "\n") continue;
      }
      if (quoted) {
        if (quoteSeen) {
          quoteSeen = false;
          if (ch === '"') {
            field += '"';
            continue;
          }
          quoted = false; // the quote closed the field; fall through to the unquoted rules
        } else if (ch === '"') {
          quoteSeen = true;
          continue;
        } else {
          field += ch;
          continue;
        }
      }
      if (ch === '"' && !fieldStarted && field === "") {
        quoted = true;
        fieldStarted = true;
      } else if (ch === ",") {
        endField();
      } else if (ch === "\n" || ch === "\r") {
        endField();
        if (!(record.length === 1 && record[0] === "")) yield record;
        record = [];
        pendingCr = ch === "\r";
      } else {
        field += ch;
        fieldStarted = true;
      }
    }
  }
  if (quoteSeen) quoted = false;
  if (fieldStarted || field !== "" || record.length > 0) {
    endField();
    if (!(record.length === 1 && record[0] === "")) yield record;
  }
}

/**
 * Decodes a byte stream to text chunks (UTF-8, multi-byte characters split across chunks kept
 * whole). When `signal` aborts, the stream is cancelled and the walk ends with an AbortError.
 */
export async function* textChunks(
  body: ReadableStream<Uint8Array>,
  signal?: AbortSignal | undefined,
): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder();
  const reader = body.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (signal?.aborted) throw new AbortError("The report download was aborted", { cause: signal.reason });
      if (done) {
        finished = true;
        break;
      }
      const text = decoder.decode(value, { stream: true });
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } finally {
    // Stopped early (break, an error, an abort): cancel, so the connection is not left half read.
    // Not awaited: some sources (msw's) settle a cancel only when the producer next writes.
    if (finished) reader.releaseLock();
    else reader.cancel().catch(() => undefined);
  }
}
