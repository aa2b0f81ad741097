/// The material `DocumentMutator` splices into documents: bytes that upset decoders, lines
/// that change a document's structure, and front-matter keys and values that upset readers.
enum MutationTokens {
    /// Byte sequences decoders and parsers treat specially: NUL, invalid or cut UTF-8, a
    /// BOM, carriage returns, control characters, mojibake fragments.
    static let bytes: [[UInt8]] = [
        [0x00], [0xFF], [0xFE], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xC3], [0xC3, 0xA9], [0xC3, 0x83, 0xC2, 0xA9],
        [0xE2, 0x80, 0x94], [0xE2, 0x80], [0xF0, 0x9F, 0x94, 0xA5], [0xF0, 0x9F], [0x0D], [0x0D, 0x0A], [0x09],
        [0x1B, 0x5B, 0x33, 0x31, 0x6D], [0x7F], [0x80], [0x81], [0x9D], [0xE2, 0x9A, 0xA0, 0xEF, 0xB8, 0x8F],
        [0xC2, 0xA0], [0xE2, 0x80, 0xAE], [0xED, 0xA0, 0x80], [0x0C], [0x0B],
    ]

    /// Lines that open, close or name structure.
    static let lines: [String] = [
        "---", "+++", "***", "```", "~~~", "```yaml", "| a | b |", "|---|---|", "|:-:|", "| --- |", "#", "# ",
        "## Timeline", "## 5 Whys", "## Action Items", "## Lessons Learned", "## Impact", "## Root Cause",
        "## Summary", "## Troubleshooting", "## Procedure", "## Volume Mappings", "## What went well",
        "## Where we got lucky", "## Zeitleiste", "## Chronologie", "## Leçons apprises", "## Ursache",
        "**Timeline**", "**Root Cause:**", "Timeline", "TIMELINE:", "**Date:** 2024-02-30", "**Severity:** SEV0",
        "**Date :** 31/02/2021", "Status: Resolved", "Date: 9 August 2025. Sev: low.",
        "- [ ] fix it @owner by 2024-13-01",
        "- [x] done", "- [TODO] P1: rotate the key", "1. Why? Because.", "2. **Why did it fail?** Nobody knows.",
        "> quote", "> > - nested", "- 14:02 UTC — the disk filled", "**11:55** event", "[13:26] event",
        "- ~~:~~ ?? unknown time", "- 23:59–00:01 midnight", "| Time | Event |", "| Time (UTC) | Event | Outcome |",
        "| App | PV | Size | PVC |", "| Action | Owner | Priority | Status | Due |", "| Symptom | Cause | Fix |",
        "| Field | Value |", "| Date | 2024-02-29 |", "<script>alert(1)</script>", "<!-- unclosed comment",
        "[x](javascript:alert(1))", "    indented code", "=====", "-----", "\t", "", " ", "&amp; &#0; &#x110000;",
        "![img](../../etc/passwd)", "[^1]: a footnote", "<details><summary>x</summary>", "Feb 30 25:61 something",
        "Sat 01:28 restart", "T+5m something", "Users affected: 99999999999999999999", "Duration: 999999 weeks",
        "Data loss: none", "Availability: 101%", "Runbook: restart everything", "Near miss: almost",
    ]

    /// Dates and times no calendar has, and edges of the ones it has.
    static let dates: [String] = [
        "2024-02-30", "2023-13-45", "0000-00-00", "9999-99-99", "31/02/2021", "29.02.2023", "24:61", "99:99 UTC",
        "-1", "T+999999w", "Feb 30", "2024-02-29T25:00:00Z", "1970-01-01", "10000-01-01", "2024-02-29",
        "0001-01-01T00:00:00Z", "2024-06-31", "32. März 2024", "30 février 2024",
    ]

    /// Front-matter keys: those pm reads and one it does not.
    static let frontMatterKeys: [String] = [
        "id", "title", "date", "kind", "severity", "status", "services", "environment", "tags", "authors",
        "detected", "resolved", "summary", "failure_modes", "custom_field",
    ]

    /// YAML values that are odd, hostile or broken.
    static let yamlValues: [String] = [
        "\"../../etc/passwd\"", "pm-aaaaaaaaaa", "\"\"", "~", "[a, b, [c, [d]]]", "{a: 1, b: {c: 2}}", "&x [1, 2]",
        "*x", "!!binary aGVsbG8=", "'unclosed", "\"unclosed", "|\n  block\n  text", "\n  - a\n  - b", "null",
        "true", "0x1F", "1e400", "-.inf", ".nan", "<script>alert(1)</script>", "[[[[[[[[[[", "{{{{", "? complex",
        "!custom tag", "%YAML 1.2", "'It''s'", "\"\\u0000\"", "SEV0", "P9", "incident", "runbook", "nearMiss",
        "[disk-full, no-such-mode]", "2024-02-30T10:00:00Z",
    ]
}
