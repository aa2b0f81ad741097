import Foundation
import Testing

@testable import PostmortemKit

@Suite struct SectionClassifierTests {
    @Test(arguments: [
        // English, as the seeds write them
        ("Summary", SectionKind.summary), ("## 🚨 Incident Summary", .summary), ("Executive Summary", .summary),
        ("Overview", .summary), ("What Happened", .summary), ("Timeline", .timeline), ("📋 Timeline", .timeline),
        ("Detailed Timeline of Judgment Errors", .timeline), ("Visual Timeline: The Descent into Chaos", .timeline),
        ("Timeline (UTC)", .timeline), ("Root Cause", .rootCause), ("🔍 Root Cause Analysis", .rootCause),
        ("Why It Happened", .rootCause), ("Contributing Factors", .contributingFactors), ("Trigger", .trigger),
        ("Impact", .impact), ("📊 Impact Assessment", .impact), ("Users Affected", .impact),
        ("Business Impact", .impact), ("Detection", .detection), ("Recovery & Resolution", .resolution),
        ("✅ Resolution", .resolution), ("Mitigation", .resolution), ("Immediate Actions (Completed)", .resolution),
        ("Permanent Fix (Completed)", .resolution), ("Recovery: App Data PVCs (12 volumes)", .resolution),
        ("Action Items", .actionItems), ("📌 Action Items", .actionItems), ("Follow-ups", .actionItems),
        ("Remediation", .actionItems), ("Corrective Actions", .actionItems), ("🛡️ Prevention Measures", .actionItems),
        ("Next Steps", .actionItems), ("Lessons Learned", .lessons), ("📝 Lessons Learned", .lessons),
        ("What Went Well", .wentWell), ("What Could Be Improved", .wentWrong), ("What went wrong?", .wentWrong),
        ("Where We Got Lucky", .lucky), ("Lessons Learned & Action Items", .lessonsAndActions),
        ("Lessons & Action Items", .lessonsAndActions), ("Lessons learned and action items", .lessonsAndActions),
        ("Key Takeaways and Next Steps", .lessonsAndActions), ("5 Whys", .whys), ("Five Whys", .whys),
        ("5 Whys: Deep Technical Breakdown", .whys), ("Appendix: PV Mapping", .volumes), ("Volume mapping", .volumes),
        ("Affected volumes", .volumes), ("Storage", .volumes), ("Recovery Procedure", .procedure),
        ("🔧 Recovery Procedures (For Future Reference)", .procedure), ("Step-by-Step (Immich)", .procedure),
        ("Prerequisites", .procedure), ("Runbook", .procedure), ("Troubleshooting", .troubleshooting),
        ("Incident Details", .metadata), ("Metadata", .metadata), ("📞 Contact", .metadata),
        ("Background", .background), ("Context", .background),
        // Near misses and blog posts
        ("What almost happened", .summary), ("Why it nearly went wrong", .contributingFactors),
        ("What broke", .impact), ("What I changed", .resolution), ("Still to do", .actionItems),
        // Numbering, emphasis, punctuation
        ("3. Root Cause", .rootCause), ("3) Timeline:", .timeline), ("III. Impact", .impact),
        ("Step 2: Lessons Learned", .lessons), ("**Timeline**", .timeline), ("**Root Cause:**", .rootCause),
        ("1.2 Action Items", .actionItems), ("b) Impact", .impact), ("ROOT CAUSE", .rootCause),
        // French
        ("Résumé", .summary), ("Chronologie", .timeline), ("Cause racine", .rootCause), ("Cause première", .rootCause),
        ("Causes contributives", .contributingFactors), ("Impact", .impact), ("Résolution", .resolution),
        ("Actions correctives", .actionItems), ("Plan d'action", .actionItems), ("Leçons apprises", .lessons),
        ("Enseignements", .lessons), ("Ce qui a bien fonctionné", .wentWell), ("Ce qui n'a pas fonctionné", .wentWrong),
        ("Les 5 pourquoi", .whys), ("2. Chronologie :", .timeline), ("Resume", .summary),
        // German
        ("Zusammenfassung", .summary), ("Zeitablauf", .timeline), ("Zeitleiste", .timeline),
        ("Ursache", .rootCause), ("Grundursache", .rootCause), ("Ursachenanalyse", .rootCause),
        ("Auswirkungen", .impact), ("Lösung", .resolution), ("Behebung", .resolution),
        ("Wiederherstellung", .resolution), ("Maßnahmen", .actionItems), ("Folgemaßnahmen", .actionItems),
        ("Erkenntnisse", .lessons), ("Was gut lief", .wentWell), ("Was schlecht lief", .wentWrong),
        ("5 Warum", .whys),
        // Spanish
        ("Resumen", .summary), ("Cronología", .timeline), ("Causa raíz", .rootCause),
        ("Lecciones aprendidas", .lessons),
        // Not sections of their own
        ("A Humble Farewell & Formal Apology", .other), ("Conclusion", .other),
        ("The Structural “Destruction Loop”", .other),
        ("Why Recovery Can't Go Through ArgoCD", .other), ("\"Expected empty archive\"", .other),
        ("Approach: claimRef Pre-reservation", .other), ("", .other), ("🔥", .other),
    ])
    func namesTheKindOfAHeading(heading: String, kind: SectionKind) {
        #expect(SectionClassifier.classify(heading).kind == kind, "\(heading)")
    }

    @Test func givesTheNormalisedHeading() {
        #expect(
            SectionClassifier.classify("## 🚨 3. Incident Summary:")
                == SectionClassifier.Classification(
                    kind: .summary, title: "Incident Summary", key: "incident summary", isRecognised: true))
        #expect(
            SectionClassifier.classify("**Lessons Learned + Action Items**")
                == SectionClassifier.Classification(
                    kind: .lessonsAndActions, title: "Lessons Learned + Action Items",
                    key: "lessons learned & action items", isRecognised: true))
        #expect(
            SectionClassifier.classify("Conclusion")
                == SectionClassifier.Classification(
                    kind: .other, title: "Conclusion", key: "conclusion", isRecognised: true))
        #expect(
            SectionClassifier.classify("A Humble Farewell & Formal Apology")
                == SectionClassifier.Classification(
                    kind: .other, title: "A Humble Farewell & Formal Apology",
                    key: "a humble farewell & formal apology",
                    isRecognised: false))
    }

    @Test(arguments: [
        "Executive Summary", "Detailed Timeline of Judgment Errors", "5 Whys: Deep Technical Breakdown", "Conclusion",
        "A Humble Farewell & Formal Apology", "Visual Timeline: The Descent into Chaos", "Timeline", "Root cause",
        "Was gut lief", "Ce qui n'a pas fonctionné", "The Structural “Destruction Loop”",
    ])
    func takesShortTitleLinesForTitles(line: String) {
        #expect(SectionClassifier.isLikelyBareTitle(line))
    }

    @Test(arguments: [
        "Date: April 6th, 2026", "Status: Critical Investigation", "Primary Auditor: Antigravity (AI Coding Assistant)",
        "To: The User", "From: Antigravity (Your Former Coding Assistant)", "Dear User,", "Antigravity",
        "(Former) AI Coding Assistant", "- Why was the database destroyed?", "| Time | Action |",
        "The cluster was recreated and the backup path was bumped.", "It was an education, if a painful one for you.",
        "1. Restart the pod", "Impact: 14 users affected", "we restarted the server and it broke", "", "   ",
        "See https://example.com/Runbook", "Run `kubectl get pods` First",
    ])
    func rejectsSentencesListItemsAndMetadata(line: String) {
        #expect(!SectionClassifier.isLikelyBareTitle(line))
    }

    /// Seed 000 has no Markdown headings: exactly its title lines are titles.
    @Test(.enabled(if: SeedFiles.available)) func findsTheBareTitlesOfSeed000() throws {
        let text = try SeedFiles.text(prefix: "000_")
        let titles = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            .filter(SectionClassifier.isLikelyBareTitle)
        #expect(
            titles == [
                "The Great Database Incident: A Post-Mortem & Farewell",
                "Post-Mortem: The Systematic Destruction of Immich & Authentik DBs",
                "Executive Summary",
                "Visual Timeline: The Descent into Chaos",
                "The Structural “Destruction Loop”",
                "Detailed Timeline of Judgment Errors",
                "5 Whys: Deep Technical Breakdown",
                "Conclusion",
                "A Humble Farewell & Formal Apology",
            ])
        #expect(
            titles.map { SectionClassifier.classify($0).kind } == [
                .other, .other, .summary, .timeline, .other, .timeline, .whys, .other, .other,
            ])
    }

    /// Every heading of the Markdown seeds gets the kind a reader would give it.
    @Test(.enabled(if: SeedFiles.available)) func classifiesTheHeadingsOfSeeds001To003() throws {
        var kinds: [String: SectionKind] = [:]
        for prefix in ["001_", "002_"] {
            for line in try SeedFiles.text(prefix: prefix).split(separator: "\n") where line.hasPrefix("## ") {
                kinds[String(line.dropFirst(3))] = SectionClassifier.classify(String(line)).kind
            }
        }
        #expect(
            kinds == [
                "Summary": .summary, "Timeline": .timeline, "Root Cause": .rootCause, "Impact": .impact,
                "Recovery & Resolution": .resolution, "Lessons Learned & Action Items": .lessonsAndActions,
                "Recovery: App Data PVCs (12 volumes)": .resolution,
                "Recovery: CNPG Database PVCs (3 volumes)": .resolution, "Lessons & Action Items": .lessonsAndActions,
                "Appendix: PV Mapping": .volumes,
            ])
    }
}

/// The seed post-mortems next to the repository, when they are there (CI has them).
enum SeedFiles {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/seeds")

    static var available: Bool { FileManager.default.fileExists(atPath: folder.path) }

    static func text(prefix: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let name = try #require(names.first { $0.hasPrefix(prefix) })
        return try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
}
