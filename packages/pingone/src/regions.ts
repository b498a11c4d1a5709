/** The PingOne regions, by the top-level domain of their hosts. */
export const PINGONE_REGIONS = ["com", "eu", "asia", "ca", "com.au", "sg"] as const;

/** A PingOne region: the top-level domain of `api.pingone.<region>` and `auth.pingone.<region>`. */
export type PingOneRegion = (typeof PINGONE_REGIONS)[number];

/**
 * PingOne's region codes (as `PINGONE_REGION_CODE` holds them for the PingOne Terraform provider,
 * and as the Go SDK's `RegionCode` takes them) and the region each one names: `NA` North America,
 * `EU` Europe, `AP` Asia-Pacific (`.asia`), `CA` Canada, `AU` Australia, `SG` Singapore.
 */
export const PINGONE_REGION_CODES: Readonly<Record<"NA" | "EU" | "AP" | "CA" | "AU" | "SG", PingOneRegion>> = {
  NA: "com",
  EU: "eu",
  AP: "asia",
  CA: "ca",
  AU: "com.au",
  SG: "sg",
};

/** The two hosts a PingOne client talks to. */
export interface PingOneUrls {
  /** Base of the management API, including `/v1` (`https://api.pingone.eu/v1`). */
  apiUrl: string;
  /** Base of the authorization server; a token URL is `<authUrl>/<environmentId>/as/token`. */
  authUrl: string;
}

/** The API and auth base URLs of a region. */
export function regionUrls(region: PingOneRegion): PingOneUrls {
  return { apiUrl: `https://api.pingone.${region}/v1`, authUrl: `https://auth.pingone.${region}` };
}

/** The client-credentials token endpoint of an environment under an auth base URL. */
export function tokenUrlFor(authUrl: string, environmentId: string): string {
  return `${authUrl.replace(/\/+$/, "")}/${encodeURIComponent(environmentId)}/as/token`;
}
