import ArgumentParser
import PostmortemKit
import PostmortemStore

extension PM {
    struct Services: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the services and resources with the incidents that touched them.",
            discussion: """
                An incident touches a service when it names it, when one of its volumes belongs \
                to it (immich-upload is Immich's) or when its text mentions a well-known product \
                or a name from service_aliases in pm.yml. Names match case-insensitively and by \
                alias. Volumes and claims come from the incidents' volume tables.

                Examples:
                  pm services
                  pm services --format json | jq '.services[] | select(.name == "Immich").incidents'
                """
        )

        @OptionGroup var kb: KnowledgeBaseOptions

        @Option(help: "text or json.")
        var format: ReportFormat = .text

        func run() throws {
            let (base, store) = try kb.open()
            let index = try store.serviceIndex(catalog: base.config.serviceCatalog)
            if format == .json {
                print(try IncidentJSON.string(index))
            } else {
                print(KnowledgeText.services(index), terminator: "")
            }
        }
    }
}
