import ArgumentParser
import PostmortemKit
import PostmortemStore

extension PM {
    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete an incident from the store (its Markdown file, if any, stays).",
            discussion: """
                Examples:
                  pm delete pm-7f3k9q2ahx
                """
        )

        @OptionGroup var kb: KnowledgeBaseOptions

        @Argument(help: "The incident's id (see `pm list`).")
        var id: String

        func run() throws {
            let (_, store) = try kb.open()
            guard try store.delete(IncidentID(id)) else {
                Terminal.error("no incident with id '\(id)'; nothing was deleted. `pm list` shows the ids.")
                throw ExitCode.failure
            }
            print("Deleted \(id)")
        }
    }
}
