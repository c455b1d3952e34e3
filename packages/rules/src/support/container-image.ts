/** Splits `registry:5000/team/app:1.2@sha256:…` into its tag and digest. */
export function imageReference(image: string): { tag?: string; digest?: string } {
  const [withoutDigest, digest] = image.split("@", 2) as [string, string | undefined];
  const lastSlash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.indexOf(":", lastSlash + 1);
  return { tag: colon === -1 ? undefined : withoutDigest.slice(colon + 1), digest };
}
