/// Why ``CompiledTemplates`` declines a template: it uses something the compiled renderer
/// does not do, or does not read the way swift-mustache reads it. The publisher then
/// renders with swift-mustache, which also reports templates that are simply broken.
struct UnsupportedTemplate: Error, Equatable {
    /// The line of the template the reason applies to, from 1.
    var line: Int
    var reason: String
}
