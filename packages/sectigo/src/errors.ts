import type { ErrorEnvelopeParser, ParsedErrorBody } from "@trustplane/core";

/**
 * Reads Sectigo's error envelope, `{ code: <negative number>, description }` (`-16` bad
 * credentials, `-1400` request still being processed...), into `ApiError.code` and the message.
 */
export const parseSectigoError: ErrorEnvelopeParser = (body): ParsedErrorBody | undefined => {
  if (!body || typeof body !== "object" || Array.isArray(body)) return undefined;
  const { code, description, message } = body as Record<string, unknown>;
  const numeric = typeof code === "string" && /^-?\d+$/.test(code) ? Number(code) : code;
  return {
    code: typeof numeric === "number" || typeof numeric === "string" ? numeric : undefined,
    message: typeof description === "string" ? description : typeof message === "string" ? message : undefined,
  };
};
