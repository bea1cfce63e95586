// Where the project's own files are (schemas/, templates/), whether running
// from dist/ or from src/ under vitest: two levels above this file.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const projectPath = (...p: string[]) => join(PROJECT_DIR, ...p);
