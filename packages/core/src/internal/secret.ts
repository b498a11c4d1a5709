import { inspect } from "node:util";
import { REDACTED } from "../logging/redact.js";

/**
 * Holds a credential so that JSON.stringify, util.inspect, template strings and console.log show
 * `[redacted]`. Only `reveal()` gives the value, at the moment it goes on the wire.
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toJSON(): string {
    return REDACTED;
  }

  toString(): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return `Secret(${REDACTED})`;
  }
}
