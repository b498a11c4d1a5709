/** Every scope a service account can be granted on the `/environment` endpoints. */
export const AIC_SCOPES = [
  "fr:idc:esv:*",
  "fr:idc:esv:read",
  "fr:idc:esv:update",
  "fr:idc:esv:restart",
  "fr:idc:promotion:*",
  "fr:idc:certificate:*",
  "fr:idc:certificate:read",
  "fr:idc:content-security-policy:*",
  "fr:idc:cookie-domain:*",
  "fr:idc:custom-domain:*",
  "fr:idc:federation:*",
  "fr:idc:release:*",
  "fr:idc:sso-cookie:*",
] as const;

/** A scope name of the tenant API (any string is accepted; the documented ones autocomplete). */
export type AicScope = (typeof AIC_SCOPES)[number] | (string & {});
