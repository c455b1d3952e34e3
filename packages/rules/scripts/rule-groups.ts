import type { RuleMeta } from "@tollgate/engine";

export interface RuleFile {
  /** Relative to src, without extension: `terraform/iam/aws-iam-user-access-key`. */
  file: string;
  meta: RuleMeta;
}

export interface RuleGroup {
  /** A file name: `terraform-aws-s3`. */
  name: string;
  description: string;
  /** In the order given. */
  rules: RuleFile[];
}

/**
 * Importing a module costs about as much as reading a few rules, so rules
 * are imported in groups: few enough that a scan of a handful of files
 * imports a few modules, small enough that it reads few rules it does not run.
 */
const MOST_RULES_PER_GROUP = 10;

/** Rules that visit one family of resource types, and what the family belongs to (a provider, a platform). */
interface Family {
  /** Groups never mix owners. */
  owner: string;
  /** Sorts neighbouring families together; unique. */
  key: string;
  /** As shown in descriptions. */
  label: string;
}

/**
 * The family of a rule, from its first resource type: a Terraform provider
 * and service (the type's first two words, `aws_s3`), a Kubernetes kind. All
 * GitHub Actions rules are one family: every workflow has the workflow, job
 * and step types they visit.
 */
function familyOf(meta: RuleMeta): Family {
  const platform = meta.platforms[0]!;
  const type = meta.resourceTypes[0]!;
  if (platform === "terraform") {
    const words = type.split("_");
    return { owner: `terraform ${words[0]}`, key: `terraform ${words.slice(0, 2).join("_")}`, label: words.slice(0, 2).join("_") };
  }
  if (platform === "kubernetes") return { owner: platform, key: `${platform} ${type}`, label: type };
  return { owner: platform, key: platform, label: platform };
}

/**
 * Rules of one family stay together, in one group however many; neighbouring
 * families of one owner are packed together up to the limit.
 */
export function groupRules(rules: readonly RuleFile[]): RuleGroup[] {
  const families = new Map<string, { family: Family; rules: RuleFile[] }>();
  for (const rule of rules) {
    const family = familyOf(rule.meta);
    const entry = families.get(family.key);
    if (entry) entry.rules.push(rule);
    else families.set(family.key, { family, rules: [rule] });
  }
  const packs: Array<{ families: Family[]; rules: RuleFile[] }> = [];
  for (const key of [...families.keys()].sort()) {
    const { family, rules: members } = families.get(key)!;
    const last = packs[packs.length - 1];
    if (last && last.families[0]!.owner === family.owner && last.rules.length + members.length <= MOST_RULES_PER_GROUP) {
      last.families.push(family);
      last.rules.push(...members);
    } else {
      packs.push({ families: [family], rules: [...members] });
    }
  }
  const order = new Map(rules.map((rule, index) => [rule, index]));
  return packs.map((pack) => {
    const platform = pack.rules[0]!.meta.platforms[0]!;
    const first = pack.families[0]!;
    const labels = pack.families.map((family) => family.label);
    return {
      name: first.label === platform ? platform : `${platform}-${first.label.toLowerCase().replace(/_/g, "-")}`,
      description:
        first.label === platform
          ? `The ${platform} rules.`
          : `The ${platform} rules whose first resource type ${platform === "terraform" ? "starts with" : "is"} ${labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(", ")} or ${labels[labels.length - 1]}`}.`,
      rules: pack.rules.sort((a, b) => order.get(a)! - order.get(b)!),
    };
  });
}
