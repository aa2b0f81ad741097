import ArgumentParser

/// `pm-bench`: the synthetic corpus and the import benchmark (issue 3, "Speed").
@main
struct PMBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pm-bench",
        abstract: "Generate synthetic post-mortems and benchmark importing them.",
        discussion: """
            Examples:
              pm-bench generate --count 100 --seed 7 --out synthetic-corpus
              swift run -c release pm-bench import --count 10000
            """,
        subcommands: [Generate.self, ImportBenchmarkCommand.self, PublishBenchmarkCommand.self]
    )
}
