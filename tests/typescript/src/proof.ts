/**
 * Cross-language proof: the published OpenAPI specs (dist/spec/*.openapi.json) give a working,
 * fully typed TypeScript client as they are.
 *
 * The `paths` types come from openapi-typescript (see ../tsgen.py, output in ../generated/), the
 * client is openapi-fetch. Against a running emulator (or any server speaking the same APIs) the
 * program signs in on Panoptes with the OAuth password grant, creates a project and a workflow and
 * reads them back, registers the workflow with Caesar and reads it back, creates a CrowdFlower job
 * and reads it back, and checks that what it read equals what it wrote.
 *
 * Every media type it sends (`Accept`, and `Content-Type` of form bodies) is read from the spec
 * files at run time, never written here.
 *
 * Settings, each as `--name=value` (or `--name value`) or from the environment:
 *   --panoptes-url     ZOO_PANOPTES_URL     Panoptes root (paths start with /api and /oauth)
 *   --caesar-url       ZOO_CAESAR_URL       Caesar root
 *   --crowdflower-url  ZOO_CROWDFLOWER_URL  CrowdFlower API root (ends in /v1)
 *   --crowdflower-key  ZOO_CROWDFLOWER_KEY  CrowdFlower API key (sent as ?key=)
 *   --username         ZOO_USERNAME         Panoptes login
 *   --password         ZOO_PASSWORD         Panoptes password
 *   --client-id        ZOO_CLIENT_ID        OAuth client id of a first-party app (password grant)
 *   --spec-dir         ZOO_SPEC_DIR         folder of the *.openapi.json files (default: dist/spec)
 *
 * On success it prints one JSON line with the ids it created and exits 0; on any mismatch or
 * failed call it prints `proof failed: ...` on stderr and exits 1 (2 for bad settings).
 */

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import createClient, { type Middleware } from "openapi-fetch";

import type { components as CaesarComponents, paths as CaesarPaths } from "../generated/caesar.js";
import type {
  components as CrowdFlowerComponents,
  paths as CrowdFlowerPaths,
} from "../generated/crowdflower.js";
import type { components as PanoptesComponents, paths as PanoptesPaths } from "../generated/panoptes.js";

type TokenRequest = PanoptesComponents["schemas"]["TokenRequest"];
type ProjectCreate = PanoptesComponents["schemas"]["ProjectCreate"];
type Project = PanoptesComponents["schemas"]["Project"];
type WorkflowCreate = PanoptesComponents["schemas"]["WorkflowCreate"];
type Workflow = PanoptesComponents["schemas"]["Workflow"];
type CaesarWorkflowCreate = CaesarComponents["schemas"]["WorkflowCreate"];
type CaesarWorkflow = CaesarComponents["schemas"]["Workflow"];
type JobCreate = CrowdFlowerComponents["schemas"]["JobCreate"];
type Job = CrowdFlowerComponents["schemas"]["Job"];

const FORM = "application/x-www-form-urlencoded";

class ProofError extends Error {}
class SettingsError extends Error {}

// ----- settings ---------------------------------------------------------------------------------

interface Settings {
  panoptesUrl: string;
  caesarUrl: string;
  crowdflowerUrl: string;
  crowdflowerKey: string;
  username: string;
  password: string;
  clientId: string;
  specDir: string;
}

const SETTINGS: ReadonlyArray<[keyof Settings, string, string]> = [
  ["panoptesUrl", "panoptes-url", "ZOO_PANOPTES_URL"],
  ["caesarUrl", "caesar-url", "ZOO_CAESAR_URL"],
  ["crowdflowerUrl", "crowdflower-url", "ZOO_CROWDFLOWER_URL"],
  ["crowdflowerKey", "crowdflower-key", "ZOO_CROWDFLOWER_KEY"],
  ["username", "username", "ZOO_USERNAME"],
  ["password", "password", "ZOO_PASSWORD"],
  ["clientId", "client-id", "ZOO_CLIENT_ID"],
  ["specDir", "spec-dir", "ZOO_SPEC_DIR"],
];

function parseArgv(argv: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (!arg.startsWith("--")) throw new SettingsError(`unexpected argument ${JSON.stringify(arg)}`);
    const eq = arg.indexOf("=");
    if (eq >= 0) {
      out.set(arg.slice(2, eq), arg.slice(eq + 1));
    } else {
      const value = argv[i + 1];
      if (value === undefined) throw new SettingsError(`${arg} needs a value`);
      out.set(arg.slice(2), value);
      i++;
    }
  }
  return out;
}

function readSettings(): Settings {
  const args = parseArgv(process.argv.slice(2));
  const known = new Set(SETTINGS.map(([, flag]) => flag));
  for (const flag of args.keys()) {
    if (!known.has(flag)) throw new SettingsError(`unknown option --${flag}`);
  }
  // build/proof.js -> tests/typescript/build -> the repository's dist/spec
  const here = path.dirname(fileURLToPath(import.meta.url));
  const defaults: Partial<Settings> = { specDir: path.resolve(here, "..", "..", "..", "dist", "spec") };
  const settings: Partial<Settings> = {};
  const missing: string[] = [];
  for (const [key, flag, env] of SETTINGS) {
    const value = args.get(flag) ?? process.env[env] ?? defaults[key];
    if (value === undefined || value === "") missing.push(`--${flag} (or ${env})`);
    else settings[key] = key.endsWith("Url") ? value.replace(/\/+$/, "") : value;
  }
  if (missing.length > 0) throw new SettingsError(`missing settings: ${missing.join(", ")}`);
  return settings as Settings;
}

// ----- the published specs, read at run time ----------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `obj[k0][k1]...`, or undefined as soon as a step is not an object. */
function dig(obj: unknown, ...keys: string[]): unknown {
  let node = obj;
  for (const key of keys) {
    if (!isRecord(node)) return undefined;
    node = node[key];
  }
  return node;
}

class Spec {
  readonly doc: Record<string, unknown>;

  constructor(
    readonly name: string,
    readonly file: string,
  ) {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    if (!isRecord(parsed)) throw new ProofError(`${file} is not a JSON object`);
    this.doc = parsed;
  }

  /** `info["x-zoo-accept"]`: the media type the API wants in `Accept`. */
  accept(): string {
    const value = dig(this.doc, "info", "x-zoo-accept");
    if (typeof value !== "string" || value === "") {
      throw new ProofError(`${this.file}: info["x-zoo-accept"] is missing or not a string`);
    }
    return value;
  }

  private single(keys: string[], what: string): string {
    const content = dig(this.doc, "paths", ...keys, "content");
    const types = isRecord(content) ? Object.keys(content) : [];
    if (types.length !== 1 || types[0] === undefined) {
      throw new ProofError(`${this.name} spec: expected one media type for ${what}, got ${JSON.stringify(types)}`);
    }
    return types[0];
  }

  /** The (single) media type the operation's request body is declared with. */
  requestType(route: string, method: string): string {
    return this.single([route, method, "requestBody"], `${method.toUpperCase()} ${route} request`);
  }

  /** The (single) media type of the operation's response with this status. */
  responseType(route: string, method: string, status: string): string {
    return this.single([route, method, "responses", status], `${method.toUpperCase()} ${route} ${status}`);
  }
}

// ----- helpers ----------------------------------------------------------------------------------

/** Form-encode a flat body; repeated `name[]` keys for arrays, undefined/null left out. */
function formSerializer(body: Record<string, unknown> | undefined): string {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(body ?? {})) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === "object") throw new ProofError(`form field ${name} is not a scalar`);
      form.append(name, String(item));
    }
  }
  return form.toString();
}

/** The headers (and serializer) for an operation the spec declares with a form body. */
function formBody(spec: Spec, route: string, method: string, accept: string) {
  const contentType = spec.requestType(route, method);
  if (contentType !== FORM) {
    throw new ProofError(`${spec.name} spec: ${method.toUpperCase()} ${route} takes ${contentType}, not a form`);
  }
  return { headers: { "Content-Type": contentType, Accept: accept }, bodySerializer: formSerializer };
}

/** The answer of a call, or a ProofError naming the call, status and error body. */
function ok<T>(what: string, result: { data?: T; error?: unknown; response: Response }): NonNullable<T> {
  const { data, error, response } = result;
  if (!response.ok || data === undefined || data === null) {
    const detail = error === undefined ? "" : ` ${JSON.stringify(error)}`;
    throw new ProofError(`${what}: HTTP ${response.status}${detail}`);
  }
  return data;
}

function same(what: string, actual: unknown, expected: unknown): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new ProofError(`${what}: read back ${JSON.stringify(actual)}, wrote ${JSON.stringify(expected)}`);
  }
}

/** Panoptes answers one-element arrays under the plural key. */
function only<T>(what: string, items: T[] | undefined): T {
  if (items === undefined || items.length !== 1 || items[0] === undefined) {
    throw new ProofError(`${what}: expected exactly one record, got ${JSON.stringify(items)}`);
  }
  return items[0];
}

// ----- the proof --------------------------------------------------------------------------------

interface Outcome {
  project_id: string;
  workflow_id: string;
  caesar_workflow_id: number;
  crowdflower_job_id: number;
  project_display_name: string;
  workflow_display_name: string;
  job_title: string;
}

async function panoptesToken(s: Settings, spec: Spec): Promise<string> {
  const oauth = createClient<PanoptesPaths>({ baseUrl: s.panoptesUrl });
  const body: TokenRequest = {
    grant_type: "password",
    login: s.username,
    password: s.password,
    client_id: s.clientId,
  };
  const accept = spec.responseType("/oauth/token", "post", "200");
  const token = ok(
    "POST /oauth/token",
    await oauth.POST("/oauth/token", { body, ...formBody(spec, "/oauth/token", "post", accept) }),
  );
  if (token.access_token === "") throw new ProofError("POST /oauth/token: empty access_token");
  if (token.token_type !== undefined && token.token_type.toLowerCase() !== "bearer") {
    throw new ProofError(`POST /oauth/token: token_type ${JSON.stringify(token.token_type)}`);
  }
  return token.access_token;
}

async function run(s: Settings): Promise<Outcome> {
  const specs = {
    panoptes: new Spec("panoptes", path.join(s.specDir, "panoptes.openapi.json")),
    caesar: new Spec("caesar", path.join(s.specDir, "caesar.openapi.json")),
    crowdflower: new Spec("crowdflower", path.join(s.specDir, "crowdflower.openapi.json")),
  };
  const stamp = `${Date.now().toString(36)}-${process.pid}`;

  // Panoptes: sign in, then a project and a workflow in it.
  const token = await panoptesToken(s, specs.panoptes);
  const apiAccept = specs.panoptes.accept();
  same("panoptes spec: x-zoo-accept vs GET /api/projects/{id} 200 media type",
    specs.panoptes.responseType("/api/projects/{id}", "get", "200"), apiAccept);
  const panoptes = createClient<PanoptesPaths>({
    baseUrl: s.panoptesUrl,
    headers: { Accept: apiAccept, Authorization: `Bearer ${token}` },
  });

  const projectIn: ProjectCreate = {
    display_name: `TypeScript proof ${stamp}`,
    description: "Created by tests/typescript/src/proof.ts through openapi-fetch.",
    primary_language: "en",
    private: true,
    tags: ["typescript", "proof"],
  };
  const createdProject: Project = only("POST /api/projects",
    ok("POST /api/projects", await panoptes.POST("/api/projects", { body: { projects: projectIn } })).projects);
  const projectId = createdProject.id;
  const project: Project = only("GET /api/projects/{id}", ok("GET /api/projects/{id}",
    await panoptes.GET("/api/projects/{id}", { params: { path: { id: projectId } } })).projects);
  same("project id", project.id, projectId);
  same("project display_name", project.display_name, projectIn.display_name);
  same("project description", project.description, projectIn.description);
  same("project primary_language", project.primary_language, projectIn.primary_language);
  same("project private", project.private, projectIn.private);

  const workflowIn: WorkflowCreate = {
    display_name: `TypeScript proof workflow ${stamp}`,
    primary_language: "en",
    links: { project: projectId },
  };
  const createdWorkflow: Workflow = only("POST /api/workflows",
    ok("POST /api/workflows", await panoptes.POST("/api/workflows", { body: { workflows: workflowIn } })).workflows);
  const workflowId = createdWorkflow.id;
  const workflow: Workflow = only("GET /api/workflows/{id}", ok("GET /api/workflows/{id}",
    await panoptes.GET("/api/workflows/{id}", { params: { path: { id: workflowId } } })).workflows);
  same("workflow id", workflow.id, workflowId);
  same("workflow display_name", workflow.display_name, workflowIn.display_name);
  same("workflow primary_language", workflow.primary_language, workflowIn.primary_language);
  same("workflow links.project", workflow.links?.project, projectId);

  // Caesar: register the Panoptes workflow (same bearer token; Caesar ids are integers).
  const caesar = createClient<CaesarPaths>({
    baseUrl: s.caesarUrl,
    headers: { Accept: specs.caesar.accept(), Authorization: `Bearer ${token}` },
  });
  const caesarIn: CaesarWorkflowCreate = {
    id: Number(workflowId),
    public_extracts: false,
    public_reductions: true,
    rules_applied: "first_matching_rule",
  };
  const registered: CaesarWorkflow = ok("POST /workflows (Caesar)",
    await caesar.POST("/workflows", { body: { workflow: caesarIn } }));
  same("caesar workflow id (create)", registered.id, caesarIn.id);
  const caesarWorkflow: CaesarWorkflow = ok("GET /workflows/{id} (Caesar)",
    await caesar.GET("/workflows/{id}", { params: { path: { id: caesarIn.id } } }));
  same("caesar workflow id", caesarWorkflow.id, caesarIn.id);
  same("caesar workflow project_id", caesarWorkflow.project_id, Number(projectId));
  same("caesar workflow public_extracts", caesarWorkflow.public_extracts, caesarIn.public_extracts);
  same("caesar workflow public_reductions", caesarWorkflow.public_reductions, caesarIn.public_reductions);
  same("caesar workflow rules_applied", caesarWorkflow.rules_applied, caesarIn.rules_applied);

  // CrowdFlower: the API key goes in the `key` query parameter of every request (the spec's
  // apiKey security scheme, so no operation declares it: a middleware adds it).
  const crowdflower = createClient<CrowdFlowerPaths>({ baseUrl: s.crowdflowerUrl });
  const apiKey: Middleware = {
    onRequest({ request }) {
      const url = new URL(request.url);
      url.searchParams.set("key", s.crowdflowerKey);
      return new Request(url, request);
    },
  };
  crowdflower.use(apiKey);
  const cfAccept = specs.crowdflower.accept();
  const jobIn: JobCreate = {
    "job[title]": `TypeScript proof job ${stamp}`,
    "job[instructions]": "<p>Created by proof.ts</p>",
    "job[judgments_per_unit]": 2,
    "job[units_per_assignment]": 4,
  };
  const createdJob: Job = ok("POST /jobs.json (CrowdFlower)", await crowdflower.POST("/jobs.json",
    { body: jobIn, ...formBody(specs.crowdflower, "/jobs.json", "post", cfAccept) }));
  if (createdJob.id === undefined) throw new ProofError("POST /jobs.json (CrowdFlower): no id");
  const jobId = createdJob.id;
  const job: Job = ok("GET /jobs/{job_id}.json (CrowdFlower)", await crowdflower.GET("/jobs/{job_id}.json",
    { params: { path: { job_id: jobId } }, headers: { Accept: cfAccept } }));
  same("crowdflower job id", job.id, jobId);
  same("crowdflower job title", job.title, jobIn["job[title]"]);
  same("crowdflower job instructions", job.instructions, jobIn["job[instructions]"]);
  same("crowdflower job judgments_per_unit", job.judgments_per_unit, jobIn["job[judgments_per_unit]"]);
  same("crowdflower job units_per_assignment", job.units_per_assignment, jobIn["job[units_per_assignment]"]);

  return {
    project_id: projectId,
    workflow_id: workflowId,
    caesar_workflow_id: caesarWorkflow.id,
    crowdflower_job_id: jobId,
    project_display_name: projectIn.display_name,
    workflow_display_name: workflowIn.display_name,
    job_title: jobIn["job[title]"] ?? "",
  };
}

async function main(): Promise<number> {
  let settings: Settings;
  try {
    settings = readSettings();
  } catch (exc) {
    if (exc instanceof SettingsError) {
      process.stderr.write(`proof: ${exc.message}\n`);
      return 2;
    }
    throw exc;
  }
  try {
    const outcome = await run(settings);
    process.stdout.write(`${JSON.stringify(outcome)}\n`);
    return 0;
  } catch (exc) {
    const message = exc instanceof Error ? `${exc.message}${exc.cause ? ` (${String(exc.cause)})` : ""}` : String(exc);
    process.stderr.write(`proof failed: ${message}\n`);
    return 1;
  }
}

process.exitCode = await main();
