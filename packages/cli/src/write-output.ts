import { promises as fs } from "node:fs";
import path from "node:path";

/**
 * Writes a report through a temporary file and a rename, so a crash or a full
 * disk never leaves a truncated SARIF file for the next step to upload.
 */
export async function writeOutputAtomically(file: string, text: string): Promise<void> {
  // A device or a pipe (`-o /dev/null`, `-o /dev/stdout`) is written in place: a rename would replace it with a file.
  const existing = await fs.stat(file).catch(() => undefined);
  if (existing && !existing.isFile() && !existing.isDirectory()) {
    await fs.writeFile(file, text);
    return;
  }
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
