import { REDACTED } from "../logging/redact.js";
import { inspectCustom } from "./builtins.js";

/**
 * Holds a credential so that JSON.stringify, util.inspect, template strings and console.log show
 * `[redacted]`. Only `reveal()` gives the value, at the moment it goes on the wire.
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  /** The value, for the moment it goes on the wire. */
  reveal(): string {
    return this.#value;
  }

  /** `[redacted]`. */
  toJSON(): string {
    return REDACTED;
  }

  /** `[redacted]`. */
  toString(): string {
    return REDACTED;
  }

  /** `Secret([redacted])`. */
  [inspectCustom](): string {
    return `Secret(${REDACTED})`;
  }
}
