import ArgumentParser

/// `pm-bench`: the synthetic corpus, the import benchmark (issue 3, "Speed") and the
/// knowledge benchmark (issue 5: search, lessons, stats).
@main
struct PMBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pm-bench",
        abstract: "Generate synthetic post-mortems; benchmark importing them, searching and the knowledge views.",
        discussion: """
            Examples:
              pm-bench generate --count 100 --seed 7 --out synthetic-corpus
              swift run -c release pm-bench import --count 10000
              swift run -c release pm-bench knowledge --count 100000 --store bench.sqlite
            """,
        subcommands: [
            Generate.self, ImportBenchmarkCommand.self, KnowledgeBenchmarkCommand.self, PublishBenchmarkCommand.self,
        ]
    )
}
