import type { SuccessBody } from "../client/create-api-client.js";

// `unknown` when there are none: intersected with the other parts, it leaves them as they are.
type ParamPart<Op, K extends "path" | "query" | "header"> = Op extends { parameters: infer P }
  ? P extends { [key in K]?: infer X }
    ? [NonNullable<X>] extends [never]
      ? unknown
      : NonNullable<X>
    : unknown
  : unknown;

/** The path parameters of an openapi-typescript operation (`unknown` when it has none). */
export type PathParams<Op> = ParamPart<Op, "path">;
/** The query parameters of an operation. */
export type QueryParams<Op> = ParamPart<Op, "query">;
/** The header parameters of an operation. */
export type HeaderParams<Op> = ParamPart<Op, "header">;

/** The request body of an operation for a media type (default: its first). */
export type RequestBodyOf<Op, Media extends string = string> = Op extends { requestBody?: infer B }
  ? NonNullable<B> extends { content: infer C }
    ? Media extends keyof C
      ? C[Media]
      : C[keyof C]
    : never
  : never;

/** The value at a dotted path of a type (`"data.keys"`); `""` is the type itself. */
export type ValueAt<T, Path extends string> = Path extends ""
  ? T
  : Path extends `${infer Head}.${infer Rest}`
    ? ValueAt<Head extends keyof NonNullable<T> ? NonNullable<T>[Head] : unknown, Rest>
    : Path extends keyof NonNullable<T>
      ? NonNullable<T>[Path]
      : unknown;

/** The item type of a list operation whose items sit at `Path` in the success body. */
export type ItemOf<Op, Path extends string> =
  NonNullable<ValueAt<SuccessBody<Op>, Path>> extends ReadonlyArray<infer I> ? I : unknown;

/** The success body of an operation, unwrapped at `Path` (an envelope's `data`). */
export type UnwrappedBody<Op, Path extends string> = ValueAt<SuccessBody<Op>, Path>;
