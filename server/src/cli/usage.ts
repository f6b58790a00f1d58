// The --help text.
export const USAGE = `Usage: attribution-lint [options] <file|directory|glob>...
       attribution-lint --stdin [--stdin-filename NAME] [options]
       attribution-lint report <file> [--format markdown|json] [--config FILE]

Lints news drafts for unattributed quotes and claims, hedged wording and vague,
anonymous or second-hand sources. Directories are searched for .md, .markdown,
.txt, .draft and .news files (node_modules and dot-directories are skipped);
quote globs ('drafts/**/*.md') to have them expanded here. To lint a file
named "report", write ./report.

Options:
  -f, --format FORMAT       stylish (default), json or sarif; for "report":
                            markdown (default) or json
  -c, --config FILE         use this configuration file instead of looking for
                            .attributionlintrc.json next to each draft and above
      --rule ID=SEVERITY    set a rule to off, hint, info, warning or error;
                            repeatable, wins over the configuration file
      --fix                 apply the automatic fixes in place, then report what
                            is left
      --max-warnings N      exit with 1 when there are more than N warnings
      --stdin               lint the text read from standard input
      --stdin-filename NAME name used for standard input (picks the format and
                            where to look for the configuration)
  -h, --help                show this help
  -v, --version             show the version

Exit codes: 0 no errors; 1 errors found, or more warnings than --max-warnings;
2 bad usage, bad configuration, or a file that is missing or cannot be read.
`;
