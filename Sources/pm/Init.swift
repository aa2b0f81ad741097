import ArgumentParser
import Foundation
import PostmortemKit
import PostmortemMarkdown
import PostmortemSite
import PostmortemStore

extension PM {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a knowledge base: pm.yml, the SQLite store and a postmortems/ folder.",
            discussion: """
                Refuses where a knowledge base already exists. This is the only command that \
                creates one.

                Examples:
                  pm init                      # here
                  pm init ~/src/postmortems --title "Platform team post-mortems"
                """
        )

        @Argument(help: "The folder to create it in (created if missing).")
        var directory: String = "."

        @Option(help: "The knowledge base's title.")
        var title: String = "Post-mortems"

        func run() throws {
            let root = URL(fileURLWithPath: directory)
            do {
                let base = try KnowledgeBase.prepare(at: root, title: title)
                let store = try IncidentStore(path: base.storeURL.path, options: .init(createIfMissing: true))
                let empty = try store.count() == 0
                try store.close()
                if !FileManager.default.fileExists(atPath: base.taxonomyURL.path) { try base.writeDefaultTaxonomy() }
                try base.commitConfig()
                // Nothing is classified yet: every incident will be, with this taxonomy.
                if empty, let taxonomy = try? base.taxonomy() {
                    TaxonomyRecord(knowledgeBase: base).write(taxonomy.fingerprint)
                }
                print("Created a knowledge base in \(base.root.path)")
                print(
                    "  \(KnowledgeBase.configFileName)  \(base.config.storePath)  \(base.config.postmortemsPath)/  taxonomy.yml"
                )
            } catch {
                Terminal.error(error.localizedDescription)
                throw ExitCode.failure
            }
        }
    }
}
