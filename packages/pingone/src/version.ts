// A named import: a bundler inlines this one string, not the whole package.json.
import { version } from "../package.json";

/** This package's version, sent in the User-Agent. */
export const VERSION: string = version;
