// Validators for HSDS 3.1, set up as ../shared/schemas/hsds-3.1/README.md says: draft
// 2020-12, formats, the HSDS-only keywords as a vocabulary, every file added under its
// own name (the $refs are bare file names). "strict" is a copy with
// additionalProperties: false on every object, as Open Referral's CI does, so a
// misspelt field fails instead of passing silently.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";

export const HSDS_DIR = fileURLToPath(new URL("../../../shared/schemas/hsds-3.1", import.meta.url));
const HSDS_KEYWORDS = ["name", "path", "core", "example", "constraints", "datapackage_metadata", "datapackage_type", "tabular_required"];

type Node = Record<string, unknown>;

function closeObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (!node || typeof node !== "object") return node;
  const out: Node = {};
  for (const [key, value] of Object.entries(node)) out[key] = closeObjects(value);
  if (out.type === "object" && out.properties) out.additionalProperties = false;
  return out;
}

function schemaFiles(): string[] {
  return fs.readdirSync(HSDS_DIR).filter((f) => f.endsWith(".json"));
}

export function hsdsValidator(strict: boolean) {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary(HSDS_KEYWORDS);
  for (const file of schemaFiles()) {
    const json = JSON.parse(fs.readFileSync(path.join(HSDS_DIR, file), "utf8"));
    ajv.addSchema(strict ? closeObjects(json) : json, file);
  }
  const validate = ajv.getSchema("service.json");
  if (!validate) throw new Error("service.json is missing from the HSDS schemas");
  return (data: unknown): string[] => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`));
}

export function officialExample(): unknown {
  return JSON.parse(fs.readFileSync(path.join(HSDS_DIR, "examples/service_full.json"), "utf8"));
}
