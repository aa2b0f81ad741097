import Foundation
import Testing

/// `pm lessons`, `pm actions`, `pm stats`, `pm related` and `pm services` through the real
/// binary, on a knowledge base of four documents: an incident (alpha) whose lesson a
/// runbook (bravo) states as a troubleshooting fix, a second incident (charlie) repeating
/// alpha's action under an alias of its service, and an unclassified one (delta).
@Suite struct KnowledgeCommandTests {
    static let documents = [
        (
            "alpha.md",
            """
            ---
            id: pm-alpha
            title: Immich WAL archive failure
            date: 2026-02-20
            severity: SEV2
            services: [Immich]
            failure_modes: [wal-archive-conflict, disk-full]
            detected: 2026-02-20T09:10:00Z
            resolved: 2026-02-20T10:00:00Z
            ---

            ## Timeline

            | Time | Event |
            |---|---|
            | 09:00 | Cluster recreated with the old backup path |
            | 09:10 | Disk alert fires |
            | 10:00 | Archiving resumed |

            ## Action Items

            | Priority | Action | Owner | Status | Due |
            |---|---|---|---|---|
            | P1 | Add alerting on PVC usage at 80 % and 90 % | Aiko | Open | 2026-03-01 |
            | P2 | Document the restore procedure | Marco | Done | 2026-02-25 |

            ## Lessons Learned

            - Always bump the backup path version (e.g. `v1` -> `v2`) when recreating a CNPG cluster.
            """
        ),
        (
            "bravo.md",
            """
            ---
            id: pm-bravo
            kind: runbook
            title: CNPG disaster recovery
            services: [CNPG]
            failure_modes: [wal-archive-conflict]
            ---

            ## Troubleshooting

            | Symptom | Cause | Fix |
            |---|---|---|
            | "Expected empty archive" | serverName matches the old backup path | Bump `serverName` to the next version (e.g. `-v1` → `-v2`) |
            """
        ),
        (
            "charlie.md",
            """
            ---
            id: pm-charlie
            title: Photos volume full
            date: 2026-01-10
            severity: SEV3
            services: [immich-server]
            failure_modes: [disk-full]
            ---

            ## Timeline

            | Time | Event |
            |---|---|
            | 08:00 | Upload queue stalls |
            | 08:45 | Users reported failed uploads |
            | 11:00 | Volume expanded, uploads restored |

            ## Action Items

            - [x] Add alerting on PVC usage at 80% and 90% (Aiko)
            - [ ] Rotate the backup credentials (Marco)

            ## Lessons Learned

            - Monitor PVC utilization for database pods.
            """
        ),
        (
            "delta.md",
            """
            ---
            id: pm-delta
            title: Printer queue jammed
            date: 2025-11-27
            ---

            ## Lessons Learned

            - Nobody owns the printer.
            """
        ),
    ]

    static let bumpLesson = "Always bump the backup path version (e.g. `v1` -> `v2`) when recreating a CNPG cluster."
    static let bumpFix = "\"Expected empty archive\": Bump `serverName` to the next version (e.g. `-v1` → `-v2`)"

    func knowledgeBase() throws -> (TemporaryFolder, URL) {
        let folder = try TemporaryFolder()
        #expect(try PMProcess.run(["init", "kb"], in: folder.url).status == 0)
        let root = folder.url.appendingPathComponent("kb")
        let config = root.appendingPathComponent("pm.yml")
        let text = try String(contentsOf: config, encoding: .utf8)
        try Data((text + "service_aliases:\n  Immich: [immich-server]\n").utf8).write(to: config)
        let docs = folder.url.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        for (name, text) in Self.documents {
            try Data(text.utf8).write(to: docs.appendingPathComponent(name))
        }
        let imported = try PMProcess.run(["import", docs.path], in: root)
        #expect(imported.status == 0, "\(imported.stderr)")
        return (folder, root)
    }

    /// The JSON `text` as Foundation objects, to compare whole documents.
    func json(_ text: String) throws -> NSObject {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSObject)
    }

    func run(_ arguments: [String], in root: URL) throws -> PMProcess.Result {
        let result = try PMProcess.run(arguments, in: root)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result
    }

    /// Only pm lessons, pm show and pm export have a Markdown form; the other commands
    /// refuse `--format markdown` before touching anything, naming the values they take.
    @Test(arguments: [
        ["stats"], ["search", "disk"], ["actions"], ["services"], ["taxonomy"], ["list"], ["check"], ["sync"],
        ["lint"], ["related", "pm-x"], ["import", "x.md"],
    ])
    func reportsWithoutAMarkdownFormRefuseIt(_ command: [String]) throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }

        let result = try PMProcess.run(command + ["--format", "markdown"], in: root)

        #expect(result.status == 64)
        #expect(result.stderr.contains("Please provide one of 'text' and 'json'"))
        #expect(result.stdout.isEmpty)
    }

    @Test func lessonsGroupByFailureModeAndShowASharedLessonOnce() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }

        let result = try run(["lessons", "--format", "json"], in: root)

        let expected: [String: Any] = [
            "groups": [
                [
                    "failureMode": "wal-archive-conflict", "name": "Backup or WAL archive conflict", "incidents": 2,
                    "lessons": [
                        [
                            "text": Self.bumpLesson, "kind": "learned", "incidents": ["pm-alpha", "pm-bravo"],
                            "variants": [Self.bumpFix],
                        ]
                    ],
                ],
                [
                    "failureMode": "disk-full", "name": "Disk full", "incidents": 1,
                    "lessons": [
                        [
                            "text": "Monitor PVC utilization for database pods.", "kind": "learned",
                            "incidents": ["pm-charlie"], "variants": [String](),
                        ]
                    ],
                ],
                [
                    "failureMode": "unclassified", "name": "Unclassified", "incidents": 1,
                    "lessons": [
                        [
                            "text": "Nobody owns the printer.", "kind": "learned", "incidents": ["pm-delta"],
                            "variants": [String](),
                        ]
                    ],
                ],
            ]
        ]
        #expect(try json(result.stdout) == expected as NSDictionary)
    }

    @Test func lessonsFilterByServiceThroughAliasesAndPrintMarkdown() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }

        let text = try run(["lessons", "--service", "IMMICH"], in: root)
        let markdown = try run(["lessons", "--mode", "disk-full", "--format", "markdown"], in: root)

        #expect(
            text.stdout == """
                Disk full (disk-full) — 1 lesson from 1 incident
                  - Monitor PVC utilization for database pods.
                    pm-charlie

                Backup or WAL archive conflict (wal-archive-conflict) — 1 lesson from 1 incident
                  - \(Self.bumpLesson)
                    pm-alpha

                """)
        #expect(
            markdown.stdout == """
                # Lessons — Post-mortems

                ## Disk full (`disk-full`)

                - \(Self.bumpLesson) — `pm-alpha` Immich WAL archive failure
                - Monitor PVC utilization for database pods. — `pm-charlie` Photos volume full

                """)
    }

    @Test func actionsCountFlagRepeatsAndJudgeOverdueOnTheGivenDay() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }

        let result = try run(["actions", "--today", "2026-03-02", "--format", "json"], in: root)

        func action(
            _ incident: String, _ position: Int, _ text: String, owner: String, priority: String?, level: Int?,
            status: String, due: String?, overdue: Bool, repeatedIn: [String]
        ) -> [String: Any] {
            [
                "incident": incident, "position": position, "text": text, "owner": owner,
                "priority": priority ?? NSNull(), "priorityLevel": level ?? NSNull(), "status": status,
                "due": due ?? NSNull(), "tracking": NSNull(), "overdue": overdue, "repeat": !repeatedIn.isEmpty,
                "repeats": repeatedIn.count, "repeatedIn": repeatedIn,
            ]
        }
        func counts(_ total: Int, open: Int, done: Int, overdue: Int, repeats: Int) -> [String: Any] {
            [
                "total": total, "open": open, "inProgress": 0, "done": done, "wontDo": 0, "overdue": overdue,
                "repeats": repeats,
            ]
        }
        let expected: [String: Any] = [
            "groups": [
                [
                    "key": "pm-alpha", "title": "Immich WAL archive failure", "incident": "pm-alpha",
                    "date": "2026-02-20", "counts": counts(2, open: 1, done: 1, overdue: 1, repeats: 1),
                    "actions": [
                        action(
                            "pm-alpha", 0, "Add alerting on PVC usage at 80 % and 90 %", owner: "Aiko", priority: "P1",
                            level: 1, status: "open", due: "2026-03-01", overdue: true, repeatedIn: ["pm-charlie"]),
                        action(
                            "pm-alpha", 1, "Document the restore procedure", owner: "Marco", priority: "P2", level: 2,
                            status: "done", due: "2026-02-25", overdue: false, repeatedIn: []),
                    ],
                ],
                [
                    "key": "pm-charlie", "title": "Photos volume full", "incident": "pm-charlie",
                    "date": "2026-01-10", "counts": counts(2, open: 1, done: 1, overdue: 0, repeats: 1),
                    "actions": [
                        action(
                            "pm-charlie", 0, "Add alerting on PVC usage at 80% and 90%", owner: "Aiko", priority: nil,
                            level: nil, status: "done", due: nil, overdue: false, repeatedIn: ["pm-alpha"]),
                        action(
                            "pm-charlie", 1, "Rotate the backup credentials", owner: "Marco", priority: nil, level: nil,
                            status: "open", due: nil, overdue: false, repeatedIn: []),
                    ],
                ],
            ],
            "counts": counts(4, open: 2, done: 2, overdue: 1, repeats: 2),
        ]
        #expect(try json(result.stdout) == expected as NSDictionary)
    }

    @Test func actionsGroupByOwnerAndFilter() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }

        let byOwner = try run(["actions", "--open", "--group-by", "owner", "--today", "2026-03-02"], in: root)
        let overdue = try PMProcess.run(
            ["actions", "--overdue", "--format", "json"], in: root, environment: ["PM_TODAY": "2026-03-02"])
        let notYet = try run(["actions", "--overdue", "--today", "2026-03-01", "--format", "json"], in: root)

        #expect(
            byOwner.stdout == """
                Aiko — 1 action, 1 open, 0 done, 1 overdue, 1 repeated
                  - [open] P1 Add alerting on PVC usage at 80 % and 90 % (pm-alpha) (due 2026-03-01, OVERDUE) (repeat: also in pm-charlie)

                Marco — 1 action, 1 open, 0 done
                  - [open] Rotate the backup credentials (pm-charlie)

                2 actions, 2 open, 0 done, 1 overdue, 1 repeated in 2 groups

                """)
        let overdueObject = try #require(try json(overdue.stdout) as? [String: Any])
        #expect((overdueObject["counts"] as? [String: Any])?["total"] as? Int == 1)
        let notYetObject = try #require(try json(notYet.stdout) as? [String: Any])
        #expect((notYetObject["groups"] as? [Any])?.isEmpty == true)
    }

    @Test func actionsRejectBadOptions() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }

        let grouping = try PMProcess.run(["actions", "--group-by", "team"], in: root)
        let today = try PMProcess.run(["actions", "--today", "tomorrow"], in: root)
        let priority = try PMProcess.run(["actions", "--priority", "whenever"], in: root)

        #expect(grouping.status != 0 && grouping.stderr.contains("--group-by takes incident or owner, not 'team'"))
        #expect(today.status != 0 && today.stderr.contains("today must be a day written YYYY-MM-DD, not 'tomorrow'"))
        #expect(priority.status != 0 && priority.stderr.contains("--priority takes a priority such as P1"))
    }

    @Test func statsGiveMedianP90AndDistributionsOfTimeToDetectAndResolve() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }

        let result = try run(["stats", "--format", "json"], in: root)

        func count(_ key: String, _ name: String, _ incidents: Int) -> [String: Any] {
            ["key": key, "name": name, "incidents": incidents]
        }
        func summary(_ values: [Int], buckets: [Int]) -> [String: Any] {
            let labels = ["under 15 min", "15 min – 1 h", "1 – 4 h", "4 – 24 h", "1 – 7 days", "7 days or more"]
            let bounds: [Any] = [900, 3_600, 14_400, 86_400, 604_800, NSNull()]
            return [
                "count": values.count, "median": values[0], "p90": values[values.count - 1], "minimum": values[0],
                "maximum": values[values.count - 1],
                "buckets": labels.indices.map { ["label": labels[$0], "below": bounds[$0], "count": buckets[$0]] },
            ]
        }
        func timing(_ id: String, _ started: String, _ detected: String, _ resolved: String, _ ttd: Int, _ ttr: Int)
            -> [String: Any]
        {
            [
                "id": id, "started": started, "detected": detected, "resolved": resolved, "timeToDetect": ttd,
                "timeToResolve": ttr,
            ]
        }
        let expected: [String: Any] = [
            "incidents": 3, "nearMisses": 0, "runbooks": 1, "undated": 0,
            "perMonth": [
                count("2025-11", "2025-11", 1), count("2025-12", "2025-12", 0), count("2026-01", "2026-01", 1),
                count("2026-02", "2026-02", 1),
            ],
            "bySeverity": [count("2", "SEV2", 1), count("3", "SEV3", 1), count("none", "none", 1)],
            "byFailureMode": [
                count("disk-full", "Disk full", 2),
                count("wal-archive-conflict", "Backup or WAL archive conflict", 1),
            ],
            "byService": [count("immich", "Immich", 2)],
            "timeToDetect": summary([600, 2_700], buckets: [1, 1, 0, 0, 0, 0]),
            "timeToResolve": summary([3_600, 10_800], buckets: [0, 0, 2, 0, 0, 0]),
            "perIncident": [
                timing(
                    "pm-alpha", "2026-02-20T09:00", "2026-02-20T09:10:00Z", "2026-02-20T10:00:00Z", 600, 3_600),
                timing("pm-charlie", "2026-01-10T08:00", "2026-01-10T08:45", "2026-01-10T11:00", 2_700, 10_800),
            ],
            "actions": ["total": 4, "open": 2, "inProgress": 0, "done": 2, "wontDo": 0],
        ]
        #expect(try json(result.stdout) == expected as NSDictionary)
    }

    @Test func relatedExplainsEachScore() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }

        let result = try run(["related", "pm-alpha", "--format", "json"], in: root)
        let text = try run(["related", "pm-alpha"], in: root)

        let object = try #require(try json(result.stdout) as? [String: Any])
        #expect(object["id"] as? String == "pm-alpha")
        let related = try #require(object["related"] as? [[String: Any]])
        let byID = Dictionary(
            uniqueKeysWithValues: related.compactMap { entry in
                (entry["id"] as? String).map { ($0, entry) }
            })
        #expect(Set(byID.keys) == ["pm-bravo", "pm-charlie"])
        #expect(byID["pm-bravo"]?["failureModes"] as? [String] == ["wal-archive-conflict"])
        #expect(byID["pm-bravo"]?["services"] as? [String] == [])
        #expect((byID["pm-bravo"]?["words"] as? [String])?.contains("bump") == true)
        #expect(byID["pm-charlie"]?["failureModes"] as? [String] == ["disk-full"])
        #expect(byID["pm-charlie"]?["services"] as? [String] == ["Immich"])
        #expect(text.stdout.contains("  failure modes: disk-full (+3)\n  services: Immich (+2)\n"))
    }

    @Test func relatedToAnUnknownIncidentIsAnError() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }

        let result = try PMProcess.run(["related", "pm-nope"], in: root)

        #expect(result.status == 1)
        #expect(result.stderr == "pm: error: no incident with id 'pm-nope'. `pm list` shows the ids.\n")
    }

    @Test func servicesMatchAliasesAndSayHowEachIncidentTouchedThem() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }

        let result = try run(["services", "--format", "json"], in: root)

        let object = try #require(try json(result.stdout) as? [String: Any])
        let services = try #require(object["services"] as? [[String: Any]])
        let immich = try #require(services.first { $0["name"] as? String == "Immich" })
        let expected: [String: Any] = [
            "name": "Immich", "kind": "service", "incidents": ["pm-alpha", "pm-charlie"],
            "touches": [
                ["incident": "pm-alpha", "via": ["declared", "text"]], ["incident": "pm-charlie", "via": ["declared"]],
            ],
        ]
        #expect(immich as NSDictionary == expected as NSDictionary)
        let cnpg = try #require(services.first { $0["name"] as? String == "CNPG" })
        #expect(cnpg["incidents"] as? [String] == ["pm-alpha", "pm-bravo"])
    }

    @Test func everyCommandNeedsAKnowledgeBase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }

        for command in [["lessons"], ["actions"], ["stats"], ["related", "pm-x"], ["services"]] {
            let result = try PMProcess.run(command, in: folder.url)
            #expect(result.status == 2, "\(command)")
            #expect(result.stderr.contains("no knowledge base found"), "\(command)")
        }
    }
}
