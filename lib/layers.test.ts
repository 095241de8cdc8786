import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The layers the house rules ask for, read from the code itself: lib/'s folders depend one way, files too,
// production code never leans on test support, and the emulator shares nothing with the client it checks.

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE = /\.tsx?$/;
/** Tests, and the modules only tests import (builders, fixtures, emulator clients): one suffix each. */
const TEST_CODE = /\.test(-support)?\.tsx?$/;

function filesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder)).flatMap((name) => {
    const path = `${folder}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return filesUnder(path);
    return SOURCE.test(name) ? [path] : [];
  });
}

/** Every module a file names: static imports and exports, `import type`, `import()` and `import('…').T`. */
function specifiersOf(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(join(ROOT, path), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [first] = node.arguments;
      const literal = first && ts.isAsExpression(first) ? first.expression : first;
      if (literal && ts.isStringLiteralLike(literal)) found.push(literal.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      found.push(node.moduleReference.expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The project file a specifier names (root-relative, `/`-separated), or undefined for a package. */
function resolveImport(from: string, specifier: string): string | undefined {
  const bare = specifier.split('?')[0]!;
  let base: string;
  if (/^[@~]{1,2}\//.test(bare)) base = join(ROOT, bare.replace(/^[@~]{1,2}\//, ''));
  else if (bare.startsWith('.')) base = resolve(ROOT, dirname(from), bare);
  else return undefined;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}.d.ts`, join(base, 'index.ts'), join(base, 'index.tsx')];
  const hit = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  return relative(ROOT, hit ?? base).split(sep).join('/');
}

interface Edge { from: string; to: string }

function importsOf(files: string[]): Edge[] {
  return files.flatMap((from) => specifiersOf(from).flatMap((specifier) => {
    const to = resolveImport(from, specifier);
    return to ? [{ from, to }] : [];
  }));
}

/** lib/a/b.ts → lib/a; lib/errors.ts → lib (the root utilities, one layer below every folder). */
const folderOf = (file: string): string => file.split('/').slice(0, 2).filter((part) => !SOURCE.test(part)).join('/');

type Graph = Map<string, Set<string>>;

function graphOf(edges: Array<[string, string]>): Graph {
  const next: Graph = new Map();
  for (const [from, to] of edges) if (from !== to) next.set(from, (next.get(from) ?? new Set()).add(to));
  return next;
}

/** Breadth first: the shortest path from `start` to every node it reaches. */
function pathsFrom(next: Graph, start: string): Map<string, string[]> {
  const paths = new Map<string, string[]>([[start, [start]]]);
  const queue = [start];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    for (const to of next.get(node) ?? []) {
      if (!paths.has(to)) { paths.set(to, [...paths.get(node)!, to]); queue.push(to); }
    }
  }
  return paths;
}

/** The members of each strongly connected group of more than one node, sorted. */
function cycleGroups(next: Graph): string[][] {
  const reach = new Map([...next.keys()].sort().map((node) => [node, pathsFrom(next, node)]));
  const seen = new Set<string>();
  const groups: string[][] = [];
  for (const [node, paths] of reach) {
    if (seen.has(node)) continue;
    const group = [...paths.keys()].filter((other) => reach.get(other)?.has(node));
    group.forEach((member) => seen.add(member));
    if (group.length > 1) groups.push(group.sort());
  }
  return groups;
}

/** The shortest way round through `node`: out to a neighbour in its group and straight back. */
function shortestCycleThrough(next: Graph, node: string): string[] {
  const back = [...(next.get(node) ?? [])].flatMap((to) => {
    const path = pathsFrom(next, to).get(node);
    return path ? [[node, ...path]] : [];
  });
  return back.reduce((shortest, path) => (path.length < shortest.length ? path : shortest));
}

/** Each cycle group, shown by its shortest cycle through its first member. */
const cyclesOf = (next: Graph): string[][] => cycleGroups(next).map((group) => shortestCycleThrough(next, group[0]!));

/** A cycle in words, each step with one import that makes it. */
function describeCycle(cycle: string[], edges: Edge[], nodeOf: (file: string) => string): string {
  return cycle.slice(1).map((to, index) => {
    const from = cycle[index]!;
    const witness = edges.find((edge) => nodeOf(edge.from) === from && nodeOf(edge.to) === to);
    return witness && nodeOf(witness.from) !== witness.from ? `${from} → ${to} (${witness.from} imports ${witness.to})` : `${from} → ${to}`;
  }).join('\n  ');
}

const production = filesUnder('lib').filter((file) => !TEST_CODE.test(file));
const productionImports = importsOf(production).filter((edge) => edge.to.startsWith('lib/'));

describe('the layers of lib/', () => {
  it('has no cycle among its folders (value or type imports)', () => {
    const folders = graphOf(productionImports.map((edge): [string, string] => [folderOf(edge.from), folderOf(edge.to)]));
    const failures = cyclesOf(folders).map((cycle) => describeCycle(cycle, productionImports, folderOf));
    expect(failures, `folder cycles:\n  ${failures.join('\n\n  ')}`).toEqual([]);
  });

  it('keeps its root files (errors, formats, styles, …) below every folder', () => {
    const upward = productionImports.filter((edge) => folderOf(edge.from) === 'lib' && folderOf(edge.to) !== 'lib');
    expect(upward.map((edge) => `${edge.from} imports ${edge.to}`)).toEqual([]);
  });

  it('has no cycle among its files', () => {
    const files = graphOf(productionImports.map((edge): [string, string] => [edge.from, edge.to]));
    const failures = cyclesOf(files).map((cycle) => cycle.join(' → '));
    expect(failures, `file cycles:\n  ${failures.join('\n  ')}`).toEqual([]);
  });

  it('keeps test support out of production code', () => {
    const leaks = productionImports.filter((edge) => TEST_CODE.test(edge.to)).map((edge) => `${edge.from} imports ${edge.to}`);
    expect(leaks).toEqual([]);
  });
});

describe('the emulator', () => {
  it('imports nothing from lib/ (it uses the SDKs’ own types, so it catches the client’s mistakes instead of sharing them)', () => {
    const reaches = importsOf(filesUnder('emulator')).filter((edge) => edge.to.startsWith('lib/')).map((edge) => `${edge.from} imports ${edge.to}`);
    expect(reaches).toEqual([]);
  });
});
