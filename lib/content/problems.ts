// Problems are collected across every file and printed together, one per line, as
// `file:line  field.path: message`, so an editor sees everything that is wrong at once.

import path from "node:path";
import { LineCounter, parseDocument, type Document } from "yaml";

export type Problem = { file: string; line: number; field: string; message: string };

export function formatProblems(problems: Problem[], cwd = process.cwd()): string {
  const lines = problems.map((p) => `${path.relative(cwd, p.file) || p.file}:${p.line}  ${p.field ? `${p.field}: ` : ""}${p.message}`);
  const files = new Set(problems.map((p) => p.file)).size;
  return `${lines.join("\n")}\n\n${problems.length} problem${problems.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}.`;
}

export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`Content is not valid:\n${formatProblems(problems)}`);
    this.name = "ContentError";
  }
}

/** Parsed frontmatter that can say on which line of the file a field was written. */
export type Frontmatter = { data: unknown; errors: Problem[]; lineOf: (fieldPath: PropertyKey[]) => number };

export function parseFrontmatter(file: string, yamlText: string, firstLine: number): Frontmatter {
  const counter = new LineCounter();
  const doc: Document = parseDocument(yamlText, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const toFileLine = (offset: number) => counter.linePos(offset).line + firstLine - 1;

  const errors = doc.errors.map((e) => ({
    file,
    line: toFileLine(e.pos[0]),
    field: "",
    message: `invalid YAML: ${e.message.split("\n")[0]}`,
  }));

  // Walk up the path until a node exists: a missing field is reported on its parent.
  const lineOf = (fieldPath: PropertyKey[]) => {
    for (let n = fieldPath.length; n > 0; n--) {
      const keys = fieldPath.slice(0, n).map((k) => (typeof k === "symbol" ? String(k) : k));
      const parent = n > 1 ? doc.getIn(keys.slice(0, -1), true) : doc.contents;
      const pair = isMap(parent) ? parent.items.find((p) => scalarValue(p.key) === keys[n - 1]) : undefined;
      const node = pair?.key ?? doc.getIn(keys, true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range) return toFileLine(range[0]);
    }
    return firstLine;
  };

  return { data: errors.length ? undefined : (doc.toJS() ?? {}), errors, lineOf };
}

function isMap(node: unknown): node is { items: { key: unknown }[] } {
  return !!node && typeof node === "object" && Array.isArray((node as { items?: unknown }).items) && (node as { items: unknown[] }).items.every((i) => !!i && typeof i === "object" && "key" in (i as object));
}

function scalarValue(node: unknown): unknown {
  return node && typeof node === "object" && "value" in node ? (node as { value: unknown }).value : node;
}
