import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import * as engine from "@tollgate/engine";
import { exportedNames, rewriteEngineImports } from "../scripts/engine-imports.js";
import { repositoryRoot } from "./run-cli.js";

const INDEX = path.join(repositoryRoot, "packages/engine/src/index.ts");

describe("the bundle's imports of the engine by module", () => {
  const definitions = exportedNames(INDEX);

  it("finds, for every value the engine exports, the module that declares it", async () => {
    for (const name of Object.keys(engine)) {
      const definition = definitions.get(name);
      expect(definition?.type, name).toBeFalsy();
      const module = (await import(pathToFileURL(definition!.file).href)) as Record<string, unknown>;
      expect(module[definition!.local], name).toBe((engine as Record<string, unknown>)[name]);
    }
  });

  it("rewrites value imports, drops type imports, and refuses what it cannot split", () => {
    const source = 'import { scan, type Rule, formatResult as format } from "@tollgate/engine";\nimport type { Finding } from "@tollgate/engine";\n';
    const rewritten = rewriteEngineImports(source, definitions, "test.ts");
    expect(rewritten).toContain(`import { scan } from ${JSON.stringify(path.join(repositoryRoot, "packages/engine/src/scan.ts"))};`);
    expect(rewritten).toContain("formatResult as format }");
    expect(rewritten).not.toContain("@tollgate/engine");
    expect(rewritten).not.toContain("Finding");
    expect(() => rewriteEngineImports('export { scan } from "@tollgate/engine";\n', definitions, "test.ts")).toThrow(/split by module/);
    expect(() => rewriteEngineImports('import { nothingOfThatName } from "@tollgate/engine";\n', definitions, "test.ts")).toThrow(/exports no nothingOfThatName/);
  });
});
