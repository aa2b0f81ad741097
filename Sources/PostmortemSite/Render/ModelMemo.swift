import Foundation

/// Models of keyed items shared by several pages of one publish (a lesson shown on the
/// lessons page and on the page of every mode its incidents show), made once, by a key
/// that stands for everything the model holds. Thread-safe: pages are made in parallel.
final class ModelMemo: @unchecked Sendable {
    // The models are made once and never changed after.
    private let lock = NSLock()
    private var models: [Fingerprint: PageModel] = [:]

    /// The model of `key`, made by `make` the first time it is asked for.
    func model(_ key: Fingerprint, make: () -> PageModel) -> PageModel {
        if let known = lock.withLock({ models[key] }) { return known }
        let model = make()
        lock.withLock { models[key] = model }
        return model
    }
}
