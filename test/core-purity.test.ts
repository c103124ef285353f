/** The core runs in Excel, in the browser preview and in Node: it imports only itself and touches no host. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = join(__dirname, '..', 'src', 'core');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('src/core is pure', () => {
  const all = files(CORE);
  it('has files', () => expect(all.length).toBeGreaterThan(20));
  it.each(all.map((f) => [relative(CORE, f), f]))('%s imports only relative modules and uses no host globals', (_, file) => {
    const src = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const imports = [...src.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2]);
    expect(imports.filter((i) => !i!.startsWith('.'))).toEqual([]);
    const code = src.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
    expect(code).not.toMatch(/\b(document|window|Office|Excel|process|Buffer|globalThis)\s*\./);
  });
});
