import { promises as fs } from "node:fs";
import path from "node:path";

/**
 * Writes a report through a temporary file and a rename, so a crash or a full
 * disk never leaves a truncated SARIF file for the next step to upload.
 */
export async function writeOutputAtomically(file: string, text: string): Promise<void> {
  const directory = path.dirname(path.resolve(file));
  await fs.mkdir(directory, { recursive: true });
  const temporary = path.join(directory, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, text);
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
