/** The version, read from package.json (the one place it is declared), in src/ and in dist/ alike. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const VERSION: string = (require('../package.json') as { version: string }).version;
