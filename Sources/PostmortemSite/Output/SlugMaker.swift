import Foundation
import PostmortemKit

/// Turns names (ids, services, tags, failure modes) into file names that are safe and
/// unique within one kind of page.
struct SlugMaker {
    /// The slug of `text` (PostmortemKit's `Slug`): lower-case ASCII letters and digits
    /// joined by single hyphens, at most 60 characters; `../../etc/passwd` becomes
    /// `etc-passwd`. Text that is such a slug already (most incident ids) is taken as it is,
    /// without transliterating.
    static func slug(_ text: String) -> String {
        text.utf8.count <= Slug.defaultMaxLength && Slug.isValid(text) ? text : Slug.make(from: text).rawValue
    }

    /// A slug for every name, unique among them, the same for the same names whatever
    /// their order. A name whose slug is itself keeps it; otherwise names are served in
    /// sorted order, and a name whose slug is taken gets a suffix from a hash of the name.
    static func uniqueSlugs(for names: some Sequence<String>) -> [String: String] {
        var taken: Set<String> = []
        var slugs: [String: String] = [:]
        var others: [String] = []
        for name in Set(names) {
            if slug(name) == name {
                slugs[name] = name
                taken.insert(name)
            } else {
                others.append(name)
            }
        }
        // Only the names that need a slug made are served in order (most ids need none).
        for name in others.sorted() {
            var candidate = slug(name)
            if taken.contains(candidate) {
                let hash = String(StableHash.hex(bytes: Array(name.utf8)).prefix(8))
                candidate = candidate + "-" + hash
                var counter = 2
                while taken.contains(candidate) {
                    candidate = slug(name) + "-" + hash + "-\(counter)"
                    counter += 1
                }
            }
            slugs[name] = candidate
            taken.insert(candidate)
        }
        return slugs
    }
}
