import ArgumentParser
import Foundation
import PostmortemKit
import PostmortemMarkdown
import PostmortemSite
import PostmortemStore

extension PM {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a new post-mortem from a template, and see similar past incidents.",
            discussion: """
                Writes postmortems/YYYY-MM-DD-<title>.md in pm's canonical format: a fresh id, \
                status draft, the date (default today), the severity and services given, and \
                every section of the template with a short guidance comment under its heading. \
                It never replaces a file: when the name is taken it picks the next free one \
                (-2, -3 …). The draft is registered in the store, and the past incidents most \
                like it (by its title and services) are listed: have we seen this before?

                On a terminal, a missing title or severity is asked for; otherwise a missing \
                title is an error and the severity stays unset. Templates: standard (the \
                Google SRE book's post-mortem), short, data-loss, security, and any the \
                knowledge base adds in templates/new/ (see --list-templates).

                Examples:
                  pm new "Disk full on db-01" --severity SEV2 --service postgres
                  pm new "Lost uploads after the NFS migration" --template data-loss --edit
                  pm new "Leaked deploy key" --template security --date 2026-03-01
                  pm new --list-templates
                """
        )

        @OptionGroup var kb: KnowledgeBaseOptions

        @Argument(help: "The title (asked for on a terminal when left out).")
        var title: String?

        @Option(help: "The severity as the team writes it: SEV1 … SEV5, P0 … P4, critical, high ….")
        var severity: String?

        @Option(name: .customLong("service"), help: "A service it touched; repeat for several.")
        var services: [String] = []

        @Option(help: "The day it started, YYYY-MM-DD (default: today).")
        var date: String?

        @Option(help: "The template (see --list-templates).")
        var template: String = ReportScaffold.defaultTemplate

        @Flag(help: "Open the new file in $EDITOR, then import what you wrote.")
        var edit = false

        @Flag(help: "List the templates: name, where it comes from, what it is for.")
        var listTemplates = false

        func validate() throws {
            if listTemplates {
                if title != nil { throw ValidationError("--list-templates takes no title") }
                return
            }
            if let title, title.trimmingWhitespace().isEmpty { throw ValidationError("the title is empty") }
            if let date, Day(iso: date) == nil {
                throw ValidationError("--date takes a day written YYYY-MM-DD, not '\(date)'")
            }
            if let severity, Severity(parsing: severity) == nil {
                throw ValidationError("--severity takes a level such as SEV2, high, P1 or 2, not '\(severity)'")
            }
            if services.contains(where: { $0.trimmingWhitespace().isEmpty }) {
                throw ValidationError("--service takes a service's name, not an empty one")
            }
        }

        func run() throws {
            if listTemplates { return try printTemplates() }
            let (base, store) = try kb.open()
            let scaffold = ReportScaffold(theme: Theme(overrideRoot: base.root))
            let chosen = try failing { try scaffold.template(named: template) }
            let sync = KnowledgeBaseSync(
                knowledgeBase: base, store: store,
                importer: LegacyImporter(taxonomy: try failing { try base.taxonomy() }))
            let title = try self.title ?? askTitle()
            let severity = self.severity.flatMap(Severity.init(parsing:)) ?? askSeverity()
            let day = try day()
            let draft = Incident(
                id: try freshID(in: store), title: singleLine(title), date: day, severity: severity, status: .draft,
                services: services.map { ServiceName($0.trimmingWhitespace()) })
            let text = try failing { try scaffold.render(draft, template: chosen) }
            let url = try failing {
                try DraftFile.create(text, in: base.postmortemsURL, day: day, title: draft.title)
            }
            print("Created \(Self.display(url)) (\(draft.id), draft, template \(chosen.name))")

            var registered = register(url, with: sync)
            // A draft with the title and date of a stored incident is flagged [possible-duplicate].
            for finding in registered?.findings ?? [] where finding.severity != .note && !edit {
                print("  " + finding.formatted(path: registered?.path ?? Self.display(url)))
            }
            if edit {
                try openEditor(on: url)
                registered = register(url, with: sync)
                if let file = registered {
                    print(SyncText.fileLines(file, verbose: false).joined(separator: "\n"))
                }
            }
            let incident = registered?.incidents.first
            printSimilar(
                in: store, title: incident?.title ?? draft.title,
                services: (try? incident.flatMap { try store.fetch($0.id) }?.services) ?? draft.services,
                excluding: incident?.id ?? draft.id)
            if registered == nil || registered?.outcome == .failed { throw ExitCode.failure }
        }

        // MARK: - Steps

        func printTemplates() throws {
            let base = try? KnowledgeBase.find(from: kb.origin)
            let scaffold = ReportScaffold(theme: Theme(overrideRoot: base?.root))
            let templates = try failing { try scaffold.templates() }
            let width = templates.map(\.name.count).max() ?? 0
            for template in templates {
                let origin = template.origin == .bundled ? "bundled       " : "knowledge base"
                let name = template.name.padding(toLength: width, withPad: " ", startingAt: 0)
                print("\(name)  \(origin)  \(template.summary.isEmpty ? "(no description)" : template.summary)")
            }
        }

        /// Imports the file into the store; on failure says so and that `pm sync` will retry.
        func register(_ url: URL, with sync: KnowledgeBaseSync) -> SyncReport.File? {
            do {
                let file = try sync.importFile(at: url)
                if let error = file.error {
                    Terminal.error("\(file.path): not registered in the store: \(error)")
                }
                return file
            } catch {
                Terminal.error(
                    "\(Self.display(url)): not registered in the store: \(error.localizedDescription); "
                        + "`pm sync` registers it once that is fixed")
                return nil
            }
        }

        /// Runs `$EDITOR` (else `$VISUAL`, else vi) on the file and waits for it.
        func openEditor(on url: URL) throws {
            let environment = ProcessInfo.processInfo.environment
            let editor =
                [environment["EDITOR"], environment["VISUAL"]].compactMap { $0 }
                .first { !$0.trimmingWhitespace().isEmpty } ?? "vi"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            // The editor is a shell command, as git reads it ("code --wait", "vim -u NONE").
            process.arguments = ["-c", editor + " \"$1\"", "pm-editor", url.path]
            do {
                try process.run()
            } catch {
                Terminal.error("cannot start the editor '\(editor)': \(error.localizedDescription)")
                throw ExitCode.failure
            }
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                Terminal.error(
                    "the editor '\(editor)' exited with status \(process.terminationStatus); the draft stays at "
                        + "\(Self.display(url)): edit it and run `pm sync`")
                throw ExitCode.failure
            }
        }

        func printSimilar(in store: IncidentStore, title: String, services: [ServiceName], excluding id: IncidentID) {
            let similar: [SearchResult]
            do {
                similar = try store.similarIncidents(toTitle: title, services: services, excluding: id)
            } catch {
                Terminal.warning("could not look for similar incidents: \(error.localizedDescription)")
                return
            }
            guard !similar.isEmpty else {
                print("No similar past incidents found.")
                return
            }
            print("Similar past incidents (have we seen this before?):")
            for result in similar {
                let date = result.date.map { "\($0)  " } ?? ""
                print("  \(result.id)  \(date)\(result.title) — \(result.section)")
            }
        }

        // MARK: - Asking

        func askTitle() throws -> String {
            guard isatty(STDIN_FILENO) != 0 else {
                Terminal.error(
                    "pm new needs a title: pm new \"Disk full on db-01\" (standard input is not a terminal to ask)")
                throw ExitCode.failure
            }
            while true {
                FileHandle.standardError.write(Data("Title: ".utf8))
                guard let line = readLine() else {
                    Terminal.error("no title given; nothing was written")
                    throw ExitCode.failure
                }
                if !line.trimmingWhitespace().isEmpty { return line.trimmingWhitespace() }
            }
        }

        /// Asks on a terminal; nil (unset) otherwise or when the answer is empty.
        func askSeverity() -> Severity? {
            guard isatty(STDIN_FILENO) != 0 else { return nil }
            while true {
                FileHandle.standardError.write(Data("Severity (SEV1 worst … SEV5; empty to leave unset): ".utf8))
                guard let line = readLine(), !line.trimmingWhitespace().isEmpty else { return nil }
                if let severity = Severity(parsing: line) { return severity }
                Terminal.note("'\(line)' names no severity level; try SEV2, high, P1 or 2")
            }
        }

        // MARK: - Helpers

        /// A random id no stored incident has.
        func freshID(in store: IncidentStore) throws -> IncidentID {
            for _ in 0..<16 {
                let id = IncidentID.random()
                if try store.fetch(id) == nil { return id }
            }
            Terminal.error("could not find an unused incident id; try again")
            throw ExitCode.failure
        }

        /// Runs `body`; an error it throws is printed and becomes exit code 1.
        func failing<T>(_ body: () throws -> T) throws -> T {
            do {
                return try body()
            } catch {
                Terminal.error(error.localizedDescription)
                throw ExitCode.failure
            }
        }

        func singleLine(_ text: String) -> String {
            text.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
                .joined(separator: " ")
        }

        /// The day given with --date, else today in the local time zone.
        func day() throws -> Day {
            if let date, let day = Day(iso: date) { return day }
            let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
            guard let year = parts.year, let month = parts.month, let day = parts.day,
                let today = Day(year: year, month: month, day: day)
            else {
                Terminal.error("cannot tell today's date from the system clock; pass --date YYYY-MM-DD")
                throw ExitCode.failure
            }
            return today
        }

        /// The path relative to the working directory when the file is below it, else absolute.
        static func display(_ url: URL) -> String {
            let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
            let path = url.standardizedFileURL.path
            return path.hasPrefix(here + "/") ? String(path.dropFirst(here.count + 1)) : path
        }
    }
}
