/**
 * Messages and names quote the scanned files, which an attacker may control:
 * control characters are shown as escapes so they cannot move the cursor,
 * rewrite earlier lines or forge colours, and bidirectional overrides are
 * escaped so text cannot display in an order other than the one it has.
 * Line breaks become spaces, keeping one finding per line.
 */
export function printable(text: string): string {
  return text
    .replace(/\r?\n/g, " ")
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, "0")}`)
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16)}`);
}

/** `1 finding`, `2 findings`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** The length of the longest text, for aligning columns. */
export function widest(texts: readonly string[]): number {
  return texts.reduce((width, text) => Math.max(width, text.length), 0);
}

/** Pads by the visible width of `plain`, so colour codes do not upset the columns. */
export function pad(styled: string, plain: string, width: number): string {
  return styled + " ".repeat(Math.max(0, width - plain.length));
}
