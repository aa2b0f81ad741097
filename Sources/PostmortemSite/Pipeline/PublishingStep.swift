/// One named step of the publishing pipeline: what it is called in progress and errors, and
/// what it does to the shared context.
struct PublishingStep: Sendable {
    var name: String
    /// Whether the step waits, when it ends, for the pages it queued to be made. A step
    /// that does not starts them on other threads and the next steps go on meanwhile, so
    /// the cores make one step's pages while the next step makes its models, and a long
    /// page (the action board) while they make the others'.
    var finishesPages: Bool
    var body: @Sendable (PublishingContext) throws(PublishError) -> Void

    init(
        _ name: String, finishesPages: Bool = true,
        _ body: @escaping @Sendable (PublishingContext) throws(PublishError) -> Void
    ) {
        self.name = name
        self.finishesPages = finishesPages
        self.body = body
    }
}

/// Runs steps in order, reporting `[i/n] name`, and tags any error with the step's name.
struct PublishingPipeline {
    var steps: [PublishingStep]

    /// A page that fails is reported under the step that queued it.
    func run(_ context: PublishingContext) throws(PublishFailure) {
        for (index, step) in steps.enumerated() {
            context.progress(.step(index: index + 1, count: steps.count, name: step.name))
            context.step = step.name
            do {
                try step.body(context)
            } catch {
                context.abandonPages()
                throw PublishFailure(step: step.name, error: error)
            }
            if step.finishesPages || index == steps.count - 1 {
                try context.finishPages()
            } else {
                try context.startPages()
            }
        }
    }
}
