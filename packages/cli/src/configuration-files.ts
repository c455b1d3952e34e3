// Reading the files a configuration names (the configuration itself, a
// baseline, custom rules) validates them against their schemas, and custom
// rules bring a JSONPath engine: all of it is imported from here when there
// is such a file to read or write, so that a scan without one does not pay for it.
import { baselineEntries, formatBaseline, loadBaseline, loadConfigFile, loadCustomRules } from "@tollgate/engine";

export { baselineEntries, formatBaseline, loadBaseline, loadConfigFile, loadCustomRules };
