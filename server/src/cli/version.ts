// The version printed by --version and written into SARIF: inlined from package.json by the bundler
// (a named import, so only this field ends up in dist/cli.js).
import { version } from '../../../package.json';

export const VERSION: string = version;
