import PostmortemKit

/// The legacy importer: turns a post-mortem in any common Markdown dialect into incidents,
/// stage by stage (ARCHITECTURE.md): decode, front matter, shape, parse, segment, extract,
/// keep the rest. It never throws and never loses text: what it cannot classify is kept
/// verbatim as a section, and every repair or doubt is a finding with line:column.
public struct LegacyImporter: Sendable {
    /// Documents above this size are refused (16 MiB by default): no post-mortem is that
    /// large, and a file that is is almost surely something else.
    public var maximumBytes: Int
    /// Names each incident's failure modes (a `failure_modes:` list in the front matter
    /// wins over it). Built once per importer: its phrases are compiled then.
    public let classifier: FailureModeClassifier

    /// - Parameters:
    ///   - maximumBytes: the largest document read (default 16 MiB).
    ///   - taxonomy: the failure modes to classify against (default: pm's own taxonomy; a
    ///     knowledge base's `taxonomy.yml` replaces it).
    public init(maximumBytes: Int = 16 << 20, taxonomy: Taxonomy = .standard) {
        self.maximumBytes = maximumBytes
        self.classifier = FailureModeClassifier(taxonomy: taxonomy)
    }

    /// Imports a document from its bytes, decoding and repairing them first.
    public func importDocument(bytes: [UInt8], path: String) -> ImportedDocument {
        guard bytes.count <= maximumBytes else {
            return ImportedDocument(
                path: path,
                failure:
                    "the file is \(ByteCount.describe(bytes.count)), larger than the \(ByteCount.describe(maximumBytes)) "
                    + "pm imports; if it really is one post-mortem, split it or raise --max-size")
        }
        let decoded: DecodedText
        do {
            decoded = try TextDecoder.decode(bytes)
        } catch {
            return ImportedDocument(path: path, failure: error.localizedDescription)
        }
        var findings = decoded.repairs.map { repair in
            Finding(
                line: repair.line, column: repair.column,
                severity: repair.kind == .mojibake || repair.kind == .mojibakeWithLostBytes ? .note : .warning,
                rule: "encoding-\(repair.kind.rawValue)", message: repair.message)
        }
        if decoded.encoding == .windows1252 {
            findings.insert(
                Finding(
                    line: 1, column: 1, severity: .warning, rule: "encoding-windows-1252",
                    message: "the file is not valid UTF-8: read it as Windows-1252; check that accented letters "
                        + "came out right, and save it as UTF-8"), at: 0)
        }
        var result = importDocument(
            text: decoded.text, path: path, contentHash: StableHash.hex(bytes: bytes),
            encoding: decoded.encoding.displayName)
        result.encoding = decoded.encoding
        result.findings = findings + result.findings
        return result
    }

    /// Imports a document that is already text.
    public func importDocument(
        text: String, path: String, contentHash: String? = nil, encoding: String = "utf-8"
    ) -> ImportedDocument {
        let fingerprint = Self.fingerprint(of: text)
        let shaped = DocumentShaper.shape(text)
        let document = MarkdownDocument(parsing: shaped.text)
        var findings: [Finding] = shaped.promotedLines.map { line in
            Finding(
                line: line, column: 1, severity: .note, rule: "heading-promoted",
                message: "read the bare line as a section heading (the document has no Markdown headings)")
        }
        if let problem = document.frontMatterProblem {
            findings.append(
                Finding(
                    line: problem.line, column: problem.column, severity: .warning, rule: "front-matter-invalid",
                    message:
                        "the front matter cannot be read (\(problem.message)); it is kept as a section. Fix it and import again"
                ))
        }
        if document.exceedsNestingLimit {
            findings.append(
                Finding(
                    line: 0, column: 0, severity: .warning, rule: "nesting-too-deep",
                    message:
                        "content nested deeper than \(MarkdownDocument.maximumNestingDepth) levels was flattened; its text is kept"
                ))
        }
        let source = SourceInfo(
            path: path, contentHash: contentHash ?? StableHash.hex(bytes: Array(text.utf8)), encoding: encoding)
        // pm's own format is read exactly; anything else (or a canonical file edited out of
        // shape) by the rules below.
        if shaped.promotedLines.isEmpty,
            case .success(let (read, canonicalFindings)) =
                CanonicalReader(document: document).read()
        {
            var incident = read
            incident.source = source
            incident.failureModes = classifier.failureModes(for: incident)
            return ImportedDocument(
                path: path, incidents: [incident],
                findings: (findings + canonicalFindings).sorted { ($0.line, $0.column) < ($1.line, $1.column) },
                fingerprint: fingerprint, givesIDs: true)
        }
        // The document's language decides how to read `12/03/2021`: day first in French,
        // German and Spanish; the date parser's default otherwise.
        let assembler = IncidentAssembler(document: document, order: LanguageGuesser.dateOrder(of: text))
        let chunks = IncidentLogSplitter.split(document.root.children)
        var incidents: [Incident] = []
        let frontMatterID = document.frontMatter?.fields["id"]?.text
        if chunks.count > 1, document.frontMatter != nil, document.frontMatterProblem == nil {
            findings.append(
                Finding(
                    line: 1, column: 1, severity: .note, rule: "front-matter-log",
                    message: "an incident log's front matter is not applied to its entries; it is kept as a section "
                        + "of the first entry"))
        }
        for (index, chunk) in chunks.enumerated() {
            // A log entry's identity: the log's own id (or its path) with the entry's date
            // and title, so editing one entry never renames another.
            var parts = [frontMatterID ?? path, chunk.day?.description ?? "", chunk.title ?? ""]
            // Two entries of the same day and title (a copied entry) must not share an id,
            // or storing the second would replace the first: later ones count their repeats.
            let repeats = chunks[..<index].filter { $0.day == chunk.day && $0.title == chunk.title }.count
            if repeats > 0 { parts.append(String(repeats + 1)) }
            let derived =
                chunks.count == 1
                ? IncidentID.derived(fromFingerprint: fingerprint)
                : IncidentID.derived(fromFingerprint: parts.joined(separator: "|"))
            var (incident, chunkFindings) = assembler.assemble(
                blocks: chunk.blocks, id: derived, title: chunk.title, day: chunk.day,
                applyFrontMatter: chunks.count == 1)
            // Front matter that was not applied (unreadable, or a log's) is kept.
            if let frontMatter = document.frontMatter,
                document.frontMatterProblem != nil || (chunks.count > 1 && index == 0)
            {
                incident.sections.insert(Section(heading: "Front matter", markdown: frontMatter.raw), at: 0)
            }
            incident.source = source
            incident.failureModes = classifier.failureModes(for: incident)
            incidents.append(incident)
            findings += chunkFindings
        }
        return ImportedDocument(
            path: path, incidents: incidents, findings: findings.sorted { ($0.line, $0.column) < ($1.line, $1.column) },
            fingerprint: fingerprint,
            givesIDs: chunks.count > 1 || frontMatterID.map(IncidentID.isValid) == true)
    }

    /// A fingerprint of `text` that ignores line endings, trailing spaces and blank lines, so
    /// a copy of the same document is recognised wherever it is.
    public static func fingerprint(of text: String) -> String {
        let folded = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingSpaces() }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
        return StableHash.hex(bytes: Array(folded.utf8))
    }
}

/// Byte counts for messages ("50.0 MB").
enum ByteCount {
    static func describe(_ count: Int) -> String {
        if count < 1024 { return "\(count) bytes" }
        let units = ["KiB", "MiB", "GiB"]
        var value = Double(count) / 1024
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return "\((value * 10).rounded() / 10) \(units[unit])"
    }
}

/// Tells runbooks and near misses from incidents when the front matter did not say: a
/// title prefix ("Near Miss:", "Runbook:"), a `Type:` line, or, for a runbook, a document
/// with steps or troubleshooting entries but neither a date nor a timeline.
enum KindDetector {
    /// The kind a raw title's prefix names, or nil.
    static func kind(ofTitle title: String) -> IncidentKind? {
        let folded = title.lowercased()
        guard let colon = folded.firstIndex(of: ":") else { return nil }
        let head = folded[..<colon].trimmingSpaces()
        return kind(ofLabel: head)
    }

    /// The kind a word or label names ("near miss (no impact)", "Runbook"), or nil.
    static func kind(ofLabel text: String) -> IncidentKind? {
        let folded = text.lowercased()
        if nearMissWords.contains(where: folded.contains) { return .nearMiss }
        if runbookWords.contains(where: folded.contains) { return .runbook }
        return nil
    }

    static func detect(_ incident: inout Incident) {
        guard incident.kind == .incident else { return }
        let title = incident.title.lowercased()
        if nearMissWords.contains(where: title.contains) {
            incident.kind = .nearMiss
        } else if incident.timeline.isEmpty, incident.date == nil,
            !incident.procedure.isEmpty || !incident.troubleshooting.isEmpty
                || ["runbook", "playbook", "disaster recovery", "procedure"].contains(where: title.contains)
        {
            incident.kind = .runbook
        }
    }

    private static let nearMissWords = ["near miss", "near-miss", "beinahe", "quasi-incident"]
    private static let runbookWords = ["runbook", "playbook"]
}
