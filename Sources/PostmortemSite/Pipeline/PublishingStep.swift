/// One named step of the publishing pipeline: what it is called in progress and errors, and
/// what it does to the shared context.
struct PublishingStep: Sendable {
    var name: String
    var body: @Sendable (PublishingContext) throws(PublishError) -> Void

    init(_ name: String, _ body: @escaping @Sendable (PublishingContext) throws(PublishError) -> Void) {
        self.name = name
        self.body = body
    }
}

/// Runs steps in order, reporting `[i/n] name`, and tags any error with the step's name.
struct PublishingPipeline {
    var steps: [PublishingStep]

    func run(_ context: PublishingContext) throws(PublishFailure) {
        for (index, step) in steps.enumerated() {
            context.progress(.step(index: index + 1, count: steps.count, name: step.name))
            do {
                try step.body(context)
                try context.finishPages()
            } catch {
                throw PublishFailure(step: step.name, error: error)
            }
        }
    }
}
