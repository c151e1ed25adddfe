import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository root, whether running from src/ (tests) or dist/src/ (npm start). */
export function projectRoot(from: string = __dirname): string {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
  }
  throw new Error(`package.json not found above ${from}`);
}
