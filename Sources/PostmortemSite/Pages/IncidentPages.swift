import Foundation
import PostmortemKit
import PostmortemMarkdown
import PostmortemStore

/// The incident and runbook pages and their Markdown copies.
enum IncidentPages {
    /// How many incidents are read whole at once.
    static let batchSize = 256

    static func render(_ context: PublishingContext) throws(PublishError) {
        let data = try context.require(context.data, "the knowledge base")
        let build = try context.require(context.build, "the output")
        let templates = try context.require(context.templates, "the theme")

        // Which pages to make: the others are kept. Checked on all cores, in slices.
        let facts = data.facts
        let globalKey = context.globalKey
        // When the cache vouches for the site in place and nothing an incident page shows
        // besides its incident and related incidents changed, a page whose incident,
        // related incidents (with their scores and what was shared) and their incidents
        // are unchanged is the previous page: kept under its previous key, without making
        // its key again.
        let unchanged: @Sendable (IncidentID) -> String? = {
            guard context.sameSiteAsBefore, let loaded = context.inputs, let changed = loaded.changed,
                let previous = loaded.previousChoices
            else { return { _ in nil } }
            let choices = loaded.choices
            return { id in
                guard !changed.contains(id), let choice = choices[id], previous[id] == choice,
                    !choice.related.contains(where: changed.contains)
                else { return nil }
                return build.previousInputKey(data.links.page(id))
            }
        }()
        let slices = stride(from: 0, to: facts.count, by: 512).map { $0..<min(facts.count, $0 + 512) }
        let checked = SliceResults<(IncidentID, key: String?)>(count: slices.count)
        let trusted = SliceResults<Int>(count: slices.count)
        let checkFailures = Failures()
        DispatchQueue.concurrentPerform(iterations: slices.count) { number in
            var slicePending: [(IncidentID, key: String?)] = []
            var sliceTrusted = 0
            defer { trusted.set(number, [sliceTrusted]) }
            for index in slices[number] {
                let fact = facts[index]
                do throws(PublishError) {
                    if let key = unchanged(fact.id), try build.keepIfUnchanged(data.links.page(fact.id), inputKey: key),
                        try build.keepIfUnchanged(data.links.markdown(fact.id), inputKey: key)
                    {
                        sliceTrusted += 1
                        continue
                    }
                } catch {
                    checkFailures.add(index, error)
                }
                let overview = data.overviews[fact.id]
                let cross = data.cross(for: fact, tags: overview?.tags ?? [])
                let key = data.revisions[fact.id].map { revision in
                    var key = Fingerprint(globalKey)
                    key.mix(revision)
                    key.mix(cross.key)
                    return key.hex
                }
                do throws(PublishError) {
                    if let key, try build.keepIfUnchanged(data.links.page(fact.id), inputKey: key),
                        try build.keepIfUnchanged(data.links.markdown(fact.id), inputKey: key)
                    {
                        continue
                    }
                } catch {
                    checkFailures.add(index, error)
                }
                slicePending.append((fact.id, key))
            }
            checked.set(number, slicePending)
        }
        if let error = checkFailures.first { throw error }
        context.incidentPagesTrusted = trusted.joined.reduce(0, +)
        let pending = checked.joined

        let total = data.facts.count
        var done = total - pending.count
        context.progress(.pages(done: done, total: total))
        // The store's reads are pinned to this thread, so it reads each batch while the
        // other threads render the batch before it.
        let batches = stride(from: 0, to: pending.count, by: batchSize).map {
            Array(pending[$0..<min(pending.count, $0 + batchSize)])
        }
        guard let firstBatch = batches.first else { return }
        var incidents = try fetch(firstBatch, context)
        for (number, batch) in batches.enumerated() {
            let keys = Dictionary(batch.map { ($0.0, $0.key) }, uniquingKeysWith: { first, _ in first })
            let rendering = DispatchGroup()
            let failures = Failures()
            let site = context.site
            let current = incidents
            DispatchQueue.global().async(group: rendering) {
                DispatchQueue.concurrentPerform(iterations: current.count) { index in
                    let incident = current[index]
                    do throws(PublishError) {
                        try renderOne(
                            incident, key: keys[incident.id] ?? nil, data: data, site: site, templates: templates,
                            build: build)
                    } catch {
                        failures.add(index, error)
                    }
                }
            }
            var fetchError: PublishError?
            if number + 1 < batches.count {
                do throws(PublishError) {
                    incidents = try fetch(batches[number + 1], context)
                } catch {
                    fetchError = error
                }
            }
            rendering.wait()
            if let error = failures.first ?? fetchError { throw error }
            done += current.count
            context.progress(.pages(done: done, total: total))
        }
    }

    private static func fetch(
        _ batch: [(IncidentID, key: String?)], _ context: PublishingContext
    ) throws(PublishError) -> [Incident] {
        do {
            return try context.store.fetch(batch.map(\.0))
        } catch {
            throw .store(reason: error.localizedDescription)
        }
    }

    static func renderOne(
        _ incident: Incident, key: String?, data: SiteData, site: SiteInfo, templates: SiteTemplates, build: SiteBuild
    ) throws(PublishError) {
        let path = data.links.page(incident.id)
        let cross = data.cross(for: IncidentFacts(incident), tags: incident.tags)
        let model = IncidentPageModel.make(incident, path: path, cross: cross, site: site)
        let template = incident.kind == .runbook ? PageTemplate.runbook : PageTemplate.incident
        let html: String
        do {
            html = try templates.render(template.rawValue, with: model)
        } catch {
            throw .theme(error)
        }
        try build.write(html, to: path, inputKey: key)
        try build.write(CanonicalWriter.markdown(for: incident), to: data.links.markdown(incident.id), inputKey: key)
    }
}

/// The results of slices of a list worked on in parallel, joined in the list's order.
final class SliceResults<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [[Value]]

    init(count: Int) {
        values = Array(repeating: [], count: count)
    }

    func set(_ index: Int, _ value: [Value]) {
        lock.withLock { values[index] = value }
    }

    var joined: [Value] {
        lock.withLock { values.flatMap { $0 } }
    }
}

/// Errors from pages rendered in parallel; the one of the lowest index wins, so a failing
/// publish always reports the same page.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [(Int, PublishError)] = []

    func add(_ index: Int, _ error: PublishError) {
        lock.withLock { errors.append((index, error)) }
    }

    var first: PublishError? { earliest?.1 }

    /// The failure of the lowest index, with its index.
    var earliest: (Int, PublishError)? {
        lock.withLock { errors.min { $0.0 < $1.0 } }
    }
}
