export { vitestBase as default } from "../vitest.shared.ts";
