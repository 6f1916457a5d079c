import { fileURLToPath } from 'node:url';

/** The absolute path of `relative`, a path from the repository's top folder. */
export const projectPath = (relative: string): string => fileURLToPath(new URL(`../${relative}`, import.meta.url));
