/** The five vendors: spec directory, package directory and the operations each must cover. */
export interface Vendor {
  /** Directory under specs/ and packages/. */
  id: string;
  /** npm package name. */
  packageName: string;
  /** Human name for reports. */
  title: string;
  /** How many operations the spec must cover (from the issue and ../shared/facts/README.md). */
  required: number;
  /** Opt in to generated resource classes (src/generated/resources.gen.ts); the envelope to unwrap. */
  resources?: { envelope?: string };
}

export const vendors: Vendor[] = [
  { id: "pingone-aic", packageName: "@trustplane/pingone-aic", title: "PingOne Advanced Identity Cloud", required: 54 },
  {
    id: "openziti",
    packageName: "@trustplane/openziti",
    title: "OpenZiti Edge Management",
    required: 199,
    resources: { envelope: "data" },
  },
  {
    id: "sectigo",
    packageName: "@trustplane/sectigo",
    title: "Sectigo Certificate Manager",
    required: 387,
    resources: {},
  },
  {
    id: "stronghold",
    packageName: "@trustplane/stronghold",
    title: "Stronghold identity engine",
    required: 120,
    resources: { envelope: "data" },
  },
  { id: "pingone", packageName: "@trustplane/pingone", title: "PingOne Platform certificates and keys", required: 24 },
];

export const specPath = (v: Vendor): string => `specs/${v.id}/openapi.yaml`;
export const generatedDir = (v: Vendor): string => `packages/${v.id}/src/generated`;
