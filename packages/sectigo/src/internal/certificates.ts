/**
 * What SSL, S/MIME and device certificates share: collect formats (text as `string`, binary as
 * `Uint8Array`), enroll-and-collect on core's `waitFor`, revocation reasons in the form each API
 * generation accepts.
 */
import {
  type ApiPromise,
  type CallOptions,
  lazy,
  TimeoutError,
  TrustplaneError,
  ValidationError,
  validate,
  WaitTimeoutError,
  waitFor,
} from "@trustplane/core";
import { boolean, custom, enum as enumOf, int, number, optional, record, strictObject, string } from "zod/mini";
import { describeSectigoCode, isNotReady, sectigoCode } from "../errors.js";
import { checkEnrollment, type EnrollmentCheck, requireId, requireObject } from "./checks.js";
import type { SectigoContext } from "./context.js";

/** Collect formats delivered as text (PEM, or PKCS#7 as PEM/Base64): the answer is a `string`. */
export type TextCollectFormat =
  | "x509"
  | "x509R"
  | "pem"
  | "x509CO"
  | "pemco"
  | "pemia"
  | "x509IO"
  | "x509IOR"
  | "base64";
/** Collect formats delivered as bytes: PKCS#7 DER (`bin`) and PKCS#12 (`pkcs12`, when Sectigo or its agent holds the key). */
export type BinaryCollectFormat = "bin" | "pkcs12";
/** Every collect format. */
export type CollectFormat = TextCollectFormat | BinaryCollectFormat;
/** What a collect in format `F` answers: `Uint8Array` for `bin` and `pkcs12`, `string` for the rest. */
export type Collected<F extends CollectFormat | undefined> = [F] extends [BinaryCollectFormat] ? Uint8Array : string;

/** The text formats, in the order Sectigo documents them. */
export const TEXT_FORMATS: readonly TextCollectFormat[] = [
  "x509",
  "x509R",
  "pem",
  "x509CO",
  "pemco",
  "pemia",
  "x509IO",
  "x509IOR",
  "base64",
];
/** Every collect format. */
export const COLLECT_FORMATS: readonly CollectFormat[] = [...TEXT_FORMATS, "bin", "pkcs12"];

const decoder = new TextDecoder();

/** Turns the bytes of a text format into a string (the server labels every format `application/octet-stream`). */
export function asCollected<F extends CollectFormat | undefined>(
  call: ApiPromise<Uint8Array>,
  format: F,
): ApiPromise<Collected<F>> {
  if (format === "bin" || format === "pkcs12") return call as ApiPromise<Collected<F>>;
  return call.map((bytes) => decoder.decode(bytes)) as ApiPromise<Collected<F>>;
}

/** RFC 5280 revocation reasons Sectigo accepts, by code or by name. */
export type RevocationReason =
  | 0
  | 1
  | 3
  | 4
  | 5
  | "0"
  | "1"
  | "3"
  | "4"
  | "5"
  | "unspecified"
  | "keyCompromise"
  | "affiliationChanged"
  | "superseded"
  | "cessationOfOperation";

const REASONS: Record<string, 0 | 1 | 3 | 4 | 5> = {
  unspecified: 0,
  keyCompromise: 1,
  affiliationChanged: 3,
  superseded: 4,
  cessationOfOperation: 5,
};

/** The reason code (0, 1, 3, 4, 5) of a reason given as number, digit string or name; undefined when it is none. */
export function reasonCode(value: unknown): 0 | 1 | 3 | 4 | 5 | undefined {
  if (typeof value === "string" && value in REASONS) return REASONS[value];
  const n = typeof value === "string" && /^\d$/.test(value) ? Number(value) : value;
  return n === 0 || n === 1 || n === 3 || n === 4 || n === 5 ? n : undefined;
}

/**
 * A revoke input with `reasonCode` in the form the operation's schema takes: an integer for the SCM
 * REST API's operations, a string for the Admin API's V2 operations. (On the Admin API, the shared
 * operations' integer is turned into a string by the surface adapter.) Anything that is not a known
 * reason is left for the schema to refuse.
 */
export function withReason<T>(input: T, as: "integer" | "string"): T {
  if (!input || typeof input !== "object" || !("reasonCode" in input)) return input;
  const code = reasonCode((input as { reasonCode: unknown }).reasonCode);
  if (code === undefined) return input;
  return { ...input, reasonCode: as === "string" ? String(code) : code };
}

// ---------------------------------------------------------------------------------------------
// Waiting for issuance

/** Options of `enrollAndCollect` and `waitForCertificate`. */
export interface CollectWaitOptions<F extends CollectFormat = "pem"> {
  /** The format to collect in (default `pem`: the certificate with its chain, as text). */
  format?: F | undefined;
  /** Passphrase of the PKCS#12 file, with `format: "pkcs12"`. */
  passphrase?: string | undefined;
  /** Give up after this many ms for the whole flow (checks, enroll, polling). Default 600000 (10 minutes). */
  timeout?: number | undefined;
  /** Give up at this moment (epoch ms), whichever comes first with `timeout`: share one budget across flows. */
  deadline?: number | undefined;
  /** Wait between collect attempts, in ms, or a function of the attempt number. Default 5000. */
  interval?: number | ((attempt: number) => number) | undefined;
  /** Stops the flow at once (an AbortError). */
  signal?: AbortSignal | undefined;
  /** Hears every step: `enrolled`, then one `waiting` per not-ready collect, then `issued`. */
  onProgress?: ((progress: IssuanceProgress) => void) | undefined;
  /** Check the request before enrolling (profile, term, CSR, names, custom fields). Default true. */
  check?: boolean | undefined;
  /** Retries of each call (the client's by default). */
  maxRetries?: number | undefined;
  /** Extra headers on each call. */
  headers?: Record<string, string> | undefined;
}

/** One step of an enroll-and-collect. */
export interface IssuanceProgress {
  /** `enrolled` (the order exists), `waiting` (a collect said "not ready"), `issued`. */
  readonly phase: "enrolled" | "waiting" | "issued";
  /** The certificate's SCM ID (`sslId` or `certId`). */
  readonly id: number;
  /** Collect attempts so far. */
  readonly attempt: number;
  readonly elapsedMs: number;
  /** Why it is not ready, in Sectigo's words (`-1400: ...`), while waiting. */
  readonly status?: string | undefined;
}

/** An issued certificate as enroll-and-collect gives it. */
export interface CollectedCertificate<T extends string | Uint8Array, E = unknown> {
  /** The certificate's SCM ID (`sslId` or `certId`): collect, renew or revoke it with this. */
  readonly id: number;
  /** The format it was collected in. */
  readonly format: CollectFormat;
  /** The certificate: text for PEM/Base64 formats, bytes for `bin` and `pkcs12`. */
  readonly certificate: T;
  /** What the enroll call answered (order number, renew ID...). */
  readonly enrollment: E;
}

/**
 * The flow ran out of time before the certificate was issued. The order exists: collect it later
 * with its `id` (the message says how). `lastStatus` is the last "not ready" answer.
 */
export class CertificateTimeoutError extends WaitTimeoutError {
  static override readonly kind: string = "CertificateTimeoutError";
  /** `ssl`, `smime` or `device`. */
  readonly certificateKind: string;
  /** The certificate's SCM ID. */
  readonly id: number;
  /** The last "not ready" answer, in Sectigo's words (`-1400: ...`), if a collect was answered. */
  readonly lastStatus: string | undefined;

  constructor(
    message: string,
    options: { timeoutMs: number; kind: string; id: number; lastStatus: string | undefined; cause?: unknown },
  ) {
    super(message, { timeoutMs: options.timeoutMs, lastValue: options.lastStatus, cause: options.cause });
    this.certificateKind = options.kind;
    this.id = options.id;
    this.lastStatus = options.lastStatus;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), certificateKind: this.certificateKind, id: this.id, lastStatus: this.lastStatus };
  }
}

const isFunction = (v: unknown) => typeof v === "function";
const isSignal = (v: unknown) =>
  typeof v === "object" && v !== null && typeof (v as AbortSignal).aborted === "boolean" && "addEventListener" in v;
const positiveMs = (v: unknown, zero: boolean) =>
  typeof v === "number" && Number.isFinite(v) && (v > 0 || (zero && v === 0));

const waitSchema = lazy(() =>
  strictObject(
    {
      format: optional(
        enumOf(COLLECT_FORMATS as [CollectFormat, ...CollectFormat[]], {
          error: `must be one of ${COLLECT_FORMATS.join(", ")}`,
        }),
      ),
      passphrase: optional(string({ error: "must be a string" })),
      timeout: optional(custom((v) => positiveMs(v, false), { error: "must be a number of ms greater than 0" })),
      deadline: optional(number({ error: "must be a time in epoch ms" })),
      interval: optional(
        custom((v) => positiveMs(v, true) || isFunction(v), { error: "must be a number of ms (>= 0) or a function" }),
      ),
      signal: optional(custom(isSignal, { error: "must be an AbortSignal" })),
      onProgress: optional(custom(isFunction, { error: "must be a function" })),
      check: optional(boolean({ error: "must be true or false" })),
      maxRetries: optional(int({ error: "must be an integer" })),
      headers: optional(record(string(), string(), { error: "must be an object of header strings" })),
    },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys" ? `has unknown options ${issue.keys.join(", ")}` : "must be an object",
    },
  ),
);

/** Checks the options of a waiting flow (a ValidationError naming the field). */
export function checkWaitOptions(options: unknown, what: string): void {
  validate(waitSchema, options, `${what} options`);
}

/** One certificate kind, as the waiter needs it. */
export interface WaiterSpec {
  /** `ssl`, `smime`, `device`. */
  readonly kind: string;
  /** The ID field of its collect input (`sslId`, `certId`). */
  readonly idField: string;
  /** The method users call to collect later. */
  readonly collectMethod: string;
  /** Collects once (throws the server's error when not ready). */
  readonly collect: (id: number, format: CollectFormat, options: CallOptions) => Promise<string | Uint8Array>;
}

/** A not-ready answer in Sectigo's words. */
function statusOf(error: unknown): string {
  const code = sectigoCode(error);
  const message = error instanceof Error ? error.message : String(error);
  const detail =
    message.match(/failed with [^:]+: (.*) \((GET|POST) /)?.[1] ??
    (code !== undefined ? describeSectigoCode(code) : undefined);
  return code !== undefined ? `${code}: ${detail ?? "not ready"}` : (detail ?? message);
}

/**
 * Polls collect until the certificate is issued. Only "not ready" answers (`isNotReady`) keep it
 * waiting; any other error is thrown at once. Each collect gets the waiter's signal and the time
 * left as its timeout. Running out of time is a CertificateTimeoutError that names the ID and the
 * last status.
 */
export async function waitForIssuance<F extends CollectFormat>(
  spec: WaiterSpec,
  id: number,
  options: CollectWaitOptions<F>,
  started: number,
  deadline: number,
): Promise<string | Uint8Array> {
  const format = (options.format ?? "pem") as CollectFormat;
  // PKCS#12 is fetched once, after a text collect says the certificate is issued.
  const pollFormat: CollectFormat = format === "pkcs12" ? "pemco" : format;
  type State = { ready: true; value: string | Uint8Array } | { ready: false; status: string };
  let lastStatus: string | undefined;
  let collects = 0;
  const callOptions = (ctx: { signal: AbortSignal; remainingMs: number }): CallOptions => ({
    signal: ctx.signal,
    timeout: Math.max(1, ctx.remainingMs),
    ...(options.maxRetries !== undefined && { maxRetries: options.maxRetries }),
    ...(options.headers && { headers: options.headers }),
  });
  let value: string | Uint8Array;
  try {
    const state = await waitFor<State>(
      async (_attempt, ctx) => {
        collects++;
        try {
          return { ready: true, value: await spec.collect(id, pollFormat, callOptions(ctx)) };
        } catch (error) {
          if (!isNotReady(error)) throw error;
          lastStatus = statusOf(error);
          return { ready: false, status: lastStatus };
        }
      },
      {
        until: (s) => s.ready,
        deadline,
        timeout: Math.max(0, deadline - Date.now()),
        interval: options.interval ?? 5000,
        signal: options.signal,
        description: `${spec.kind} certificate ${id}`,
        onProgress: ({ value: s }) => {
          if (s && !s.ready) {
            options.onProgress?.({
              phase: "waiting",
              id,
              attempt: collects,
              elapsedMs: Date.now() - started,
              status: s.status,
            });
          }
        },
      },
    );
    if (!state.ready) throw new TrustplaneError("unreachable: waiter ended without a certificate");
    value = state.value;
    if (format === "pkcs12") {
      value = await spec.collect(
        id,
        "pkcs12",
        flowCall(options, deadline, `downloading the PKCS#12 of ${spec.kind} certificate ${id}`, started),
      );
    }
  } catch (error) {
    // The waiter's deadline, or a collect's own timeout (set to the time left) firing first.
    const outOfTime =
      error instanceof WaitTimeoutError || (error instanceof TimeoutError && Date.now() >= deadline - 250);
    if (outOfTime && !(error instanceof CertificateTimeoutError)) {
      const timeoutMs = Math.max(0, deadline - started);
      throw new CertificateTimeoutError(
        `${spec.kind} certificate ${id} was not issued within ${timeoutMs} ms (last status: ${
          lastStatus ?? "no collect answered yet"
        }); the order stands: collect it later with ${spec.collectMethod}({ ${spec.idField}: ${id} })`,
        { timeoutMs, kind: spec.kind, id, lastStatus, cause: error },
      );
    }
    throw error;
  }
  options.onProgress?.({ phase: "issued", id, attempt: collects, elapsedMs: Date.now() - started });
  return value;
}

/** What enroll-and-collect needs from one certificate kind. */
export interface EnrollFlow<E> {
  /** The method, for messages (`ssl.enrollAndCollect`). */
  readonly what: string;
  /** How its certificates are collected (given the flow's checked `passphrase`). */
  readonly waiter: (passphrase: string | undefined) => WaiterSpec;
  /** The checks made before enrolling (unless `check: false`). */
  readonly check: EnrollmentCheck;
  /** The enroll answer's field that holds the new certificate's ID (`sslId`, `id`, `deviceCertId`). */
  readonly answerId: string;
  /** Sends the enrollment with the flow's call options. */
  readonly enroll: (options: CallOptions) => Promise<E>;
}

/**
 * Enrolls, then waits until the certificate is issued and collects it: checks the input and the
 * options, runs the pre-enrollment checks, enrolls within the flow's deadline, and hands the new ID
 * to `waitForIssuance`.
 */
export async function enrollAndCollect<F extends CollectFormat, E>(
  flow: EnrollFlow<E>,
  input: unknown,
  options: CollectWaitOptions<F>,
): Promise<CollectedCertificate<Collected<F>, E>> {
  requireObject(input, `${flow.what} input`);
  checkWaitOptions(options, flow.what);
  const waiter = flow.waiter(options.passphrase);
  refuseFormat(waiter.kind, options.format);
  const { started, deadline } = flowDeadline(options);
  if (options.check !== false) await checkEnrollment(flow.check, input);
  const enrollment = await flow.enroll(flowCall(options, deadline, "enrolling", started));
  const id = (enrollment as Record<string, unknown> | undefined)?.[flow.answerId];
  if (typeof id !== "number") {
    throw new ValidationError(`${flow.what}: the enroll answer has no ${flow.answerId}`, [
      { path: flow.answerId, message: "missing from the enroll answer" },
    ]);
  }
  options.onProgress?.({ phase: "enrolled", id, attempt: 0, elapsedMs: Date.now() - started });
  const certificate = await waitForIssuance(waiter, id, options, started, deadline);
  return { id, format: options.format ?? "pem", certificate: certificate as Collected<F>, enrollment };
}

/** Waits until an already ordered certificate (`input[idField]`) is issued, and collects it. */
export async function waitForOrdered<F extends CollectFormat>(
  what: string,
  idField: string,
  waiterFor: (passphrase: string | undefined) => WaiterSpec,
  input: unknown,
  options: CollectWaitOptions<F>,
): Promise<Collected<F>> {
  requireId(input, idField, `${what} input`);
  checkWaitOptions(options, what);
  const waiter = waiterFor(options.passphrase);
  const { started, deadline } = flowDeadline(options);
  const id = (input as Record<string, number>)[idField] as number;
  return (await waitForIssuance(waiter, id, options, started, deadline)) as Collected<F>;
}

/** The deadline of a flow that starts now. */
export function flowDeadline(options: { timeout?: number | undefined; deadline?: number | undefined }): {
  started: number;
  deadline: number;
} {
  const started = Date.now();
  const deadline = Math.min(started + (options.timeout ?? 600_000), options.deadline ?? Number.POSITIVE_INFINITY);
  return { started, deadline };
}

/** The options of a call made inside a flow: its signal and the time left as its timeout. */
export function flowCall(
  options: CollectWaitOptions<CollectFormat>,
  deadline: number,
  description: string,
  started: number,
): CallOptions {
  const remaining = deadline - Date.now();
  if (remaining <= 0) {
    throw new WaitTimeoutError(`Timed out after ${Math.max(0, deadline - started)} ms before ${description}`, {
      timeoutMs: Math.max(0, deadline - started),
      lastValue: undefined,
    });
  }
  return {
    timeout: remaining,
    ...(options.signal && { signal: options.signal }),
    ...(options.maxRetries !== undefined && { maxRetries: options.maxRetries }),
    ...(options.headers && { headers: options.headers }),
  };
}

/** The ValidationError of the waiter options that do not fit a certificate kind. */
export function refuseFormat(kind: string, format: CollectFormat | undefined): void {
  if (format === "pkcs12" && kind === "device") {
    throw new ValidationError(
      `Invalid device collect input: format: "pkcs12" is available for SSL (key held by a Private Key Agent) and S/MIME (key escrow) certificates`,
      [{ path: "format", message: '"pkcs12" is available for SSL and S/MIME certificates only' }],
    );
  }
}

/** For tests: the context type the certificate resources read. */
export type { SectigoContext };
