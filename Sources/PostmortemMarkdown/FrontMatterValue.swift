/// One decoded front-matter value.
///
/// Dates and date-times are kept as the strings they were written as (`.date`), so no time
/// zone or calendar is guessed here; the importer's date parser reads them.
public enum FrontMatterValue: Sendable, Hashable {
    /// A string.
    case string(String)
    /// An integer.
    case int(Int)
    /// A floating-point number (including `inf` and `nan`).
    case double(Double)
    /// A boolean.
    case bool(Bool)
    /// A date, time or date-time, exactly as written.
    case date(String)
    /// An array (TOML) or sequence (YAML).
    case array([FrontMatterValue])
    /// A nested table (TOML inline table) or mapping (YAML).
    case table(FrontMatterTable)
    /// An explicit null (YAML `~`, `null` or nothing).
    case null
}
