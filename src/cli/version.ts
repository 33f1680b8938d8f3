import { readFileSync } from 'node:fs';

/** The package version. This module sits two folders below the package root as source and once built. */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return String(manifest.version);
}
