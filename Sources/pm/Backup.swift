import ArgumentParser
import PostmortemStore

extension PM {
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy the store to FILE, consistently, even while another pm writes.",
            discussion: """
                Uses SQLite's online backup API. Refuses to overwrite an existing file.

                Examples:
                  pm backup backups/pm-$(date +%F).sqlite
                """
        )

        @OptionGroup var kb: KnowledgeBaseOptions

        @Argument(help: "The file to write.")
        var file: String

        func run() throws {
            let (_, store) = try kb.open()
            do {
                try store.backup(to: file)
            } catch {
                Terminal.error(error.localizedDescription)
                throw ExitCode.failure
            }
            print("Backed up \(try store.count()) incidents to \(file)")
        }
    }
}
