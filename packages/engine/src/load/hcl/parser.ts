import { createRequire } from "node:module";
import { Language, Parser, type Node, type Tree } from "web-tree-sitter";

export type { Node as SyntaxNode, Tree as SyntaxTree };

let parserPromise: Promise<Parser> | undefined;

/**
 * The Terraform dialect of the tree-sitter HCL grammar. Loading the WebAssembly
 * runtime and grammar costs tens of milliseconds, so it happens once, on the
 * first HCL file of the process, and only then.
 */
export function hclParser(): Promise<Parser> {
  parserPromise ??= createParser().catch((error: unknown) => {
    // Let a later call retry instead of caching the failure forever.
    parserPromise = undefined;
    throw error;
  });
  return parserPromise;
}

async function createParser(): Promise<Parser> {
  await Parser.init();
  const require = createRequire(import.meta.url);
  const language = await Language.load(require.resolve("@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm"));
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

/**
 * Parses HCL text. The caller owns the tree and must `delete()` it: trees live
 * in WebAssembly memory that the JavaScript garbage collector does not see.
 */
export function parseHclText(parser: Parser, text: string): Tree {
  const tree = parser.parse(text);
  if (!tree) throw new Error("the HCL parser returned no tree");
  return tree;
}
