import Testing

@testable import PostmortemKit

@Suite struct LessonIndexTests {
    typealias F = KnowledgeFixtures

    static let fixDisplay = "\"Expected empty archive\": " + F.bumpFix

    @Test func groupsLessonsByFailureModeAndShowsARepeatedLessonOnce() {
        let index = LessonIndex(statements: F.statements, incidents: F.facts, taxonomy: F.taxonomy)

        #expect(
            index
                == LessonIndex(groups: [
                    LessonIndex.Group(
                        failureMode: "disk-full", name: "Disk full", incidents: 2,
                        lessons: [
                            LessonIndex.Entry(
                                text: "Monitor PVC utilization for database pods.", kind: .learned,
                                incidents: ["pm-a", "pm-d"], variants: ["Monitor PVC utilization for database pods"])
                        ]),
                    LessonIndex.Group(
                        failureMode: "wal-archive-conflict", name: "WAL archive conflict", incidents: 2,
                        lessons: [
                            LessonIndex.Entry(
                                text: F.bumpLesson, kind: .learned, incidents: ["pm-a", "pm-b"],
                                variants: [Self.fixDisplay])
                        ]),
                    LessonIndex.Group(
                        failureMode: nil, name: "Unclassified", incidents: 1,
                        lessons: [
                            LessonIndex.Entry(
                                text: "Automated backups saved the day", kind: .wentWell, incidents: ["pm-c"])
                        ]),
                ]))
    }

    @Test func aModeFilterShowsEveryLessonOfItsIncidentsUnderIt() {
        let index = LessonIndex(statements: F.statements, incidents: F.facts, taxonomy: F.taxonomy, mode: "disk-full")

        #expect(
            index
                == LessonIndex(groups: [
                    LessonIndex.Group(
                        failureMode: "disk-full", name: "Disk full", incidents: 2,
                        lessons: [
                            LessonIndex.Entry(
                                text: "Monitor PVC utilization for database pods.", kind: .learned,
                                incidents: ["pm-a", "pm-d"], variants: ["Monitor PVC utilization for database pods"]),
                            LessonIndex.Entry(text: F.bumpLesson, kind: .learned, incidents: ["pm-a"]),
                        ])
                ]))
    }

    @Test func anIncidentFilterKeepsOnlyThoseIncidentsAndATroubleshootingFixStandsAlone() {
        let index = LessonIndex(statements: F.statements, incidents: F.facts, taxonomy: F.taxonomy, only: ["pm-b"])

        #expect(
            index
                == LessonIndex(groups: [
                    LessonIndex.Group(
                        failureMode: "wal-archive-conflict", name: "WAL archive conflict", incidents: 1,
                        lessons: [LessonIndex.Entry(text: Self.fixDisplay, kind: .troubleshooting, incidents: ["pm-b"])]
                    )
                ]))
    }

    @Test func statementsComeFromLessonsAndTroubleshootingFixes() {
        #expect(
            LessonStatement.statements(of: F.b) == [
                LessonStatement(
                    incident: "pm-b", position: 0, text: Self.fixDisplay, matchText: F.bumpFix, origin: .troubleshooting
                )
            ])
    }

    @Test func aTroubleshootingFixIsCutBeforeItsCommands() {
        let commands = TroubleshootingEntry(
            symptom: "\"no target backup found\"", cause: "Wrong serverName",
            fix: "Set it to the old serverName. Check S3:\n\n```bash\naws s3 ls\n```")
        let only = TroubleshootingEntry(symptom: "Stuck", cause: "?", fix: "```\nkubectl delete pod x\n```")

        #expect(
            LessonStatement(incident: "pm-b", position: 1, troubleshooting: commands)
                == LessonStatement(
                    incident: "pm-b", position: 1,
                    text: "\"no target backup found\": Set it to the old serverName. Check S3:",
                    matchText: "Set it to the old serverName. Check S3:", origin: .troubleshooting))
        #expect(LessonStatement(incident: "pm-b", position: 2, troubleshooting: only) == nil)
    }

    @Test func encodesTheUnclassifiedGroupByName() throws {
        let index = LessonIndex(statements: F.statements, incidents: F.facts, taxonomy: F.taxonomy, only: ["pm-c"])

        #expect(
            try IncidentJSON.string(index) == """
                {
                  "groups" : [
                    {
                      "failureMode" : "unclassified",
                      "incidents" : 1,
                      "lessons" : [
                        {
                          "incidents" : [
                            "pm-c"
                          ],
                          "kind" : "wentWell",
                          "text" : "Automated backups saved the day",
                          "variants" : [

                          ]
                        }
                      ],
                      "name" : "Unclassified"
                    }
                  ]
                }
                """)
    }

    @Test func noStatementsMakeNoGroups() {
        #expect(LessonIndex(statements: [], incidents: F.facts, taxonomy: F.taxonomy).groups.isEmpty)
    }
}
