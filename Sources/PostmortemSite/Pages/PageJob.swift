import Foundation
import PostmortemKit

/// A page to make: its template, where it goes and its model.
///
/// Pages are made in parallel, and only when their model changed: each page's input key is
/// a hash of the template's name, the global key and its model written out in full
/// (``ModelDigest``), so a page whose model equals the previous publish's keeps its file.
struct PageJob: @unchecked Sendable {
    // A model holds only strings, numbers, booleans, arrays and dictionaries of them, built
    // before the job is handed to other threads and never changed after.
    var template: PageTemplate
    var path: SitePath
    var model: PageModel
    /// Lists of the model made only when the page is made (see ``DeferredList``).
    var deferred: [DeferredList] = []
    /// For a page keyed by what it is made from rather than by its model: that key, and
    /// how to make the model (with its deferred lists), called only when the page must be
    /// made (see ``PublishingContext/render(_:key:to:make:)``).
    var viewKey: Fingerprint?
    var make: (() -> (PageModel, [DeferredList]))?
    /// The step that queued the page, which a failure is reported under.
    var step = ""

    /// How long the page takes to make, roughly: the number of items of its deferred
    /// lists (none known yet for a page made from its key).
    var weight: Int {
        deferred.reduce(0) { $0 + $1.items.count }
    }
}

/// A long list of a page's model (its incident rows) made only when the page must be made,
/// as keyed items (``KeyedItems``): their keys stand for it in the page's input key, so
/// they are cheap to make and must change whenever an item would (the rows' incidents'
/// revisions and pages, say). When the page is made again, only the items whose keys the
/// previous page lacks are made and rendered.
struct DeferredList {
    var name: String
    var items: [KeyedItem]

    /// What the list stands for in the page's input key: its count and its items' keys.
    var key: Fingerprint {
        var key = Fingerprint()
        key.mix(items.count)
        for item in items { key.mix(item.key) }
        return key
    }
}

enum PageJobs {
    /// Makes `jobs` on all cores, the longest first (so no long page is left to one core
    /// at the end); returns the index and error of the earliest job that failed, if one
    /// did. With `fragments`, pages with deferred lists are rendered from the previous
    /// page's fragments where they can be, and their own are kept.
    static func run(
        _ jobs: [PageJob], globalKey: String, templates: SiteTemplates, build: SiteBuild,
        fragments: FragmentStore? = nil
    ) -> (Int, PublishError)? {
        let failures = Failures()
        let weights = jobs.map(\.weight)
        let order = jobs.indices.sorted { weights[$0] != weights[$1] ? weights[$0] > weights[$1] : $0 < $1 }
        DispatchQueue.concurrentPerform(iterations: jobs.count) { position in
            let index = order[position]
            var job = jobs[index]
            do throws(PublishError) {
                let key: String
                var digest: String?
                if let viewKey = job.viewKey, let make = job.make {
                    var mixed = Fingerprint(globalKey)
                    mixed.mix(job.template.rawValue)
                    mixed.mix(job.path.rawValue)
                    mixed.mix(viewKey)
                    key = "v" + mixed.hex
                    if try build.keepIfUnchanged(job.path, inputKey: key) { return }
                    (job.model, job.deferred) = make()
                } else {
                    digest = ModelDigest.text(job.model)
                    var text = globalKey + "\n" + job.template.rawValue + "\n" + (digest ?? "")
                    for list in job.deferred {
                        text += "\n" + list.name + "\n" + list.key.hex
                    }
                    key = StableHash.hex(bytes: Array(text.utf8))
                    if try build.keepIfUnchanged(job.path, inputKey: key) { return }
                }
                var model = job.model
                for list in job.deferred { model.set(list.name, keyed: list.items) }
                guard let fragments, !job.deferred.isEmpty else {
                    try build.write(try render(job, model, templates), to: job.path, inputKey: key)
                    return
                }
                // The page's frame: everything it shows but its lists' items.
                var frame = Fingerprint()
                frame.mix(globalKey)
                frame.mix(job.template.rawValue)
                frame.mix(job.path.rawValue)
                frame.mix(digest ?? ModelDigest.text(job.model))
                for list in job.deferred {
                    frame.mix(list.name)
                    frame.mix(UInt64(list.items.count))
                }
                let previous = fragments.previous(job.path, in: build)
                let rendered: (html: String, fragments: [PageFragments.Fragment])
                do throws(ThemeError) {
                    rendered = try templates.render(
                        job.template.rawValue, with: model, frame: frame, previous: previous)
                } catch {
                    throw PublishError.theme(error)
                }
                let bytes = Array(rendered.html.utf8)
                let hash = try build.write(bytes, to: job.path, inputKey: key)
                fragments.add(
                    PageFragments(path: job.path, contentHash: hash, size: bytes.count, fragments: rendered.fragments))
            } catch {
                failures.add(index, error)
            }
        }
        return failures.earliest
    }

    private static func render(_ job: PageJob, _ model: PageModel, _ templates: SiteTemplates) throws(PublishError)
        -> String
    {
        do throws(ThemeError) {
            return try templates.render(job.template.rawValue, with: model)
        } catch {
            throw PublishError.theme(error)
        }
    }
}

/// A page model written out in full, keys sorted: equal texts for equal models.
enum ModelDigest {
    static func text(_ model: PageModel) -> String {
        var out = ""
        out.reserveCapacity(1024)
        append(model, to: &out)
        return out
    }

    private static func append(_ value: Any, to out: inout String) {
        switch value {
        case let text as String:
            out += "s"
            out += String(text.utf8.count)
            out += ":"
            out += text
        case let flag as Bool:
            out += flag ? "T" : "F"
        case let number as Int:
            out += "i"
            out += String(number)
            out += ";"
        case let dictionary as [String: Any]:
            out += "{"
            for key in dictionary.keys.sorted() {
                out += key
                out += "="
                if let item = dictionary[key] { append(item, to: &out) }
            }
            out += "}"
        case let keyed as KeyedItems:
            // Its items stand in the key of whatever holds it; here only how many.
            out += "K"
            out += String(keyed.items.count)
            out += ";"
        case let array as [Any]:
            out += "["
            for item in array { append(item, to: &out) }
            out += "]"
        default:
            out += "?"
            out += String(describing: value)
        }
    }
}
