/**
 * Building blocks of the hand-written input checks, on zod/mini. Every block is a function:
 * schemas are built inside `lazy(() => ...)` on first use, never at import time. zod/mini has no
 * locale, so checks carry their own words (core's describeIssue phrases the rest); values are
 * never quoted.
 */
import {
  array,
  boolean,
  custom,
  minLength,
  optional,
  record,
  refine,
  string,
  union,
  number as zodNumber,
} from "zod/mini";

/** "is required" when the field is absent, `rule` otherwise. */
export const need =
  (rule: string) =>
  (issue: { readonly input?: unknown }): string =>
    issue.input === undefined ? "is required" : rule;

/** A non-empty string. */
export const nonEmpty = (rule = "must be a non-empty string") =>
  string({ error: need(rule) }).check(minLength(1, "must not be empty"));

/** A value that goes into the URL path as one segment: non-empty, not `.` or `..`, no `/`. */
export const segment = () =>
  nonEmpty().check(
    refine(
      (v: string) => v !== "." && v !== ".." && !v.includes("/"),
      'must be one path segment (no "/", not "." or "..")',
    ),
  );

/** A mount path: one or more segments (`approle`, `team-a/approle`); a trailing `/` is allowed and dropped. */
export const mountPath = () =>
  nonEmpty().check(
    refine(
      (v: string) =>
        v
          .replace(/\/+$/, "")
          .split("/")
          .every((s) => s !== "" && s !== "." && s !== ".."),
      'must be a mount path like "approle" or "team-a/approle" (no empty, "." or ".." segments)',
    ),
  );

/** A mount path without its trailing slashes. */
export const trimMount = (mount: string): string => mount.replace(/\/+$/, "");

/** True when a namespace path has no whitespace or control characters. */
export const isNamespacePath = (value: string): boolean =>
  [...value].every((c) => c.charCodeAt(0) > 0x20 && c.charCodeAt(0) !== 0x7f && !/\s/.test(c));

/** A namespace path (`team-a`, `team-a/dev`); slashes at either end are allowed and dropped later. */
export const namespacePath = () =>
  string({ error: need("must be a string") }).check(
    refine(isNamespacePath, "must not contain whitespace or control characters"),
  );

/** true or false. */
export const flag = () => boolean({ error: need("must be true or false") });

/** A function. */
export const fn = (rule = "must be a function") =>
  custom<(...args: never[]) => unknown>((v) => typeof v === "function", rule);

/** A non-empty string or a function giving one. */
export const textOrFn = (rule: string) =>
  custom<string | (() => string | Promise<string>)>(
    (v) => (typeof v === "string" && v !== "") || typeof v === "function",
    rule,
  );

/** An array of non-empty strings. */
export const strings = (rule = "must be an array of strings") =>
  array(nonEmpty("must be a non-empty string"), { error: need(rule) });

/** A string map (`metadata`, `custom_metadata`). */
export const stringMap = () =>
  record(string(), string({ error: "must be a string" }), { error: need("must be an object of string values") });

/** One id or several. */
export const oneOrMany = (rule: string) =>
  union([nonEmpty(rule), array(nonEmpty(rule)).check(minLength(1, "must not be empty"))], { error: need(rule) });

/** A duration: whole seconds or a Go duration string (`30s`, `5m`, `1h`). */
export const duration = () =>
  union(
    [
      zodNumber().check(
        refine((n: number) => Number.isInteger(n) && n > 0, "must be a positive whole number of seconds"),
      ),
      string().check(refine((s: string) => /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$|^\d+$/.test(s), "")),
    ],
    { error: need('must be whole seconds or a duration like "30s", "5m", "1h"') },
  );

export { optional };
