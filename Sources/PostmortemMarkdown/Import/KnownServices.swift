import Foundation
import PostmortemKit

/// Well-known products an incident's title may name ("The Systematic Destruction of Immich &
/// Authentik DBs"), used for the services list only when no metadata names the services.
enum KnownServices {
    /// The known products named in `title` as whole words, in title order, spelled as the
    /// title spells them.
    static func named(in title: String) -> [ServiceName] {
        let words = title.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") })
        var found: [ServiceName] = []
        for word in words {
            let trimmed = word.trimmingCharacters(in: CharacterSet(charactersIn: ".-"))
            guard names.contains(trimmed.lowercased()) else { continue }
            let name = ServiceName(trimmed)
            if !found.contains(name) { found.append(name) }
        }
        return found
    }

    /// `ServiceCatalog.knownProducts`, lower case.
    private static let names = Set(ServiceCatalog.knownProducts.map { $0.lowercased() })
}
