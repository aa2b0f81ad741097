import Testing

@testable import PostmortemKit

/// `LessonIndex.Inputs`: the index's inputs as numbers, as a store reads them, give the
/// index of the statements and incidents they stand for.
@Suite struct LessonIndexInputsTests {
    typealias F = KnowledgeFixtures
    typealias Statement = LessonIndex.Inputs.Statement

    /// The fixtures' inputs written out by hand: incidents in list order (d, n and c after
    /// a; b undated last), texts and modes each once.
    static func handMade() -> LessonIndex.Inputs {
        var inputs = LessonIndex.Inputs()
        inputs.modes = ["wal-archive-conflict", "disk-full", "gitops-reconciler-deleted"]
        inputs.appendIncident("pm-a", modes: [0, 1])
        inputs.appendIncident("pm-n", modes: [1])
        inputs.appendIncident("pm-d", modes: [1])
        inputs.appendIncident("pm-c", modes: [])
        inputs.appendIncident("pm-b", modes: [0, 2])
        inputs.texts = [
            F.bumpLesson, "Monitor PVC utilization for database pods.", "\"Expected empty archive\": " + F.bumpFix,
            F.bumpFix, "Automated backups saved the day", "Monitor PVC utilization for database pods",
        ]
        inputs.statements = [
            Statement(incident: 0, position: 0, text: 0, matchText: 0, origin: .learned),
            Statement(incident: 0, position: 1, text: 1, matchText: 1, origin: .learned),
            Statement(incident: 4, position: 0, text: 2, matchText: 3, origin: .troubleshooting),
            Statement(incident: 3, position: 0, text: 4, matchText: 4, origin: .wentWell),
            Statement(incident: 2, position: 0, text: 5, matchText: 5, origin: .learned),
        ]
        return inputs
    }

    @Test func inputsOfStatementsNumberIncidentsInListOrderAndEachTextOnce() {
        #expect(LessonIndex.Inputs(statements: F.statements, incidents: F.facts) == Self.handMade())
    }

    @Test func modesAddedOneByOneGoToTheIncidentAddedLast() {
        var inputs = LessonIndex.Inputs()
        inputs.appendMode(2)  // before any incident: nothing
        inputs.appendIncident("pm-a")
        inputs.appendMode(0)
        inputs.appendMode(1)
        inputs.appendIncident("pm-b")
        inputs.appendIncident("pm-c")
        inputs.appendMode(2)

        var expected = LessonIndex.Inputs()
        expected.appendIncident("pm-a", modes: [0, 1])
        expected.appendIncident("pm-b", modes: [])
        expected.appendIncident("pm-c", modes: [2])
        #expect(inputs == expected)
        #expect(inputs.modes(of: 0) == [0, 1] && inputs.modes(of: 1) == [] && inputs.modes(of: 2) == [2])
    }

    @Test(arguments: [nil, "disk-full", "wal-archive-conflict"] as [FailureModeID?])
    func theIndexOfInputsIsTheIndexOfTheirStatements(mode: FailureModeID?) {
        #expect(
            LessonIndex(inputs: Self.handMade(), taxonomy: F.taxonomy, mode: mode)
                == LessonIndex(statements: F.statements, incidents: F.facts, taxonomy: F.taxonomy, mode: mode))
    }

    @Test func anIncidentFilterGivesTheSameIndex() {
        #expect(
            LessonIndex(inputs: Self.handMade(), taxonomy: F.taxonomy, only: ["pm-b", "pm-d"])
                == LessonIndex(
                    statements: F.statements, incidents: F.facts, taxonomy: F.taxonomy, only: ["pm-b", "pm-d"]))
    }

    @Test func equalTextsAndModesListedTwiceCountAsOneAndNumbersOutOfRangeAreLeftOut() {
        var inputs = Self.handMade()
        // The same mode again; "disk-full" of pm-d through it.
        inputs.modes.append("disk-full")
        inputs.appendIncident("pm-x", modes: [3, 9])
        // pm-d's lesson through a copy of its text, and a text equal to one only as Swift
        // compares strings (é composed, then as e and a combining accent).
        inputs.texts += [
            "Monitor PVC utilization for database pods", "Caf\u{E9} alerts were quiet", "Cafe\u{301} alerts were quiet",
        ]
        inputs.statements[4].text = 6
        inputs.statements[4].matchText = 6
        inputs.statements += [
            Statement(incident: 3, position: 1, text: 7, matchText: 7, origin: .wentWrong),
            Statement(incident: 0, position: 2, text: 8, matchText: 8, origin: .wentWrong),
            Statement(incident: 9, position: 0, text: 0, matchText: 0, origin: .learned),
            Statement(incident: 0, position: 3, text: 99, matchText: 0, origin: .learned),
            Statement(incident: -1, position: 0, text: 0, matchText: 0, origin: .learned),
        ]
        var facts = F.facts
        var statements = F.statements
        statements += [
            LessonStatement(incident: "pm-c", position: 1, text: "Caf\u{E9} alerts were quiet", origin: .wentWrong),
            LessonStatement(incident: "pm-a", position: 2, text: "Cafe\u{301} alerts were quiet", origin: .wentWrong),
        ]
        facts.append(IncidentFacts(id: "pm-x", title: "X", failureModes: ["disk-full"]))

        let index = LessonIndex(inputs: inputs, taxonomy: F.taxonomy)

        #expect(index == LessonIndex(statements: statements, incidents: facts, taxonomy: F.taxonomy))
        let quiet = index.groups.flatMap(\.lessons).first { $0.text.hasSuffix("alerts were quiet") }
        #expect(quiet?.incidents == ["pm-a", "pm-c"])
        #expect(quiet?.variants == [])
    }
}
