import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DIST_DIRECTORY, DIST_FILES, buildAction } from "../scripts/build.js";
import { repositoryRoot, scratch } from "./simulated-runner.js";

const STALE = "packages/action/dist is stale: run `pnpm run build:action` and commit packages/action/dist";

describe("packages/action/dist", () => {
  const { directory, cleanUp } = scratch();
  afterAll(cleanUp);

  it("is exactly what `pnpm run build:action` builds from the sources", async () => {
    await buildAction(directory);
    expect(readdirSync(DIST_DIRECTORY).sort(), STALE).toEqual([...DIST_FILES].sort());
    for (const file of DIST_FILES) {
      const committed = readFileSync(path.join(DIST_DIRECTORY, file));
      const built = readFileSync(path.join(directory, file));
      expect(committed.equals(built), `${file}: ${STALE}`).toBe(true);
    }
  });

  it("names no path of the machine that built it", () => {
    const bundle = readFileSync(path.join(DIST_DIRECTORY, "index.js"), "utf8");
    expect(bundle).not.toContain(repositoryRoot);
  });
});
