import ArgumentParser
import Foundation
import PostmortemKit
import PostmortemMarkdown
import PostmortemStore

extension PM {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write incidents out as canonical Markdown or JSON, to standard output or a folder.",
            discussion: """
                Without --out, prints the incidents: their canonical Markdown one after the other, \
                or with --format json one object {"incidents": [...]} holding each incident as \
                `pm show --format json` prints it.

                With --out DIR, writes one file per incident into DIR (made when missing): \
                YYYY-MM-DD-<slug>.md, or <id>.json. A file that already holds the same export is \
                left alone, an earlier export of the same incident is replaced, and a file that \
                holds anything else is never touched: the incident takes the next free name. \
                Each file is written whole or not at all.

                Examples:
                  pm export pm-7f3k9q2ahx > incident.md
                  pm export --all --format json | jq '.incidents | length'
                  pm export --all --out postmortems
                """
        )

        @OptionGroup var kb: KnowledgeBaseOptions

        @Argument(help: "The incidents' ids (see `pm list`).")
        var ids: [String] = []

        @Flag(help: "Export every incident.")
        var all = false

        @Option(help: "markdown or json.")
        var format: IncidentExporter.Format = .markdown

        @Option(help: ArgumentHelp("Write one file per incident into this folder.", valueName: "dir"))
        var out: String?

        func validate() throws {
            if all && !ids.isEmpty { throw ValidationError("give incident ids or --all, not both") }
            if !all && ids.isEmpty { throw ValidationError("give one or more incident ids, or --all") }
        }

        func run() throws {
            let (_, store) = try kb.open()
            let incidents: [Incident]
            if all {
                incidents = try store.fetchAll()
            } else {
                var found: [Incident] = []
                var missing: [String] = []
                for id in ids {
                    if let incident = try store.fetch(IncidentID(id)) {
                        found.append(incident)
                    } else {
                        missing.append(id)
                    }
                }
                guard missing.isEmpty else {
                    let list = missing.map { "'\($0)'" }.joined(separator: ", ")
                    Terminal.error("no incident with id \(list). `pm list` shows the ids; nothing was exported.")
                    throw ExitCode.failure
                }
                incidents = found
            }
            let exporter = IncidentExporter(format: format)
            guard let out else {
                print(try exporter.contents(of: incidents), terminator: "")
                return
            }
            let folder = URL(fileURLWithPath: out, isDirectory: true)
            let written: [IncidentExporter.Written]
            do {
                written = try exporter.export(incidents, to: folder)
            } catch {
                Terminal.error(error.localizedDescription)
                throw ExitCode.failure
            }
            for file in written {
                let path = (out.hasSuffix("/") ? out : out + "/") + file.fileName
                var line = "\(file.outcome.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(path)"
                if !file.skipped.isEmpty {
                    line += " (\(file.skipped.joined(separator: ", ")) holds another document)"
                }
                print(line)
            }
            let counts = IncidentExporter.Written.Outcome.allCases.compactMap { outcome -> String? in
                let count = written.filter { $0.outcome == outcome }.count
                return count == 0 ? nil : "\(count) \(outcome.rawValue)"
            }
            let noun = written.count == 1 ? "incident" : "incidents"
            print(
                "Exported \(written.count) \(noun) to \(out)"
                    + (counts.isEmpty ? "" : ": " + counts.joined(separator: ", ")))
        }
    }
}

extension IncidentExporter.Format: ExpressibleByArgument {}
