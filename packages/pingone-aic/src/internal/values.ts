/** A value as the API carries it: base64 text. Strings are encoded as UTF-8 first. */
export function toBase64(value: string | Uint8Array): string {
  return (typeof value === "string" ? Buffer.from(value, "utf8") : Buffer.from(value)).toString("base64");
}

/** The bytes a `valueBase64` field holds. */
export function fromBase64(value: string): Uint8Array {
  return new Uint8Array(Buffer.from(value, "base64"));
}

/** The UTF-8 text a `valueBase64` field holds. */
export function base64ToText(value: string): string {
  return Buffer.from(value, "base64").toString("utf8");
}
