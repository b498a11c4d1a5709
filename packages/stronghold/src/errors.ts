import type { ErrorEnvelopeParser, ParsedErrorBody } from "@trustplane/core";

/**
 * Reads the Vault-style error envelope, `{ errors: [string, ...] }`: every message is kept (joined
 * in the message, all of them in `details.errors`).
 */
export const parseStrongholdError: ErrorEnvelopeParser = (body): ParsedErrorBody | undefined => {
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors)) return undefined;
  const messages = errors.filter((e): e is string => typeof e === "string");
  return {
    ...(messages.length > 0 && { message: messages.join("; ") }),
    details: { errors: messages },
  };
};
