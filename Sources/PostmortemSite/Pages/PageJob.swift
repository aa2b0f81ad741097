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
}

/// A long list of a page's model (its incident rows) made only when the page must be made:
/// `key` stands for it in the page's input key, so it is cheap to make and must change
/// whenever the list would (the rows' incidents' revisions and pages, say).
struct DeferredList {
    var name: String
    var key: String
    var make: () -> [PageModel]

    /// `text` as a part of a key: its length first, so no two lists of texts give one key.
    static func field(_ text: String) -> String {
        String(text.utf8.count) + ":" + text
    }
}

enum PageJobs {
    /// Makes `jobs` on all cores; the error of the earliest failing job is thrown.
    static func run(
        _ jobs: [PageJob], globalKey: String, templates: SiteTemplates, build: SiteBuild
    ) throws(PublishError) {
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let job = jobs[index]
            do throws(PublishError) {
                var text = globalKey + "\n" + job.template.rawValue + "\n" + ModelDigest.text(job.model)
                for list in job.deferred {
                    text += "\n" + list.name + "\n" + list.key
                }
                let key = StableHash.hex(bytes: Array(text.utf8))
                if try build.keepIfUnchanged(job.path, inputKey: key) { return }
                var model = job.model
                for list in job.deferred { model.set(list.name, list.make()) }
                let html: String
                do throws(ThemeError) {
                    html = try templates.render(job.template.rawValue, with: model)
                } catch {
                    throw PublishError.theme(error)
                }
                try build.write(html, to: job.path, inputKey: key)
            } catch {
                failures.add(index, error)
            }
        }
        if let error = failures.first { throw error }
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
